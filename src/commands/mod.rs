//! One module per command; each takes its clap struct and the shared context, and hands the
//! domain only the values `convert` makes of them.

pub mod completions;
pub mod config;
pub mod convert;
pub mod doctor;
pub mod events;
pub mod inspect;
pub mod keygen;
pub mod listen;
pub mod probe;
pub mod providers;
pub mod replay;
pub mod selftest;
pub mod send;
pub mod sign;
pub mod verify;
pub mod webhooks;
