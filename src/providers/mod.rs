//! The provider model: one trait, a registry, and auto-detection from headers.
//!
//! Most providers are a `SchemeDef` (data) wrapped in `SchemeProvider`; a provider with a scheme
//! the engine cannot express (Noones: canonical JSON, Ed25519) implements `Provider` itself.

pub mod catalog;
pub mod explain;
pub mod scheme;
pub mod scheme_provider;
pub mod spec;

mod cryptohopper;
pub mod generic;
mod github;
mod mailgun;
mod noko;
pub mod noones;
mod novatrade24;
mod shopify;
mod slack;
mod standard;
mod stripe;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use serde::Serialize;

pub use catalog::Catalog;
pub use scheme_provider::SchemeProvider;

use crate::cli::{GenericArgs, SchemeChoice};
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
    pub fn parse_line(line: &str) -> Result<(String, String)> {
        match line.split_once(':') {
            Some((n, v)) if !n.trim().is_empty() && !n.trim().contains(' ') => {
                Ok((n.trim().to_string(), v.trim().to_string()))
            }
            _ => Err(Error::usage(format!("header `{line}` is not `Name: value`"))
                .with_hint("write headers like -H 'X-Signature: abc123'")),
        }
    }
}

/// Why a signature was rejected (spec §6).
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
    Ed25519Signing(Box<ed25519_dalek::SigningKey>),
    Ed25519Verifying(ed25519_dalek::VerifyingKey),
    EcdsaSigning(Box<p256::ecdsa::SigningKey>),
    EcdsaVerifying(Box<p256::ecdsa::VerifyingKey>),
}

/// Which key a provider needs for an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyNeed {
    Secret,
    Ed25519Private,
    Ed25519Public,
    EcdsaPrivate,
    EcdsaPublic,
}

/// Options that pick a variant of a provider's scheme.
#[derive(Debug, Clone, Default)]
pub struct Variant {
    pub scheme: Option<SchemeChoice>,
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

/// The result of signing: every header of the delivery and, when the scheme transforms the
/// body (Noones' canonical JSON), the body to send instead.
#[derive(Debug, Clone)]
pub struct Signed {
    pub headers: Headers,
    pub signature: String,
    pub body: Option<Vec<u8>>,
    pub signed_bytes: u64,
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
#[derive(Debug, Clone, Serialize)]
pub struct Info {
    pub id: String,
    pub name: String,
    pub headers: String,
    pub algorithm: String,
    pub signed_input: String,
    pub encoding: String,
    pub handshake: String,
    /// The URL-verification handshake this provider performs, if any.
    #[serde(skip)]
    pub handshake_kind: Option<&'static dyn crate::handshakes::Handshake>,
    pub management_api: bool,
    /// The provider's own delivery timeout, for send-test.
    #[serde(serialize_with = "as_secs")]
    pub delivery_timeout: Duration,
    /// Details that are inferred or unknown, with the safe default taken.
    pub notes: Vec<String>,
}

/// The id of the built-in provider that performs the handshake `id`, for labelling a
/// handshake that arrives before any provider is known.
pub fn handshake_owner(id: &str) -> Option<&'static str> {
    builtins()
        .iter()
        .find(|p| p.info().handshake_kind.is_some_and(|h| h.id() == id))
        .map(|p| p.id())
}

fn as_secs<S: serde::Serializer>(d: &Duration, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
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
}

/// The providers defined as data in `builtin.toml`, each with its catalog file.
macro_rules! declarative {
    ($($id:literal => $catalog:literal),* $(,)?) => {
        &[$(($id, include_str!(concat!("catalog/", $catalog, ".json")))),*]
    };
}

const DECLARATIVE: &[(&str, &str)] = declarative! {
    "twilio" => "twilio", "square" => "square", "hubspot" => "hubspot", "zoom" => "zoom",
    "meta" => "meta", "twitter" => "twitter", "dropbox" => "dropbox", "asana" => "asana",
    "paddle" => "paddle", "linear" => "linear", "webflow" => "webflow", "woocommerce" => "woocommerce",
    "vercel" => "vercel", "typeform" => "typeform", "calendly" => "calendly", "mux" => "mux",
    "intercom" => "intercom", "gitlab" => "gitlab", "okta" => "okta", "discord" => "discord",
    "sendgrid" => "sendgrid", "bitbucket" => "bitbucket", "zendesk" => "zendesk",
    "lemonsqueezy" => "lemonsqueezy", "coinbase" => "coinbase", "svix" => "svix",
    "standard-v1a" => "standard",
};

/// Every built-in provider, in detection order: the seed providers, the declarative ones (whose
/// header shapes are specific), then the schemes whose headers others share.
pub fn builtins() -> &'static [Arc<dyn Provider>] {
    static ALL: OnceLock<Vec<Arc<dyn Provider>>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<Arc<dyn Provider>> = vec![
            Arc::new(noones::provider()),
            Arc::new(noko::provider()),
            Arc::new(novatrade24::provider()),
            Arc::new(cryptohopper::provider()),
            Arc::new(standard::provider()),
            Arc::new(stripe::provider()),
        ];
        let table: toml::Table = include_str!("builtin.toml")
            .parse()
            .expect("builtin.toml is valid TOML");
        let schemes = table
            .get("schemes")
            .and_then(|s| s.as_table())
            .expect("builtin.toml has [schemes]");
        let specs = spec::parse_table(schemes).expect("builtin.toml schemes are valid");
        for (id, catalog) in DECLARATIVE {
            let spec = &specs
                .iter()
                .find(|(i, _)| i == id)
                .expect("every declarative id is in builtin.toml")
                .1;
            all.push(Arc::new(spec.build(id, catalog).expect("builtin scheme builds")));
        }
        all.push(Arc::new(github::provider()));
        all.push(Arc::new(slack::provider()));
        all.push(Arc::new(shopify::provider()));
        all.push(Arc::new(mailgun::provider()));
        all
    })
}

/// User-defined schemes from the config file's `[schemes.<name>]`, usable like built-ins.
pub fn user_defined(config: &crate::config::Config) -> Result<Vec<Arc<dyn Provider>>> {
    let Some(table) = config.doc.get("schemes") else {
        return Ok(Vec::new());
    };
    let table = table
        .as_table()
        .ok_or_else(|| Error::usage("config `schemes` must be a table of [schemes.<name>] sections"))?;
    let mut out: Vec<Arc<dyn Provider>> = Vec::new();
    for (id, spec) in spec::parse_table(table)? {
        if builtins().iter().any(|p| p.id() == id) || id == "generic" {
            return Err(Error::usage(format!(
                "config scheme `{id}` has the name of a built-in provider"
            ))
            .with_hint("give your scheme another name"));
        }
        // A user scheme lives for the whole process, like the built-ins.
        let id: &'static str = Box::leak(id.into_boxed_str());
        let catalog = Box::leak(format!(r#"{{"provider":"{id}","events":[]}}"#).into_boxed_str());
        out.push(Arc::new(spec.build(id, catalog)?));
    }
    Ok(out)
}

/// Like `lookup`, but also finds the config file's user-defined schemes.
pub fn lookup_in(
    id: &str,
    generic: &GenericArgs,
    config: &crate::config::Config,
) -> Result<Arc<dyn Provider>> {
    match lookup(id, generic) {
        Ok(p) => Ok(p),
        Err(e) => {
            let wanted = id.trim().to_ascii_lowercase();
            Ok(user_defined(config)?
                .into_iter()
                .find(|p| p.id() == wanted)
                .ok_or(e)?)
        }
    }
}

/// The ids a user may name, `generic` included.
pub fn ids() -> Vec<String> {
    let mut v: Vec<String> = builtins().iter().map(|p| p.id().to_string()).collect();
    v.push("generic".into());
    v
}

/// Look a provider up by id; `generic` is built from its flags.
pub fn lookup(id: &str, generic: &GenericArgs) -> Result<Arc<dyn Provider>> {
    let wanted = id.trim().to_ascii_lowercase();
    if wanted == "generic" {
        return Ok(Arc::new(generic::from_args(generic)?));
    }
    if let Some(p) = builtins().iter().find(|p| p.id() == wanted) {
        return Ok(p.clone());
    }
    Err(unknown_provider(id))
}

pub fn unknown_provider(id: &str) -> Error {
    let ids = ids();
    let hint = match closest(id, ids.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `{best}`? `hookctl providers` lists them all"),
        None => format!("known providers: {}", ids.join(", ")),
    };
    Error::usage(format!("unknown provider `{id}`")).with_hint(hint)
}

/// The provider whose headers these are, or `None`: built-ins first, then the user's schemes.
pub fn detect(headers: &Headers, user: &[Arc<dyn Provider>]) -> Option<Arc<dyn Provider>> {
    builtins().iter().chain(user).find(|p| p.detect(headers)).cloned()
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

/// Follow a dotted path (`data.object.id`, `messages.0.type`) into a JSON value.
pub fn json_path<'a>(value: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    path.split('.').try_fold(value, |v, seg| match v {
        serde_json::Value::Object(m) => m.get(seg),
        serde_json::Value::Array(a) => seg.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
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
    provider: &'static str,
    json: &'static str,
    parsed: OnceLock<Catalog>,
}

impl LazyCatalog {
    pub const fn new(provider: &'static str, json: &'static str) -> Self {
        LazyCatalog {
            provider,
            json,
            parsed: OnceLock::new(),
        }
    }
    pub fn get(&self) -> &Catalog {
        self.parsed
            .get_or_init(|| Catalog::parse(self.provider, self.json))
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

    #[test]
    fn every_builtin_has_a_unique_id_and_a_catalog() {
        let mut seen = std::collections::HashSet::new();
        for p in builtins() {
            assert!(seen.insert(p.id().to_string()), "duplicate id {}", p.id());
            assert!(!p.catalog().events.is_empty(), "{} has no events", p.id());
        }
        assert!(seen.len() >= 9);
    }

    #[test]
    fn json_path_walks_objects_and_arrays() {
        let v = serde_json::json!({"messages":[{"type":"trade_completed"}]});
        assert_eq!(json_path(&v, "messages.0.type").unwrap(), "trade_completed");
        assert!(json_path(&v, "messages.1.type").is_none());
    }
}
