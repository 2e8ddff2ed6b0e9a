//! Amazon SNS HTTP/S deliveries (AWS docs, "Verifying the signatures of Amazon SNS messages",
//! https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html): the signature
//! travels in the JSON body. It is RSASSA-PKCS1-v1_5 over `Name\nvalue\n` for a fixed list of
//! fields (`Message`, `MessageId`, `Subject` if present, `Timestamp`, `TopicArn`, `Type` for a
//! notification; `Message`, `MessageId`, `SubscribeURL`, `Timestamp`, `Token`, `TopicArn`,
//! `Type` for the two confirmations), SHA-1 when `SignatureVersion` is 1 and SHA-256 when it is
//! 2, verified with the public key of the X.509 certificate at `SigningCertURL`.
//!
//! hookctl never fetches that certificate: `verify` and `listen` take it with `--public-key`
//! (a PEM certificate), and say when `SigningCertURL` is not an `https://sns.<region>.amazonaws.com`
//! URL, the only host AWS signs from. `sign` and `send-test` sign with `--private-key` and name
//! config `[providers.sns] cert_url` as `SigningCertURL`, else a placeholder on the topic's
//! regional SNS host that no real validator can fetch a certificate from.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::{Map, Value};

use super::rsa_sig::{self, RsaHash};
use super::scheme::{check_window, TimeUnit, TimestampRule, Window};
use super::scheme_provider::peek_json;
use super::{
    scalar_text, Catalog, Check, Headers, Info, Key, KeyNeed, LazyCatalog, Message, Provider, Reason,
    Redelivery, RetryPlan, Signed, Variant, Verdict,
};
use crate::error::{Error, Result};
use crate::random_id::random_uuid;

pub const TYPE_HEADER: &str = "x-amz-sns-message-type";
const ID_HEADER: &str = "x-amz-sns-message-id";
const TOPIC_HEADER: &str = "x-amz-sns-topic-arn";
const SUBSCRIPTION_HEADER: &str = "x-amz-sns-subscription-arn";

/// The fields a notification signs, in the order they are signed; `Subject` only when present.
const NOTIFICATION_FIELDS: &[&str] = &["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"];
/// The fields a `SubscriptionConfirmation` or `UnsubscribeConfirmation` signs.
const CONFIRMATION_FIELDS: &[&str] = &[
    "Message",
    "MessageId",
    "SubscribeURL",
    "Timestamp",
    "Token",
    "TopicArn",
    "Type",
];

const RULE: TimestampRule = TimestampRule {
    body_path: None,
    tolerance: None,
    header: None,
    unit: TimeUnit::Rfc3339,
    window: Window::PastOnly,
};

pub struct Sns {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Sns {
    Sns {
        info: Info {
            id: "sns".into(),
            name: "Amazon SNS".into(),
            headers: format!("{TYPE_HEADER}, {ID_HEADER}, {TOPIC_HEADER}; body Signature, SigningCertURL"),
            algorithm: "SHA1withRSA (SignatureVersion 1) | SHA256withRSA (2), X.509".into(),
            signed_input: "Name\\nvalue\\n for Message, MessageId, [Subject], Timestamp, TopicArn, Type (confirmations: Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn, Type)".into(),
            encoding: "base64".into(),
            handshake: "SubscriptionConfirmation: GET its SubscribeURL (listen --confirm-sns)".into(),
            handshake_kind: Some(crate::handshakes::require("sns_subscription_confirmation")),
            category: Some("cloud".into()),
            // AWS docs, "Amazon SNS message delivery retries": an HTTP/S endpoint has 15 s to answer.
            delivery_timeout: Duration::from_secs(15),
            // AWS docs, "Set the delivery policy for the subscription": by default up to three
            // retries, 20 seconds apart.
            retry: Redelivery {
                plan: RetryPlan::Gaps(vec![Duration::from_secs(20); 3]),
                gives_up: "SNS discards the message (or moves it to the subscription's dead-letter queue)".into(),
                note: "the default HTTP/S delivery policy: 3 retries 20 s apart (a topic's own DeliveryPolicy may differ, up to an hour in all)".into(),
            },
            notes: vec![
                "the signature is inside the JSON body; deliveries are told apart by the x-amz-sns-message-type header".into(),
                "hookctl never fetches SigningCertURL: pass the certificate with --public-key cert.pem".into(),
                "signing: --private-key key.pem; SigningCertURL is config [providers.sns] cert_url, else a placeholder on the topic's sns.<region>.amazonaws.com host".into(),
                "the signed Timestamp is checked against --tolerance (SNS keeps it on retries: raise it for long delivery policies)".into(),
                "raw message delivery sends the bare message with no signature: it cannot be verified".into(),
            ],
        },
        catalog: LazyCatalog::builtin("sns").expect("catalog/sns.json"),
    }
}

/// The string SNS signs for `message`, or what is missing from it.
pub fn string_to_sign(message: &Map<String, Value>) -> std::result::Result<Vec<u8>, String> {
    let kind = message
        .get("Type")
        .and_then(Value::as_str)
        .ok_or("the body has no Type")?;
    let fields = match kind {
        "Notification" => NOTIFICATION_FIELDS,
        "SubscriptionConfirmation" | "UnsubscribeConfirmation" => CONFIRMATION_FIELDS,
        other => return Err(format!("Type `{other}` is not an SNS message type")),
    };
    let mut out = Vec::new();
    for name in fields {
        match message.get(*name).and_then(scalar_text) {
            Some(value) => {
                out.extend_from_slice(name.as_bytes());
                out.push(b'\n');
                out.extend_from_slice(value.as_bytes());
                out.push(b'\n');
            }
            None if *name == "Subject" => {}
            None => return Err(format!("the body has no {name}")),
        }
    }
    Ok(out)
}

fn hash_of(version: Option<&str>) -> std::result::Result<RsaHash, String> {
    match version {
        Some("1") => Ok(RsaHash::Sha1),
        Some("2") => Ok(RsaHash::Sha256),
        Some(v) => Err(format!("SignatureVersion `{v}` is neither 1 nor 2")),
        None => Err("the body has no SignatureVersion".into()),
    }
}

/// Whether `url` is on a host AWS signs SNS messages from: `https://sns.<region>.amazonaws.com`
/// (`.amazonaws.com.cn` in the China regions), as AWS's own SDK validators require.
pub fn is_aws_sns_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let Some(region) = host
        .strip_prefix("sns.")
        .and_then(|h| h.strip_suffix(".amazonaws.com").or_else(|| h.strip_suffix(".amazonaws.com.cn")))
    else {
        return false;
    };
    !region.is_empty() && region.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The region of a topic ARN (`arn:aws:sns:<region>:<account>:<name>`).
fn region_of(topic_arn: Option<&str>) -> &str {
    topic_arn
        .and_then(|a| a.split(':').nth(3))
        .filter(|r| !r.is_empty())
        .unwrap_or("us-east-1")
}

/// `unix` as SNS writes Timestamp: RFC 3339 in UTC with milliseconds.
fn sns_time(unix: i64) -> String {
    let at = std::time::UNIX_EPOCH + Duration::from_secs(unix.max(0) as u64);
    humantime::format_rfc3339_millis(at).to_string()
}

impl Provider for Sns {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        "Signature"
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn key_need(&self, _variant: &Variant, signing: bool) -> KeyNeed {
        rsa_sig::key_need(signing)
    }

    fn timestamped(&self) -> bool {
        true
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let signer = rsa_sig::signing_key(key, "Amazon SNS")?;
        let (private, cert_url) = (signer.key, signer.cert_url);
        let mut body: Value = serde_json::from_slice(&msg.body.to_bytes()?).map_err(|e| {
            Error::usage(format!(
                "payload is not valid JSON ({e}); SNS signs fields of a JSON message"
            ))
        })?;
        let Some(obj) = body.as_object_mut() else {
            return Err(Error::usage("an SNS message is a JSON object"));
        };
        if !obj.contains_key("Type") {
            obj.insert("Type".into(), "Notification".into());
        }
        let id = msg
            .id
            .map(str::to_string)
            .or_else(|| obj.get("MessageId").and_then(scalar_text))
            .unwrap_or_else(|| random_uuid().to_string());
        obj.insert("MessageId".into(), Value::String(id.clone()));
        obj.insert("Timestamp".into(), Value::String(sns_time(msg.timestamp)));
        let version = match obj.get("SignatureVersion").and_then(scalar_text).as_deref() {
            Some("2") => "2",
            _ => "1",
        };
        obj.insert("SignatureVersion".into(), version.into());
        let topic = obj.get("TopicArn").and_then(scalar_text);
        let cert_url = cert_url.map(str::to_string).unwrap_or_else(|| {
            format!(
                "https://sns.{}.amazonaws.com/SimpleNotificationService-hookctl-test-signer.pem",
                region_of(topic.as_deref())
            )
        });
        obj.insert("SigningCertURL".into(), Value::String(cert_url));
        let signed = string_to_sign(obj).map_err(|e| Error::usage(format!("cannot sign as SNS: {e}")))?;
        let hash = hash_of(Some(version)).expect("1 or 2");
        let signature = B64.encode(rsa_sig::sign(private, hash, &signed)?);
        obj.insert("Signature".into(), Value::String(signature.clone()));
        let kind = obj
            .get("Type")
            .and_then(scalar_text)
            .unwrap_or_else(|| "Notification".into());
        let bytes = serde_json::to_vec_pretty(&body).expect("JSON serialises");
        let mut headers = Headers::default();
        // SNS posts JSON as text/plain unless the delivery policy sets headerContentType.
        headers.push("Content-Type", "text/plain; charset=UTF-8");
        headers.push("User-Agent", "Amazon Simple Notification Service Agent");
        headers.push(TYPE_HEADER, kind.clone());
        headers.push(ID_HEADER, id.clone());
        if let Some(topic) = &topic {
            headers.push(TOPIC_HEADER, topic.clone());
            if kind == "Notification" {
                headers.push(SUBSCRIPTION_HEADER, format!("{topic}:{}", random_uuid()));
            }
        }
        Ok(Signed {
            url: None,
            headers,
            signature,
            signed_bytes: signed.len() as u64,
            body: Some(bytes),
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let (public, _) = rsa_sig::verifying_key(key, "Amazon SNS")?;
        let Some(Value::Object(message)) = peek_json(check.body) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                "body is not a JSON object, so it holds no SNS signature",
            ));
        };
        let Some(given) = message.get("Signature").and_then(Value::as_str) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                "the body has no Signature (raw message delivery is not signed)",
            ));
        };
        let hash = match hash_of(message.get("SignatureVersion").and_then(scalar_text).as_deref()) {
            Ok(h) => h,
            Err(why) => return Ok(Verdict::invalid(Reason::MalformedHeader, why)),
        };
        let Ok(given) = B64.decode(given.trim()) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                "Signature is not base64",
            ));
        };
        let signed = match string_to_sign(&message) {
            Ok(s) => s,
            Err(why) => return Ok(Verdict::invalid(Reason::MalformedHeader, why)),
        };
        if !rsa_sig::verify(public, hash, &signed, &given) {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                format!(
                    "Signature is not a {} signature of the message's fields by this certificate",
                    hash.label()
                ),
            ));
        }
        if let Some(header) = check.headers.get(TYPE_HEADER) {
            let kind = message.get("Type").and_then(Value::as_str).unwrap_or_default();
            if header.trim() != kind {
                return Ok(Verdict::invalid(
                    Reason::Mismatch,
                    format!("{TYPE_HEADER} says `{}` but the signed Type is `{kind}`", header.trim()),
                ));
            }
        }
        let text = message.get("Timestamp").and_then(Value::as_str).unwrap_or_default();
        let Ok(at) = RULE.unit.parse(text) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("Timestamp `{text}` is not an RFC 3339 date-time"),
            ));
        };
        if let Some(stale) = check_window(&RULE, at, check) {
            return Ok(stale);
        }
        let mut verdict = Verdict::valid();
        let cert_url = message.get("SigningCertURL").and_then(Value::as_str).unwrap_or_default();
        if !is_aws_sns_url(cert_url) {
            verdict = verdict.with_note(format!(
                "SigningCertURL `{}` is not on an https://sns.<region>.amazonaws.com host: a real receiver must not fetch a certificate from it",
                crate::output::sanitize(cert_url, false)
            ));
        }
        Ok(verdict)
    }

    fn detect(&self, headers: &Headers) -> bool {
        headers.has(TYPE_HEADER)
    }

    fn event_type(&self, headers: &Headers, body: Option<&Value>) -> Option<String> {
        body.and_then(|b| b.get("Type"))
            .and_then(scalar_text)
            .or_else(|| headers.get(TYPE_HEADER).map(str::to_string))
    }

    fn event_id(&self, headers: &Headers, body: Option<&Value>) -> Option<String> {
        headers
            .get(ID_HEADER)
            .map(str::to_string)
            .or_else(|| body.and_then(|b| b.get("MessageId")).and_then(scalar_text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_string_to_sign_follows_the_message_type() {
        let note = json!({"Type": "Notification", "MessageId": "m", "TopicArn": "t", "Message": "hi",
            "Timestamp": "2012-05-02T00:54:06.655Z", "UnsubscribeURL": "u"});
        assert_eq!(
            string_to_sign(note.as_object().unwrap()).unwrap(),
            b"Message\nhi\nMessageId\nm\nTimestamp\n2012-05-02T00:54:06.655Z\nTopicArn\nt\nType\nNotification\n"
        );
        let mut with_subject = note.clone();
        with_subject["Subject"] = "s".into();
        let s = String::from_utf8(string_to_sign(with_subject.as_object().unwrap()).unwrap()).unwrap();
        assert!(s.contains("MessageId\nm\nSubject\ns\nTimestamp"), "{s}");
        let confirm = json!({"Type": "SubscriptionConfirmation", "MessageId": "m", "TopicArn": "t",
            "Message": "x", "Timestamp": "z", "SubscribeURL": "https://sns", "Token": "tok"});
        let s = String::from_utf8(string_to_sign(confirm.as_object().unwrap()).unwrap()).unwrap();
        assert!(s.starts_with("Message\nx\nMessageId\nm\nSubscribeURL\nhttps://sns\nTimestamp\nz\nToken\ntok\n"), "{s}");
        let mut missing = confirm;
        missing.as_object_mut().unwrap().remove("Token");
        assert!(string_to_sign(missing.as_object().unwrap()).unwrap_err().contains("Token"));
    }

    #[test]
    fn only_regional_sns_hosts_over_https_are_aws() {
        for good in [
            "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem",
            "https://sns.cn-north-1.amazonaws.com.cn/x.pem",
        ] {
            assert!(is_aws_sns_url(good), "{good}");
        }
        for bad in [
            "http://sns.us-west-2.amazonaws.com/x.pem",
            "https://sns.us-west-2.amazonaws.com.evil.test/x.pem",
            "https://evil.test/sns.us-west-2.amazonaws.com/x.pem",
            "https://sns..amazonaws.com/x.pem",
            "https://sns.us-west-2.amazonaws.com@evil.test/x.pem",
        ] {
            assert!(!is_aws_sns_url(bad), "{bad}");
        }
    }
}
