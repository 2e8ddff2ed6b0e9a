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

use super::{Check, Key, KeyNeed, Reason, Variant, Verdict};
use crate::error::{Error, Result};
use crate::payload::Body;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Algorithm {
    Sha1,
    Sha256,
    Sha512,
    /// Ed25519 detached signature (Discord, Standard Webhooks v1a, Noones ed25519).
    Ed25519,
    /// ECDSA over P-256 with SHA-256, DER signature (SendGrid).
    EcdsaP256,
}

impl Algorithm {
    pub fn label(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "HMAC-SHA1",
            Algorithm::Sha256 => "HMAC-SHA256",
            Algorithm::Sha512 => "HMAC-SHA512",
            Algorithm::Ed25519 => "Ed25519",
            Algorithm::EcdsaP256 => "ECDSA P-256",
        }
    }
    pub fn is_hmac(self) -> bool {
        matches!(self, Algorithm::Sha1 | Algorithm::Sha256 | Algorithm::Sha512)
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
            Encoding::Hex => {
                // hex::encode goes a char at a time; this is on every signature of load mode.
                let mut out = vec![0u8; bytes.len() * 2];
                hex::encode_to_slice(bytes, &mut out).expect("the output is twice the input");
                String::from_utf8(out).expect("hex digits are ASCII")
            }
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
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum SignatureFormat {
    /// `<prefix><signature>`, e.g. `sha256=<hex>`, `v0=<hex>`, or a bare value.
    Plain {
        #[serde(default)]
        prefix: String,
    },
    /// `t=<ts>,v1=<sig>[,v1=<sig>…]` (Stripe, Novatrade24); Paddle uses `;` between pairs.
    KeyValue {
        timestamp_key: String,
        signature_key: String,
        #[serde(default = "comma")]
        separator: String,
    },
    /// `v1,<sig> v1,<sig>` (Standard Webhooks): space-separated `version,signature` pairs.
    VersionedList { version: String },
    /// The header carries the shared secret itself (GitLab `X-Gitlab-Token`, Okta).
    Token,
}

fn comma() -> String {
    ",".into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Seconds,
    Millis,
    /// An RFC 3339 date-time, signed as written (Zendesk).
    Rfc3339,
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
#[serde(deny_unknown_fields)]
pub struct TimestampRule {
    /// Header carrying the timestamp; `None` when it is inside the signature header (`t=`).
    #[serde(default)]
    pub header: Option<String>,
    #[serde(default = "seconds")]
    pub unit: TimeUnit,
    #[serde(default = "both")]
    pub window: Window,
}

fn seconds() -> TimeUnit {
    TimeUnit::Seconds
}

fn both() -> Window {
    Window::Both
}

/// One signature scheme, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeDef {
    pub signature_header: String,
    pub format: SignatureFormat,
    /// The signed input. `{body}` (raw bytes) or `{params}` (form fields sorted by name, each
    /// name followed by its value: Twilio) appears once; also `{timestamp}`, `{id}`, `{url}`,
    /// `{method}`.
    pub template: String,
    pub algorithm: Algorithm,
    pub encoding: Encoding,
    pub key: KeyDecoding,
    pub timestamp: Option<TimestampRule>,
    /// Header carrying the message id, for schemes that sign it.
    pub id_header: Option<String>,
}

/// Values the template's placeholders take.
#[derive(Debug, Clone, Copy, Default)]
pub struct TemplateValues<'a> {
    pub timestamp: Option<&'a str>,
    pub id: Option<&'a str>,
    pub url: Option<&'a str>,
    pub method: Option<&'a str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyForm {
    Raw,
    SortedParams,
}

/// A template split around its body placeholder so the body can be streamed between the halves.
pub struct Rendered {
    pub prefix: Vec<u8>,
    pub suffix: Vec<u8>,
    form: BodyForm,
}

/// Check a template's placeholders without rendering it (for user-defined schemes).
pub fn validate_template(template: &str) -> Result<()> {
    let bodies = template.matches("{body}").count() + template.matches("{params}").count();
    if bodies != 1 {
        return Err(Error::usage(format!(
            "signing template `{template}` must contain {{body}} or {{params}} exactly once"
        ))
        .with_hint("placeholders: {body}, {params}, {timestamp}, {id}, {url}, {method}"));
    }
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| Error::usage(format!("signing template `{template}` has an unclosed {{")))?;
        let name = &rest[open + 1..close];
        if !["body", "params", "timestamp", "id", "url", "method"].contains(&name) {
            return Err(Error::usage(format!(
                "signing template `{template}` has unknown placeholder {{{name}}}"
            ))
            .with_hint("placeholders: {body}, {params}, {timestamp}, {id}, {url}, {method}"));
        }
        rest = &rest[close + 1..];
    }
    Ok(())
}

/// What is wrong with a template that `render` could not fill.
fn template_error(template: &str) -> Error {
    validate_template(template)
        .err()
        .unwrap_or_else(|| Error::usage(format!("signing template `{template}` is malformed")))
}

/// Split `template` around its body and fill in the other placeholders, in one pass that
/// also checks the template: a signature costs one walk over it, not a validation pass too.
pub fn render(template: &str, values: &TemplateValues<'_>) -> Result<Rendered> {
    let mut prefix = Vec::with_capacity(template.len() + 64);
    let mut suffix = Vec::new();
    let mut form = None;
    let mut rest = template;
    loop {
        let out = if form.is_none() { &mut prefix } else { &mut suffix };
        let Some(open) = rest.find('{') else {
            out.extend_from_slice(rest.as_bytes());
            break;
        };
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            return Err(template_error(template));
        };
        out.extend_from_slice(&rest.as_bytes()[..open]);
        let placeholder = &rest[open..=close];
        rest = &rest[close + 1..];
        let (value, how) = match placeholder {
            "{body}" | "{params}" if form.is_none() => {
                form = Some(if placeholder == "{body}" {
                    BodyForm::Raw
                } else {
                    BodyForm::SortedParams
                });
                continue;
            }
            "{timestamp}" => (values.timestamp, "--timestamp or the header that carries it"),
            "{id}" => (values.id, "--id or the header that carries it"),
            "{url}" => (values.url, "--url with the URL the provider posts to"),
            "{method}" => (values.method, "--method (POST for deliveries)"),
            // A second body placeholder, or an unknown one.
            _ => return Err(template_error(template)),
        };
        // A value is copied in as it is, never searched for placeholders.
        let value = value.ok_or_else(|| {
            Error::usage(format!("this scheme signs {placeholder} but none was given"))
                .with_hint(format!("pass {how}"))
        })?;
        out.extend_from_slice(value.as_bytes());
    }
    Ok(Rendered {
        prefix,
        suffix,
        form: form.ok_or_else(|| template_error(template))?,
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
            Algorithm::Sha512 => AnyMac::Sha512(Hmac::new_from_slice(key).expect("any key length")),
            _ => AnyMac::Sha256(Hmac::new_from_slice(key).expect("any key length")),
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

/// Form fields sorted by name, each name followed by its value (Twilio's signed form).
fn sorted_params(body: &[u8]) -> Vec<u8> {
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs
        .into_iter()
        .flat_map(|(k, v)| [k, v])
        .collect::<String>()
        .into_bytes()
}

/// Feed `prefix ‖ body ‖ suffix` to `sink`, streaming a raw body. Returns the length.
fn feed_message(rendered: &Rendered, body: &Body, mut sink: impl FnMut(&[u8])) -> Result<u64> {
    sink(&rendered.prefix);
    let n = match rendered.form {
        BodyForm::Raw => body.feed(&mut sink)?,
        BodyForm::SortedParams => {
            let params = sorted_params(&body.to_bytes()?);
            sink(&params);
            params.len() as u64
        }
    };
    sink(&rendered.suffix);
    Ok(rendered.prefix.len() as u64 + n + rendered.suffix.len() as u64)
}

/// The signed message in memory, for signature algorithms that cannot stream.
pub fn message_bytes(rendered: &Rendered, body: &Body) -> Result<Vec<u8>> {
    let mut m = Vec::new();
    feed_message(rendered, body, |c| m.extend_from_slice(c))?;
    Ok(m)
}

/// HMAC over the rendered message, streaming the body. Returns the MAC and the signed length.
pub fn hmac_rendered(alg: Algorithm, key: &[u8], rendered: &Rendered, body: &Body) -> Result<(Vec<u8>, u64)> {
    let mut mac = AnyMac::new(alg, key);
    let n = feed_message(rendered, body, |c| mac.update(c))?;
    Ok((mac.finalize(), n))
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

/// What a scheme needs from the user to sign (`signing`) or verify.
pub fn key_need(alg: Algorithm, signing: bool) -> KeyNeed {
    match (alg, signing) {
        (Algorithm::Ed25519, true) => KeyNeed::Ed25519Private,
        (Algorithm::Ed25519, false) => KeyNeed::Ed25519Public,
        (Algorithm::EcdsaP256, true) => KeyNeed::EcdsaPrivate,
        (Algorithm::EcdsaP256, false) => KeyNeed::EcdsaPublic,
        _ => KeyNeed::Secret,
    }
}

fn wrong_key(alg: Algorithm) -> Error {
    Error::usage(format!(
        "the {} scheme needs a different kind of key",
        alg.label()
    ))
    .with_hint(
        "HMAC schemes take a secret; Ed25519 and ECDSA take --private-key to sign and --public-key to verify",
    )
}

impl SchemeDef {
    fn format_timestamp(&self, unix: i64) -> String {
        match self.timestamp.as_ref().map(|t| t.unit) {
            Some(TimeUnit::Millis) => (unix * 1000).to_string(),
            Some(TimeUnit::Rfc3339) => {
                let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix.max(0) as u64);
                humantime::format_rfc3339_seconds(at).to_string()
            }
            _ => unix.to_string(),
        }
    }

    pub fn key_need(&self, signing: bool) -> KeyNeed {
        if self.format == SignatureFormat::Token {
            return KeyNeed::Secret;
        }
        key_need(self.algorithm, signing)
    }

    /// Whether the signed template needs a timestamp at all.
    pub fn uses_timestamp(&self) -> bool {
        self.timestamp.is_some() || self.template.contains("{timestamp}")
    }

    /// Sign `body` at `timestamp` (Unix seconds) with message `id`, for `variant`'s URL.
    pub fn sign(
        &self,
        key: &Key,
        body: &Body,
        timestamp: i64,
        id: &str,
        variant: &Variant,
    ) -> Result<SchemeSignature> {
        let ts = self.format_timestamp(timestamp);
        let (value, signed_bytes) = if self.format == SignatureFormat::Token {
            let secret = match key {
                Key::Secret(s) => s.expose(),
                _ => return Err(wrong_key(self.algorithm)),
            };
            let token =
                std::str::from_utf8(secret).map_err(|_| Error::usage("the token is not UTF-8 text"))?;
            (token.to_string(), 0)
        } else {
            let rendered = render(
                &self.template,
                &TemplateValues {
                    timestamp: Some(&ts),
                    id: Some(id),
                    url: variant.url.as_deref(),
                    method: Some(variant.method.as_deref().unwrap_or("POST")),
                },
            )?;
            let (raw, n) = self.raw_signature(key, &rendered, body)?;
            (self.encoding.encode(&raw), n)
        };
        let header_value = match &self.format {
            SignatureFormat::Plain { prefix } => [prefix.as_str(), &value].concat(),
            SignatureFormat::KeyValue {
                timestamp_key,
                signature_key,
                separator,
            } => [
                timestamp_key.as_str(),
                "=",
                &ts,
                separator,
                signature_key,
                "=",
                &value,
            ]
            .concat(),
            SignatureFormat::VersionedList { version } => [version.as_str(), ",", &value].concat(),
            SignatureFormat::Token => value.clone(),
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

    pub(crate) fn raw_signature(
        &self,
        key: &Key,
        rendered: &Rendered,
        body: &Body,
    ) -> Result<(Vec<u8>, u64)> {
        match (self.algorithm, key) {
            (alg, Key::Secret(secret)) if alg.is_hmac() => {
                hmac_rendered(alg, &self.key.decode(secret.expose())?, rendered, body)
            }
            (Algorithm::Ed25519, Key::Ed25519Signing(sk)) => {
                use ed25519_dalek::Signer;
                let m = message_bytes(rendered, body)?;
                Ok((sk.sign(&m).to_bytes().to_vec(), m.len() as u64))
            }
            (Algorithm::EcdsaP256, Key::EcdsaSigning(sk)) => {
                use p256::ecdsa::signature::Signer;
                let m = message_bytes(rendered, body)?;
                let sig: p256::ecdsa::Signature = sk.sign(&m);
                Ok((sig.to_der().as_bytes().to_vec(), m.len() as u64))
            }
            (alg, _) => Err(wrong_key(alg)),
        }
    }

    /// Whether any candidate signature is valid for the rendered message. Every candidate is
    /// checked, so timing does not reveal which one matched.
    pub(crate) fn any_valid(
        &self,
        key: &Key,
        rendered: &Rendered,
        body: &Body,
        candidates: &[Vec<u8>],
    ) -> Result<bool> {
        match (self.algorithm, key) {
            (alg, Key::Secret(secret)) if alg.is_hmac() => {
                let (expected, _) = hmac_rendered(alg, &self.key.decode(secret.expose())?, rendered, body)?;
                Ok(candidates.iter().fold(false, |acc, c| acc | ct_eq(c, &expected)))
            }
            (Algorithm::Ed25519, Key::Ed25519Verifying(pk)) => {
                use ed25519_dalek::Verifier;
                let m = message_bytes(rendered, body)?;
                Ok(candidates.iter().any(|c| {
                    ed25519_dalek::Signature::from_slice(c).is_ok_and(|sig| pk.verify(&m, &sig).is_ok())
                }))
            }
            (Algorithm::EcdsaP256, Key::EcdsaVerifying(pk)) => {
                use p256::ecdsa::signature::Verifier;
                let m = message_bytes(rendered, body)?;
                Ok(candidates.iter().any(|c| {
                    p256::ecdsa::Signature::from_der(c)
                        .or_else(|_| p256::ecdsa::Signature::from_slice(c))
                        .is_ok_and(|sig| pk.verify(&m, &sig).is_ok())
                }))
            }
            (alg, _) => Err(wrong_key(alg)),
        }
    }

    /// Check the request's signature header against `body`.
    pub fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let Some(raw) = check.headers.get(&self.signature_header) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {} header", self.signature_header),
            ));
        };
        if self.format == SignatureFormat::Token {
            let Key::Secret(secret) = key else {
                return Err(wrong_key(self.algorithm));
            };
            return Ok(if ct_eq(raw.trim().as_bytes(), secret.expose()) {
                Verdict::valid()
            } else {
                Verdict::invalid(
                    Reason::Mismatch,
                    format!("{} does not equal the secret token", self.signature_header),
                )
            });
        }
        let parsed = match self.parse_header(raw, check) {
            Ok(p) => p,
            Err(v) => return Ok(v),
        };
        let candidates: Vec<Vec<u8>> = parsed
            .signatures
            .iter()
            .filter_map(|c| self.encoding.decode(c))
            .collect();
        if candidates.is_empty() {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!(
                    "{} does not hold a {} signature",
                    self.signature_header,
                    self.encoding.label()
                ),
            ));
        }
        let method = check.variant.method.as_deref().unwrap_or("POST");
        let urls = url_variants(check.variant.url.as_deref(), self.template.contains("{url}"));
        let mut matched_url = None;
        for (i, url) in urls.iter().enumerate() {
            let values = TemplateValues {
                timestamp: parsed.timestamp_text.as_deref(),
                id: parsed.id.as_deref(),
                url: url.as_deref(),
                method: Some(method),
            };
            let rendered = render(&self.template, &values)?;
            if self.any_valid(key, &rendered, check.body, &candidates)? {
                matched_url = Some(i);
                break;
            }
        }
        let Some(which) = matched_url else {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                format!("no signature in {} matches the body", self.signature_header),
            ));
        };
        if let (Some(rule), Some(ts)) = (&self.timestamp, parsed.timestamp) {
            if let Some(v) = check_window(rule, ts, check) {
                return Ok(v);
            }
        }
        let mut verdict = Verdict::valid();
        if which > 0 {
            if let Some(Some(u)) = urls.get(which) {
                verdict = verdict.with_note(format!("matched with URL `{u}`, not the one given"));
            }
        }
        Ok(verdict)
    }

    pub(crate) fn parse_header(
        &self,
        raw: &str,
        check: &Check<'_>,
    ) -> std::result::Result<ParsedHeader, Verdict> {
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
                separator,
            } => {
                for part in raw.split(separator.as_str()) {
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
            SignatureFormat::Token => out.signatures.push(raw.to_string()),
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
            out.timestamp = Some(match rule.unit {
                TimeUnit::Rfc3339 => humantime::parse_rfc3339_weak(text)
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_secs() as i64)
                    .ok_or_else(|| malformed(format!("timestamp `{text}` is not an RFC 3339 date-time")))?,
                unit => {
                    let value: i64 = text
                        .parse()
                        .map_err(|_| malformed(format!("timestamp `{text}` is not an integer")))?;
                    if unit == TimeUnit::Millis {
                        value.div_euclid(1000)
                    } else {
                        value
                    }
                }
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

/// The URL as given, then the forms a provider may have signed instead: with or without the
/// default port (Twilio signs either) and with or without a trailing slash.
pub(crate) fn url_variants(url: Option<&str>, signs_url: bool) -> Vec<Option<String>> {
    let Some(url) = url else {
        return vec![None];
    };
    let mut out = vec![Some(url.to_string())];
    if !signs_url {
        return out;
    }
    let mut push = |u: String| {
        if !out.iter().any(|o| o.as_deref() == Some(u.as_str())) {
            out.push(Some(u));
        }
    };
    if let Some((scheme, rest)) = url.split_once("://") {
        let default_port = if scheme.eq_ignore_ascii_case("https") {
            ":443"
        } else {
            ":80"
        };
        let (host, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        match host.strip_suffix(default_port) {
            Some(bare) => push(format!("{scheme}://{bare}{path}")),
            None if !host.contains(':') => push(format!("{scheme}://{host}{default_port}{path}")),
            None => {}
        }
    }
    match url.strip_suffix('/') {
        Some(u) => push(u.to_string()),
        None if !url.contains('?') => push(format!("{url}/")),
        None => {}
    }
    out
}

#[derive(Default)]
pub(crate) struct ParsedHeader {
    pub signatures: Vec<String>,
    pub timestamp_text: Option<String>,
    pub timestamp: Option<i64>,
    pub id: Option<String>,
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
    fn template_values_are_copied_in_verbatim() {
        // A URL that itself contains a placeholder's text must be signed as it is.
        let values = TemplateValues {
            id: Some("msg_1"),
            url: Some("https://x.test/h?next={id}"),
            method: Some("POST"),
            ..Default::default()
        };
        let r = render("{method}{url}|{id}|{body}!", &values).unwrap();
        assert_eq!(r.prefix, b"POSThttps://x.test/h?next={id}|msg_1|");
        assert_eq!(r.suffix, b"!");
        let missing = render("{timestamp}.{body}", &values)
            .err()
            .expect("no timestamp given")
            .to_string();
        assert!(missing.contains("{timestamp}"), "{missing}");
    }

    #[test]
    fn template_splits_around_the_body() {
        let values = TemplateValues {
            timestamp: Some("12"),
            ..Default::default()
        };
        let r = render("v0:{timestamp}:{body}", &values).unwrap();
        assert_eq!(r.prefix, b"v0:12:");
        assert!(r.suffix.is_empty());
        assert!(render("{timestamp}", &values).is_err());
        assert!(render("{body}{body}", &values).is_err());
        assert!(render("{bdy}", &values).is_err());
        // Malformed templates are errors that name the problem, never panics.
        for bad in [
            "{timestamp{body}",
            "{body}{params}",
            "{{body}",
            "{body}{",
            "a{b{body}c}",
            "{body}{x}",
        ] {
            let Err(e) = render(bad, &values) else {
                panic!("{bad} rendered")
            };
            assert!(e.message.contains("signing template"), "{bad}: {}", e.message);
        }
        assert!(
            render("{url}{body}", &values).is_err(),
            "a missing value is an error"
        );
    }

    #[test]
    fn twilio_params_sort_by_name_and_concatenate() {
        assert_eq!(
            sorted_params(b"To=%2B1800&From=%2B1415&Body=hi+there"),
            b"Bodyhi thereFrom+1415To+1800"
        );
    }

    #[test]
    fn url_variants_add_or_drop_the_default_port_and_slash() {
        let v: Vec<_> = url_variants(Some("https://example.com/hook"), true)
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(
            v,
            [
                "https://example.com/hook",
                "https://example.com:443/hook",
                "https://example.com/hook/"
            ]
        );
        let v: Vec<_> = url_variants(Some("http://h:80/x?a=1"), true)
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(v, ["http://h:80/x?a=1", "http://h/x?a=1"]);
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
