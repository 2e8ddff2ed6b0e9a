//! X (Twitter) Account Activity API's challenge-response check (X developer documentation,
//! "Securing webhooks"): `GET ?crc_token=…`, answered with 200 JSON `response_token` =
//! `sha256=` + base64 HMAC-SHA256(consumer secret, crc_token).

use base64::Engine;

use super::parts::{empty, hmac256, json, keyed_response, ok200, random_chars, secret, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::output::sanitize;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

pub struct XCrc;

fn response_token(secret: &[u8], crc_token: &str) -> String {
    format!("sha256={}", B64.encode(hmac256(secret, crc_token.as_bytes())))
}

impl Handshake for XCrc {
    fn id(&self) -> &'static str {
        "twitter_crc"
    }
    /// Unsigned, but the answer carries an HMAC to check.
    fn needs_key(&self) -> bool {
        true
    }
    fn request(&self, _signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let token = random_chars(ALNUM, 32);
        Ok(Request::get(empty(), Some(token.clone())).query(&[("crc_token", &token)]))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        ok200(answer, "X")?;
        let expected = response_token(&secret(asked.key)?, asked.challenge);
        match json(answer)
            .as_ref()
            .and_then(|j| j["response_token"].as_str().map(str::to_string))
        {
            Some(t) if t == expected => Ok("200 with the right response_token".into()),
            Some(t) => Err(format!(
                "response_token differs: expected `{expected}`, got `{}`",
                sanitize(&t, false)
            )),
            None => Err("the body is not JSON with a response_token".into()),
        }
    }

    fn answer_unverified(&self, request: &Incoming<'_>, cx: &Context<'_>) -> Option<Response> {
        if !request.is_get() {
            return None;
        }
        let token = request.query("crc_token")?;
        Some(keyed_response(
            cx,
            self,
            |key| serde_json::json!({ "response_token": response_token(key, &token) }),
            ("consumer secret", "X sent a CRC check"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::{answer, cx};
    use crate::providers::Headers;
    use crate::send::challenge::Challenge;

    #[test]
    fn the_response_token_is_answered_and_checked() {
        let s = |_: &str| Ok(b"consumer-secret".to_vec());
        let request = Incoming {
            method: "GET",
            url: "/?crc_token=abc123",
            headers: &Headers::default(),
            body: b"",
            json: None,
        };
        let a = XCrc.answer_unverified(&request, &cx(None, &s)).unwrap();
        let want = response_token(b"consumer-secret", "abc123");
        let v: serde_json::Value = serde_json::from_slice(&a.body).unwrap();
        assert_eq!(v["response_token"], want.as_str());
        let key = crate::providers::Key::Secret(crate::secret::Secret::new(b"consumer-secret"));
        let h = Challenge::new(&XCrc, None);
        let body = String::from_utf8(a.body).unwrap();
        assert!(h.judge(Some("abc123"), &answer(200, &[], &body), Some(&key)).is_ok());
        assert!(h.judge(Some("abc124"), &answer(200, &[], &body), Some(&key)).is_err());
    }
}
