//! Dropbox's webhook verification (Dropbox developer documentation, "Webhooks", "The
//! verification request"): `GET ?challenge=…`, echoed as the body with
//! `X-Content-Type-Options: nosniff`.

use super::parts::{body_differs, empty, ok200, random_chars, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct DropboxChallenge;

impl Handshake for DropboxChallenge {
    fn id(&self) -> &'static str {
        "dropbox_challenge"
    }
    fn request(&self, _signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let challenge = random_chars(ALNUM, 32);
        Ok(Request::get(empty(), Some(challenge.clone())).query(&[("challenge", &challenge)]))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        ok200(answer, "Dropbox")?;
        if answer.body != want.as_bytes() {
            return Err(body_differs(want.as_bytes(), &answer.body));
        }
        if answer.headers.get("X-Content-Type-Options") != Some("nosniff") {
            return Err("the challenge is echoed, but without `X-Content-Type-Options: nosniff`, which Dropbox requires".into());
        }
        Ok("200 echoing the challenge (for Dropbox)".into())
    }

    fn answer_unverified(&self, request: &Incoming<'_>, _cx: &Context<'_>) -> Option<Response> {
        if !request.is_get() {
            return None;
        }
        let challenge = request.query("challenge")?;
        Some(Response::new(200, Some("text/plain"), challenge).header("X-Content-Type-Options", "nosniff"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::{answer, cx};
    use crate::providers::Headers;
    use crate::send::challenge::Challenge;

    #[test]
    fn the_challenge_is_echoed_with_nosniff() {
        let s = |_: &str| Err("none".to_string());
        let request = Incoming {
            method: "GET",
            url: "/?challenge=xyz987",
            headers: &Headers::default(),
            body: b"",
            json: None,
        };
        let a = DropboxChallenge.answer_unverified(&request, &cx(None, &s)).unwrap();
        assert_eq!((a.status, a.body.as_slice()), (200, b"xyz987".as_slice()));
        let h = Challenge::new(&DropboxChallenge, None);
        let sniffing = answer(200, &[], "xyz987");
        assert!(h.judge(Some("xyz987"), &sniffing, None).unwrap_err().contains("nosniff"));
        let ok = answer(200, &[("X-Content-Type-Options", "nosniff")], "xyz987");
        assert!(h.judge(Some("xyz987"), &ok, None).is_ok());
    }
}
