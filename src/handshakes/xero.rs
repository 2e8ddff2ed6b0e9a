//! Xero's "intent to receive" (Xero developer documentation, "Webhooks", "Intent to receive"):
//! before enabling a webhook Xero posts signed payloads with no events; a receiver must answer
//! the correctly signed ones with 200 and an empty body (and the wrongly signed ones with 401,
//! which `listen` does for any bad signature), within 5 seconds.

use super::parts::{random_chars, signed_json};
use super::{Asked, Handshake, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

/// Xero's `entropy` values are upper-case letters and digits.
const ENTROPY: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

pub struct XeroIntentToReceive;

/// Whether `body` is an intent-to-receive payload: no events, sequence 0.
fn is_intent(body: &serde_json::Value) -> bool {
    body.get("events").and_then(|e| e.as_array()).is_some_and(Vec::is_empty)
        && body.get("firstEventSequence").and_then(|n| n.as_i64()) == Some(0)
        && body.get("entropy").is_some()
}

impl Handshake for XeroIntentToReceive {
    fn id(&self) -> &'static str {
        "xero_intent_to_receive"
    }
    fn signed(&self) -> bool {
        true
    }
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let body = serde_json::json!({
            "events": [],
            "firstEventSequence": 0,
            "lastEventSequence": 0,
            "entropy": random_chars(ENTROPY, 20),
        });
        Ok(Request::post(signed_json(signer, &body)?, None))
    }
    fn judge(&self, _asked: &Asked<'_>, answer: &Answer) -> Judgement {
        if answer.status != 200 {
            return Err(format!(
                "status {}: Xero requires 200 for a correctly signed intent-to-receive payload",
                answer.status
            ));
        }
        if !answer.body.is_empty() {
            return Err(format!(
                "the body has {} bytes: Xero requires an empty body",
                answer.body.len()
            ));
        }
        Ok("200 with an empty body to a correctly signed payload (a wrongly signed one must get 401: try a wrong secret)".into())
    }

    fn answer_verified(&self, body: &serde_json::Value, _verification_code: Option<&str>) -> Option<Response> {
        is_intent(body).then(|| Response::new(200, None, Vec::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::send::challenge::Challenge;
    use serde_json::json;

    #[test]
    fn an_intent_payload_gets_an_empty_200_and_events_do_not() {
        let intent = json!({"events": [], "firstEventSequence": 0, "lastEventSequence": 0, "entropy": "ABC"});
        let a = XeroIntentToReceive.answer_verified(&intent, None).unwrap();
        assert_eq!((a.status, a.body.len()), (200, 0));
        let event = json!({"events": [{"eventCategory": "INVOICE"}], "firstEventSequence": 1, "entropy": "ABC"});
        assert_eq!(XeroIntentToReceive.answer_verified(&event, None), None);
        let h = Challenge::new(&XeroIntentToReceive, None);
        assert!(h.judge(None, &answer(200, &[], ""), None).is_ok());
        assert!(h.judge(None, &answer(200, &[], "ok"), None).unwrap_err().contains("empty body"));
        assert!(h.judge(None, &answer(401, &[], ""), None).is_err());
    }
}
