//! Declarative schemes: the TOML form of a provider, used both for the definitions shipped in the
//! binary (`builtin.toml`) and for users' own `[schemes.<name>]` in the config file.

use std::time::Duration;

use serde::Deserialize;

use super::scheme::{Algorithm, Encoding, KeyDecoding, SchemeDef, SignatureFormat, TimeUnit, TimestampRule};
use super::scheme_provider::{HeaderValue, IdFormat, SchemeProvider};
use super::{Redelivery, RetryPlan};
use crate::error::{Error, Result};

/// One `[schemes.<id>]` table. Unknown fields are errors, so a typo names itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchemeSpec {
    /// Display name (default: the id).
    #[serde(default)]
    pub name: Option<String>,
    pub signature_header: String,
    #[serde(default = "plain")]
    pub format: SignatureFormat,
    #[serde(default = "body")]
    pub template: String,
    #[serde(default = "sha256")]
    pub algorithm: Algorithm,
    #[serde(default = "hex")]
    pub encoding: Encoding,
    #[serde(default = "utf8")]
    pub key: KeyDecoding,
    #[serde(default)]
    pub timestamp: Option<TimestampRule>,
    #[serde(default)]
    pub id_header: Option<String>,
    /// `true` where the provider documents sending one signature per active secret during a
    /// rotation; only key_value and versioned_list formats can carry several.
    #[serde(default)]
    pub several_signatures: bool,
    /// A URL query parameter carrying the hex SHA-256 of the body; when the URL has it, the
    /// URL alone is signed (Twilio's `bodySHA256`, for JSON deliveries).
    #[serde(default)]
    pub body_hash_param: Option<String>,
    /// A second header carrying the signature under a second key (Box); plain format only.
    #[serde(default)]
    pub secondary_signature_header: Option<String>,
    /// Headers every delivery carries. Values may be `{event_type}`, `{event_id}`,
    /// `{category}` or `{field:dotted.path}`; anything else is sent as written, with
    /// `{hookctl_version}` replaced by this build's version.
    #[serde(default)]
    pub headers: toml::Table,
    /// Where the event type is: body paths, templates of paths (`{type}.{action}`), rules
    /// (`{ when = "MessageStatus", type = "message-status" }`) and paths inside a field of JSON
    /// text (`{ json = "mandrill_events", path = "0.event" }`) tried in order, or a header.
    #[serde(default)]
    pub event_type_paths: Vec<super::event_type::TypeSource>,
    #[serde(default)]
    pub event_type_header: Option<String>,
    /// Where the event id is: body paths tried in order, or a header.
    #[serde(default)]
    pub event_id_paths: Vec<String>,
    #[serde(default)]
    pub event_id_header: Option<String>,
    /// `false`: deliveries carry no event id at all, so `listen` deduplicates them by a hash of
    /// the body rather than by an `id` field a body may happen to have.
    #[serde(default = "yes")]
    pub sends_event_id: bool,
    /// Fresh ids: `uuid`, `hex:N` or `alnum:N`, after `fresh_id_prefix`.
    #[serde(default)]
    pub fresh_id: Option<String>,
    #[serde(default)]
    pub fresh_id_prefix: Option<String>,
    /// `Header` or `Header: value prefix` that must also be present for auto-detection;
    /// `false` in `detect` keeps the scheme out of auto-detection altogether.
    #[serde(default)]
    pub detect_requires: Option<String>,
    #[serde(default = "yes")]
    pub detect: bool,
    /// `digest`: auto-detection also needs the value (after its prefix) to be exactly one digest
    /// of the scheme's hash in its encoding, which tells apart schemes that share a bare header.
    #[serde(default)]
    pub detect_value: Option<ValueShape>,
    #[serde(default)]
    pub handshake: Option<String>,
    /// Which known handshake the provider performs (`zoom_url_validation`, `meta_hub_challenge`…).
    #[serde(default, deserialize_with = "crate::handshakes::deserialize_id")]
    pub handshake_kind: Option<&'static dyn crate::handshakes::Handshake>,
    #[serde(default)]
    pub delivery_timeout: Option<String>,
    /// The redelivery policy the provider documents (default: none documented).
    #[serde(default)]
    pub retry: Option<RetrySpec>,
    /// The built-in event catalog (`catalog/<name>.json`) the scheme's events come from: a
    /// built-in's own id unless it names another; none for a user's scheme unless it names one.
    #[serde(default)]
    pub catalog: Option<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// What kind of service it is, for grouping `hookctl providers` (payments, dev tools, …).
    #[serde(default)]
    pub category: Option<String>,
}

/// A shape a signature value must have to be auto-detected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueShape {
    /// Exactly one digest of the scheme's hash, in its encoding.
    Digest,
}

/// `retry = { … }`: at most one of `at`, `gaps` or `doubling_from`; none of them means the
/// provider does not redeliver. Durations are written like `90s`, `5m`, `4h`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetrySpec {
    /// Retries at these offsets from the first attempt.
    #[serde(default)]
    pub at: Vec<String>,
    /// Retries each this long after the one before.
    #[serde(default)]
    pub gaps: Vec<String>,
    /// Gaps that start here and double, up to `until` after the first attempt (a last retry
    /// there), keeping the first `at_most` retries.
    #[serde(default)]
    pub doubling_from: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
    #[serde(default)]
    pub at_most: Option<usize>,
    /// What the provider does when the last attempt failed too.
    pub gives_up: String,
    /// Where the schedule comes from, and what is assumed.
    pub note: String,
}

impl RetrySpec {
    fn build(&self) -> Result<Redelivery> {
        let duration = |name: &str, text: &str| {
            crate::clock::parse_duration(text).map_err(|e| Error::usage(format!("`{name}`: {e}")))
        };
        let list = |name: &str, texts: &[String]| -> Result<Vec<Duration>> {
            texts.iter().map(|t| duration(name, t)).collect()
        };
        let doubling = self.doubling_from.is_some() || self.until.is_some() || self.at_most.is_some();
        let plan = match (self.at.is_empty(), self.gaps.is_empty(), doubling) {
            (true, true, false) => RetryPlan::Never,
            (false, true, false) => RetryPlan::At(list("at", &self.at)?),
            (true, false, false) => RetryPlan::Gaps(list("gaps", &self.gaps)?),
            (true, true, true) => {
                let (Some(first), Some(until)) = (&self.doubling_from, &self.until) else {
                    return Err(Error::usage("`doubling_from` and `until` go together"));
                };
                RetryPlan::Doubling {
                    first: duration("doubling_from", first)?,
                    until: duration("until", until)?,
                    at_most: self.at_most,
                }
            }
            _ => {
                return Err(Error::usage(
                    "give one of `at`, `gaps` or `doubling_from`, not several",
                ))
            }
        };
        Ok(Redelivery {
            plan,
            gives_up: self.gives_up.clone(),
            note: self.note.clone(),
        })
    }
}

fn plain() -> SignatureFormat {
    SignatureFormat::Plain {
        prefix: String::new(),
    }
}
fn body() -> String {
    "{body}".into()
}
fn sha256() -> Algorithm {
    Algorithm::Sha256
}
fn hex() -> Encoding {
    Encoding::Hex
}
fn utf8() -> KeyDecoding {
    KeyDecoding::Utf8
}
fn yes() -> bool {
    true
}

/// Whose scheme a table is, which decides where its events come from by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Shipped in `builtin.toml`: its catalog is `catalog/<id>.json` unless it names another.
    Builtin,
    /// The user's config file: no events unless it names a built-in catalog.
    User,
}

impl SchemeSpec {
    /// Build the provider.
    pub fn build(&self, id: &str, origin: Origin) -> Result<SchemeProvider> {
        let field =
            |name: &str, e: Error| Error::usage(format!("scheme `{id}`, field `{name}`: {}", e.message));
        let catalog = match (&self.catalog, origin) {
            (Some(name), _) => Some(name.as_str()),
            (None, Origin::Builtin) => Some(id),
            (None, Origin::User) => None,
        };
        let catalog = match catalog {
            None => super::LazyCatalog::empty(id),
            Some(name) => super::LazyCatalog::builtin(name).ok_or_else(|| {
                field(
                    "catalog",
                    Error::usage(format!("there is no built-in catalog `{name}`")),
                )
            })?,
        };
        if self.format != SignatureFormat::Token {
            super::scheme::validate_template(&self.template).map_err(|e| field("template", e))?;
        }
        if self
            .timestamp
            .as_ref()
            .is_some_and(|t| t.header.is_some() && t.body_path.is_some())
        {
            return Err(Error::usage(format!(
                "scheme `{id}`, field `timestamp`: give `header` or `body_path`, not both"
            )));
        }
        if let SignatureFormat::KeyValue { .. } = self.format {
            if self
                .timestamp
                .as_ref()
                .is_some_and(|t| t.header.is_some() || t.body_path.is_some())
            {
                return Err(Error::usage(format!(
                    "scheme `{id}`, field `timestamp.header`: a key_value format carries the timestamp itself"
                )));
            }
        }
        if self.template.contains("{timestamp}")
            && self.timestamp.is_none()
            && !matches!(self.format, SignatureFormat::KeyValue { .. })
        {
            return Err(Error::usage(format!(
                "scheme `{id}`, field `timestamp`: the template signs {{timestamp}}, so say where it comes from"
            ))
            .with_hint("e.g. timestamp = { header = \"X-Timestamp\", unit = \"seconds\", window = \"both\" }"));
        }
        if self.body_hash_param.is_some() && !self.template.contains("{url}") {
            return Err(Error::usage(format!(
                "scheme `{id}`, field `body_hash_param`: the body is then signed by its hash in the URL, so the template signs {{url}}"
            )));
        }
        if self.several_signatures
            && !matches!(
                self.format,
                SignatureFormat::KeyValue { .. } | SignatureFormat::VersionedList { .. }
            )
        {
            return Err(Error::usage(format!(
                "scheme `{id}`, field `several_signatures`: only key_value and versioned_list formats carry several signatures"
            )));
        }
        if self.secondary_signature_header.is_some() && !matches!(self.format, SignatureFormat::Plain { .. })
        {
            return Err(Error::usage(format!(
                "scheme `{id}`, field `secondary_signature_header`: only a plain format has a second header"
            )));
        }
        let mut timestamp = self.timestamp.clone();
        if let (SignatureFormat::KeyValue { .. }, None) = (&self.format, &timestamp) {
            timestamp = Some(TimestampRule {
                header: None,
                body_path: None,
                unit: TimeUnit::Seconds,
                window: super::scheme::Window::Both,
                tolerance: None,
            });
        }
        let def = SchemeDef {
            signature_header: self.signature_header.clone(),
            format: self.format.clone(),
            template: self.template.clone(),
            algorithm: self.algorithm,
            encoding: self.encoding,
            key: self.key,
            timestamp,
            id_header: self.id_header.clone(),
            several_signatures: self.several_signatures,
            body_hash_param: self.body_hash_param.clone(),
            secondary_header: self.secondary_signature_header.clone(),
        };
        let name = self.name.clone().unwrap_or_else(|| id.to_string());
        let mut p = SchemeProvider::new(id, &name, def, catalog);
        for (header, value) in &self.headers {
            let text = value.as_str().ok_or_else(|| {
                Error::usage(format!(
                    "scheme `{id}`, field `headers.{header}`: must be a string"
                ))
            })?;
            p = p.header(header, header_value(text));
        }
        if !self.event_type_paths.is_empty() || self.event_type_header.is_some() {
            for source in &self.event_type_paths {
                source
                    .check()
                    .map_err(|e| field("event_type_paths", Error::usage(e)))?;
            }
            p = p.type_sources(self.event_type_paths.clone());
        }
        if let Some(h) = &self.event_type_header {
            p = p.type_header(h);
        }
        if !self.sends_event_id {
            if !self.event_id_paths.is_empty() || self.event_id_header.is_some() {
                return Err(field(
                    "sends_event_id",
                    Error::usage(
                        "a scheme that sends no event id has no `event_id_paths` or `event_id_header`",
                    ),
                ));
            }
            p = p.id_paths(&[]);
        }
        if !self.event_id_paths.is_empty() || self.event_id_header.is_some() {
            p = p.id_paths(&self.event_id_paths.iter().map(String::as_str).collect::<Vec<_>>());
        }
        if let Some(h) = self.event_id_header.as_ref().or(self.id_header.as_ref()) {
            p = p.id_header(h);
        }
        if let Some(f) = &self.fresh_id {
            p = p.fresh_id(
                fresh_id(f, self.fresh_id_prefix.as_deref().unwrap_or(""))
                    .map_err(|e| field("fresh_id", e))?,
            );
        }
        if let Some(req) = &self.detect_requires {
            let (h, prefix) = match req.split_once(':') {
                Some((h, v)) => (h.trim().to_string(), Some(v.trim().to_string())),
                None => (req.trim().to_string(), None),
            };
            p = p.detect_requires(h, prefix);
        }
        if !self.detect {
            p = p.never_detect();
        }
        if let Some(ValueShape::Digest) = self.detect_value {
            p = p.detect_whole_digest().map_err(|e| field("detect_value", e))?;
        }
        if let Some(h) = &self.handshake {
            p = p.handshake(h);
        }
        if let Some(k) = self.handshake_kind {
            p = p.handshake_kind(k.id());
        }
        if let Some(t) = &self.delivery_timeout {
            let d: Duration =
                crate::clock::parse_duration(t).map_err(|e| field("delivery_timeout", Error::usage(e)))?;
            p = p.delivery_timeout(d);
        }
        if let Some(r) = &self.retry {
            p = p.retry(r.build().map_err(|e| field("retry", e))?);
        }
        for n in &self.notes {
            p = p.note(n);
        }
        if let Some(c) = &self.category {
            p = p.listing_category(c);
        }
        Ok(p)
    }
}

/// A header's value: `{event_type}`, `{event_id}`, `{category}` or `{field:dotted.path}` alone,
/// or text sent as written, in which `{hookctl_version}` becomes this build's version (for a
/// User-Agent that names the sender honestly).
fn header_value(text: &str) -> HeaderValue {
    match text {
        "{event_type}" => HeaderValue::EventType,
        "{event_id}" => HeaderValue::EventId,
        "{category}" => HeaderValue::Category,
        t => match t.strip_prefix("{field:").and_then(|r| r.strip_suffix('}')) {
            Some(path) => HeaderValue::BodyField(path.to_string()),
            None => HeaderValue::Static(t.replace("{hookctl_version}", env!("CARGO_PKG_VERSION"))),
        },
    }
}

fn fresh_id(spec: &str, prefix: &str) -> Result<IdFormat> {
    let prefix = prefix.to_string();
    let bad = || Error::usage(format!("`{spec}` is not uuid, hex:N or alnum:N"));
    match spec.split_once(':') {
        None if spec == "uuid" => Ok(IdFormat::Uuid),
        Some(("hex", n)) => Ok(IdFormat::PrefixedHex(prefix, n.parse().map_err(|_| bad())?)),
        Some(("alnum", n)) => Ok(IdFormat::PrefixedAlnum(prefix, n.parse().map_err(|_| bad())?)),
        _ => Err(bad()),
    }
}

/// Parse `[schemes.*]` tables; errors name the scheme and the field.
pub fn parse_table(table: &toml::Table) -> Result<Vec<(String, SchemeSpec)>> {
    let mut out = Vec::new();
    for (id, value) in table {
        let spec: SchemeSpec = value.clone().try_into().map_err(|e: toml::de::Error| {
            Error::usage(format!("scheme `{id}` is malformed: {}", e.message()))
        })?;
        out.push((id.clone(), spec));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::{Headers, Provider};

    fn build(text: &str) -> Result<SchemeProvider> {
        let table: toml::Table = text.parse().expect("valid TOML");
        let (id, spec) = parse_table(&table)?.remove(0);
        spec.build(&id, Origin::User)
    }

    fn message(text: &str) -> String {
        build(text).err().expect("an error").message
    }

    #[test]
    fn a_scheme_that_sends_no_event_id_finds_none_in_the_body() {
        let p = build("[x]\nsignature_header = \"X-Sig\"\nsends_event_id = false\n").unwrap();
        let body = serde_json::json!({"id": "evt_1"});
        assert_eq!(p.event_id(&Headers::default(), Some(&body)), None);
        let default = build("[x]\nsignature_header = \"X-Sig\"\n").unwrap();
        assert_eq!(
            default.event_id(&Headers::default(), Some(&body)).as_deref(),
            Some("evt_1")
        );
        let both = "[x]\nsignature_header = \"X\"\nsends_event_id = false\nevent_id_header = \"X-Id\"\n";
        assert!(message(both).contains("sends_event_id"), "{}", message(both));
    }

    #[test]
    fn digest_detection_needs_one_whole_digest_after_the_prefix() {
        let p = build("[x]\nsignature_header = \"X-Sig\"\nformat = { kind = \"plain\", prefix = \"s=\" }\nalgorithm = \"sha1\"\ndetect_value = \"digest\"\n")
            .unwrap();
        let detects = |value: &str| {
            let mut h = Headers::default();
            h.push("X-Sig", value);
            p.detect(&h)
        };
        assert!(detects(&format!("s={}", "0a".repeat(20))));
        assert!(!detects(&format!("s={}", "0a".repeat(21))));
        assert!(!detects(&"0a".repeat(20)), "no prefix");
        assert!(!detects(&format!("s={}", "zz".repeat(20))), "not hex");
        let asymmetric =
            "[x]\nsignature_header = \"X\"\nalgorithm = \"ed25519\"\ndetect_value = \"digest\"\n";
        assert!(
            message(asymmetric).contains("detect_value"),
            "{}",
            message(asymmetric)
        );
    }

    #[test]
    fn retry_plans_take_one_shape() {
        let p = build("[x]\nsignature_header = \"X\"\n[x.retry]\ngaps = [\"0s\", \"5s\"]\ngives_up = \"g\"\nnote = \"n\"\n")
            .unwrap();
        assert_eq!(
            p.info.retry.plan,
            RetryPlan::Gaps(vec![Duration::ZERO, Duration::from_secs(5)])
        );
        assert_eq!(
            (p.info.retry.gives_up.as_str(), p.info.retry.note.as_str()),
            ("g", "n")
        );
        let p = build("[x]\nsignature_header = \"X\"\nretry = { gives_up = \"g\", note = \"n\" }\n").unwrap();
        assert_eq!(p.info.retry.plan, RetryPlan::Never);
        for (bad, needle) in [
            ("at = [\"1m\"], gaps = [\"1m\"]", "not several"),
            ("doubling_from = \"1m\"", "go together"),
            ("at = [\"soon\"]", "`at`"),
        ] {
            let text = format!(
                "[x]\nsignature_header = \"X\"\nretry = {{ {bad}, gives_up = \"g\", note = \"n\" }}\n"
            );
            let e = message(&text);
            assert!(e.contains("field `retry`") && e.contains(needle), "{bad}: {e}");
        }
    }

    #[test]
    fn catalogs_and_the_version_placeholder() {
        let p = build("[x]\nsignature_header = \"X\"\ncatalog = \"stripe\"\nheaders = { \"User-Agent\" = \"hookctl/{hookctl_version}\" }\n")
            .unwrap();
        assert!(p.catalog().event("payment_intent.succeeded").is_some());
        let HeaderValue::Static(agent) = &p.delivery_headers[0].1 else {
            panic!("a static header")
        };
        assert_eq!(agent, &format!("hookctl/{}", env!("CARGO_PKG_VERSION")));
        let none = build("[x]\nsignature_header = \"X\"\n").unwrap();
        assert!(none.catalog().events.is_empty());
        assert_eq!(none.catalog().provider, "x");
        let e = message("[x]\nsignature_header = \"X\"\ncatalog = \"nope\"\n");
        assert!(e.contains("field `catalog`") && e.contains("nope"), "{e}");
    }
}
