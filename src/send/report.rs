//! Printing an exchange: the request as sent and the receiver's answer (pretty or JSON).
//! The receiver's headers and body are attacker-controlled text: always sanitised.

use std::borrow::Cow;

use colored::Colorize;
use serde_json::{json, Value};

use super::client::Failure;
use crate::output;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Delivery;
use crate::providers::Headers;

/// A request as sent, for printing.
pub struct Sent<'a> {
    pub method: &'a str,
    /// The URL as shown (its password masked).
    pub url: Cow<'a, str>,
    pub delivery: &'a Delivery,
}

/// Milliseconds with a fraction, for JSON and lines.
pub fn millis(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

pub fn headers_json(h: &Headers) -> Value {
    let mut map = serde_json::Map::new();
    for (name, value) in &h.0 {
        match map.get_mut(name) {
            Some(Value::Array(items)) => items.push(value.clone().into()),
            Some(prev) => *prev = json!([prev.clone(), value]),
            None => {
                map.insert(name.clone(), value.clone().into());
            }
        }
    }
    Value::Object(map)
}

/// A body as JSON: the parsed value when it is JSON, else text (or base64 for binary).
pub fn body_json(body: &[u8]) -> Value {
    if body.is_empty() {
        return Value::String(String::new());
    }
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        return v;
    }
    match std::str::from_utf8(body) {
        Ok(s) => Value::String(s.to_string()),
        Err(_) => {
            json!({ "base64": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, body) })
        }
    }
}

pub fn request_json(sent: &Sent<'_>) -> Value {
    json!({
        "method": sent.method,
        "url": &*sent.url,
        "headers": headers_json(&sent.delivery.headers),
        "body": body_json(&sent.delivery.body),
    })
}

pub fn answer_json(answer: &Answer) -> Value {
    let mut v = json!({
        "status": answer.status,
        "headers": headers_json(&answer.headers),
        "body": body_json(&answer.body),
        "latency_ms": millis(answer.latency),
    });
    if super::client::truncated(&answer.body) {
        v["body_truncated"] = json!(true);
    }
    v
}

/// `{request, response, ok}` (+ `error` when no answer came).
pub fn exchange_json(sent: &Sent<'_>, result: &Result<Answer, Failure>, ok: bool, provider: &str) -> Value {
    let mut v = json!({ "request": request_json(sent), "ok": ok });
    match result {
        Ok(a) => v["response"] = answer_json(a),
        Err(f) => {
            v["response"] = Value::Null;
            v["error"] = json!({ "kind": f.kind(), "message": f.describe(provider) });
        }
    }
    v
}

fn print_headers(h: &Headers) {
    for (name, value) in &h.0 {
        output::data_line(format!(
            "{}: {}",
            output::sanitize(name, false).cyan(),
            output::sanitize(value, false)
        ));
    }
}

pub fn print_request(sent: &Sent<'_>) {
    output::data_line(format!(
        "{} {}",
        sent.method.bold(),
        output::sanitize(&sent.url, false).bold()
    ));
    print_headers(&sent.delivery.headers);
    output::data_line("");
    output::data_line(output::pretty_body(&sent.delivery.body));
}

/// Status line, headers and body of the answer.
pub fn print_answer(answer: &Answer, ok: bool) {
    let reason = reqwest::StatusCode::from_u16(answer.status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let status = format!("HTTP {} {reason}", answer.status);
    let status = if ok {
        status.green().bold()
    } else {
        status.red().bold()
    };
    output::data_line("");
    output::data_line(format!(
        "{status}  {}",
        format!("({:.1} ms)", millis(answer.latency)).dimmed()
    ));
    print_headers(&answer.headers);
    output::data_line("");
    output::data_line(output::pretty_body(&answer.body));
    if super::client::truncated(&answer.body) {
        output::data_line(
            format!(
                "… (truncated: hookctl reads at most {} MiB of an answer)",
                super::client::MAX_ANSWER_BODY >> 20
            )
            .dimmed()
            .to_string(),
        );
    }
}

/// One compact line per attempt (`--repeat`, `--retry`).
pub fn attempt_line(label: &str, result: &Result<Answer, Failure>, ok: bool, provider: &str) -> String {
    let mark = if ok { "✔".green() } else { "✘".red() };
    match result {
        Ok(a) => format!(
            "{mark} {label}  HTTP {}  {}",
            a.status,
            format!("{:.1} ms", millis(a.latency)).dimmed()
        ),
        Err(f) => format!("{mark} {label}  {}", f.describe(provider).red()),
    }
}
