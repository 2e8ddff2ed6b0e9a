//! Microsoft Graph's notification endpoint validation (Microsoft Graph documentation, "Receive
//! change notifications through webhooks", "Notification endpoint validation"): a POST to
//! `?validationToken=…` that must be answered within 10 s with 200, `Content-Type: text/plain`
//! and the decoded token as the body. No built-in provider verifies Graph's notifications,
//! so the requests are labelled `msgraph`, which names no provider.

use std::time::Duration;

use super::parts::{body_differs, empty, ok200, random_chars, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

/// Graph's deadline for the validation answer.
const DEADLINE: Duration = Duration::from_secs(10);

pub struct MsGraphValidation;

impl Handshake for MsGraphValidation {
    fn id(&self) -> &'static str {
        "msgraph_validation_token"
    }
    fn deadline(&self, _delivery_timeout: Duration) -> Duration {
        DEADLINE
    }
    fn request(&self, _signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let token = random_chars(ALNUM, 32);
        Ok(Request::post(empty(), Some(token.clone())).query(&[("validationToken", &token)]))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        ok200(answer, "Microsoft Graph")?;
        if answer.body != want.as_bytes() {
            return Err(body_differs(want.as_bytes(), &answer.body));
        }
        let plain = answer
            .headers
            .get("Content-Type")
            .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("text/plain"));
        if !plain {
            return Err("the token is echoed, but not as `Content-Type: text/plain`, which Microsoft Graph requires".into());
        }
        Ok("200 echoing the validation token as text/plain".into())
    }

    fn provider(&self) -> &'static str {
        "msgraph"
    }
    /// Any method: the token is in the query string alone.
    fn answer_unverified(&self, request: &Incoming<'_>, _cx: &Context<'_>) -> Option<Response> {
        let token = request.query("validationToken")?;
        Some(Response::new(200, Some("text/plain"), token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::{answer, cx};
    use crate::providers::Headers;
    use crate::send::challenge::Challenge;

    #[test]
    fn the_decoded_token_is_echoed_as_plain_text() {
        let s = |_: &str| Err("none".to_string());
        let request = Incoming {
            method: "POST",
            url: "/?validationToken=Validation%3A%20Testing%20client",
            headers: &Headers::default(),
            body: b"",
            json: None,
        };
        let a = MsGraphValidation.answer_unverified(&request, &cx(None, &s)).unwrap();
        assert_eq!(
            (a.status, a.content_type, a.body.as_slice()),
            (200, Some("text/plain"), b"Validation: Testing client".as_slice())
        );
        let h = Challenge::new(&MsGraphValidation, None);
        let ok = answer(200, &[("Content-Type", "text/plain; charset=utf-8")], "tok");
        assert!(h.judge(Some("tok"), &ok, None).is_ok());
        assert!(h.judge(Some("tok"), &answer(200, &[], "tok"), None).is_err());
        assert!(h.judge(Some("tok"), &answer(202, &[], "tok"), None).is_err());
    }
}
