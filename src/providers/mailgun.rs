//! Mailgun: the signature travels inside the JSON body, not in a header:
//! `{"signature": {"timestamp", "token", "signature"}, "event-data": {…}}`, where `signature` is
//! the hex HMAC-SHA256 of `timestamp ‖ token` keyed with the webhook signing key.

use std::time::Duration;

use super::scheme::{check_window, ct_eq, hmac, Algorithm, TimeUnit, TimestampRule, Window};
use super::scheme_provider::{peek_json, secret_of};
use super::{
    scalar_text, Catalog, Check, Headers, Info, Key, LazyCatalog, Message, Provider, Reason, Signed, Verdict,
};
use crate::error::{Error, Result};
use crate::json_path;
use crate::random_id::{random_chars, HEX};

pub struct Mailgun {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Mailgun {
    Mailgun {
        info: Info {
            id: "mailgun".into(),
            name: "Mailgun".into(),
            headers: "none: body signature.{timestamp,token,signature}".into(),
            algorithm: "HMAC-SHA256".into(),
            signed_input: "<timestamp><token>".into(),
            encoding: "hex".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("email".into()),
            delivery_timeout: Duration::from_secs(10),
            retry: Default::default(),
            notes: vec![
                "the signature is inside the JSON body, so Mailgun is not auto-detected from headers".into(),
            ],
        },
        catalog: LazyCatalog::builtin("mailgun").expect("catalog/mailgun.json"),
    }
}

const RULE: TimestampRule = TimestampRule {
    header: None,
    body_path: None,
    unit: TimeUnit::Seconds,
    window: Window::Both,
    tolerance: None,
};

impl Provider for Mailgun {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        "signature"
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn timestamped(&self) -> bool {
        true
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let mut body: serde_json::Value = serde_json::from_slice(&msg.body.to_bytes()?).map_err(|e| {
            Error::usage(format!(
                "payload is not valid JSON ({e}); Mailgun signs inside a JSON body"
            ))
        })?;
        let Some(obj) = body.as_object_mut() else {
            return Err(Error::usage("a Mailgun payload is a JSON object"));
        };
        let timestamp = msg.timestamp.to_string();
        let token = msg
            .id
            .map(str::to_string)
            .unwrap_or_else(|| random_chars(HEX, 50));
        let signature = hex::encode(hmac(
            Algorithm::Sha256,
            secret_of(key)?,
            format!("{timestamp}{token}").as_bytes(),
        ));
        obj.insert(
            "signature".into(),
            serde_json::json!({"timestamp": timestamp, "token": token, "signature": signature}),
        );
        let bytes = serde_json::to_vec(&body).expect("JSON serialises");
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/json");
        headers.push("User-Agent", "mailgun/treq-16.12.0");
        Ok(Signed {
            headers,
            signature,
            signed_bytes: (timestamp.len() + token.len()) as u64,
            body: Some(bytes),
            url: None,
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let Some(body) = peek_json(check.body) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                "body is not JSON, so it holds no signature",
            ));
        };
        let field = |name: &str| json_path::get(&body, &format!("signature.{name}")).and_then(scalar_text);
        let (Some(ts), Some(token), Some(sig)) = (field("timestamp"), field("token"), field("signature"))
        else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                "body has no signature.timestamp, signature.token and signature.signature",
            ));
        };
        let Ok(given) = hex::decode(&sig) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                "signature.signature is not hex",
            ));
        };
        let expected = hmac(
            Algorithm::Sha256,
            secret_of(key)?,
            format!("{ts}{token}").as_bytes(),
        );
        if !ct_eq(&given, &expected) {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                "signature.signature does not match timestamp+token",
            ));
        }
        let Ok(t) = ts.parse::<i64>() else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                "signature.timestamp is not an integer",
            ));
        };
        Ok(check_window(&RULE, t, check).unwrap_or_else(Verdict::valid))
    }

    fn detect(&self, _: &Headers) -> bool {
        false
    }

    fn event_type(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        body.and_then(|b| json_path::get(b, "event-data.event"))
            .and_then(scalar_text)
    }

    fn event_id(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        body.and_then(|b| json_path::get(b, "event-data.id"))
            .and_then(scalar_text)
    }
}
