//! One module per command; each takes its clap struct and the shared context.

pub mod completions;
pub mod config;
pub mod events;
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

/// Current Unix time in seconds.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
