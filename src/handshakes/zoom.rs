//! Zoom's `endpoint.url_validation` (Zoom developer documentation, "Using webhooks", "Validate
//! your webhook endpoint"): a signed event carrying `payload.plainToken`, answered with 200
//! JSON holding `plainToken` and `encryptedToken` = hex HMAC-SHA256(secret token, plainToken).

use super::parts::{hmac256, json, keyed_response, ok200, random_chars, secret, signed_json, ALNUM};
use super::{Asked, Context, Handshake, Incoming, Judgement, Request, Response};
use crate::error::Result;
use crate::output::sanitize;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct ZoomUrlValidation;

impl Handshake for ZoomUrlValidation {
    fn id(&self) -> &'static str {
        "zoom_url_validation"
    }
    fn signed(&self) -> bool {
        true
    }
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let plain = random_chars(ALNUM, 22);
        let body = serde_json::json!({
            "payload": { "plainToken": plain },
            "event_ts": crate::clock::unix_now() * 1000,
            "event": "endpoint.url_validation",
        });
        Ok(Request::post(signed_json(signer, &body)?, Some(plain)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        let want = asked.challenge;
        ok200(answer, "Zoom")?;
        let j = json(answer).ok_or("the body is not JSON: Zoom expects {\"plainToken\", \"encryptedToken\"}")?;
        let expected = hex::encode(hmac256(&secret(asked.key)?, want.as_bytes()));
        match (j["plainToken"].as_str(), j["encryptedToken"].as_str()) {
            (Some(p), _) if p != want => Err(format!("plainToken differs: sent `{want}`, got `{}`", sanitize(p, false))),
            (Some(_), Some(e)) if e == expected => Ok("200 with plainToken and the right encryptedToken".into()),
            (Some(_), Some(_)) => Err("encryptedToken is not HMAC-SHA256(secret token, plainToken) in hex: check the secret token".into()),
            _ => Err("the JSON lacks plainToken or encryptedToken".into()),
        }
    }

    /// Answered before any signature check, as Zoom needs only the secret token's HMAC.
    fn answer_unverified(&self, request: &Incoming<'_>, cx: &Context<'_>) -> Option<Response> {
        let body = request.json.filter(|_| request.method == "POST")?;
        if body.get("event").and_then(|e| e.as_str()) != Some("endpoint.url_validation") {
            return None;
        }
        let plain = body.pointer("/payload/plainToken").and_then(|p| p.as_str())?;
        Some(keyed_response(
            cx,
            self,
            |key| {
                let encrypted = hex::encode(hmac256(key, plain.as_bytes()));
                serde_json::json!({ "plainToken": plain, "encryptedToken": encrypted })
            },
            ("secret token", "Zoom sent endpoint.url_validation"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::cx;
    use crate::providers::Headers;

    #[test]
    fn zoom_answers_plain_and_encrypted_token() {
        // Zoom's docs: encryptedToken = HMAC-SHA256(secret token, plainToken), hex.
        // printf %s qgg8vlvZRS6UYooatFL8Aw | openssl dgst -sha256 -hmac secret-token
        let s = |_: &str| Ok(b"secret-token".to_vec());
        let body = serde_json::json!({"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event":"endpoint.url_validation"});
        let request = Incoming {
            method: "POST",
            url: "/",
            headers: &Headers::default(),
            body: b"",
            json: Some(&body),
        };
        let a = ZoomUrlValidation.answer_unverified(&request, &cx(None, &s)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&a.body).unwrap();
        assert_eq!(v["plainToken"], "qgg8vlvZRS6UYooatFL8Aw");
        assert_eq!(
            v["encryptedToken"],
            hex::encode(hmac256(b"secret-token", b"qgg8vlvZRS6UYooatFL8Aw"))
        );
    }
}
