//! Plivo signature V2 (Plivo docs, "Validating requests"; the SDKs' `validate_signature`, e.g.
//! plivo-python's `plivo/utils/__init__.py`): `X-Plivo-Signature-V2` is the base64 HMAC-SHA256,
//! keyed with the auth token, of the callback URL without its query string followed by
//! `X-Plivo-Signature-V2-Nonce`. The body is not signed. (Signature V3, which also signs the
//! parameters, is not implemented.)

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;

use super::event_type::TypeSource;
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
    type_sources: Vec<TypeSource>,
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
        // Plivo's form parameters name no event; which callback it is shows in its fields, as
        // Plivo's docs list them for the message URL, the message status callback and the
        // answer URL: a status callback's `Status`, an inbound message's `Type`, and the
        // answer URL's `Event=StartApp`.
        type_sources: vec![
            TypeSource::when_equals("Status", "delivered", "message-delivered"),
            TypeSource::when_equals("Status", "failed", "message-failed"),
            TypeSource::when_equals("Event", "StartApp", "call-answer"),
            TypeSource::when_equals("Type", "sms", "incoming-sms"),
        ],
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

    fn event_type(&self, _: &Headers, fields: Option<&serde_json::Value>) -> Option<String> {
        super::event_type::first(&self.type_sources, fields)
    }

    fn event_id(&self, headers: &Headers, _: Option<&serde_json::Value>) -> Option<String> {
        headers.get(NONCE).map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Form bodies with the parameters Plivo's docs list for each callback.
    #[test]
    fn each_callback_is_named_by_its_parameters() {
        let p = provider();
        let t = |form: &str| {
            let fields = crate::providers::event_type::fields(true, form.as_bytes(), None).unwrap();
            p.event_type(&Headers::default(), Some(&fields))
        };
        assert_eq!(
            t("From=14155550100&To=14155550199&Text=Hello&Type=sms&MessageUUID=e2d5b3a0-2d6c-11ef-8a8f-0242ac110003").as_deref(),
            Some("incoming-sms")
        );
        assert_eq!(
            t("To=14155550100&From=14155550199&Status=delivered&MessageUUID=f1a2&ErrorCode=000").as_deref(),
            Some("message-delivered")
        );
        assert_eq!(
            t("To=14155550100&From=14155550199&Status=failed&MessageUUID=0a9b&ErrorCode=200").as_deref(),
            Some("message-failed")
        );
        assert_eq!(
            t("CallUUID=8f1c&From=14155550100&To=14155550199&Direction=inbound&CallStatus=ringing&Event=StartApp").as_deref(),
            Some("call-answer")
        );
        // States and callbacks the catalog has no event for.
        assert_eq!(t("Status=queued&MessageUUID=1"), None);
        assert_eq!(t("CallUUID=8f1c&Event=Hangup&CallStatus=completed"), None);
        assert_eq!(t("Type=mms&Text=Hi&MessageUUID=1"), None);
    }

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
