//! Worldline's endpoint verification (Worldline Direct documentation, "Webhooks", "Endpoint
//! verification"): a `GET` carrying `X-GCS-Webhooks-Endpoint-Verification`, answered with 200
//! and that header's value as a plain-text body.

use super::parts::{body_differs, ok200, random_chars, with_header, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

const CHALLENGE_HEADER: &str = "X-GCS-Webhooks-Endpoint-Verification";

pub struct WorldlineEndpointVerification;

impl Handshake for WorldlineEndpointVerification {
    fn id(&self) -> &'static str {
        "worldline_endpoint_verification"
    }
    fn request(&self, _signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let value = random_chars(ALNUM, 32);
        Ok(Request::get(with_header(CHALLENGE_HEADER, &value), Some(value)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        ok200(answer, "Worldline")?;
        if answer.body != want.as_bytes() {
            return Err(body_differs(want.as_bytes(), &answer.body));
        }
        Ok(format!("200 echoing {CHALLENGE_HEADER} as the body"))
    }

    fn answer_unverified(&self, request: &Incoming<'_>, _cx: &Context<'_>) -> Option<Response> {
        if !request.is_get() {
            return None;
        }
        let value = request.headers.get(CHALLENGE_HEADER)?;
        Some(Response::new(200, Some("text/plain"), value.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::{answer, cx};
    use crate::providers::Headers;
    use crate::send::challenge::Challenge;

    #[test]
    fn the_verification_header_is_echoed_as_the_body() {
        let s = |_: &str| Err("none".to_string());
        let mut h = Headers::default();
        h.push("x-gcs-webhooks-endpoint-verification", "wl-42");
        let request = Incoming {
            method: "GET",
            url: "/",
            headers: &h,
            body: b"",
            json: None,
        };
        let a = WorldlineEndpointVerification
            .answer_unverified(&request, &cx(None, &s))
            .unwrap();
        assert_eq!((a.status, a.body.as_slice()), (200, b"wl-42".as_slice()));
        let post = Incoming { method: "POST", ..request };
        assert!(WorldlineEndpointVerification.answer_unverified(&post, &cx(None, &s)).is_none());
        let judge = Challenge::new(&WorldlineEndpointVerification, None);
        assert!(judge.judge(Some("wl-42"), &answer(200, &[], "wl-42"), None).is_ok());
        assert!(judge.judge(Some("wl-42"), &answer(200, &[], "wl-43"), None).is_err());
    }
}
