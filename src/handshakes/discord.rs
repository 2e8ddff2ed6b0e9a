//! Discord interactions' PING (Discord developer documentation, "Receiving and Responding to
//! Interactions"): a signed interaction of type 1 that must be answered with PONG `{"type":1}`.

use super::parts::{body_differs, json, ok200, random_chars, signed_json, ALNUM, DIGITS};
use super::{Asked, Handshake, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct DiscordPing;

impl Handshake for DiscordPing {
    fn id(&self) -> &'static str {
        "discord_ping"
    }
    fn signed(&self) -> bool {
        true
    }
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let body = serde_json::json!({
            "type": 1,
            "id": random_chars(DIGITS, 19),
            "application_id": random_chars(DIGITS, 19),
            "token": random_chars(ALNUM, 64),
            "version": 1,
        });
        Ok(Request::post(signed_json(signer, &body)?, None))
    }
    fn judge(&self, _asked: &Asked<'_>, answer: &Answer) -> Judgement {
        ok200(answer, "Discord")?;
        match json(answer).and_then(|j| j["type"].as_u64()) {
            Some(1) => Ok("PING answered with PONG {\"type\":1}".into()),
            _ => Err(format!(
                "{} (Discord expects {{\"type\":1}})",
                body_differs(br#"{"type":1}"#, &answer.body)
            )),
        }
    }

    /// Only once verified: Discord checks that a receiver refuses badly signed PINGs.
    fn answer_verified(&self, body: &serde_json::Value, _verification_code: Option<&str>) -> Option<Response> {
        (body.get("type").and_then(|t| t.as_u64()) == Some(1)).then(|| Response::json(r#"{"type":1}"#))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::send::challenge::Challenge;

    #[test]
    fn a_ping_is_answered_with_pong() {
        let ping = serde_json::json!({"type": 1, "id": "1"});
        let pong = DiscordPing.answer_verified(&ping, None).unwrap();
        assert_eq!(
            (pong.content_type, pong.body.as_slice()),
            (Some("application/json"), br#"{"type":1}"#.as_slice())
        );
        assert_eq!(DiscordPing.answer_verified(&serde_json::json!({"type": 2}), None), None);
        let h = Challenge::new(&DiscordPing, None);
        assert!(h.judge(None, &answer(200, &[], r#"{"type":1}"#), None).is_ok());
        assert!(h.judge(None, &answer(200, &[], r#"{"type":4}"#), None).is_err());
    }
}
