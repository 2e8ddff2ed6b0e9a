//! Hygraph (formerly GraphCMS) signed webhooks (Hygraph docs, "Webhooks", "Signed webhooks";
//! the reference code is Hygraph's own `@hygraph/utils`, github.com/hygraph/hygraph-utils):
//! `gcms-signature: sign=<base64>, env=<environment>, t=<ms>`, where `sign` is the HMAC-SHA256
//! of the JSON envelope `{"Body":"<raw body as a JSON string>","EnvironmentName":"<env>",
//! "TimeStamp":<ms>}` written as JavaScript's `JSON.stringify` writes it, with `&`, `<`, `>`
//! then replaced by `\\u0026`, `\\u003c`, `\\u003e` as the utility does.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;

use super::scheme::{check_window, ct_eq, hmac, Algorithm, TimeUnit, TimestampRule, Window};
use super::scheme_provider::secret_of;
use super::{scalar_text, Catalog, Check, Headers, Info, Key, LazyCatalog, Message, Provider, Reason, Signed, Verdict};
use crate::error::{Error, Result};
use crate::json_path;

const HEADER: &str = "gcms-signature";
/// The environment `@hygraph/utils` signs for when none is named.
const DEFAULT_ENV: &str = "master";

const RULE: TimestampRule = TimestampRule {
    body_path: None,
    tolerance: None,
    header: None,
    unit: TimeUnit::Millis,
    window: Window::PastOnly,
};

pub struct Hygraph {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> Hygraph {
    Hygraph {
        info: Info {
            id: "hygraph".into(),
            name: "Hygraph".into(),
            headers: format!("{HEADER}: sign=<sig>, env=<env>, t=<ms>"),
            algorithm: "HMAC-SHA256".into(),
            signed_input: "{\"Body\":<body as JSON string>,\"EnvironmentName\":<env>,\"TimeStamp\":<ms>}".into(),
            encoding: "base64".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("productivity & content".into()),
            delivery_timeout: Duration::from_secs(30),
            retry: Default::default(),
            notes: vec![
                "signing uses environment `master` (as @hygraph/utils does by default)".into(),
                "t is checked against --tolerance, rejecting only old deliveries (inferred: Hygraph documents no window)".into(),
                "delivery timeout: Hygraph documents none; 30 s assumed".into(),
            ],
        },
        catalog: LazyCatalog::builtin("hygraph").expect("catalog/hygraph.json"),
    }
}

/// The envelope Hygraph signs for `body` (which must be UTF-8, as a JSON body is).
pub fn envelope(body: &str, env: &str, ms: i64) -> String {
    let quoted = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let json = format!(
        "{{\"Body\":{},\"EnvironmentName\":{},\"TimeStamp\":{ms}}}",
        quoted(body),
        quoted(env)
    );
    json.replace('&', "\\\\u0026")
        .replace('<', "\\\\u003c")
        .replace('>', "\\\\u003e")
}

/// `sign=…, env=…, t=…`, split into its three values.
fn parse(value: &str) -> Option<(&str, &str, &str)> {
    let mut parts = value.split(", ");
    let sign = parts.next()?.trim().strip_prefix("sign=")?;
    let env = parts.next()?.trim().strip_prefix("env=")?;
    let t = parts.next()?.trim().strip_prefix("t=")?;
    parts.next().is_none().then_some((sign, env, t))
}

impl Provider for Hygraph {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        HEADER
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn timestamped(&self) -> bool {
        true
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let bytes = msg.body.to_bytes()?;
        let body = std::str::from_utf8(&bytes)
            .map_err(|_| Error::usage("a Hygraph body is UTF-8 JSON, and this payload is not UTF-8"))?;
        let ms = msg.timestamp * 1000;
        let signed = envelope(body, DEFAULT_ENV, ms);
        let signature = B64.encode(hmac(Algorithm::Sha256, secret_of(key)?, signed.as_bytes()));
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/json");
        headers.push(HEADER, format!("sign={signature}, env={DEFAULT_ENV}, t={ms}"));
        Ok(Signed {
            url: None,
            headers,
            signature,
            signed_bytes: signed.len() as u64,
            body: None,
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let Some(value) = check.headers.get(HEADER) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {HEADER} header"),
            ));
        };
        let Some((sign, env, t)) = parse(value.trim()) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{HEADER} is not `sign=<base64>, env=<environment>, t=<ms>`"),
            ));
        };
        let (Ok(given), Ok(ms)) = (B64.decode(sign), t.parse::<i64>()) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{HEADER} has a sign= that is not base64 or a t= that is not an integer"),
            ));
        };
        let bytes = check.body.to_bytes()?;
        let Ok(body) = std::str::from_utf8(&bytes) else {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                "the body is not UTF-8, so it is not what Hygraph signed",
            ));
        };
        let expected = hmac(
            Algorithm::Sha256,
            secret_of(key)?,
            envelope(body, env, ms).as_bytes(),
        );
        if !ct_eq(&given, &expected) {
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                format!("sign= does not match the body in environment `{env}` at t={ms}"),
            ));
        }
        Ok(check_window(&RULE, ms.div_euclid(1000), check).unwrap_or_else(Verdict::valid))
    }

    fn detect(&self, headers: &Headers) -> bool {
        headers.get(HEADER).is_some_and(|v| v.trim_start().starts_with("sign="))
    }

    fn event_type(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        body.and_then(|b| json_path::get(b, "operation")).and_then(scalar_text)
    }

    fn event_id(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        let b = body?;
        let id = json_path::get(b, "data.id").and_then(scalar_text)?;
        let operation = json_path::get(b, "operation").and_then(scalar_text).unwrap_or_default();
        let at = json_path::get(b, "data.updatedAt").and_then(scalar_text).unwrap_or_default();
        Some(format!("{id}:{operation}:{at}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_is_json_stringify_with_html_characters_escaped_as_the_utility_does() {
        assert_eq!(
            envelope("{\"hello\":\"world\"}", "master", 1700000000000),
            r#"{"Body":"{\"hello\":\"world\"}","EnvironmentName":"master","TimeStamp":1700000000000}"#
        );
        assert_eq!(
            envelope("a&b<c>\n", "x", 1),
            r#"{"Body":"a\\u0026b\\u003cc\\u003e\n","EnvironmentName":"x","TimeStamp":1}"#
        );
        assert_eq!(parse("sign=abc=, env=master, t=12"), Some(("abc=", "master", "12")));
        assert_eq!(parse("sign=abc, t=12"), None);
    }
}
