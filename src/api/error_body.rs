//! A provider's error body as one readable line: the generic fallback every provider's own
//! rendering falls back to, and the raw start of a body nothing else understands.

use serde_json::Value;

/// The start of a body, sanitised, for error lines.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    let cut: String = text.chars().take(300).collect();
    let cut = crate::output::sanitize(&cut, false);
    if text.chars().count() > 300 {
        format!("{cut}…")
    } else {
        cut
    }
}

/// A fallback rendering for error bodies: a `message`/`error`/`detail` field, else the raw start.
pub fn render_generic(_status: u16, body: &[u8]) -> String {
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        for key in ["message", "error_description", "detail", "error", "title"] {
            if let Some(s) = v.get(key).and_then(Value::as_str) {
                return crate::output::sanitize(s, false);
            }
        }
    }
    snippet(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_errors_prefer_the_message() {
        assert_eq!(
            render_generic(400, br#"{"message":"JSON Parsing Error"}"#),
            "JSON Parsing Error"
        );
        assert_eq!(
            render_generic(502, b"<html>bad gateway</html>"),
            "<html>bad gateway</html>"
        );
    }
}
