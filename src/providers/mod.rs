//! The provider model: one trait, the registry of who exists, and auto-detection from headers.
//!
//! Most providers are a `SchemeDef` (data in `builtin.toml`) wrapped in `SchemeProvider`; a
//! provider with a scheme the engine cannot express (Noones: canonical JSON, Ed25519; Mailgun:
//! a signature inside the body) implements `Provider` itself.

pub mod catalog;
pub mod delivery;
pub mod event_type;
pub mod explain;
pub mod registry;
pub mod rotation;
pub mod scheme;
pub mod scheme_provider;
pub mod spec;

pub mod generic;
pub mod jwt;
pub mod noones;
pub mod rsa_sig;

/// Declares each provider whose scheme needs code and lists it, so adding one is its file and
/// one line here. The order is their place in the listing and in auto-detection, after
/// `builtin.toml`'s tables.
macro_rules! code_providers {
    ($($module:ident),* $(,)?) => {
        $(mod $module;)*

        /// The providers built in Rust (besides Noones, which comes first), in listing order.
        fn code_providers() -> Vec<Arc<dyn Provider>> {
            vec![$(Arc::new($module::provider())),*]
        }
    };
}

code_providers! {
    sns,
    paypal,
    vonage,
    netlify,
    monday,
    adyen,
    hygraph,
    braintree,
    contentful,
    plivo,
    mailgun,
}

pub use sns::is_aws_sns_url;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use serde::Serialize;

pub use catalog::Catalog;
pub use generic::GenericScheme;
pub use registry::{builtins, Registry};
pub use scheme_provider::SchemeProvider;

use crate::error::{Error, Result};
use crate::payload::Body;
use crate::secret::Secret;

/// Request headers, names compared case-insensitively, order and duplicates kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers(pub Vec<(String, String)>);

impl Headers {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
    pub fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.0.push((name.into(), value.into()));
    }
    /// Set, replacing any header of that name.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.0.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.0.push((name.to_string(), value.into()));
    }
    /// Parse `Name: value`.
    /// Checked up front against HTTP's rules for names (a token) and values (no control
    /// characters), so a bad `-H` is an input error rather than a failed send.
    pub fn parse_line(line: &str) -> Result<(String, String)> {
        let shown = || crate::output::sanitize(line, false);
        let Some((n, v)) = line
            .split_once(':')
            .filter(|(n, _)| !n.trim().is_empty() && !n.trim().contains(' '))
        else {
            return Err(Error::usage(format!("header `{}` is not `Name: value`", shown()))
                .with_hint("write headers like -H 'X-Signature: abc123'"));
        };
        let (n, v) = (n.trim(), v.trim());
        if http::HeaderName::from_bytes(n.as_bytes()).is_err() {
            return Err(Error::usage(format!(
                "header name `{}` is not a valid HTTP header name",
                crate::output::sanitize(n, false)
            ))
            .with_hint("a header name is letters, digits and !#$%&'*+-.^_`|~"));
        }
        if http::HeaderValue::from_bytes(v.as_bytes()).is_err() {
            // The value is not echoed: it may be a token.
            let bad = v.chars().find(|c| c.is_control()).unwrap_or('\0');
            return Err(Error::usage(format!(
                "the value of header `{n}` holds the control character U+{:04X}",
                bad as u32
            ))
            .with_hint("header values cannot contain control characters such as newlines"));
        }
        Ok((n.to_string(), v.to_string()))
    }
}

/// Why a signature was rejected: the `reason` of `verify -o json` (README, "JSON output").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Mismatch,
    MissingSignature,
    StaleTimestamp,
    MalformedHeader,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Mismatch => "mismatch",
            Reason::MissingSignature => "missing signature",
            Reason::StaleTimestamp => "stale timestamp",
            Reason::MalformedHeader => "malformed signature header",
        }
    }
}

/// The outcome of a verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub valid: bool,
    pub reason: Option<Reason>,
    /// What exactly was wrong, for people.
    pub detail: Option<String>,
    /// Things worth knowing even when valid (e.g. matched the canonical form, not the raw body).
    pub notes: Vec<String>,
}

impl Verdict {
    pub fn valid() -> Self {
        Verdict {
            valid: true,
            reason: None,
            detail: None,
            notes: Vec::new(),
        }
    }
    pub fn invalid(reason: Reason, detail: impl Into<String>) -> Self {
        Verdict {
            valid: false,
            reason: Some(reason),
            detail: Some(detail.into()),
            notes: Vec::new(),
        }
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

/// Key material a provider signs or verifies with.
#[derive(Debug)]
pub enum Key {
    Secret(Secret),
    /// The secrets of a rotation, in the order given: signing puts one signature per secret in
    /// one delivery (schemes with `several_signatures`), verifying accepts a match with any.
    Rotation(Vec<Secret>),
    Ed25519Signing(Box<ed25519_dalek::SigningKey>),
    Ed25519Verifying(ed25519_dalek::VerifyingKey),
    EcdsaSigning(Box<p256::ecdsa::SigningKey>),
    EcdsaVerifying(Box<p256::ecdsa::VerifyingKey>),
    /// An RSA private key and the URL its certificate is published at, which certificate-based
    /// schemes (Amazon SNS `SigningCertURL`, PayPal `PAYPAL-CERT-URL`) send with the signature.
    RsaSigning {
        key: Box<rsa::RsaPrivateKey>,
        cert_url: Option<String>,
        /// The id the provider gave the receiving endpoint, which it signs too (PayPal's
        /// webhook ID).
        endpoint_id: Option<String>,
    },
    /// The RSA public key of the signer's certificate, and the receiving endpoint's id.
    RsaVerifying {
        key: Box<rsa::RsaPublicKey>,
        endpoint_id: Option<String>,
    },
}

/// Which key a provider needs for an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyNeed {
    Secret,
    Ed25519Private,
    Ed25519Public,
    EcdsaPrivate,
    EcdsaPublic,
    /// An RSA private key (PEM), for certificate-based schemes.
    RsaPrivate,
    /// The signer's X.509 certificate (or its RSA public key), for certificate-based schemes.
    RsaCertificate,
}

/// Which of a provider's signing schemes to use (Noones: the marketplace HMAC or the Developers
/// Portal's Ed25519).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigningScheme {
    Hmac,
    Ed25519,
}

/// Options that pick a variant of a provider's scheme.
#[derive(Debug, Clone, Default)]
pub struct Variant {
    pub scheme: Option<SigningScheme>,
    /// Target URL as registered (signed by Noones ed25519, Twilio, Square, HubSpot).
    pub url: Option<String>,
    /// HTTP method of the delivery, for schemes that sign it (HubSpot); POST when absent.
    pub method: Option<String>,
}

/// What to sign.
pub struct Message<'a> {
    pub body: &'a Body,
    pub timestamp: i64,
    pub id: Option<&'a str>,
    pub event_type: Option<&'a str>,
    pub variant: &'a Variant,
    /// `body` already parsed as JSON, when the caller has it: saves load mode a parse per event.
    pub parsed: Option<&'a serde_json::Value>,
    /// `body` is known to be exactly JavaScript's `JSON.stringify(JSON.parse(body))` (load
    /// mode's samples), so a provider that signs that form (Noones) need not work it out.
    pub canonical: bool,
}

impl<'a> Message<'a> {
    /// `body` at `timestamp`, with no id or event type given (the provider makes or omits
    /// them) and nothing known about its JSON; set the rest with struct update syntax.
    pub fn new(body: &'a Body, variant: &'a Variant, timestamp: i64) -> Self {
        Message {
            body,
            timestamp,
            id: None,
            event_type: None,
            variant,
            parsed: None,
            canonical: false,
        }
    }
}

/// The result of signing: every header of the delivery and, when the scheme transforms the
/// body (Noones' canonical JSON), the body to send instead.
#[derive(Debug, Clone)]
pub struct Signed {
    pub headers: Headers,
    pub signature: String,
    pub body: Option<Vec<u8>>,
    pub signed_bytes: u64,
    /// The URL the request must go to, when signing changed it (Twilio puts the body's
    /// SHA-256 in the query of a JSON delivery).
    pub url: Option<String>,
}

/// A received request to check.
pub struct Check<'a> {
    pub headers: &'a Headers,
    pub body: &'a Body,
    pub now: i64,
    pub tolerance: Duration,
    pub variant: &'a Variant,
    /// Timestamp and id given apart from the headers (`verify --timestamp/--id`), used when the
    /// scheme's own header for them is absent.
    pub timestamp: Option<&'a str>,
    pub id: Option<&'a str>,
}

/// Facts shown by `hookctl providers`.
#[derive(Debug, Clone)]
pub struct Info {
    pub id: String,
    pub name: String,
    pub headers: String,
    pub algorithm: String,
    pub signed_input: String,
    pub encoding: String,
    pub handshake: String,
    /// The URL-verification handshake this provider performs, if any.
    pub handshake_kind: Option<&'static dyn crate::handshakes::Handshake>,
    /// The provider's own delivery timeout, for send-test.
    pub delivery_timeout: Duration,
    /// How the provider redelivers a failed event, for `send-test --retry`.
    pub retry: Redelivery,
    /// Details that are inferred or unknown, with the safe default taken.
    pub notes: Vec<String>,
    /// What kind of service the provider is (payments, dev tools, messaging, …), for grouping
    /// the `hookctl providers` listing.
    pub category: Option<String>,
}

/// A provider's redelivery policy as its documents state it; `send-test --retry` simulates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redelivery {
    pub plan: RetryPlan,
    /// What the provider does when the last attempt failed too.
    pub gives_up: String,
    /// Where the plan comes from, and what is assumed (printed, so nobody mistakes an
    /// assumption for the provider's word).
    pub note: String,
}

/// When retries happen, as a document states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryPlan {
    /// No automatic redelivery.
    Never,
    /// Retries at these offsets from the first attempt.
    At(Vec<Duration>),
    /// Retries each this long after the one before.
    Gaps(Vec<Duration>),
    /// Gaps that start at `first` and double; a last retry at `until` after the first attempt;
    /// only the first `at_most` retries when given.
    Doubling {
        first: Duration,
        until: Duration,
        at_most: Option<usize>,
    },
}

impl Default for Redelivery {
    fn default() -> Self {
        Redelivery {
            plan: RetryPlan::Never,
            gives_up: "this scheme has no documented retry policy".into(),
            note: "no documented retry policy, so none is simulated".into(),
        }
    }
}

/// The id of the built-in provider that performs the handshake `id`, for labelling a
/// handshake that arrives before any provider is known.
pub fn handshake_owner(id: &str) -> Option<&'static str> {
    builtins()
        .iter()
        .find(|p| p.info().handshake_kind.is_some_and(|h| h.id() == id))
        .map(|p| p.id())
}

pub trait Provider: Send + Sync {
    fn info(&self) -> &Info;
    /// The header that carries the signature.
    fn signature_header(&self) -> &str;
    fn id(&self) -> &str {
        &self.info().id
    }
    /// Event types with samples.
    fn catalog(&self) -> &Catalog;
    fn key_need(&self, variant: &Variant, signing: bool) -> KeyNeed {
        let _ = (variant, signing);
        KeyNeed::Secret
    }
    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed>;
    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict>;
    /// Whether these headers look like a delivery from this provider.
    fn detect(&self, headers: &Headers) -> bool;
    /// The event type of a delivery, from its headers or body.
    fn event_type(&self, headers: &Headers, body: Option<&serde_json::Value>) -> Option<String>;
    /// The delivery's event id, for deduplication.
    fn event_id(&self, headers: &Headers, body: Option<&serde_json::Value>) -> Option<String>;
    /// Settle an unspecified scheme variant from what a request carries (Noones: the shape of
    /// the signature value tells hmac from ed25519).
    fn settle_variant(&self, variant: &mut Variant, headers: &Headers) {
        let _ = (variant, headers);
    }
    /// `verify --explain`: `None` when the provider has no explanation to give.
    fn explain(
        &self,
        key: &Key,
        check: &Check<'_>,
        show_expected: bool,
    ) -> Result<Option<explain::Explanation>> {
        let _ = (key, check, show_expected);
        Ok(None)
    }
    /// Whether deliveries are form-encoded rather than JSON (Twilio).
    fn form_encoded(&self) -> bool {
        false
    }
    /// Whether the scheme signs a timestamp (so `--timestamp` matters).
    fn timestamped(&self) -> bool {
        false
    }
    /// Whether one delivery may carry a signature per secret during a rotation, so signing
    /// takes several secrets (`Key::Rotation`).
    fn several_signatures(&self) -> bool {
        false
    }
    /// The data scheme behind this provider, when it is one: `probe` derives its attacks from it.
    fn scheme(&self) -> Option<&scheme::SchemeDef> {
        None
    }
}

/// Look a built-in provider (or `generic`, built from its flags) up by id; commands that also
/// know the config file's schemes use their `Registry`.
pub fn lookup(id: &str, generic: &GenericScheme) -> Result<Arc<dyn Provider>> {
    Registry::builtin().lookup(id, generic)
}

/// The candidate closest to `word` by edit distance, if it is plausibly a typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    candidates
        .map(|c| (strsim::damerau_levenshtein(&word, &c.to_ascii_lowercase()), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A JSON scalar as header text (strings without quotes).
pub fn scalar_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A built-in catalog parsed on first use, so commands that never look at events (`sign`,
/// `verify`) do not pay for parsing every provider's samples at start-up.
pub struct LazyCatalog {
    /// The built-in catalog's id and JSON; `None` for a catalog made already.
    source: Option<(&'static str, &'static str)>,
    parsed: OnceLock<Catalog>,
}

impl LazyCatalog {
    /// The built-in catalog `catalog/<id>.json`, if there is one.
    pub fn builtin(id: &str) -> Option<Self> {
        let (id, json) = catalog::builtin(id)?;
        Some(LazyCatalog {
            source: Some((id, json)),
            parsed: OnceLock::new(),
        })
    }
    /// No events (a user's own scheme).
    pub fn empty(provider: &str) -> Self {
        LazyCatalog {
            source: None,
            parsed: OnceLock::from(Catalog::empty(provider)),
        }
    }
    pub fn get(&self) -> &Catalog {
        self.parsed.get_or_init(|| {
            let (id, json) = self.source.expect("a catalog without a source is made already");
            Catalog::parse(id, json)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_suggests_typos_only() {
        let ids = ["noones", "noko", "stripe", "github"];
        assert_eq!(closest("strpe", ids.into_iter()), Some("stripe"));
        assert_eq!(closest("Github", ids.into_iter()), Some("github"));
        assert_eq!(closest("zzzzzzzz", ids.into_iter()), None);
    }
}
