//! Okta event hooks' one-time verification (Okta developer documentation, "Event hooks",
//! "One-time verification request"): a `GET` carrying `X-Okta-Verification-Challenge`,
//! answered with 200 JSON `{"verification": <that value>}`.

use super::parts::{json, ok200, random_chars, with_header, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::output::sanitize;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

const CHALLENGE_HEADER: &str = "X-Okta-Verification-Challenge";

pub struct OktaVerification;

impl Handshake for OktaVerification {
    fn id(&self) -> &'static str {
        "okta_verification"
    }
    fn request(&self, _signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let value = random_chars(ALNUM, 32);
        Ok(Request::get(with_header(CHALLENGE_HEADER, &value), Some(value)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        ok200(answer, "Okta")?;
        match json(answer)
            .as_ref()
            .and_then(|j| j["verification"].as_str().map(str::to_string))
        {
            Some(v) if v == want => Ok("200 with {\"verification\": …} echoing the challenge".into()),
            Some(v) => Err(format!(
                "verification differs: sent `{want}`, got `{}`",
                sanitize(&v, false)
            )),
            None => Err("the body is not JSON with a `verification` field".into()),
        }
    }

    fn answer_unverified(&self, request: &Incoming<'_>, _cx: &Context<'_>) -> Option<Response> {
        if !request.is_get() {
            return None;
        }
        let v = request.headers.get(CHALLENGE_HEADER)?;
        let body = serde_json::json!({ "verification": v }).to_string();
        Some(Response::new(200, Some("application/json"), body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::{answer, cx};
    use crate::providers::Headers;
    use crate::send::challenge::Challenge;

    #[test]
    fn the_verification_value_is_answered_as_json() {
        let s = |_: &str| Err("none".to_string());
        let mut h = Headers::default();
        h.push("x-okta-verification-challenge", "okta-v-42");
        let request = Incoming {
            method: "GET",
            url: "/",
            headers: &h,
            body: b"",
            json: None,
        };
        let a = OktaVerification.answer_unverified(&request, &cx(None, &s)).unwrap();
        let body = String::from_utf8(a.body).unwrap();
        let judge = Challenge::new(&OktaVerification, None);
        assert!(judge.judge(Some("okta-v-42"), &answer(200, &[], &body), None).is_ok());
        assert!(judge.judge(Some("okta-v-43"), &answer(200, &[], &body), None).is_err());
    }
}
