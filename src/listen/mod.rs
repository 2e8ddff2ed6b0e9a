//! The `listen` receiver: hyper's HTTP/1.1 server on the tokio runtime.
//!
//! `server` owns sockets and connections, `conn` and `framing` guard what a client may send
//! before hyper parses it, `handler` decides the answer to one delivery, and the rest each own
//! one concern: keys, handshakes, the record file, forwarding, console output, TLS.

pub mod banner;
pub mod commit;
pub mod confirm;
pub mod conn;
pub mod dedup;
pub mod forward;
pub mod framing;
pub mod handler;
pub mod handshake;
pub mod keyring;
pub mod record;
pub mod record_format;
pub mod render;
pub mod route;
pub mod server;
pub mod size;
pub mod tls;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::output::Ui;
use crate::providers::{Headers, Provider, Registry, Variant};

/// What each delivery prints (`-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListenOutput {
    /// One line per request, for people.
    Compact,
    /// The request's line, its notes and its body.
    Pretty,
    /// The record line: data on stdout.
    Json,
    /// The body as received: data on stdout.
    Raw,
    /// Nothing per request; the summary at the end.
    Quiet,
}

/// Where each kind of console output goes for one output mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Streams {
    /// stdout carries data only (record lines or bodies) that a script reads: the banner,
    /// refusals and reasons go to stderr.
    pub stdout_is_data: bool,
    /// The banner's first line (`Listening on URL`) goes to stdout, else stderr; the rest of
    /// it follows on stdout only where stdout is not data.
    pub banner_on_stdout: bool,
    /// Requests refused before they are a delivery (404, 405, 413, 431, 408) get a line.
    pub refusals_shown: bool,
    /// Why a delivery was refused, and its notes, are repeated on stderr.
    pub reasons_on_stderr: bool,
}

impl ListenOutput {
    /// The one place that decides which modes put data on stdout.
    pub fn streams(self) -> Streams {
        let data = matches!(self, ListenOutput::Json | ListenOutput::Raw);
        let people = matches!(self, ListenOutput::Compact | ListenOutput::Pretty);
        Streams {
            stdout_is_data: data,
            // `-o raw` has always led its stdout with the URL line: scripts read it there.
            banner_on_stdout: people || self == ListenOutput::Raw,
            refusals_shown: people,
            reasons_on_stderr: data,
        }
    }
}

/// Everything the connections share, fixed at start-up.
pub struct Shared {
    pub path: String,
    /// `None` = auto-detect from each request's headers.
    pub provider: Option<Arc<dyn Provider>>,
    /// Who may send: the built-ins, then the user's own schemes (config `[schemes.<name>]`).
    pub providers: Registry,
    pub variant: Variant,
    pub verification_code: Option<String>,
    /// `http` or `https`: with the Host header, the URL a sender posted to, which URL-signing
    /// schemes (Twilio, Square, HubSpot, Noones ed25519) sign when `--url` is not given.
    pub scheme: &'static str,
    /// Meta's `hub.verify_token`, checked on its subscription handshake.
    pub verify_token: Option<String>,
    pub accept_invalid: bool,
    /// `--confirm-sns`: visit the SubscribeURL of a verified SNS subscription confirmation.
    pub confirm_sns: bool,
    pub max_body: u64,
    pub tolerance: Duration,
    pub forward_timeout: Option<Duration>,
    /// `--events`: which event types are forwarded; the rest are answered 200 and recorded.
    pub events: route::EventFilter,
    /// `--fan-out`: send to every matching route, not only the first.
    pub fan_out: bool,
    pub output: ListenOutput,
    pub full: bool,
    pub count: Option<u64>,
    pub ui: Ui,
    pub keyring: keyring::Keyring,
    pub recorder: Option<record::Recorder>,
    /// `--fsync`: each record line waits for the disk.
    pub fsync: bool,
    pub forwarder: Option<forward::Forwarder>,
    /// (provider id, event id or body hash) of events already acknowledged.
    pub seen: dedup::Seen,
    pub stats: Stats,
    /// `--ui`: the web inspector's feed, told of each record line once it is on disk.
    pub observer: Option<Arc<dyn Observer>>,
}

/// Sees every record line after it is written, before the answer leaves. Must not block:
/// it runs on the delivery's path.
pub trait Observer: Send + Sync {
    fn recorded(&self, exchange: &Exchange, line: &[u8]);
}

/// How a request's signature turned out (the record's `signature` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signature {
    Valid,
    Invalid,
    Missing,
    Stale,
    Challenge,
}

impl Signature {
    pub fn as_str(self) -> &'static str {
        match self {
            Signature::Valid => "valid",
            Signature::Invalid => "invalid",
            Signature::Missing => "missing",
            Signature::Stale => "stale",
            Signature::Challenge => "challenge",
        }
    }
}

/// One delivery and what was answered: the source of the record line and the console output.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub received_at: SystemTime,
    pub provider: Option<String>,
    pub event_type: Option<String>,
    pub event_id: Option<String>,
    pub signature: Signature,
    /// Which secret of a rotation verified it (`secret 2 of 2`); `None` with one secret.
    pub secret: Option<crate::providers::rotation::Matched>,
    /// Why the signature or request was refused, for people.
    pub reason: Option<String>,
    pub duplicate: bool,
    /// Left out by `--events`: answered 200, recorded, not forwarded.
    pub filtered: bool,
    /// Each forward made, the primary route's first.
    pub forwarded: Vec<forward::Forwarded>,
    pub method: String,
    pub path: String,
    pub headers: Headers,
    pub body: Vec<u8>,
    pub status: u16,
    pub latency: Duration,
    /// What else happened (forwarding outcome, missing verification code).
    pub notes: Vec<String>,
}

/// Counters for the summary and `--count`.
#[derive(Debug, Default)]
pub struct Stats {
    pub received: AtomicU64,
    pub valid: AtomicU64,
    pub invalid: AtomicU64,
    pub duplicates: AtomicU64,
    pub challenges: AtomicU64,
    pub rejected: AtomicU64,
    pub filtered: AtomicU64,
    /// Forwards that got no answer from the app (down, timed out), every route counted.
    pub forward_failures: AtomicU64,
}

impl Stats {
    pub fn add(counter: &AtomicU64) -> u64 {
        counter.fetch_add(1, Ordering::SeqCst) + 1
    }
    pub fn summary(&self) -> String {
        let g = |c: &AtomicU64| c.load(Ordering::SeqCst);
        format!(
            "received {}, valid {}, invalid {}, duplicates {}, challenges {}, rejected {}, filtered {}, forward failures {}",
            g(&self.received),
            g(&self.valid),
            g(&self.invalid),
            g(&self.duplicates),
            g(&self.challenges),
            g(&self.rejected),
            g(&self.filtered),
            g(&self.forward_failures)
        )
    }
}
