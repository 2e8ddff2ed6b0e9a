//! A provider made of data: an HMAC `SchemeDef`, its delivery headers and its catalog.

use std::time::Duration;

use super::catalog::Catalog;
use super::scheme::{Algorithm, SchemeDef, SignatureFormat};
use super::LazyCatalog;
use super::{scalar_text, Check, Headers, Info, Key, Message, Provider, Redelivery, Signed, Verdict};
use crate::error::{Error, Result};
use crate::json_path;
use crate::payload::Body;
use crate::random_id::{prefixed_random, random_uuid, ALNUM, HEX};

/// Where a delivery header's value comes from.
#[derive(Debug, Clone)]
pub enum HeaderValue {
    Static(String),
    /// The event type (from `--event` or the body).
    EventType,
    /// The delivery/event id.
    EventId,
    /// The event's category: the catalog's, else the type up to its first dot.
    Category,
    /// A field of the JSON body.
    BodyField(String),
}

/// How a fresh id looks for this provider.
#[derive(Debug, Clone)]
pub enum IdFormat {
    Uuid,
    /// Prefix and a number of random lowercase hex characters.
    PrefixedHex(String, usize),
    /// Prefix and a number of random alphanumeric characters.
    PrefixedAlnum(String, usize),
}

impl IdFormat {
    pub fn generate(&self) -> String {
        match self {
            IdFormat::Uuid => random_uuid().to_string(),
            IdFormat::PrefixedHex(p, n) => prefixed_random(p, HEX, *n),
            IdFormat::PrefixedAlnum(p, n) => prefixed_random(p, ALNUM, *n),
        }
    }
}

/// Parse the body as JSON when it is small enough (`payload::IN_MEMORY_LIMIT`); `None`
/// otherwise: larger bodies are only streamed.
pub fn peek_json(body: &Body) -> Option<serde_json::Value> {
    if body.known_len().ok()?? > crate::payload::IN_MEMORY_LIMIT {
        return None;
    }
    serde_json::from_slice(&body.to_bytes().ok()?).ok()
}

pub struct SchemeProvider {
    pub info: Info,
    pub def: SchemeDef,
    pub catalog: LazyCatalog,
    pub delivery_headers: Vec<(String, HeaderValue)>,
    /// Where the event type lives in the body, first hit wins.
    pub type_paths: Vec<super::event_type::TypeSource>,
    /// Header that carries the event type (GitHub's `X-GitHub-Event`).
    pub type_header: Option<String>,
    /// Where the event id lives in the body, first hit wins.
    pub id_paths: Vec<String>,
    /// Header that carries the delivery id.
    pub id_header: Option<String>,
    pub fresh_id: IdFormat,
    /// For auto-detection, the value must also decode to a digest of this many bytes (schemes
    /// that share a bare header name).
    pub detect_digest_len: Option<usize>,
    /// A header (and a prefix of its value) that must also be present for auto-detection.
    pub detect_requires: Option<(String, Option<String>)>,
    /// Left out of auto-detection (headers too generic to tell it apart).
    pub never_detect: bool,
}

impl SchemeProvider {
    /// A provider from its scheme; table columns are derived from the definition.
    pub fn new(id: &str, name: &str, def: SchemeDef, catalog: LazyCatalog) -> Self {
        let mut headers = vec![match &def.format {
            SignatureFormat::Plain { prefix } if prefix.is_empty() => def.signature_header.clone(),
            SignatureFormat::Plain { prefix } => format!("{}: {prefix}<sig>", def.signature_header),
            SignatureFormat::KeyValue {
                timestamp_key,
                signature_key,
                separator,
            } => format!(
                "{}: {timestamp_key}=<ts>{separator}{signature_key}=<sig>",
                def.signature_header
            ),
            SignatureFormat::VersionedList { version } => {
                format!("{}: {version},<sig> …", def.signature_header)
            }
            SignatureFormat::Token => format!("{}: <token>", def.signature_header),
        }];
        if let Some(h) = def.timestamp.as_ref().and_then(|t| t.header.as_ref()) {
            headers.push(h.clone());
        }
        if let Some(h) = &def.id_header {
            headers.insert(0, h.clone());
        }
        let info = Info {
            id: id.to_string(),
            name: name.to_string(),
            headers: headers.join(", "),
            algorithm: if def.format == SignatureFormat::Token {
                "static token".to_string()
            } else {
                def.algorithm.label().to_string()
            },
            signed_input: def
                .template
                .replace("{body}", "<body>")
                .replace("{timestamp}", "<ts>")
                .replace("{id}", "<id>")
                .replace("{params}", "<sorted form params>")
                .replace("{url}", "<url>")
                .replace("{method}", "<method>"),
            encoding: def.encoding.label().to_string(),
            handshake: "none".into(),
            handshake_kind: None,
            delivery_timeout: Duration::from_secs(30),
            retry: Redelivery::default(),
            notes: Vec::new(),
            category: None,
        };
        let mut info = info;
        if def.format == SignatureFormat::Token {
            info.signed_input = "none (token)".into();
            info.encoding = "as is".into();
        }
        SchemeProvider {
            info,
            def,
            catalog,
            delivery_headers: Vec::new(),
            type_paths: vec![super::event_type::TypeSource::Path("type".into())],
            type_header: None,
            id_paths: vec!["id".into()],
            id_header: None,
            fresh_id: IdFormat::Uuid,
            detect_digest_len: None,
            detect_requires: None,
            never_detect: false,
        }
    }

    pub fn header(mut self, name: &str, value: HeaderValue) -> Self {
        self.delivery_headers.push((name.to_string(), value));
        self
    }
    pub fn static_header(self, name: &str, value: &str) -> Self {
        self.header(name, HeaderValue::Static(value.to_string()))
    }
    /// The handshake this provider performs, by its id in `handshakes::ALL`.
    pub fn handshake_kind(mut self, id: &str) -> Self {
        self.info.handshake_kind = Some(crate::handshakes::require(id));
        self
    }

    pub fn handshake(mut self, text: &str) -> Self {
        self.info.handshake = text.to_string();
        self
    }
    pub fn retry(mut self, policy: Redelivery) -> Self {
        self.info.retry = policy;
        self
    }
    pub fn delivery_timeout(mut self, t: Duration) -> Self {
        self.info.delivery_timeout = t;
        self
    }
    pub fn listing_category(mut self, name: &str) -> Self {
        self.info.category = Some(name.to_string());
        self
    }
    pub fn note(mut self, text: &str) -> Self {
        self.info.notes.push(text.to_string());
        self
    }
    pub fn type_paths(mut self, paths: &[&str]) -> Self {
        self.type_paths = paths
            .iter()
            .map(|s| super::event_type::TypeSource::Path(s.to_string()))
            .collect();
        self
    }

    /// Where the event type is, as `event_type_paths` lists it: paths, templates and rules.
    pub fn type_sources(mut self, sources: Vec<super::event_type::TypeSource>) -> Self {
        self.type_paths = sources;
        self
    }
    pub fn type_header(mut self, name: &str) -> Self {
        self.type_header = Some(name.to_string());
        self
    }
    pub fn id_paths(mut self, paths: &[&str]) -> Self {
        self.id_paths = paths.iter().map(|s| s.to_string()).collect();
        self
    }
    pub fn id_header(mut self, name: &str) -> Self {
        self.id_header = Some(name.to_string());
        self
    }
    pub fn fresh_id(mut self, f: IdFormat) -> Self {
        self.fresh_id = f;
        self
    }
    /// Detect only values that are one whole digest after the prefix (Cryptohopper's bare
    /// SHA-512 hex in `X-Hub-Signature`, where GitHub's legacy header holds `sha1=<hex>`).
    pub fn detect_whole_digest(mut self) -> Result<Self> {
        let len = match (&self.def.format, self.def.algorithm) {
            (SignatureFormat::Plain { .. }, Algorithm::Sha1) => 20,
            (SignatureFormat::Plain { .. }, Algorithm::Sha256) => 32,
            (SignatureFormat::Plain { .. }, Algorithm::Sha512) => 64,
            _ => {
                return Err(Error::usage(
                    "a whole digest is the value of a plain-format HMAC scheme only",
                ))
            }
        };
        self.detect_digest_len = Some(len);
        Ok(self)
    }

    pub fn detect_requires(mut self, header: String, prefix: Option<String>) -> Self {
        self.detect_requires = Some((header, prefix));
        self
    }
    pub fn never_detect(mut self) -> Self {
        self.never_detect = true;
        self
    }

    /// Whether a signature value has this scheme's shape (prefix, version, key), which tells
    /// apart schemes that share a header name.
    fn shape_matches(&self, value: &str) -> bool {
        match &self.def.format {
            SignatureFormat::Plain { prefix } => value.starts_with(prefix.as_str()),
            SignatureFormat::KeyValue { signature_key, .. } => value.contains(&format!("{signature_key}=")),
            SignatureFormat::VersionedList { version } => value
                .split_whitespace()
                .any(|e| e.starts_with(&format!("{version},"))),
            SignatureFormat::Token => true,
        }
    }

    fn is_digest(&self, value: &str, len: usize) -> bool {
        let SignatureFormat::Plain { prefix } = &self.def.format else {
            return false;
        };
        value
            .strip_prefix(prefix.as_str())
            .and_then(|v| self.def.encoding.decode(v))
            .is_some_and(|digest| digest.len() == len)
    }

    fn first_path(&self, paths: &[String], body: Option<&serde_json::Value>) -> Option<String> {
        let body = body?;
        paths
            .iter()
            .find_map(|p| json_path::get(body, p).and_then(scalar_text))
    }

    fn category(&self, event_type: Option<&str>) -> Option<String> {
        let t = event_type?;
        self.catalog
            .get()
            .event(t)
            .and_then(|e| e.category.clone())
            .or_else(|| Some(t.split('.').next().unwrap_or(t).to_string()))
    }
}

/// The secret of a `Key::Secret`, or a usage error.
pub fn secret_of(key: &Key) -> Result<&[u8]> {
    match key {
        Key::Secret(s) => Ok(s.expose()),
        _ => Err(Error::usage(
            "this scheme signs with a shared secret, not a key pair",
        )),
    }
}

impl Provider for SchemeProvider {
    fn info(&self) -> &Info {
        &self.info
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn signature_header(&self) -> &str {
        &self.def.signature_header
    }

    fn key_need(&self, _variant: &super::Variant, signing: bool) -> super::KeyNeed {
        self.def.key_need(signing)
    }

    fn form_encoded(&self) -> bool {
        self.def.template.contains("{params}")
    }

    fn timestamped(&self) -> bool {
        self.def.uses_timestamp()
    }

    fn several_signatures(&self) -> bool {
        self.def.several_signatures || self.def.secondary_header.is_some()
    }

    fn scheme(&self) -> Option<&SchemeDef> {
        Some(&self.def)
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let peeked;
        let json = match msg.parsed {
            Some(v) => Some(v),
            None => {
                peeked = peek_json(msg.body);
                peeked.as_ref()
            }
        };
        let event_type = msg
            .event_type
            .map(str::to_string)
            .or_else(|| super::event_type::first(&self.type_paths, json));
        let id = msg
            .id
            .map(str::to_string)
            .or_else(|| self.first_path(&self.id_paths, json))
            .unwrap_or_else(|| self.fresh_id.generate());
        let sig = self.def.sign(key, msg.body, msg.timestamp, &id, msg.variant)?;
        let mut headers = Headers(Vec::with_capacity(
            self.delivery_headers.len() + sig.headers.len(),
        ));
        for (name, source) in &self.delivery_headers {
            let value = match source {
                HeaderValue::Static(v) => Some(v.clone()),
                HeaderValue::EventType => event_type.clone(),
                HeaderValue::EventId => Some(id.clone()),
                HeaderValue::Category => self.category(event_type.as_deref()),
                HeaderValue::BodyField(path) => {
                    json.and_then(|j| json_path::get(j, path)).and_then(scalar_text)
                }
            };
            if let Some(v) = value {
                headers.push(name.clone(), v);
            }
        }
        for (name, value) in sig.headers {
            headers.set(&name, value);
        }
        if sig.url.is_some() {
            // Signed by its hash in the URL: a JSON delivery (Twilio's), not a form.
            headers.set("Content-Type", "application/json".to_string());
        }
        Ok(Signed {
            headers,
            signature: sig.value,
            body: None,
            signed_bytes: sig.signed_bytes,
            url: sig.url,
        })
    }

    fn explain(
        &self,
        key: &Key,
        check: &Check<'_>,
        show_expected: bool,
    ) -> Result<Option<super::explain::Explanation>> {
        super::explain::explain(&self.def, key, check, show_expected).map(Some)
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        self.def.verify(key, check)
    }

    fn detect(&self, headers: &Headers) -> bool {
        if self.never_detect {
            return false;
        }
        let Some(v) = headers.get(&self.def.signature_header).map(str::trim) else {
            return false;
        };
        let required = match &self.detect_requires {
            None => true,
            Some((h, None)) => headers.has(h),
            Some((h, Some(prefix))) => headers.get(h).is_some_and(|v| v.starts_with(prefix.as_str())),
        };
        required && self.shape_matches(v) && self.detect_digest_len.is_none_or(|n| self.is_digest(v, n))
    }

    fn event_type(&self, headers: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        self.type_header
            .as_deref()
            .and_then(|h| headers.get(h))
            .map(str::to_string)
            .or_else(|| super::event_type::first(&self.type_paths, body))
    }

    fn event_id(&self, headers: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        self.id_header
            .as_deref()
            .and_then(|h| headers.get(h))
            .map(str::to_string)
            .or_else(|| self.first_path(&self.id_paths, body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_ids_keep_the_prefix_and_draw_from_the_alphabet() {
        let ids: Vec<String> = (0..200)
            .map(|_| IdFormat::PrefixedAlnum("evt_".into(), 16).generate())
            .collect();
        for id in &ids {
            assert_eq!(id.len(), 20, "{id}");
            let tail = id.strip_prefix("evt_").expect("prefix kept");
            assert!(tail.bytes().all(|b| ALNUM.contains(&b)), "{id}");
        }
        assert_eq!(ids.iter().collect::<std::collections::HashSet<_>>().len(), 200);
        let hex = prefixed_random("wh_", HEX, 12);
        assert!(hex.starts_with("wh_") && hex.len() == 15 && hex[3..].bytes().all(|b| HEX.contains(&b)));
    }
}
