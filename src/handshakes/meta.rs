//! Meta's webhook verification (Meta for Developers, "Getting Started" with Webhooks,
//! "Verification Requests"): `GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`,
//! answered with 200 and the challenge once the verify token matches the one set in the app
//! dashboard.

use super::parts::{body_differs, empty, ok200, random_chars, DIGITS};
use super::{Asked, CodeNeed, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct MetaHubChallenge;

impl Handshake for MetaHubChallenge {
    fn id(&self) -> &'static str {
        "meta_hub_challenge"
    }
    fn code(&self) -> Option<CodeNeed> {
        Some(CodeNeed {
            what: "sends your verify token",
            hint: "pass --verification-code TOKEN, the verify token set in the app dashboard",
        })
    }
    fn request(&self, _signer: Option<&Signer<'_>>, code: &str) -> Result<Request> {
        let challenge = random_chars(DIGITS, 10);
        let query = [
            ("hub.mode", "subscribe"),
            ("hub.verify_token", code),
            ("hub.challenge", challenge.as_str()),
        ];
        Ok(Request::get(empty(), Some(challenge.clone())).query(&query))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        ok200(answer, "Meta")?;
        if answer.body != want.as_bytes() {
            return Err(body_differs(want.as_bytes(), &answer.body));
        }
        Ok("200 echoing the challenge (for Meta)".into())
    }

    fn answer_unverified(&self, request: &Incoming<'_>, cx: &Context<'_>) -> Option<Response> {
        if !request.is_get() {
            return None;
        }
        let challenge = request.query("hub.challenge")?;
        let mode_ok = request.query("hub.mode").as_deref() == Some("subscribe");
        let given = request.query("hub.verify_token");
        Some(match cx.verify_token {
            Some(want) if mode_ok && given.as_deref().is_some_and(|g| crate::providers::scheme::ct_eq(g.as_bytes(), want.as_bytes())) => {
                Response::new(200, Some("text/plain"), challenge)
            }
            Some(_) => Response::new(403, Some("text/plain"), "verify token does not match\n")
                .note("Meta's hub.verify_token differs from --verify-token: refused"),
            None => Response::new(403, Some("text/plain"), "no verify token configured\n")
                .note("Meta sent hub.challenge: restart with --verify-token TOKEN (the token set in the app dashboard)"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::cx;
    use crate::providers::Headers;

    #[test]
    fn meta_checks_the_verify_token() {
        let s = |_: &str| Err("none".to_string());
        let h = Headers::default();
        let url = "/hook?hub.mode=subscribe&hub.verify_token=tok&hub.challenge=1158201444";
        let request = Incoming {
            method: "GET",
            url,
            headers: &h,
            body: b"",
            json: None,
        };
        let unsigned = |cx: &Context<'_>| MetaHubChallenge.answer_unverified(&request, cx);
        let a = unsigned(&cx(Some("tok"), &s)).unwrap();
        assert_eq!((a.status, a.body.as_slice()), (200, b"1158201444".as_slice()));
        assert_eq!(unsigned(&cx(Some("other"), &s)).unwrap().status, 403);
        assert_eq!(unsigned(&cx(None, &s)).unwrap().status, 403);
    }
}
