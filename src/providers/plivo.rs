//! Plivo signature V2 (Plivo docs, "Validating requests"; the SDKs' `validate_signature`, e.g.
//! plivo-python's `plivo/utils/__init__.py`): `X-Plivo-Signature-V2` is the base64 HMAC-SHA256,
//! keyed with the auth token, of the callback URL without its query string followed by
//! `X-Plivo-Signature-V2-Nonce`. The body is not signed. (Signature V3, which also signs the
//! parameters, is not implemented.)

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;

use super::scheme::{ct_eq, hmac, Algorithm};
use super::scheme_provider::secret_of;
use super::{Catalog, Check, Headers, Info, Key, LazyCatalog, Message, Provider, Reason, Signed, Verdict};
use crate::error::{Error, Result};
use crate::random_id::random_chars;

const SIGNATURE: &str = "X-Plivo-Signature-V2";
const NONCE: &str = "X-Plivo-Signature-V2-Nonce";

pub struct Plivo {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Plivo {
    Plivo {
        info: Info {
            id: "plivo".into(),
            name: "Plivo".into(),
            headers: format!("{SIGNATURE}, {NONCE}"),
            algorithm: "HMAC-SHA256".into(),
            signed_input: "<url without query><nonce> (the body is not signed)".into(),
            encoding: "base64".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("messaging".into()),
            delivery_timeout: Duration::from_secs(30),
            retry: Default::default(),
            notes: vec![
                "signature V2 only; V3 (X-Plivo-Signature-V3, which also signs the parameters) is not implemented".into(),
                "the URL is signed: verify takes it from --url (listen from the request); the body is not".into(),
                "the secret is the account's auth token".into(),
                "delivery timeout: Plivo documents none for message callbacks; 30 s assumed".into(),
            ],
        },
        catalog: LazyCatalog::builtin("plivo").expect("catalog/plivo.json"),
    }
}

/// The URL Plivo signs: scheme, host and path, without query or fragment.
fn signed_url(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

fn signature(token: &[u8], url: &str, nonce: &str) -> Vec<u8> {
    hmac(
        Algorithm::Sha256,
        token,
        format!("{}{nonce}", signed_url(url)).as_bytes(),
    )
}

fn url_needed() -> Error {
    Error::usage("Plivo signs the callback URL, and none was given")
        .with_hint("pass --url with the URL exactly as configured in Plivo, e.g. https://example.com/plivo/sms")
}

impl Provider for Plivo {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        SIGNATURE
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn form_encoded(&self) -> bool {
        true
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let url = msg.variant.url.as_deref().ok_or_else(url_needed)?;
        let nonce = msg
            .id
            .map(str::to_string)
            .unwrap_or_else(|| random_chars(b"0123456789", 20));
        let sig = B64.encode(signature(secret_of(key)?, url, &nonce));
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/x-www-form-urlencoded");
        headers.push(SIGNATURE, sig.clone());
        headers.push(NONCE, nonce.clone());
        Ok(Signed {
            url: None,
            headers,
            signature: sig,
            signed_bytes: (signed_url(url).len() + nonce.len()) as u64,
            body: None,
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let (Some(given), Some(nonce)) = (check.headers.get(SIGNATURE), check.headers.get(NONCE).or(check.id)) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("the request needs {SIGNATURE} and {NONCE}"),
            ));
        };
        let Ok(given) = B64.decode(given.trim()) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{SIGNATURE} is not base64"),
            ));
        };
        let url = check.variant.url.as_deref().ok_or_else(url_needed)?;
        if !ct_eq(&given, &signature(secret_of(key)?, url, nonce.trim())) {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                format!(
                    "{SIGNATURE} does not match `{}` with the nonce",
                    crate::output::sanitize(signed_url(url), false)
                ),
            ));
        }
        Ok(Verdict::valid().with_note("Plivo's V2 signature covers the URL and nonce, not the body"))
    }

    fn detect(&self, headers: &Headers) -> bool {
        headers.has(SIGNATURE)
    }

    fn event_type(&self, _: &Headers, _: Option<&serde_json::Value>) -> Option<String> {
        None
    }

    fn event_id(&self, headers: &Headers, _: Option<&serde_json::Value>) -> Option<String> {
        headers.get(NONCE).map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_is_not_signed() {
        assert_eq!(signed_url("https://example.com/sms?a=1#x"), "https://example.com/sms");
        assert_eq!(
            signature(b"t", "https://example.com/sms?a=1", "123"),
            signature(b"t", "https://example.com/sms", "123")
        );
        assert_ne!(
            signature(b"t", "https://example.com/sms", "123"),
            signature(b"t", "https://example.com/sms", "124")
        );
    }
}
