//! The record line of `listen --record` and `listen -o json`: one JSON object per exchange,
//! written by the listener and read back by `verify --request` and `replay`. Its fields:
//! `received_at`, `provider`, `event_type`, `event_id`, `signature`, `reason`, `duplicate`,
//! `filtered` (left out by `--events`), `secret` (during a rotation, which secret verified it:
//! `{"n": 2, "of": 2}`, never its value), `forwarded` (when forwarded: one `{url, status, ms,
//! error}` per route, the primary first), `method`, `path`, `headers` (repeated names as
//! arrays, credentials masked), `status`, and `body` (UTF-8 text) or `body_base64`. Readers
//! take what they need and ignore the rest, so lines of older versions read back too.

use std::borrow::Cow;
use std::collections::hash_map::{Entry, HashMap};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::ser::SerializeMap;
use serde::Serialize;

use super::forward::Forwarded;
use super::Exchange;
use crate::error::{Error, Result};
use crate::payload::Body;
use crate::providers::Headers;

/// Headers whose value is itself a credential (static-token schemes such as GitLab and Okta,
/// Asana's handshake secret): recorded and shown masked, never in full.
const CREDENTIAL_HEADERS: [&str; 5] = [
    "authorization",
    "proxy-authorization",
    "x-gitlab-token",
    "x-hook-secret",
    "cookie",
];

/// One record line (also what `-o json` prints), newline included. Serialised straight from
/// the exchange: no intermediate JSON tree, no copies of the body.
pub fn write(ex: &Exchange) -> Vec<u8> {
    let body = std::str::from_utf8(&ex.body).ok();
    let line = RecordLine {
        received_at: humantime::format_rfc3339_millis(ex.received_at).to_string(),
        provider: ex.provider.as_deref(),
        event_type: ex.event_type.as_deref(),
        event_id: ex.event_id.as_deref(),
        signature: ex.signature.as_str(),
        reason: ex.reason.as_deref(),
        duplicate: ex.duplicate,
        filtered: ex.filtered,
        secret: ex.secret.map(|m| RecordSecret { n: m.n, of: m.of }),
        forwarded: &ex.forwarded,
        method: &ex.method,
        path: &ex.path,
        headers: RecordHeaders(&ex.headers.0),
        status: ex.status,
        body,
        body_base64: body.is_none().then(|| B64.encode(&ex.body)),
    };
    let mut bytes = Vec::with_capacity(ex.body.len() + 512);
    serde_json::to_writer(&mut bytes, &line).expect("a record always serialises");
    bytes.push(b'\n');
    bytes
}

#[derive(Serialize)]
struct RecordLine<'a> {
    received_at: String,
    provider: Option<&'a str>,
    event_type: Option<&'a str>,
    event_id: Option<&'a str>,
    signature: &'static str,
    reason: Option<&'a str>,
    duplicate: bool,
    filtered: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<RecordSecret>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    forwarded: &'a [Forwarded],
    method: &'a str,
    path: &'a str,
    headers: RecordHeaders<'a>,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_base64: Option<String>,
}

/// Which secret of a rotation verified a delivery, by position only.
#[derive(Serialize)]
struct RecordSecret {
    n: usize,
    of: usize,
}

/// Headers as an object: repeated names (in any letter case) gather under the first spelling
/// as one array; credentials are masked.
struct RecordHeaders<'a>(&'a [(String, String)]);

impl Serialize for RecordHeaders<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Grouped by lower-cased name, in order of first appearance; the index keeps this linear.
        let mut groups: Vec<(&str, Vec<Cow<'_, str>>)> = Vec::with_capacity(self.0.len());
        let mut index: HashMap<String, usize> = HashMap::with_capacity(self.0.len());
        for (name, value) in self.0 {
            let value = if CREDENTIAL_HEADERS.iter().any(|h| name.eq_ignore_ascii_case(h)) {
                Cow::Owned(crate::output::mask(value))
            } else {
                Cow::Borrowed(value.as_str())
            };
            match index.entry(name.to_ascii_lowercase()) {
                Entry::Occupied(e) => groups[*e.get()].1.push(value),
                Entry::Vacant(e) => {
                    e.insert(groups.len());
                    groups.push((name, vec![value]));
                }
            }
        }
        let mut map = serializer.serialize_map(Some(groups.len()))?;
        for (name, values) in &groups {
            match values.as_slice() {
                [one] => map.serialize_entry(name, one)?,
                many => map.serialize_entry(name, many)?,
            }
        }
        map.end()
    }
}

/// The request a record line holds: its headers (repeated names as arrays) and its body
/// (`body` text, or `body_base64` for bytes that are not UTF-8).
pub fn read(record: &serde_json::Value) -> Result<(Headers, Body)> {
    let mut headers = Headers::default();
    let Some(map) = record.get("headers").and_then(|h| h.as_object()) else {
        return Err(Error::usage("record has no `headers` object"));
    };
    for (k, v) in map {
        match v {
            serde_json::Value::String(s) => headers.push(k.clone(), s.clone()),
            serde_json::Value::Array(items) => {
                for i in items.iter().filter_map(|i| i.as_str()) {
                    headers.push(k.clone(), i.to_string());
                }
            }
            _ => {}
        }
    }
    let body = if let Some(b) = record.get("body").and_then(|b| b.as_str()) {
        b.as_bytes().to_vec()
    } else if let Some(b) = record.get("body_base64").and_then(|b| b.as_str()) {
        B64.decode(b)
            .map_err(|_| Error::usage("record's body_base64 is not base64"))?
    } else {
        Vec::new()
    };
    Ok((headers, Body::Bytes(body)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::listen::Signature;
    use serde_json::Value;
    use std::time::{Duration, SystemTime};

    /// One exchange for the tests of the modules that print or record it.
    pub(crate) fn exchange(body: &[u8]) -> Exchange {
        let mut headers = Headers::default();
        headers.push("X-Thing", "a");
        headers.push("x-thing", "b");
        headers.push("Authorization", "Bearer sk_live_abcdefghijkl");
        Exchange {
            received_at: SystemTime::UNIX_EPOCH,
            provider: Some("noko".into()),
            event_type: Some("webhook.ping".into()),
            event_id: None,
            signature: Signature::Valid,
            reason: None,
            duplicate: false,
            filtered: false,
            secret: None,
            forwarded: vec![],
            method: "POST".into(),
            path: "/".into(),
            headers,
            body: body.to_vec(),
            status: 200,
            latency: Duration::from_millis(1),
            notes: vec![],
        }
    }

    #[test]
    fn record_keeps_repeated_headers_and_binary_bodies() {
        let record = |ex: &Exchange| serde_json::from_slice::<Value>(&write(ex)).unwrap();
        let rec = record(&exchange(&[0xff, 0x00]));
        assert_eq!(rec["headers"]["X-Thing"], serde_json::json!(["a", "b"]));
        assert_eq!(rec["body_base64"], "/wA=");
        assert!(rec.get("body").is_none());
        assert_eq!(rec["received_at"], "1970-01-01T00:00:00.000Z");
        let rec = record(&exchange(b"{\"a\":1}"));
        assert_eq!(rec["body"], "{\"a\":1}");
    }

    #[test]
    fn what_is_written_reads_back() {
        for body in [&b"{\"a\":1}"[..], &[0xff, 0x00, 0x10][..], &b""[..]] {
            let line = write(&exchange(body));
            let value: Value = serde_json::from_slice(&line).unwrap();
            let (headers, read_body) = read(&value).unwrap();
            let Body::Bytes(read_body) = read_body else {
                panic!("a record holds its body")
            };
            assert_eq!(read_body, body);
            let things: Vec<_> = headers
                .0
                .iter()
                .filter(|(n, _)| n == "X-Thing")
                .map(|(_, v)| v.as_str())
                .collect();
            assert_eq!(things, ["a", "b"]);
            let auth = headers.get("authorization").unwrap();
            assert!(
                !auth.contains("abcdefghijkl"),
                "credential recorded in full: {auth}"
            );
        }
    }

    #[test]
    fn a_line_without_headers_is_refused() {
        let err = read(&serde_json::json!({"body": "x"})).unwrap_err();
        assert!(err.message.contains("no `headers` object"), "{}", err.message);
    }
}
