//! Noones' URL-save challenge (Noones API documentation, "Webhooks"): when a webhook URL is
//! saved, Noones POSTs with no body and no signature, carrying `X-Noones-Request-Challenge`; the
//! receiver must echo that header in its response within 10 s. Noones checks the echo on every
//! request, so `listen` echoes it on every response.

use std::time::Duration;

use super::parts::{random_chars, HEX};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::output::sanitize;
use crate::providers::noones::{CHALLENGE_HEADER, SIGNATURE_HEADER};
use crate::providers::Headers;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

/// Noones' own deadline for the URL-save challenge, shorter than for deliveries.
pub const URL_SAVE_DEADLINE: Duration = Duration::from_secs(10);

pub struct NoonesChallenge;

/// Noones' URL-save request: the challenge header, no body and no signature.
pub fn is_url_save(headers: &Headers, body: &[u8]) -> bool {
    headers.has(CHALLENGE_HEADER) && !headers.has(SIGNATURE_HEADER) && body.iter().all(u8::is_ascii_whitespace)
}

impl Handshake for NoonesChallenge {
    fn id(&self) -> &'static str {
        "noones_challenge"
    }
    fn deadline(&self, _delivery_timeout: Duration) -> Duration {
        URL_SAVE_DEADLINE
    }
    fn request(&self, _signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let challenge = random_chars(HEX, 32);
        Ok(Request::post(
            super::parts::with_header(CHALLENGE_HEADER, &challenge),
            Some(challenge),
        ))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        let name = CHALLENGE_HEADER;
        match answer.headers.get(name) {
            None => Err(format!(
                "the response has no {name} header: Noones would not save the URL (echo the request's header value in the response)"
            )),
            Some(got) if got != want => Err(format!(
                "{name} differs: sent `{want}`, got back `{}`",
                sanitize(got, false)
            )),
            Some(_) if !(200..300).contains(&answer.status) => Ok(format!(
                "{name} echoed (note: status {} — answer 200 with an empty body)",
                answer.status
            )),
            Some(_) => Ok(format!("{name} echoed unchanged")),
        }
    }

    fn echo_header(&self) -> Option<&'static str> {
        Some(CHALLENGE_HEADER)
    }
    /// Only deliveries (POSTs) can be the URL-save request; the echo alone answers it.
    fn answer_unverified(&self, request: &Incoming<'_>, _cx: &Context<'_>) -> Option<Response> {
        (request.method == "POST" && is_url_save(request.headers, request.body))
            .then(|| Response::new(200, None, Vec::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::listen::handshake::echo_headers;
    use crate::send::challenge::Challenge;

    #[test]
    fn noones_url_save_has_no_body_and_no_signature() {
        let mut h = Headers::default();
        h.push("x-noones-request-challenge", "abc");
        assert!(is_url_save(&h, b""));
        assert!(!is_url_save(&h, b"{}"));
        assert_eq!(
            echo_headers(&h),
            vec![(CHALLENGE_HEADER.to_string(), "abc".to_string())]
        );
        h.push(SIGNATURE_HEADER, "ff");
        assert!(!is_url_save(&h, b""));
    }

    #[test]
    fn noones_needs_the_exact_echo() {
        let h = Challenge::new(&NoonesChallenge, None);
        assert!(h
            .judge(
                Some("abc"),
                &answer(200, &[("x-noones-request-challenge", "abc")], ""),
                None
            )
            .is_ok());
        let e = h.judge(Some("abc"), &answer(200, &[], ""), None).unwrap_err();
        assert!(e.contains("no X-Noones-Request-Challenge header"), "{e}");
        let e = h
            .judge(
                Some("abc"),
                &answer(200, &[("X-Noones-Request-Challenge", "abd")], ""),
                None,
            )
            .unwrap_err();
        assert!(e.contains("differs"), "{e}");
    }
}
