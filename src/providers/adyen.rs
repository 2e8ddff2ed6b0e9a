//! Adyen standard webhooks (Adyen docs, "Verify HMAC signatures",
//! https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/): each
//! `notificationItems[].NotificationRequestItem` carries its own signature in
//! `additionalData.hmacSignature`: the base64 HMAC-SHA256, keyed with the hex-decoded HMAC key,
//! of `pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:
//! eventCode:success` (an absent field is empty). The signature is inside the body, so Adyen is
//! not auto-detected from headers.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::Value;

use super::scheme::{ct_eq, hmac, Algorithm, KeyDecoding};
use super::scheme_provider::{peek_json, secret_of};
use super::{scalar_text, Catalog, Check, Headers, Info, Key, LazyCatalog, Message, Provider, Reason, Signed, Verdict};
use crate::error::{Error, Result};
use crate::json_path;

pub struct Adyen {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Adyen {
    Adyen {
        info: Info {
            id: "adyen".into(),
            name: "Adyen".into(),
            headers: "none: body notificationItems[].NotificationRequestItem.additionalData.hmacSignature".into(),
            algorithm: "HMAC-SHA256".into(),
            signed_input: "pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success".into(),
            encoding: "base64 (hex-decoded key)".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("payments".into()),
            // Adyen docs, "Webhooks": a webhook must be acknowledged within 10 seconds.
            delivery_timeout: Duration::from_secs(10),
            retry: super::Redelivery {
                plan: super::RetryPlan::Never,
                gives_up: "Adyen keeps retrying unacknowledged webhooks from its queue".into(),
                note: "Adyen retries unacknowledged webhooks on a schedule of its own (not simulated)".into(),
            },
            notes: vec![
                "the signature is inside the JSON body, per notification item, so Adyen is not auto-detected from headers".into(),
                "the secret is the webhook's HMAC key as Adyen shows it, in hex".into(),
                "eventDate is not signed, so there is no replay window".into(),
            ],
        },
        catalog: LazyCatalog::builtin("adyen").expect("catalog/adyen.json"),
    }
}

/// The string Adyen signs for one `NotificationRequestItem`.
pub fn string_to_sign(item: &Value) -> String {
    let field = |path: &str| json_path::get(item, path).and_then(scalar_text).unwrap_or_default();
    [
        "pspReference",
        "originalReference",
        "merchantAccountCode",
        "merchantReference",
        "amount.value",
        "amount.currency",
        "eventCode",
        "success",
    ]
    .map(field)
    .join(":")
}

fn signature(key: &[u8], item: &Value) -> Vec<u8> {
    hmac(Algorithm::Sha256, key, string_to_sign(item).as_bytes())
}

fn hmac_key(key: &Key) -> Result<Vec<u8>> {
    KeyDecoding::Hex.decode(secret_of(key)?).map_err(|e| {
        e.with_hint("Adyen's HMAC key is hex, as the Customer Area shows it (64 hex characters)")
    })
}

/// Every `NotificationRequestItem` of a body, mutably.
fn items_mut(body: &mut Value) -> Option<Vec<&mut Value>> {
    let items = body.get_mut("notificationItems")?.as_array_mut()?;
    items
        .iter_mut()
        .map(|i| i.get_mut("NotificationRequestItem"))
        .collect()
}

impl Provider for Adyen {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        "additionalData.hmacSignature"
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let key = hmac_key(key)?;
        let mut body: Value = serde_json::from_slice(&msg.body.to_bytes()?).map_err(|e| {
            Error::usage(format!(
                "payload is not valid JSON ({e}); Adyen signs fields of its JSON notification items"
            ))
        })?;
        let items = items_mut(&mut body).filter(|i| !i.is_empty()).ok_or_else(|| {
            Error::usage("an Adyen payload is {\"notificationItems\": [{\"NotificationRequestItem\": {…}}]}")
                .with_hint("`hookctl events -p adyen AUTHORISATION` prints a sample")
        })?;
        let mut signed_bytes = 0;
        let mut last = String::new();
        for item in items {
            signed_bytes += string_to_sign(item).len() as u64;
            last = B64.encode(signature(&key, item));
            let Some(obj) = item.as_object_mut() else {
                return Err(Error::usage("a NotificationRequestItem is a JSON object"));
            };
            let extra = obj
                .entry("additionalData")
                .or_insert_with(|| Value::Object(Default::default()));
            let Some(extra) = extra.as_object_mut() else {
                return Err(Error::usage("additionalData is a JSON object"));
            };
            extra.insert("hmacSignature".into(), Value::String(last.clone()));
        }
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/json");
        Ok(Signed {
            url: None,
            headers,
            signature: last,
            signed_bytes,
            body: Some(serde_json::to_vec(&body).expect("JSON serialises")),
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let key = hmac_key(key)?;
        let Some(mut body) = peek_json(check.body) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                "body is not JSON, so it holds no Adyen signature",
            ));
        };
        let Some(items) = items_mut(&mut body).filter(|i| !i.is_empty()) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                "body has no notificationItems[].NotificationRequestItem",
            ));
        };
        let count = items.len();
        for (n, item) in items.into_iter().enumerate() {
            let Some(given) = json_path::get(item, "additionalData.hmacSignature").and_then(Value::as_str) else {
                return Ok(Verdict::invalid(
                    Reason::MissingSignature,
                    format!("notification item {n} has no additionalData.hmacSignature"),
                ));
            };
            let Ok(given) = B64.decode(given.trim()) else {
                return Ok(Verdict::invalid(
                    Reason::MalformedHeader,
                    format!("notification item {n}: hmacSignature is not base64"),
                ));
            };
            if !ct_eq(&given, &signature(&key, item)) {
                return Ok(Verdict::invalid(
                    Reason::Mismatch,
                    format!("notification item {n}: hmacSignature does not match its signed fields"),
                ));
            }
        }
        Ok(if count > 1 {
            Verdict::valid().with_note(format!("all {count} notification items verified"))
        } else {
            Verdict::valid()
        })
    }

    fn detect(&self, _: &Headers) -> bool {
        false
    }

    fn event_type(&self, _: &Headers, body: Option<&Value>) -> Option<String> {
        body.and_then(|b| json_path::get(b, "notificationItems.0.NotificationRequestItem.eventCode"))
            .and_then(scalar_text)
    }

    /// Adyen's docs key duplicates on pspReference with eventCode.
    fn event_id(&self, _: &Headers, body: Option<&Value>) -> Option<String> {
        let item = json_path::get(body?, "notificationItems.0.NotificationRequestItem")?;
        let psp = item.get("pspReference").and_then(scalar_text)?;
        let code = item.get("eventCode").and_then(scalar_text).unwrap_or_default();
        Some(format!("{psp}:{code}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn absent_fields_sign_as_empty_and_numbers_as_written() {
        let item = json!({"pspReference": "7914073381342284", "merchantAccountCode": "TestMerchant",
            "merchantReference": "TestPayment-1407325143704", "amount": {"value": 1130, "currency": "EUR"},
            "eventCode": "AUTHORISATION", "success": "true"});
        assert_eq!(
            string_to_sign(&item),
            "7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:true"
        );
    }
}
