//! Braintree webhooks (Braintree developer docs, "Webhooks", "Parse"; the server SDKs'
//! `WebhookNotification.parse`, e.g. braintree_ruby's webhook_notification_gateway.rb): a
//! form-encoded POST of `bt_signature` and `bt_payload`. `bt_payload` is the base64 of the
//! notification's XML; `bt_signature` is `<public key>|<signature>` pairs joined by `&`, where
//! the signature is the hex HMAC-SHA1 of `bt_payload`, as sent, keyed with the SHA-1 digest of
//! the private key. The secret is the private key.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use sha1::{Digest, Sha1};
use quick_xml::events::Event;
use quick_xml::Reader;

use super::scheme::{ct_eq, hmac, Algorithm};
use super::scheme_provider::secret_of;
use super::{Catalog, Check, Headers, Info, Key, LazyCatalog, Message, Provider, Reason, Signed, Verdict};
use crate::error::{Error, Result};

/// The public key a signature is labelled with when signing (Braintree pairs each signature
/// with the merchant's public key; any label verifies, since only the private key signs).
const PUBLIC_KEY: &str = "hookctl_public_key";

pub struct Braintree {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Braintree {
    Braintree {
        info: Info {
            id: "braintree".into(),
            name: "Braintree".into(),
            headers: "none: form fields bt_signature=<public key>|<sig>, bt_payload".into(),
            algorithm: "HMAC-SHA1 (key = SHA-1 of the private key)".into(),
            signed_input: "<bt_payload>".into(),
            encoding: "hex".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("payments".into()),
            delivery_timeout: Duration::from_secs(30),
            retry: super::Redelivery {
                plan: super::RetryPlan::Never,
                gives_up: "Braintree retries a failed notification on its own schedule".into(),
                note: "Braintree retries failed notifications on a schedule it does not publish in full (not simulated)".into(),
            },
            notes: vec![
                "the signature is in the form body, so Braintree is not auto-detected from headers".into(),
                "the secret is the API private key; signatures are labelled with the public key hookctl_public_key".into(),
                "a bt_payload given as XML is base64-encoded (60-character lines, as the SDKs write it) before signing".into(),
                "delivery timeout: Braintree documents none; 30 s assumed".into(),
            ],
        },
        catalog: LazyCatalog::builtin("braintree").expect("catalog/braintree.json"),
    }
}

/// The signature of `payload` under `private_key`, hex.
pub fn signature(private_key: &[u8], payload: &str) -> String {
    hex::encode(hmac(Algorithm::Sha1, &Sha1::digest(private_key), payload.as_bytes()))
}

/// Base64 in lines of 60 characters, each ending in a newline, as Ruby's `Base64.encode64`
/// (and so Braintree's SDKs and sample notifications) write it.
fn encode64(xml: &str) -> String {
    let flat = B64.encode(xml);
    let mut out = String::with_capacity(flat.len() + flat.len() / 60 + 1);
    for line in flat.as_bytes().chunks(60) {
        out.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        out.push('\n');
    }
    out
}

/// The notification's kind (`check`, `subscription_canceled`, …): the `<kind>` directly under
/// the root of the XML that `bt_payload` is the base64 of, as the SDKs' `WebhookNotification`
/// reads it. A subject may hold a `<kind>` of its own (a dispute's `chargeback`), which is not
/// the notification's.
fn notification_kind(payload: &str) -> Option<String> {
    let flat: String = payload.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let xml = String::from_utf8(B64.decode(flat).ok()?).ok()?;
    root_child_text(&xml, "kind")
}

/// The text of the first element `name` directly under the root of `xml`, entities decoded;
/// `None` for malformed XML or an element that holds markup rather than text.
fn root_child_text(xml: &str, name: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => {
                depth += 1;
                if depth == 2 && e.name().0 == name {
                    let end = e.to_end().into_owned();
                    let raw = reader.read_text(end.name()).ok()?;
                    if raw.contains('<') {
                        return None;
                    }
                    let text = quick_xml::escape::unescape(&raw).ok()?;
                    let text = text.trim();
                    return (!text.is_empty()).then(|| text.to_string());
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => return None,
            _ => {}
        }
    }
}

fn form_fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

impl Provider for Braintree {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        "bt_signature"
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn form_encoded(&self) -> bool {
        true
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let private = secret_of(key)?;
        let fields = form_fields(&msg.body.to_bytes()?);
        let payload = fields
            .iter()
            .find(|(k, _)| k == "bt_payload")
            .map(|(_, v)| v.clone())
            .ok_or_else(|| {
                Error::usage("a Braintree payload is a form with a bt_payload field")
                    .with_hint("e.g. --data 'bt_payload=<notification>…</notification>' (XML is base64-encoded for you)")
            })?;
        let payload = if payload.trim_start().starts_with('<') {
            encode64(&payload)
        } else {
            payload
        };
        let sig = signature(private, &payload);
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("bt_signature", &format!("{PUBLIC_KEY}|{sig}"));
        out.append_pair("bt_payload", &payload);
        for (k, v) in fields.iter().filter(|(k, _)| k != "bt_signature" && k != "bt_payload") {
            out.append_pair(k, v);
        }
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/x-www-form-urlencoded");
        Ok(Signed {
            url: None,
            headers,
            signed_bytes: payload.len() as u64,
            signature: sig,
            body: Some(out.finish().into_bytes()),
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let private = secret_of(key)?;
        let fields = form_fields(&check.body.to_bytes()?);
        let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        let (Some(given), Some(payload)) = (field("bt_signature"), field("bt_payload")) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                "the form has no bt_signature and bt_payload fields",
            ));
        };
        // The SDKs refuse a payload with anything but base64 characters and newlines.
        if payload
            .bytes()
            .any(|b| !(b.is_ascii_alphanumeric() || b"+=/\n".contains(&b)))
        {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                "bt_payload holds characters other than base64 and newlines",
            ));
        }
        let pairs: Vec<(&str, &str)> = given.split('&').filter_map(|p| p.split_once('|')).collect();
        if pairs.is_empty() {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                "bt_signature holds no <public key>|<signature> pair",
            ));
        }
        let expected = signature(private, payload);
        let matched = pairs
            .iter()
            .filter(|(_, sig)| ct_eq(sig.trim().as_bytes(), expected.as_bytes()))
            .map(|(public, _)| *public)
            .next();
        Ok(match matched {
            Some(public) => Verdict::valid().with_note(format!(
                "signed for public key `{}`",
                crate::output::sanitize(public, false)
            )),
            None => Verdict::invalid(
                Reason::Mismatch,
                "no signature in bt_signature matches bt_payload under this private key",
            ),
        })
    }

    fn detect(&self, _: &Headers) -> bool {
        false
    }

    fn event_type(&self, _: &Headers, fields: Option<&serde_json::Value>) -> Option<String> {
        notification_kind(fields?.get("bt_payload")?.as_str()?)
    }

    fn event_id(&self, _: &Headers, _: Option<&serde_json::Value>) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_wrapped_at_sixty_characters_like_ruby_encode64() {
        let text = encode64(&"x".repeat(100));
        let lines: Vec<&str> = text.split_terminator('\n').collect();
        assert_eq!(lines.iter().map(|l| l.len()).collect::<Vec<_>>(), [60, 60, 16]);
        assert!(text.ends_with('\n'));
        assert_eq!(encode64("<a/>"), "PGEvPg==\n");
    }

    /// A notification as Braintree posts it: a form whose `bt_payload` is the base64 (in
    /// 60-character lines) of the notification's XML, its kind under the root.
    #[test]
    fn the_event_type_is_the_notifications_kind() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<notification>
  <subject>
    <dispute>
      <id>dp_1</id>
      <kind>chargeback</kind>
      <reply-by-date type="date" nil="true"/>
    </dispute>
  </subject>
  <timestamp type="datetime">2024-06-20T14:40:05Z</timestamp>
  <kind>dispute_opened</kind>
</notification>
"#;
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.append_pair("bt_signature", "pk|sig");
        form.append_pair("bt_payload", &encode64(xml));
        let body = form.finish();
        assert!(body.contains("%0A"), "the payload's lines are kept: {body}");
        let fields = crate::providers::event_type::fields(true, body.as_bytes(), None).unwrap();
        let p = provider();
        assert_eq!(
            p.event_type(&Headers::default(), Some(&fields)).as_deref(),
            Some("dispute_opened")
        );
        // Not base64, no kind under the root, no payload: no type.
        let none = |payload: &str| p.event_type(&Headers::default(), Some(&serde_json::json!({ "bt_payload": payload })));
        assert_eq!(none("<notification><kind>check</kind></notification>"), None);
        assert_eq!(none(&encode64("<notification><subject><kind>x</kind></subject></notification>")), None);
        assert_eq!(none(&encode64("<notification><kind/></notification>")), None);
        assert_eq!(p.event_type(&Headers::default(), Some(&serde_json::json!({}))), None);
        assert_eq!(
            none(&encode64("<notification>\n<kind>check</kind>\n</notification>")).as_deref(),
            Some("check")
        );
    }

    #[test]
    fn the_kind_is_read_as_xml_reads_it() {
        let kind = |xml: &str| root_child_text(xml, "kind");
        // A comment or declaration holding `>` is skipped whole; entities are decoded.
        assert_eq!(kind("<?xml version=\"1.0\"?><!-- a > b --><n><kind>check</kind></n>").as_deref(), Some("check"));
        assert_eq!(kind("<n><!-- <kind>x</kind> --><kind>a&amp;b</kind></n>").as_deref(), Some("a&b"));
        // An element whose name only starts with `kind`, a nested one, markup instead of text,
        // an unclosed document: no kind.
        assert_eq!(kind("<n><kinds>x</kinds></n>"), None);
        assert_eq!(kind("<n><kind><b>x</b></kind></n>"), None);
        assert_eq!(kind("<n><kind>check"), None);
        assert_eq!(kind("<n><a><kind>x</kind></a><kind>y</kind></n>").as_deref(), Some("y"));
    }
}
