//! Delivering synthetic and recorded webhooks to a receiver, as the providers do (`send-test`,
//! `replay`). Each file owns one idea: the HTTP client, building the payload, the status rule,
//! signing a delivery, handshakes, retry schedules, load mode and printing.

pub mod challenge;
pub mod client;
pub mod direct;
pub mod expect;
pub mod latency;
pub mod load;
pub mod report;
pub mod retry;
pub mod synth;
