//! Twitch EventSub's callback verification (Twitch developers, "Handling webhook events",
//! "Responding to a challenge request"): a signed POST with
//! `Twitch-Eventsub-Message-Type: webhook_callback_verification` whose body carries
//! `challenge`, answered with 200 and the challenge as the raw text body.

use super::parts::{body_differs, ok200, random_chars, signed_json, ALNUM};
use super::{Asked, Handshake, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

const MESSAGE_TYPE: &str = "Twitch-Eventsub-Message-Type";

pub struct TwitchCallbackVerification;

impl Handshake for TwitchCallbackVerification {
    fn id(&self) -> &'static str {
        "twitch_callback_verification"
    }
    fn signed(&self) -> bool {
        true
    }
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let challenge = random_chars(ALNUM, 43);
        let body = serde_json::json!({
            "challenge": challenge,
            "subscription": {
                "id": "f1c2a387-161a-49f9-a165-0f21d7a4e1c4",
                "status": "webhook_callback_verification_pending",
                "type": "channel.follow",
                "version": "2",
                "cost": 1,
                "condition": {"broadcaster_user_id": "12826", "moderator_user_id": "12826"},
                "transport": {"method": "webhook", "callback": "https://example.com/webhooks/callback"},
                "created_at": "2019-11-16T10:11:12.634234626Z"
            }
        });
        let mut delivery = signed_json(signer, &body)?;
        delivery.headers.set(MESSAGE_TYPE, "webhook_callback_verification".to_string());
        Ok(Request::post(delivery, Some(challenge)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        ok200(answer, "Twitch")?;
        if answer.body != want.as_bytes() {
            return Err(format!(
                "{} (Twitch wants the challenge as the raw body)",
                body_differs(want.as_bytes(), &answer.body)
            ));
        }
        Ok("200 with the challenge as the raw body".into())
    }

    /// A verification message has a challenge and a pending subscription, and no event.
    fn answer_verified(&self, body: &serde_json::Value, _verification_code: Option<&str>) -> Option<Response> {
        if body.get("event").is_some() {
            return None;
        }
        body.get("challenge")
            .and_then(|c| c.as_str())
            .map(|c| Response::new(200, Some("text/plain"), c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::send::challenge::Challenge;
    use serde_json::json;

    #[test]
    fn the_challenge_is_answered_as_the_raw_body() {
        let verification = json!({"challenge": "pogchamp-kappa-360noscope-vohiyo", "subscription": {"type": "channel.follow"}});
        let a = TwitchCallbackVerification.answer_verified(&verification, None).unwrap();
        assert_eq!(a.body, b"pogchamp-kappa-360noscope-vohiyo");
        let event = json!({"subscription": {"type": "channel.follow"}, "event": {"user_id": "1"}});
        assert_eq!(TwitchCallbackVerification.answer_verified(&event, None), None);
        let h = Challenge::new(&TwitchCallbackVerification, None);
        assert!(h.judge(Some("c"), &answer(200, &[], "c"), None).is_ok());
        assert!(h.judge(Some("c"), &answer(200, &[], r#"{"challenge":"c"}"#), None).is_err());
    }
}
