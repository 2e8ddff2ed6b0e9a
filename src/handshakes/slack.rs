//! Slack Events API `url_verification` (https://api.slack.com/events/url_verification): a
//! signed event carrying `challenge`, answered with 200 and the challenge, as plain text or as
//! JSON `{"challenge": …}`.

use super::parts::{body_differs, random_chars, signed_json, ALNUM};
use super::{Asked, Handshake, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct SlackUrlVerification;

impl Handshake for SlackUrlVerification {
    fn id(&self) -> &'static str {
        "slack_url_verification"
    }
    fn signed(&self) -> bool {
        true
    }
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let challenge = random_chars(ALNUM, 52);
        let body = serde_json::json!({
            "token": random_chars(ALNUM, 24),
            "challenge": challenge,
            "type": "url_verification",
        });
        Ok(Request::post(signed_json(signer, &body)?, Some(challenge)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        if answer.status != 200 {
            return Err(format!("status {}: Slack requires 200", answer.status));
        }
        if answer.body == want.as_bytes() {
            return Ok("200 with the challenge as plain text".into());
        }
        let json: Option<serde_json::Value> = serde_json::from_slice(&answer.body).ok();
        match json.as_ref().and_then(|j| j.get("challenge")) {
            Some(serde_json::Value::String(s)) if s == want => {
                Ok("200 with JSON {\"challenge\": …} echoing the challenge".into())
            }
            Some(other) => Err(format!(
                "JSON `challenge` differs: sent `{want}`, got {}",
                crate::output::sanitize(&other.to_string(), false)
            )),
            None => Err(format!(
                "{} (answer the challenge as plain text or as JSON {{\"challenge\": …}})",
                body_differs(want.as_bytes(), &answer.body)
            )),
        }
    }

    /// Answered as plain text, which Slack accepts.
    fn answer_verified(&self, body: &serde_json::Value, _verification_code: Option<&str>) -> Option<Response> {
        if body.get("type").and_then(|t| t.as_str()) != Some("url_verification") {
            return None;
        }
        body.get("challenge")
            .and_then(|c| c.as_str())
            .map(Response::text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::send::challenge::Challenge;
    use serde_json::json;

    #[test]
    fn slack_takes_plain_text_or_json() {
        let h = Challenge::new(&SlackUrlVerification, None);
        assert!(h.judge(Some("ch"), &answer(200, &[], "ch"), None).is_ok());
        assert!(h
            .judge(Some("ch"), &answer(200, &[], r#"{"challenge":"ch"}"#), None)
            .is_ok());
        assert!(h
            .judge(Some("ch"), &answer(200, &[], r#"{"challenge":"no"}"#), None)
            .is_err());
        assert!(h.judge(Some("ch"), &answer(200, &[], "ok"), None).is_err());
    }

    #[test]
    fn url_verification_is_answered_with_its_challenge() {
        let slack = json!({"type": "url_verification", "challenge": "ch4l"});
        assert_eq!(
            SlackUrlVerification.answer_verified(&slack, None),
            Some(Response::text("ch4l"))
        );
        let event = json!({"type": "event_callback", "challenge": "ch4l"});
        assert_eq!(SlackUrlVerification.answer_verified(&event, None), None);
    }
}
