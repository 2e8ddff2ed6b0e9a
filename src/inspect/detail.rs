//! One delivery in full, for the detail view: the record, the diagnosis `verify --explain`
//! gives (signed string, key rule with the secret masked, skew, likely cause), and the same
//! request written as a `curl` and as a `hookctl send-test` command (shell-quoted; they hold
//! what was recorded, where credential headers are masked, and never a secret).

use serde_json::{json, Value};

use super::{feed::Entry, Inspector};
use crate::listen::record_format;
use crate::payload::Body;
use crate::providers::{Check, GenericScheme, Headers, Provider, Variant};

/// A record line's request, read back.
pub struct Recorded {
    pub value: Value,
    pub headers: Headers,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn parse(entry: &Entry) -> std::result::Result<Recorded, String> {
        let value: Value =
            serde_json::from_slice(entry.record()).map_err(|e| format!("record is not JSON: {e}"))?;
        let (headers, body) = record_format::read(&value).map_err(|e| e.message)?;
        let Body::Bytes(body) = body else {
            return Err("record holds no body".into());
        };
        Ok(Recorded { value, headers, body })
    }
    pub fn text(&self, field: &str) -> Option<&str> {
        self.value.get(field).and_then(Value::as_str)
    }
    pub fn method(&self) -> &str {
        self.text("method").unwrap_or("POST")
    }
    /// The provider it was verified as, when this run knows it.
    pub fn provider(&self, inspector: &Inspector) -> Option<std::sync::Arc<dyn Provider>> {
        let id = self.text("provider")?;
        inspector.providers.lookup(id, &GenericScheme::default()).ok()
    }
    /// The URL the sender posted to, as it named it (what URL-signing schemes signed).
    pub fn url(&self, scheme: &str) -> Option<String> {
        let host = self.headers.get("host")?;
        Some(format!("{scheme}://{host}{}", self.text("path").unwrap_or("/")))
    }
}

/// The detail view's JSON: the entry, its diagnosis and the two commands.
pub fn detail(inspector: &Inspector, entry: &Entry) -> Value {
    let page: Value = serde_json::from_str(&entry.json()).unwrap_or(Value::Null);
    let mut out = json!({ "entry": page });
    let recorded = match Recorded::parse(entry) {
        Ok(r) => r,
        Err(why) => {
            out["explain_error"] = json!(why);
            return out;
        }
    };
    match explain(inspector, &recorded) {
        Ok(Some(lines)) => out["explain"] = json!(lines),
        Ok(None) => {}
        Err(why) => out["explain_error"] = json!(why),
    }
    let target = match &inspector.source {
        super::Source::Listener { url } => url.clone(),
        super::Source::File { .. } => inspector
            .forward_to
            .clone()
            .unwrap_or_else(|| "http://127.0.0.1:3000/".into()),
    };
    out["curl"] = json!(curl(&recorded, &target));
    out["send_test"] = json!(send_test(&recorded, &target));
    out
}

/// `verify --explain` for the recorded request, as at the time it arrived.
fn explain(
    inspector: &Inspector,
    r: &Recorded,
) -> std::result::Result<Option<Vec<(String, String)>>, String> {
    let Some(provider) = r.provider(inspector) else {
        return Ok(None);
    };
    if r.text("signature") == Some("challenge") {
        return Ok(None);
    }
    let mut variant: Variant = inspector.variant.clone();
    provider.settle_variant(&mut variant, &r.headers);
    if variant.url.is_none() {
        variant.url = r.url(inspector.scheme);
    }
    variant.method = Some(r.method().to_string());
    let key = (inspector.keys)(provider.as_ref(), &variant, false)?;
    let now = r
        .text("received_at")
        .and_then(|t| humantime::parse_rfc3339(t).ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or_else(crate::clock::unix_now, |d| d.as_secs() as i64);
    let body = Body::Bytes(r.body.clone());
    let check = Check {
        headers: &r.headers,
        body: &body,
        now,
        tolerance: inspector.tolerance,
        variant: &variant,
        timestamp: None,
        id: None,
    };
    provider.explain(&key, &check, false).map_err(|e| e.message)
}

fn quote(s: &str) -> String {
    // A NUL cannot be passed on a command line at all; everything else shlex quotes.
    shlex::try_quote(s).map_or_else(|_| "''".into(), |q| q.into_owned())
}

/// The request as a `curl` command: method, headers (framing ones left to curl), raw body.
pub fn curl(r: &Recorded, target: &str) -> String {
    let mut cmd = format!("curl -sS -X {} {}", quote(r.method()), quote(target));
    for (name, value) in &r.headers.0 {
        if crate::hop_headers::is_framing(name) {
            continue;
        }
        cmd.push_str(&format!(" \\\n  -H {}", quote(&format!("{name}: {value}"))));
    }
    match std::str::from_utf8(&r.body) {
        Ok(text) if !text.contains('\0') => cmd.push_str(&format!(" \\\n  --data-binary {}", quote(text))),
        _ => {
            cmd.push_str(" \\\n  --data-binary @body.bin  # the body is binary: save it from the detail view")
        }
    }
    cmd
}

/// The same event as `hookctl send-test`: signed afresh, with the secret from the usual
/// places (`HOOKCTL_<P>_SECRET`, the config), never written here.
pub fn send_test(r: &Recorded, target: &str) -> String {
    let provider = r.text("provider").unwrap_or("generic");
    let mut cmd = format!("hookctl send-test {} -p {}", quote(target), quote(provider));
    if let Some(t) = r.text("event_type") {
        cmd.push_str(&format!(" -e {}", quote(t)));
    }
    match std::str::from_utf8(&r.body) {
        Ok(text) if !text.contains('\0') => cmd.push_str(&format!(" --data {}", quote(text))),
        _ => cmd.push_str(" --file body.bin"),
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded(body: &str, headers: &[(&str, &str)]) -> Recorded {
        let mut h = Headers::default();
        for (n, v) in headers {
            h.push(*n, *v);
        }
        Recorded {
            value: json!({"method": "POST", "provider": "stripe", "event_type": "charge.succeeded"}),
            headers: h,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn commands_quote_everything_a_sender_controls() {
        let r = recorded(
            "{\"a\":\"it's $(rm -rf ~) `x`\"}",
            &[
                ("X-Evil", "a'b; echo pwned"),
                ("Host", "h"),
                ("Content-Length", "3"),
            ],
        );
        let c = curl(&r, "http://127.0.0.1:3000/");
        let words = shlex::split(&c.replace("\\\n", "")).unwrap();
        assert_eq!(
            words[0..5],
            ["curl", "-sS", "-X", "POST", "http://127.0.0.1:3000/"]
        );
        assert!(words.contains(&"X-Evil: a'b; echo pwned".to_string()));
        assert_eq!(words.last().unwrap(), "{\"a\":\"it's $(rm -rf ~) `x`\"}");
        assert!(!c.to_ascii_lowercase().contains("content-length"));
        let s = send_test(&r, "http://127.0.0.1:3000/");
        let words = shlex::split(&s).unwrap();
        assert_eq!(
            words[..7],
            [
                "hookctl",
                "send-test",
                "http://127.0.0.1:3000/",
                "-p",
                "stripe",
                "-e",
                "charge.succeeded"
            ]
        );
        assert_eq!(words[8], "{\"a\":\"it's $(rm -rf ~) `x`\"}");
    }
}
