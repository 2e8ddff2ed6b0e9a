//! The local web inspector (`listen --ui`, `inspect FILE.jsonl`): a second HTTP server on
//! 127.0.0.1 only, never the webhook port, that shows every delivery with its verdict and
//! lets a person replay, re-sign, edit and send it again.
//!
//! `feed` holds the last deliveries and tells connected pages about new ones without ever
//! waiting for them; `guard` decides who may talk to the server (token, Host, Origin);
//! `server` owns the socket and routes; `detail` explains one delivery; `actions` sends one
//! again; `page/` is the static page, embedded in the binary.

pub mod actions;
pub mod detail;
pub mod feed;
pub mod guard;
pub mod server;

use std::sync::Arc;
use std::time::Duration;

use crate::providers::{Key, Provider, Registry, Variant};

/// Finds the key for a provider: the listener's keyring, or the secrets `inspect` was given.
/// `signing` asks for the key that signs (a private key for asymmetric schemes).
pub type KeySource =
    dyn Fn(&dyn Provider, &Variant, bool) -> std::result::Result<Arc<Key>, String> + Send + Sync;

/// Where the deliveries shown come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A running listener: its webhook URL, where replays go back through by default.
    Listener { url: String },
    /// A record file, read once.
    File { path: String },
}

/// Everything the inspector's handlers share, fixed at start-up.
pub struct Inspector {
    pub feed: Arc<feed::Feed>,
    pub source: Source,
    pub providers: Registry,
    pub keys: Box<KeySource>,
    /// `--key`-style choices (Noones' scheme, a signed URL) the listener was started with.
    pub variant: Variant,
    /// `http` or `https`: with a record's Host header, the URL its sender signed.
    pub scheme: &'static str,
    pub tolerance: Duration,
    /// The first `--forward-to` route's URL, offered as a replay target.
    pub forward_to: Option<String>,
    pub client: reqwest::Client,
    pub guard: guard::Guard,
}
