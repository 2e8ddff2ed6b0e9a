//! Providers' URL-verification handshakes, keyed by provider id.
//!
//! Kept apart from the `Provider` trait for now: a handshake is about answering, which only the
//! listener does.

use crate::providers::Headers;

/// Noones' challenge header (also `providers::noones::CHALLENGE_HEADER`, private there).
pub const NOONES_CHALLENGE: &str = "X-Noones-Request-Challenge";
const NOONES_SIGNATURE: &str = "X-Noones-Signature";

/// What to answer instead of an ordinary event acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handshake {
    /// Plain-text body answered with 200.
    Answer(String),
    /// Cryptohopper validate without `--verification-code`: 200, empty, and a loud warning.
    MissingCode,
}

/// Headers every response must carry back: Noones checks its challenge on every request.
pub fn echo_headers(headers: &Headers) -> Vec<(String, String)> {
    headers
        .0
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(NOONES_CHALLENGE))
        .take(1)
        .map(|(_, v)| (NOONES_CHALLENGE.to_string(), v.clone()))
        .collect()
}

/// Noones' URL-save request: the challenge header, no body and no signature.
pub fn is_noones_url_save(headers: &Headers, body: &[u8]) -> bool {
    headers.has(NOONES_CHALLENGE)
        && !headers.has(NOONES_SIGNATURE)
        && body.iter().all(u8::is_ascii_whitespace)
}

/// A signed handshake message, checked after its signature was found valid.
pub fn signed(
    provider: &str,
    body: Option<&serde_json::Value>,
    verification_code: Option<&str>,
) -> Option<Handshake> {
    let body = body?;
    let kind = body.get("type").and_then(|t| t.as_str());
    match (provider, kind) {
        ("cryptohopper", Some("validate")) => Some(match verification_code {
            Some(code) => Handshake::Answer(code.to_string()),
            None => Handshake::MissingCode,
        }),
        // Slack accepts the challenge as plain text (api.slack.com/events/url_verification).
        ("slack", Some("url_verification")) => body
            .get("challenge")
            .and_then(|c| c.as_str())
            .map(|c| Handshake::Answer(c.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn noones_url_save_has_no_body_and_no_signature() {
        let mut h = Headers::default();
        h.push("x-noones-request-challenge", "abc");
        assert!(is_noones_url_save(&h, b""));
        assert!(!is_noones_url_save(&h, b"{}"));
        assert_eq!(
            echo_headers(&h),
            vec![(NOONES_CHALLENGE.to_string(), "abc".to_string())]
        );
        h.push(NOONES_SIGNATURE, "ff");
        assert!(!is_noones_url_save(&h, b""));
    }

    #[test]
    fn signed_handshakes_per_provider() {
        let validate = json!({"app_id": 1, "type": "validate", "messages": []});
        assert_eq!(
            signed("cryptohopper", Some(&validate), Some("c0de")),
            Some(Handshake::Answer("c0de".into()))
        );
        assert_eq!(
            signed("cryptohopper", Some(&validate), None),
            Some(Handshake::MissingCode)
        );
        let slack = json!({"type": "url_verification", "challenge": "ch4l"});
        assert_eq!(
            signed("slack", Some(&slack), None),
            Some(Handshake::Answer("ch4l".into()))
        );
        assert_eq!(signed("noko", Some(&slack), None), None);
    }
}
