//! The HMAC scheme engine: every HMAC provider is a `SchemeDef` (plain data) run by this code.
//!
//! A definition says which header carries the signature and how to parse it, what string is
//! signed, with which hash, how the result is encoded, how the secret is decoded into a key, and
//! where the timestamp lives and which direction of clock skew is rejected.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::{Check, Reason, Verdict};
use crate::error::{Error, Result};
use crate::payload::Body;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    Sha1,
    Sha256,
    Sha512,
}

impl Algorithm {
    pub fn label(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "HMAC-SHA1",
            Algorithm::Sha256 => "HMAC-SHA256",
            Algorithm::Sha512 => "HMAC-SHA512",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    Hex,
    Base64,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Hex => "hex",
            Encoding::Base64 => "base64",
        }
    }
    pub fn encode(self, bytes: &[u8]) -> String {
        match self {
            Encoding::Hex => hex::encode(bytes),
            Encoding::Base64 => B64.encode(bytes),
        }
    }
    pub fn decode(self, text: &str) -> Option<Vec<u8>> {
        match self {
            Encoding::Hex => hex::decode(text).ok(),
            Encoding::Base64 => B64.decode(text).ok(),
        }
    }
}

/// How the secret a user holds becomes the HMAC key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyDecoding {
    /// The secret's bytes as they are (Stripe, Novatrade24: `whsec_` included).
    Utf8,
    /// Base64-decode what follows a `whsec_` prefix (Standard Webhooks / Svix).
    WhsecBase64,
    Hex,
    Base64,
}

impl KeyDecoding {
    pub fn decode(self, secret: &[u8]) -> Result<Vec<u8>> {
        let text = || {
            std::str::from_utf8(secret)
                .map(str::trim)
                .map_err(|_| Error::usage("the secret is not valid UTF-8 text"))
        };
        match self {
            KeyDecoding::Utf8 => Ok(secret.to_vec()),
            KeyDecoding::WhsecBase64 => {
                let t = text()?;
                let b64 = t.strip_prefix("whsec_").unwrap_or(t);
                B64.decode(b64).map_err(|_| {
                    Error::usage("the secret is not base64 after its whsec_ prefix")
                        .with_hint("Standard Webhooks secrets look like whsec_ followed by base64")
                })
            }
            KeyDecoding::Hex => hex::decode(text()?)
                .map_err(|_| Error::usage("the secret is not hex, which this scheme's keys are")),
            KeyDecoding::Base64 => B64
                .decode(text()?)
                .map_err(|_| Error::usage("the secret is not base64, which this scheme's keys are")),
        }
    }
}

/// How the signature header's value is laid out.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SignatureFormat {
    /// `<prefix><signature>`, e.g. `sha256=<hex>`, `v0=<hex>`, or a bare value.
    Plain {
        #[serde(default)]
        prefix: String,
    },
    /// `t=<ts>,v1=<sig>[,v1=<sig>…]` (Stripe, Novatrade24).
    KeyValue {
        timestamp_key: String,
        signature_key: String,
    },
    /// `v1,<sig> v1,<sig>` (Standard Webhooks): space-separated `version,signature` pairs.
    VersionedList { version: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Seconds,
    Millis,
}

/// Which clock skew is rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Window {
    /// Only timestamps older than the tolerance (Stripe).
    PastOnly,
    /// Old and future timestamps alike (Standard Webhooks, Novatrade24, Slack).
    Both,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TimestampRule {
    /// Header carrying the timestamp; `None` when it is inside the signature header (`t=`).
    #[serde(default)]
    pub header: Option<String>,
    pub unit: TimeUnit,
    pub window: Window,
}

/// One HMAC scheme, as data.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SchemeDef {
    pub signature_header: String,
    pub format: SignatureFormat,
    /// The signed input; placeholders `{body}`, `{timestamp}`, `{id}`.
    pub template: String,
    pub algorithm: Algorithm,
    pub encoding: Encoding,
    pub key: KeyDecoding,
    #[serde(default)]
    pub timestamp: Option<TimestampRule>,
    /// Header carrying the message id, for schemes that sign it.
    #[serde(default)]
    pub id_header: Option<String>,
}

/// Values the template's placeholders take.
pub struct TemplateValues<'a> {
    pub timestamp: Option<&'a str>,
    pub id: Option<&'a str>,
}

/// A template split around `{body}` so the body can be streamed between the two halves.
struct Rendered {
    prefix: Vec<u8>,
    suffix: Vec<u8>,
}

fn render(template: &str, values: &TemplateValues<'_>) -> Result<Rendered> {
    let (before, after) = template.split_once("{body}").ok_or_else(|| {
        Error::usage(format!(
            "signing template `{template}` has no {{body}} placeholder"
        ))
    })?;
    if after.contains("{body}") {
        return Err(Error::usage("a signing template may contain {body} only once"));
    }
    let fill = |part: &str| -> Result<Vec<u8>> {
        let mut out = part.to_string();
        for (name, value) in [("{timestamp}", values.timestamp), ("{id}", values.id)] {
            if out.contains(name) {
                let v = value.ok_or_else(|| {
                    Error::usage(format!("this scheme signs {name} but none was given"))
                        .with_hint("pass --timestamp / --id, or the header that carries it")
                })?;
                out = out.replace(name, v);
            }
        }
        Ok(out.into_bytes())
    };
    Ok(Rendered {
        prefix: fill(before)?,
        suffix: fill(after)?,
    })
}

enum AnyMac {
    Sha1(Hmac<sha1::Sha1>),
    Sha256(Hmac<sha2::Sha256>),
    Sha512(Hmac<sha2::Sha512>),
}

impl AnyMac {
    fn new(alg: Algorithm, key: &[u8]) -> Self {
        // HMAC accepts keys of any length, so new_from_slice cannot fail.
        match alg {
            Algorithm::Sha1 => AnyMac::Sha1(Hmac::new_from_slice(key).expect("any key length")),
            Algorithm::Sha256 => AnyMac::Sha256(Hmac::new_from_slice(key).expect("any key length")),
            Algorithm::Sha512 => AnyMac::Sha512(Hmac::new_from_slice(key).expect("any key length")),
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            AnyMac::Sha1(m) => m.update(data),
            AnyMac::Sha256(m) => m.update(data),
            AnyMac::Sha512(m) => m.update(data),
        }
    }
    fn finalize(self) -> Vec<u8> {
        match self {
            AnyMac::Sha1(m) => m.finalize().into_bytes().to_vec(),
            AnyMac::Sha256(m) => m.finalize().into_bytes().to_vec(),
            AnyMac::Sha512(m) => m.finalize().into_bytes().to_vec(),
        }
    }
}

/// HMAC over `prefix ‖ body ‖ suffix`, streaming the body. Returns the MAC and the signed length.
pub fn hmac_over(
    alg: Algorithm,
    key: &[u8],
    prefix: &[u8],
    body: &Body,
    suffix: &[u8],
) -> Result<(Vec<u8>, u64)> {
    let mut mac = AnyMac::new(alg, key);
    mac.update(prefix);
    let n = body.feed(|chunk| mac.update(chunk))?;
    mac.update(suffix);
    Ok((mac.finalize(), prefix.len() as u64 + n + suffix.len() as u64))
}

/// Plain HMAC over bytes in memory.
pub fn hmac(alg: Algorithm, key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = AnyMac::new(alg, key);
    mac.update(data);
    mac.finalize()
}

/// Constant-time equality (different lengths are unequal).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// The output of signing: the header values this scheme sets.
pub struct SchemeSignature {
    pub headers: Vec<(String, String)>,
    pub value: String,
    pub signed_bytes: u64,
}

impl SchemeDef {
    fn format_timestamp(&self, unix: i64) -> String {
        match self.timestamp.as_ref().map(|t| t.unit) {
            Some(TimeUnit::Millis) => (unix * 1000).to_string(),
            _ => unix.to_string(),
        }
    }

    /// Sign `body` at `timestamp` (Unix seconds) with message `id`.
    pub fn sign(&self, secret: &[u8], body: &Body, timestamp: i64, id: &str) -> Result<SchemeSignature> {
        let key = self.key.decode(secret)?;
        let ts = self.format_timestamp(timestamp);
        let rendered = render(
            &self.template,
            &TemplateValues {
                timestamp: Some(&ts),
                id: Some(id),
            },
        )?;
        let (mac, signed_bytes) = hmac_over(self.algorithm, &key, &rendered.prefix, body, &rendered.suffix)?;
        let value = self.encoding.encode(&mac);
        let header_value = match &self.format {
            SignatureFormat::Plain { prefix } => format!("{prefix}{value}"),
            SignatureFormat::KeyValue {
                timestamp_key,
                signature_key,
            } => format!("{timestamp_key}={ts},{signature_key}={value}"),
            SignatureFormat::VersionedList { version } => format!("{version},{value}"),
        };
        let mut headers = Vec::new();
        if let Some(h) = &self.id_header {
            headers.push((h.clone(), id.to_string()));
        }
        if let Some(h) = self.timestamp.as_ref().and_then(|t| t.header.as_ref()) {
            headers.push((h.clone(), ts.clone()));
        }
        headers.push((self.signature_header.clone(), header_value));
        Ok(SchemeSignature {
            headers,
            value,
            signed_bytes,
        })
    }

    /// Whether the signed template needs a timestamp at all.
    pub fn uses_timestamp(&self) -> bool {
        self.timestamp.is_some() || self.template.contains("{timestamp}")
    }

    /// Check the request's signature header against `body`.
    pub fn verify(&self, secret: &[u8], check: &Check<'_>) -> Result<Verdict> {
        let Some(raw) = check.headers.get(&self.signature_header) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {} header", self.signature_header),
            ));
        };
        let parsed = match self.parse_header(raw, check) {
            Ok(p) => p,
            Err(v) => return Ok(v),
        };
        let key = self.key.decode(secret)?;
        let rendered = render(
            &self.template,
            &TemplateValues {
                timestamp: parsed.timestamp_text.as_deref(),
                id: parsed.id.as_deref(),
            },
        )
        .map_err(|e| e.with_hint("the request lacks a value this scheme signs"))?;
        let (expected, _) = hmac_over(
            self.algorithm,
            &key,
            &rendered.prefix,
            check.body,
            &rendered.suffix,
        )?;
        let mut decoded_any = false;
        let mut matched = false;
        for candidate in &parsed.signatures {
            if let Some(bytes) = self.encoding.decode(candidate) {
                decoded_any = true;
                // Evaluate every candidate, so timing does not reveal which one matched.
                matched |= ct_eq(&bytes, &expected);
            }
        }
        if !decoded_any {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!(
                    "{} does not hold {} signature",
                    self.signature_header,
                    self.encoding.label()
                ),
            ));
        }
        if !matched {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                format!("no signature in {} matches the body", self.signature_header),
            ));
        }
        if let (Some(rule), Some(ts)) = (&self.timestamp, parsed.timestamp) {
            if let Some(v) = check_window(rule, ts, check) {
                return Ok(v);
            }
        }
        Ok(Verdict::valid())
    }

    fn parse_header(&self, raw: &str, check: &Check<'_>) -> std::result::Result<ParsedHeader, Verdict> {
        let headers = check.headers;
        let malformed = |what: String| Verdict::invalid(Reason::MalformedHeader, what);
        let raw = raw.trim();
        let mut out = ParsedHeader::default();
        match &self.format {
            SignatureFormat::Plain { prefix } => {
                let sig = raw.strip_prefix(prefix.as_str()).ok_or_else(|| {
                    malformed(format!(
                        "{} does not start with `{prefix}`",
                        self.signature_header
                    ))
                })?;
                if sig.is_empty() {
                    return Err(malformed(format!(
                        "{} has no signature after `{prefix}`",
                        self.signature_header
                    )));
                }
                out.signatures.push(sig.to_string());
            }
            SignatureFormat::KeyValue {
                timestamp_key,
                signature_key,
            } => {
                for part in raw.split(',') {
                    let Some((k, v)) = part.trim().split_once('=') else {
                        return Err(malformed(format!(
                            "`{part}` in {} is not key=value",
                            self.signature_header
                        )));
                    };
                    if k == timestamp_key {
                        out.timestamp_text = Some(v.to_string());
                    } else if k == signature_key && !v.is_empty() {
                        out.signatures.push(v.to_string());
                    }
                }
                if out.signatures.is_empty() {
                    return Err(malformed(format!(
                        "{} has no {signature_key}= signature",
                        self.signature_header
                    )));
                }
                if out.timestamp_text.is_none() {
                    return Err(malformed(format!(
                        "{} has no {timestamp_key}= timestamp",
                        self.signature_header
                    )));
                }
            }
            SignatureFormat::VersionedList { version } => {
                for entry in raw.split_whitespace() {
                    let Some((v, sig)) = entry.split_once(',') else {
                        return Err(malformed(format!(
                            "`{entry}` in {} is not version,signature",
                            self.signature_header
                        )));
                    };
                    if v == version && !sig.is_empty() {
                        out.signatures.push(sig.to_string());
                    }
                }
                if out.signatures.is_empty() {
                    return Err(malformed(format!(
                        "{} has no {version} signature",
                        self.signature_header
                    )));
                }
            }
        }
        if let Some(rule) = &self.timestamp {
            if let Some(h) = &rule.header {
                match headers.get(h).or(check.timestamp) {
                    Some(v) => out.timestamp_text = Some(v.trim().to_string()),
                    None => {
                        return Err(Verdict::invalid(
                            Reason::MissingSignature,
                            format!("no {h} header"),
                        ));
                    }
                }
            }
            let text = out.timestamp_text.as_deref().unwrap_or_default();
            let value: i64 = text
                .parse()
                .map_err(|_| malformed(format!("timestamp `{text}` is not an integer")))?;
            out.timestamp = Some(match rule.unit {
                TimeUnit::Seconds => value,
                TimeUnit::Millis => value.div_euclid(1000),
            });
        }
        if let Some(h) = &self.id_header {
            match headers.get(h).or(check.id) {
                Some(v) => out.id = Some(v.trim().to_string()),
                None => {
                    return Err(Verdict::invalid(
                        Reason::MissingSignature,
                        format!("no {h} header"),
                    ))
                }
            }
        }
        // Templates may sign values that no header of the scheme carries (generic schemes).
        if out.timestamp_text.is_none() {
            out.timestamp_text = check.timestamp.map(str::to_string);
        }
        if out.id.is_none() {
            out.id = check.id.map(str::to_string);
        }
        Ok(out)
    }
}

#[derive(Default)]
struct ParsedHeader {
    signatures: Vec<String>,
    timestamp_text: Option<String>,
    timestamp: Option<i64>,
    id: Option<String>,
}

/// `None` when the timestamp is within the tolerance in the directions the rule rejects.
pub fn check_window(rule: &TimestampRule, ts: i64, check: &Check<'_>) -> Option<Verdict> {
    let tolerance = check.tolerance.as_secs() as i64;
    let age = check.now - ts;
    if age > tolerance {
        return Some(Verdict::invalid(
            Reason::StaleTimestamp,
            format!("timestamp is {} old; tolerance is {}", secs(age), secs(tolerance)),
        ));
    }
    if rule.window == Window::Both && -age > tolerance {
        return Some(Verdict::invalid(
            Reason::StaleTimestamp,
            format!(
                "timestamp is {} in the future; tolerance is {}",
                secs(-age),
                secs(tolerance)
            ),
        ));
    }
    None
}

fn secs(n: i64) -> String {
    humantime::format_duration(std::time::Duration::from_secs(n.unsigned_abs())).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_splits_around_the_body() {
        let r = render(
            "v0:{timestamp}:{body}",
            &TemplateValues {
                timestamp: Some("12"),
                id: None,
            },
        )
        .unwrap();
        assert_eq!(r.prefix, b"v0:12:");
        assert!(r.suffix.is_empty());
        assert!(render(
            "{timestamp}",
            &TemplateValues {
                timestamp: Some("1"),
                id: None
            }
        )
        .is_err());
    }

    #[test]
    fn whsec_keys_decode_base64_after_the_prefix() {
        assert_eq!(
            KeyDecoding::WhsecBase64.decode(b"whsec_aGVsbG8=").unwrap(),
            b"hello"
        );
        assert_eq!(
            KeyDecoding::Utf8.decode(b"whsec_aGVsbG8=").unwrap(),
            b"whsec_aGVsbG8="
        );
        assert!(KeyDecoding::WhsecBase64.decode(b"whsec_!!").is_err());
    }

    #[test]
    fn rfc4231_case_2_hmac_sha256_and_sha512() {
        // RFC 4231 §4.3, test case 2: key "Jefe", data "what do ya want for nothing?".
        let data = b"what do ya want for nothing?";
        assert_eq!(
            hex::encode(hmac(Algorithm::Sha256, b"Jefe", data)),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            hex::encode(hmac(Algorithm::Sha512, b"Jefe", data)),
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
        );
        // RFC 2202 §3, test case 2 for HMAC-SHA1.
        assert_eq!(
            hex::encode(hmac(Algorithm::Sha1, b"Jefe", data)),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
    }

    #[test]
    fn ct_eq_rejects_different_lengths() {
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abcd"));
        assert!(!ct_eq(b"abc", b"abd"));
    }
}
