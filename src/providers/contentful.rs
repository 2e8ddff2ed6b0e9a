//! Contentful request verification (Contentful docs, "Request verification",
//! https://www.contentful.com/developers/docs/webhooks/request-verification/; the examples in
//! github.com/contentful-labs/request-verification-examples): `x-contentful-signature` is the
//! hex HMAC-SHA256, under the signing secret, of the canonical request
//! `<METHOD>\n<path>\n<name:value;name:value…>\n<body>`, whose headers are the ones
//! `x-contentful-signed-headers` lists, in that order, names lower-cased. One of them is
//! `x-contentful-timestamp` (milliseconds), checked against the tolerance.

use std::time::Duration;

use super::scheme::{check_window, ct_eq, hmac, Algorithm, TimeUnit, TimestampRule, Window};
use super::scheme_provider::secret_of;
use super::{scalar_text, Catalog, Check, Headers, Info, Key, LazyCatalog, Message, Provider, Reason, Signed, Verdict};
use crate::error::{Error, Result};
use crate::json_path;

const SIGNATURE: &str = "x-contentful-signature";
const SIGNED_HEADERS: &str = "x-contentful-signed-headers";
const TIMESTAMP: &str = "x-contentful-timestamp";
const TOPIC: &str = "x-contentful-topic";
const WEBHOOK_NAME: &str = "x-contentful-webhook-name";

const RULE: TimestampRule = TimestampRule {
    body_path: None,
    tolerance: None,
    header: None,
    unit: TimeUnit::Millis,
    window: Window::PastOnly,
};

pub struct Contentful {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Contentful {
    Contentful {
        info: Info {
            id: "contentful".into(),
            name: "Contentful".into(),
            headers: format!("{SIGNATURE}, {SIGNED_HEADERS}, {TIMESTAMP}"),
            algorithm: "HMAC-SHA256".into(),
            signed_input: "<method>\\n<path>\\n<signed headers name:value;…>\\n<body>".into(),
            encoding: "hex".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("productivity & content".into()),
            delivery_timeout: Duration::from_secs(30),
            retry: Default::default(),
            notes: vec![
                "the request path is signed: verify takes it from --url (listen from the request)".into(),
                "signing lists x-contentful-signed-headers, x-contentful-timestamp, x-contentful-topic and x-contentful-webhook-name".into(),
                "x-contentful-timestamp is checked against --tolerance (Contentful's toolkit defaults to 30 s)".into(),
                "delivery timeout: Contentful documents none; 30 s assumed".into(),
            ],
        },
        catalog: LazyCatalog::builtin("contentful").expect("catalog/contentful.json"),
    }
}

/// The path (and query) of a URL, `/` when it has none.
fn path_of(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let path = rest.find('/').map(|i| &rest[i..]).unwrap_or("/");
    path.split('#').next().unwrap_or(path)
}

/// The canonical request Contentful signs, or the header it lacks.
pub fn canonical(
    method: &str,
    path: &str,
    headers: &Headers,
    signed: &str,
    body: &[u8],
) -> std::result::Result<Vec<u8>, String> {
    let mut parts = Vec::new();
    for name in signed.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let value = headers
            .get(name)
            .ok_or_else(|| format!("{SIGNED_HEADERS} lists {name}, which the request does not carry"))?;
        parts.push(format!("{}:{}", name.to_ascii_lowercase(), value.trim()));
    }
    let mut out = format!("{method}\n{path}\n{}\n", parts.join(";")).into_bytes();
    out.extend_from_slice(body);
    Ok(out)
}

impl Provider for Contentful {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        SIGNATURE
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn timestamped(&self) -> bool {
        true
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let url = msg.variant.url.as_deref().ok_or_else(|| {
            Error::usage("Contentful signs the request path, and no URL was given")
                .with_hint("pass --url with the webhook URL, e.g. https://example.com/hooks/contentful")
        })?;
        let body = msg.body.to_bytes()?;
        let topic = msg
            .event_type
            .map(str::to_string)
            .unwrap_or_else(|| "ContentManagement.Entry.publish".into());
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/vnd.contentful.management.v1+json");
        headers.push(TOPIC, topic);
        headers.push(WEBHOOK_NAME, "hookctl");
        headers.push(TIMESTAMP, (msg.timestamp * 1000).to_string());
        let signed = [SIGNED_HEADERS, TIMESTAMP, TOPIC, WEBHOOK_NAME].join(",");
        headers.push(SIGNED_HEADERS, signed.clone());
        let method = msg.variant.method.as_deref().unwrap_or("POST");
        let message = canonical(method, path_of(url), &headers, &signed, &body)
            .map_err(|e| Error::usage(format!("cannot sign as Contentful: {e}")))?;
        let signature = hex::encode(hmac(Algorithm::Sha256, secret_of(key)?, &message));
        headers.push(SIGNATURE, signature.clone());
        Ok(Signed {
            url: None,
            headers,
            signature,
            signed_bytes: message.len() as u64,
            body: None,
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let Some(given) = check.headers.get(SIGNATURE).map(str::trim) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {SIGNATURE} header"),
            ));
        };
        let Some(signed) = check.headers.get(SIGNED_HEADERS) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("no {SIGNED_HEADERS} header, so the signed headers are unknown"),
            ));
        };
        let Ok(given) = hex::decode(given) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{SIGNATURE} is not hex"),
            ));
        };
        let url = check.variant.url.as_deref().ok_or_else(|| {
            Error::usage("Contentful signs the request path, and no URL was given")
                .with_hint("pass --url with the URL the webhook was delivered to")
        })?;
        let method = check.variant.method.as_deref().unwrap_or("POST");
        let body = check.body.to_bytes()?;
        let message = match canonical(method, path_of(url), check.headers, signed, &body) {
            Ok(m) => m,
            Err(why) => return Ok(Verdict::invalid(Reason::MalformedHeader, why)),
        };
        if !ct_eq(&given, &hmac(Algorithm::Sha256, secret_of(key)?, &message)) {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                format!(
                    "{SIGNATURE} does not match {method} {} with the signed headers and body",
                    crate::output::sanitize(path_of(url), false)
                ),
            ));
        }
        let lists_timestamp = signed.split(',').any(|n| n.trim().eq_ignore_ascii_case(TIMESTAMP));
        let Some(ms) = check
            .headers
            .get(TIMESTAMP)
            .filter(|_| lists_timestamp)
            .and_then(|t| t.trim().parse::<i64>().ok())
        else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{TIMESTAMP} is not a signed integer header, so the request could be replayed"),
            ));
        };
        Ok(check_window(&RULE, ms.div_euclid(1000), check).unwrap_or_else(Verdict::valid))
    }

    fn detect(&self, headers: &Headers) -> bool {
        headers.has(SIGNATURE)
    }

    fn event_type(&self, headers: &Headers, _: Option<&serde_json::Value>) -> Option<String> {
        headers.get(TOPIC).map(str::to_string)
    }

    fn event_id(&self, headers: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        let b = body?;
        let id = json_path::get(b, "sys.id").and_then(scalar_text)?;
        let version = json_path::get(b, "sys.version")
            .or_else(|| json_path::get(b, "sys.revision"))
            .and_then(scalar_text)
            .unwrap_or_default();
        Some(format!("{}:{id}:{version}", headers.get(TOPIC).unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_request_lists_the_signed_headers_in_their_order() {
        let mut h = Headers::default();
        h.push("X-Contentful-Timestamp", "1700000000000");
        h.push("X-Contentful-Topic", " ContentManagement.Entry.publish ");
        let c = canonical("POST", "/hooks", &h, "x-contentful-topic,X-Contentful-Timestamp", b"{}").unwrap();
        assert_eq!(
            c,
            b"POST\n/hooks\nx-contentful-topic:ContentManagement.Entry.publish;x-contentful-timestamp:1700000000000\n{}"
        );
        assert!(canonical("POST", "/", &h, "x-missing", b"").unwrap_err().contains("x-missing"));
        assert_eq!(path_of("https://example.com/a/b?x=1#f"), "/a/b?x=1");
        assert_eq!(path_of("https://example.com"), "/");
    }
}
