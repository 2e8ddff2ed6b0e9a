//! Asana's webhook handshake (https://developers.asana.com/docs/webhooks-guide, "The webhook
//! handshake"): the POST that creates a webhook carries `X-Hook-Secret`, the receiver answers
//! 200 or 204 echoing it, and Asana signs every later delivery of that webhook with that very
//! secret (`X-Hook-Signature`, hex HMAC-SHA256 of the body).

use super::parts::{random_chars, with_header, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use super::{Adoption, Refusal};
use crate::output::sanitize;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

const SECRET_HEADER: &str = "X-Hook-Secret";

pub struct AsanaHookSecret;

impl Handshake for AsanaHookSecret {
    fn id(&self) -> &'static str {
        "asana_hook_secret"
    }
    fn request(&self, _signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let value = random_chars(ALNUM, 32);
        Ok(Request::post(with_header(SECRET_HEADER, &value), Some(value)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        match answer.headers.get(SECRET_HEADER) {
            _ if !(200..300).contains(&answer.status) => {
                Err(format!("status {}: Asana requires 200 or 204", answer.status))
            }
            Some(got) if got == want => Ok("X-Hook-Secret echoed".into()),
            Some(got) => Err(format!(
                "X-Hook-Secret differs: sent `{want}`, got `{}`",
                sanitize(got, false)
            )),
            None => Err("the response has no X-Hook-Secret header: Asana would not create the webhook".into()),
        }
    }

    /// Under another fixed provider the header means nothing: the request is verified as
    /// that provider's.
    fn answer_unverified(&self, request: &Incoming<'_>, cx: &Context<'_>) -> Option<Response> {
        if request.method != "POST" {
            return None;
        }
        let secret = request.headers.get(SECRET_HEADER)?;
        cx.serves(self).then(|| answer(self.provider(), secret, cx))
    }
    fn hands_over_secret(&self) -> bool {
        true
    }
}

/// The POST itself is unsigned, so anyone can send one; the keyring therefore adopts a secret
/// only when none is configured, and only the first one per run.
///
/// With a secret configured, an `X-Hook-Secret` equal to it is echoed (nothing changes), and
/// any other one is refused with 403 rather than echoed: echoing would complete a handshake
/// for a webhook Asana then signs with a secret this listener does not verify with, so every
/// delivery would get 401. Refusing makes Asana fail the webhook's creation instead, at once
/// and with the reason on the console.
fn answer(id: &str, secret: &str, cx: &Context<'_>) -> Response {
    let refuse = |status: u16, why: &str| Response::new(status, Some("text/plain"), format!("{why}\n")).note(why);
    if secret.is_empty() {
        return refuse(400, "empty X-Hook-Secret: nothing to echo or adopt");
    }
    let adoption = match (cx.adopt)(id, secret) {
        Ok(adoption) => adoption,
        Err(Refusal::Configured) => {
            return refuse(
                403,
                "X-Hook-Secret does not match the configured asana secret; not adopted",
            );
        }
        Err(Refusal::Taken) => {
            return refuse(
                409,
                "X-Hook-Secret differs from the one Asana's first handshake handed over; not adopted (the first stays in force)",
            );
        }
        Err(Refusal::Unreadable(why)) => {
            return refuse(
                500,
                &format!("X-Hook-Secret not adopted: the configured asana secret cannot be read ({why})"),
            );
        }
    };
    let mut a = Response::new(200, None, Vec::new()).header(SECRET_HEADER, secret);
    // The value is never shown: it is the key to forge deliveries with.
    match adoption {
        Adoption::New => {
            a.announce = Some(
                "adopted Asana's X-Hook-Secret from the handshake: it now verifies asana deliveries".into(),
            );
            a.note("Asana handshake: its X-Hook-Secret was adopted and now verifies asana deliveries")
        }
        Adoption::Again => a.note("Asana handshake repeated with the secret already adopted: echoed"),
        Adoption::Configured => {
            a.note("Asana handshake: X-Hook-Secret equals the configured asana secret: echoed")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::cx;
    use crate::providers::Headers;

    fn asana_post(
        fixed: Option<&str>,
        adopt: &dyn Fn(&str, &str) -> std::result::Result<Adoption, Refusal>,
    ) -> Option<Response> {
        let s = |_: &str| Err("none".to_string());
        let mut h = Headers::default();
        h.push("X-Hook-Secret", "hs-1");
        let cx = Context {
            fixed,
            adopt,
            ..cx(None, &s)
        };
        let request = Incoming {
            method: "POST",
            url: "/",
            headers: &h,
            body: b"",
            json: None,
        };
        AsanaHookSecret.answer_unverified(&request, &cx)
    }

    #[test]
    fn asana_secret_is_echoed_only_when_adopted_or_configured() {
        let echoed = |a: &Response| a.headers.iter().any(|(n, v)| n == "X-Hook-Secret" && v == "hs-1");
        for (fixed, adoption) in [
            (None, Adoption::New),
            (Some("asana"), Adoption::Again),
            (None, Adoption::Configured),
        ] {
            let a = asana_post(fixed, &|id, s| {
                assert_eq!((id, s), ("asana", "hs-1"));
                Ok(adoption)
            })
            .unwrap();
            assert_eq!(a.status, 200);
            assert!(echoed(&a), "{a:?}");
            assert_eq!(a.announce.is_some(), adoption == Adoption::New);
            assert!(!a.announce.unwrap_or_default().contains("hs-1"));
        }
        for (refusal, status) in [
            (Refusal::Configured, 403),
            (Refusal::Taken, 409),
            (Refusal::Unreadable("x".into()), 500),
        ] {
            let a = asana_post(None, &|_, _| Err(refusal.clone())).unwrap();
            assert_eq!(a.status, status);
            assert!(!echoed(&a) && a.announce.is_none(), "{a:?}");
            assert!(a.note.unwrap().contains("not adopted"));
        }
    }

    #[test]
    fn asana_secret_is_no_handshake_under_another_provider() {
        assert_eq!(asana_post(Some("noko"), &|_, _| panic!("not adopted")), None);
    }
}
