//! Noones: two schemes on one header, `X-Noones-Signature`.
//! - `hmac` (marketplace): HMAC-SHA256 hex over `JSON.stringify(JSON.parse(body))`.
//! - `ed25519` (Developers Portal): base64 Ed25519 signature over `<target URL>:<raw body>`.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signer, Verifier};

use super::scheme::{ct_eq, hmac, Algorithm};
use super::scheme_provider::secret_of;
use super::LazyCatalog;
use super::{
    scalar_text, Catalog, Check, Headers, Info, Key, KeyNeed, Message, Provider, Reason, Signed,
    SigningScheme, Variant, Verdict,
};
use crate::canonical_json;
use crate::error::{Error, Result};
use crate::json_path;

pub const SIGNATURE_HEADER: &str = "X-Noones-Signature";
pub const CHALLENGE_HEADER: &str = "X-Noones-Request-Challenge";

pub struct Noones {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Noones {
    Noones {
        info: Info {
            id: "noones".into(),
            name: "Noones".into(),
            headers: SIGNATURE_HEADER.into(),
            algorithm: "HMAC-SHA256 | Ed25519".into(),
            signed_input: "JSON.stringify(<body>) | <url>:<body>".into(),
            encoding: "hex | base64".into(),
            handshake: format!("echo {CHALLENGE_HEADER}"),
            handshake_kind: Some(crate::handshakes::require("noones_challenge")),
            category: Some("payments".into()),
            delivery_timeout: Duration::from_secs(3),
            // Noones webhook docs: no retry schedule; "After 3 failed attempts the URL is
            // disabled". Simulated as three deliveries of the event.
            retry: super::Redelivery {
                plan: super::RetryPlan::At(vec![Duration::ZERO, Duration::ZERO]),
                gives_up: "Noones disables the URL after 3 failed attempts (save it again on the Developer page to re-enable)".into(),
                note: "Noones documents no redelivery; 3 failed attempts disable the URL (simulated as 3 back-to-back attempts)".into(),
            },
            notes: vec![
                "event type strings come from integrators' code; `offer.viewed` is a guess".into(),
                "no event id is sent: duplicates are keyed on type + payload.trade_hash (+ payload.id)".into(),
                "ed25519: real signatures come only from Noones; hookctl signs with a key from `hookctl keygen`".into(),
                "ed25519 public key: --public-key or config public_key, else fetched from <API>/webhook/v1/public/.well-known/public.key (format unknown: base64, PEM or JSON accepted)".into(),
                "timeouts: 3 s per event, 10 s for the URL-save challenge; 3 failures disable the URL".into(),
            ],
        },
        catalog: LazyCatalog::builtin("noones").expect("catalog/noones.json"),
    }
}

/// Scheme A values are 64 hex characters; scheme B values are 88 base64 characters.
fn scheme_of(variant: &Variant, value: Option<&str>) -> SigningScheme {
    if let Some(s) = variant.scheme {
        return s;
    }
    match value {
        Some(v) if v.trim().len() == 88 && v.trim().ends_with('=') => SigningScheme::Ed25519,
        _ => SigningScheme::Hmac,
    }
}

fn target_url(variant: &Variant) -> Result<&str> {
    variant.url.as_deref().ok_or_else(|| {
        Error::usage("the Noones ed25519 scheme signs the target URL, and none was given").with_hint(
            "pass --url with the webhook URL exactly as registered, e.g. https://example.com/hooks/noones",
        )
    })
}

fn ed25519_message(url: &str, body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(url.len() + 1 + body.len());
    m.extend_from_slice(url.as_bytes());
    m.push(b':');
    m.extend_from_slice(body);
    m
}

impl Provider for Noones {
    fn info(&self) -> &Info {
        &self.info
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn signature_header(&self) -> &str {
        SIGNATURE_HEADER
    }

    fn key_need(&self, variant: &Variant, signing: bool) -> KeyNeed {
        match (variant.scheme, signing) {
            (Some(SigningScheme::Ed25519), true) => KeyNeed::Ed25519Private,
            (Some(SigningScheme::Ed25519), false) => KeyNeed::Ed25519Public,
            _ => KeyNeed::Secret,
        }
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let raw = msg.body.to_bytes()?;
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/json");
        match scheme_of(msg.variant, None) {
            SigningScheme::Hmac => {
                // Noones signs JavaScript's re-serialization, so the canonical bytes are what is
                // sent: raw body = signed bytes, so a receiver that hashes the raw body agrees.
                let canonical = if msg.canonical {
                    None
                } else {
                    let c = canonical_json::canonicalize(&raw).map_err(|e| {
                        Error::usage(format!(
                            "payload is not valid JSON ({e}); Noones signs parsed JSON"
                        ))
                        .with_hint("check the payload with `jq . FILE`")
                    })?;
                    (c.as_slice() != &*raw).then_some(c)
                };
                let signed = canonical.as_deref().unwrap_or(&raw);
                let value = hex::encode(hmac(Algorithm::Sha256, secret_of(key)?, signed));
                headers.push(SIGNATURE_HEADER, value.clone());
                Ok(Signed {
                    headers,
                    signature: value,
                    signed_bytes: signed.len() as u64,
                    body: canonical,
                    url: None,
                })
            }
            SigningScheme::Ed25519 => {
                let Key::Ed25519Signing(sk) = key else {
                    return Err(Error::usage("the ed25519 scheme signs with a private key")
                        .with_hint("make one with `hookctl keygen ed25519 --out noones.pem` and pass --private-key noones.pem"));
                };
                let message = ed25519_message(target_url(msg.variant)?, &raw);
                let value = B64.encode(sk.sign(&message).to_bytes());
                headers.push(SIGNATURE_HEADER, value.clone());
                Ok(Signed {
                    headers,
                    signature: value,
                    signed_bytes: message.len() as u64,
                    body: None,
                    url: None,
                })
            }
        }
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let Some(value) = check.headers.get(SIGNATURE_HEADER).map(str::trim) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {SIGNATURE_HEADER} header"),
            ));
        };
        let raw = check.body.to_bytes()?;
        match scheme_of(check.variant, Some(value)) {
            SigningScheme::Hmac => {
                let Ok(given) = hex::decode(value) else {
                    return Ok(Verdict::invalid(
                        Reason::MalformedHeader,
                        format!("{SIGNATURE_HEADER} is not hex (the hmac scheme sends 64 hex characters)"),
                    ));
                };
                let secret = secret_of(key)?;
                // Raw bytes first, then the canonical form, and say which one matched.
                if ct_eq(&given, &hmac(Algorithm::Sha256, secret, &raw)) {
                    return Ok(Verdict::valid());
                }
                match canonical_json::canonicalize(&raw) {
                    Ok(canonical) if ct_eq(&given, &hmac(Algorithm::Sha256, secret, &canonical)) => Ok(Verdict::valid()
                        .with_note("matched the canonical form JSON.stringify(JSON.parse(body)); the raw body differs from it")),
                    Ok(_) => Ok(Verdict::invalid(
                        Reason::Mismatch,
                        "signature matches neither the raw body nor its canonical JSON form",
                    )),
                    Err(e) => Ok(Verdict::invalid(
                        Reason::Mismatch,
                        format!("signature does not match the raw body, which is not valid JSON ({e})"),
                    )),
                }
            }
            SigningScheme::Ed25519 => {
                let Key::Ed25519Verifying(pk) = key else {
                    return Err(Error::usage("the ed25519 scheme verifies with a public key")
                        .with_hint("pass --public-key BASE64|FILE or set [providers.noones] public_key in the config"));
                };
                let Some(sig) = B64
                    .decode(value)
                    .ok()
                    .and_then(|b| ed25519_dalek::Signature::from_slice(&b).ok())
                else {
                    return Ok(Verdict::invalid(
                        Reason::MalformedHeader,
                        format!("{SIGNATURE_HEADER} is not a base64 64-byte Ed25519 signature"),
                    ));
                };
                let url = target_url(check.variant)?;
                if pk.verify(&ed25519_message(url, &raw), &sig).is_ok() {
                    return Ok(Verdict::valid());
                }
                // The registered URL may differ from the one given by a trailing slash.
                let other = match url.strip_suffix('/') {
                    Some(u) => u.to_string(),
                    None => format!("{url}/"),
                };
                if pk.verify(&ed25519_message(&other, &raw), &sig).is_ok() {
                    return Ok(
                        Verdict::valid().with_note(format!("matched with target URL `{other}`, not `{url}`"))
                    );
                }
                Ok(Verdict::invalid(
                    Reason::Mismatch,
                    format!("Ed25519 signature does not verify for `{url}:<body>`"),
                ))
            }
        }
    }

    fn settle_variant(&self, variant: &mut Variant, headers: &Headers) {
        if variant.scheme.is_none() {
            if let Some(v) = headers.get(SIGNATURE_HEADER) {
                variant.scheme = Some(scheme_of(variant, Some(v)));
            }
        }
    }

    fn detect(&self, headers: &Headers) -> bool {
        headers.has(SIGNATURE_HEADER) || headers.has(CHALLENGE_HEADER)
    }

    fn event_type(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        body.and_then(|b| json_path::get(b, "type")).and_then(scalar_text)
    }

    /// Noones sends no event id: `type` + `payload.trade_hash` (+ chat `payload.id`) identify one.
    fn event_id(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        let b = body?;
        let parts: Vec<String> = ["type", "payload.trade_hash", "payload.id"]
            .iter()
            .filter_map(|p| json_path::get(b, p).and_then(scalar_text))
            .collect();
        (parts.len() >= 2).then(|| parts.join(":"))
    }
}
