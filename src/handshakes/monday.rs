//! Monday.com's webhook challenge (monday.com API docs, "Webhooks", "URL verification"): when
//! a webhook is created, monday.com POSTs `{"challenge": "<token>"}` and the endpoint must
//! answer 200 with the same JSON. The request carries no signature.

use super::parts::{json, ok200, random_chars, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::{Answer, Delivery};
use crate::providers::Headers;

pub struct MondayChallenge;

/// The challenge of a body that is exactly `{"challenge": "<string>"}`: Slack's and others'
/// carry more fields (and are signed), so they are never taken for monday.com's.
fn challenge_of(body: &serde_json::Value) -> Option<&str> {
    let obj = body.as_object()?;
    (obj.len() == 1).then(|| obj.get("challenge")?.as_str())?
}

impl Handshake for MondayChallenge {
    fn id(&self) -> &'static str {
        "monday_challenge"
    }
    fn request(&self, _signer: Option<&crate::providers::delivery::Signer<'_>>, _code: &str) -> Result<Request> {
        let challenge = random_chars(ALNUM, 52);
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/json");
        let body = serde_json::json!({ "challenge": challenge });
        let delivery = Delivery::new(headers, serde_json::to_vec(&body).expect("serialises"));
        Ok(Request::post(delivery, Some(challenge)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        ok200(answer, "monday.com")?;
        let got = json(answer).ok_or("the body is not JSON: monday.com requires {\"challenge\": …}")?;
        match got.get("challenge").and_then(|c| c.as_str()) {
            Some(c) if c == asked.challenge => Ok("200 with JSON {\"challenge\": …} echoing it".into()),
            Some(other) => Err(format!(
                "JSON `challenge` differs: sent `{}`, got `{}`",
                asked.challenge,
                crate::output::sanitize(other, false)
            )),
            None => Err("the JSON answer has no `challenge` string".into()),
        }
    }

    fn answer_unverified(&self, request: &Incoming<'_>, cx: &Context<'_>) -> Option<Response> {
        if request.method != "POST" || !cx.serves(self) {
            return None;
        }
        let challenge = challenge_of(request.json?)?;
        Some(Response::json(serde_json::json!({ "challenge": challenge }).to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::{answer, cx};
    use crate::send::challenge::Challenge;
    use serde_json::json;

    #[test]
    fn only_a_lone_challenge_is_echoed_as_json() {
        let s = |_: &str| Err("none".to_string());
        let h = Headers::default();
        let lone = json!({"challenge": "3eZbrw1aB"});
        let request = |json: &serde_json::Value, method: &'static str| {
            MondayChallenge.answer_unverified(
                &Incoming {
                    method,
                    url: "/",
                    headers: &h,
                    body: b"",
                    json: Some(json),
                },
                &cx(None, &s),
            )
        };
        let a = request(&lone, "POST").unwrap();
        assert_eq!(a.body, br#"{"challenge":"3eZbrw1aB"}"#);
        assert!(request(&lone, "GET").is_none());
        let slack = json!({"challenge": "c", "type": "url_verification", "token": "t"});
        assert!(request(&slack, "POST").is_none());
        assert!(request(&json!({"challenge": 5}), "POST").is_none());

        let judge = Challenge::new(&MondayChallenge, None);
        assert!(judge.judge(Some("ab"), &answer(200, &[], r#"{"challenge":"ab"}"#), None).is_ok());
        assert!(judge.judge(Some("ab"), &answer(200, &[], "ab"), None).is_err());
        assert!(judge.judge(Some("ab"), &answer(200, &[], r#"{"challenge":"ac"}"#), None).is_err());
    }
}
