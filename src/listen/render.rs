//! Console output and record lines for one exchange. Everything a client sent is sanitised
//! before it reaches a terminal.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use colored::Colorize;
use std::borrow::Cow;
use std::collections::hash_map::{Entry, HashMap};

use serde::ser::SerializeMap;
use serde::Serialize;
use serde_json::Value;

use super::{Exchange, Signature};
use crate::cli::ListenOutput;
use crate::output::{pretty_json, sanitize};

/// Lines of body shown before folding (pretty output without `--full`).
const FOLD_AT: usize = 40;

/// Headers whose value is itself a credential (static-token schemes such as GitLab and Okta,
/// Asana's handshake secret): recorded and shown masked, never in full (spec §3).
const CREDENTIAL_HEADERS: [&str; 5] = [
    "authorization",
    "proxy-authorization",
    "x-gitlab-token",
    "x-hook-secret",
    "cookie",
];

/// One record line of spec §8 (also what `-o json` prints), newline included. Serialised
/// straight from the exchange: no intermediate JSON tree, no copies of the body.
pub fn record_line(ex: &Exchange) -> Vec<u8> {
    let body = std::str::from_utf8(&ex.body).ok();
    let line = RecordLine {
        received_at: humantime::format_rfc3339_millis(ex.received_at).to_string(),
        provider: ex.provider.as_deref(),
        event_type: ex.event_type.as_deref(),
        event_id: ex.event_id.as_deref(),
        signature: ex.signature.as_str(),
        reason: ex.reason.as_deref(),
        duplicate: ex.duplicate,
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
    method: &'a str,
    path: &'a str,
    headers: RecordHeaders<'a>,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_base64: Option<String>,
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

/// What to print on stdout for one exchange, in the chosen format (`line` = its record line).
pub fn stdout_block(ex: &Exchange, line: &[u8], output: ListenOutput, full: bool) -> Vec<u8> {
    match output {
        ListenOutput::Json => line.to_vec(),
        ListenOutput::Raw => {
            let mut bytes = ex.body.clone();
            bytes.push(b'\n');
            bytes
        }
        ListenOutput::Pretty => pretty(ex, full).into_bytes(),
    }
}

fn pretty(ex: &Exchange, full: bool) -> String {
    let time = humantime::format_rfc3339_millis(ex.received_at).to_string();
    let time = time.get(11..23).unwrap_or(&time).dimmed();
    let field = |v: &Option<String>| sanitize(v.as_deref().unwrap_or("-"), false);
    let sig = match ex.signature {
        Signature::Valid => "✔ valid".green().bold(),
        Signature::Challenge => "◆ challenge".cyan().bold(),
        other => {
            let why = ex.reason.as_deref().unwrap_or(other.as_str());
            format!("✘ {}", sanitize(why, false)).red().bold()
        }
    };
    let status = match ex.status {
        200..=299 => ex.status.to_string().green(),
        400..=499 => ex.status.to_string().yellow(),
        _ => ex.status.to_string().red(),
    };
    let dup = if ex.duplicate {
        format!(" {}", "duplicate".yellow())
    } else {
        String::new()
    };
    let mut out = format!(
        "{time} {} {} {} {sig}{dup} {status} {:.1}ms\n",
        field(&ex.provider).bold(),
        field(&ex.event_type),
        field(&ex.event_id).dimmed(),
        ex.latency.as_secs_f64() * 1000.0
    );
    for note in &ex.notes {
        out.push_str(&format!("  {} {}\n", "note:".cyan(), sanitize(note, false)));
    }
    if !ex.body.is_empty() {
        out.push_str(&fold(&body_text(&ex.body), full));
        out.push('\n');
    }
    out
}

fn body_text(body: &[u8]) -> String {
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        return pretty_json(&v);
    }
    match std::str::from_utf8(body) {
        Ok(text) => sanitize(text, true),
        Err(_) => format!("({} bytes of binary data)", body.len())
            .dimmed()
            .to_string(),
    }
}

fn fold(text: &str, full: bool) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if full || lines.len() <= FOLD_AT {
        return text.to_string();
    }
    let mut out = lines[..FOLD_AT].join("\n");
    let more = format!("… {} more lines (--full shows all)", lines.len() - FOLD_AT);
    out.push('\n');
    out.push_str(&more.dimmed().to_string());
    out
}

/// Set once stdout is closed (`listen -o json | head -1`): printing stops, serving goes on.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Write a whole block at once so lines of concurrent requests never interleave. A closed
/// stdout stops the printing, never the listener: events are still answered and recorded.
pub fn emit(bytes: &[u8]) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if out.write_all(bytes).and_then(|_| out.flush()).is_err() {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::Headers;
    use std::time::{Duration, SystemTime};

    fn exchange(body: &[u8]) -> Exchange {
        let mut headers = Headers::default();
        headers.push("X-Thing", "a");
        headers.push("x-thing", "b");
        Exchange {
            received_at: SystemTime::UNIX_EPOCH,
            provider: Some("noko".into()),
            event_type: Some("webhook.ping".into()),
            event_id: None,
            signature: Signature::Valid,
            reason: None,
            duplicate: false,
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
        let record = |ex: &Exchange| serde_json::from_slice::<Value>(&record_line(ex)).unwrap();
        let rec = record(&exchange(&[0xff, 0x00]));
        assert_eq!(rec["headers"]["X-Thing"], serde_json::json!(["a", "b"]));
        assert_eq!(rec["body_base64"], "/wA=");
        assert!(rec.get("body").is_none());
        assert_eq!(rec["received_at"], "1970-01-01T00:00:00.000Z");
        let rec = record(&exchange(b"{\"a\":1}"));
        assert_eq!(rec["body"], "{\"a\":1}");
    }

    #[test]
    fn long_bodies_fold_unless_full() {
        let text: String = (0..100).map(|i| format!("{i}\n")).collect();
        assert!(fold(&text, false).contains("60 more lines"));
        assert_eq!(fold(&text, true), text);
    }

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let out = pretty(&exchange(b"\x1b[2Jhello"), false);
        assert!(!out.contains("\x1b[2J"), "{out:?}");
        assert!(out.contains("[2Jhello"), "{out:?}");
    }
}
