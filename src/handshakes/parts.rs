//! Pieces several handshakes share: building a request, reading and judging an answer, and
//! answering with an HMAC under the provider's secret.

use super::{Context, Handshake, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::{Delivery, Signer};
use crate::providers::scheme::{hmac, Algorithm};
use crate::providers::{Headers, Key};

pub use crate::random_id::{random_chars, ALNUM, HEX};

pub const DIGITS: &[u8] = b"0123456789";

/// A request with no headers and no body.
pub fn empty() -> Delivery {
    Delivery::new(Headers::default(), Vec::new())
}

/// A bodiless request carrying one header.
pub fn with_header(name: &str, value: &str) -> Delivery {
    let mut d = empty();
    d.headers.push(name, value);
    d
}

/// `body` signed as the provider signs deliveries.
pub fn signed(signer: Option<&Signer<'_>>, body: Vec<u8>) -> Result<Delivery> {
    signer.expect("signed handshakes get a signer").sign(body, None)
}

/// `json` serialised and signed as the provider signs deliveries.
pub fn signed_json(signer: Option<&Signer<'_>>, json: &serde_json::Value) -> Result<Delivery> {
    signed(signer, serde_json::to_vec(json).expect("serialises"))
}

/// `Err` unless the answer is 200, naming who requires it.
pub fn ok200(answer: &Answer, who: &str) -> std::result::Result<(), String> {
    if answer.status == 200 {
        Ok(())
    } else {
        Err(format!("status {}: {who} requires 200", answer.status))
    }
}

pub fn json(answer: &Answer) -> Option<serde_json::Value> {
    serde_json::from_slice(&answer.body).ok()
}

/// The secret to check an answer's HMAC with.
pub fn secret(key: Option<&Key>) -> std::result::Result<Vec<u8>, String> {
    match key.and_then(crate::providers::rotation::first) {
        Some(s) => Ok(s.expose().to_vec()),
        None => Err("no secret to check the answer's HMAC with".to_string()),
    }
}

pub fn hmac256(key: &[u8], data: &[u8]) -> Vec<u8> {
    hmac(Algorithm::Sha256, key, data)
}

/// Say how two bodies differ, precisely but without flooding the terminal.
pub fn body_differs(want: &[u8], got: &[u8]) -> String {
    let show = |b: &[u8]| {
        let s = String::from_utf8_lossy(b);
        let s: String = s.chars().take(80).collect();
        serde_json::to_string(&s).expect("string serialises")
    };
    if got.is_empty() {
        return format!("the body is empty; expected {}", show(want));
    }
    let trimmed = got.trim_ascii();
    if trimmed == want {
        return format!(
            "the body differs only by surrounding whitespace: expected {} ({} bytes), got {} ({} bytes)",
            show(want),
            want.len(),
            show(got),
            got.len()
        );
    }
    format!("body differs: expected {}, got {}", show(want), show(got))
}

/// The answer to a challenge the provider checks with an HMAC under the user's secret: 200
/// JSON made with it, or, with no secret configured, a 500 saying which one is missing (the
/// provider then fails the check, as it would against a receiver without the secret).
pub fn keyed_response(
    cx: &Context<'_>,
    handshake: &dyn Handshake,
    json: impl FnOnce(&[u8]) -> serde_json::Value,
    (secret_name, received): (&str, &str),
) -> Response {
    match (cx.secret)(handshake.provider()) {
        Ok(key) => Response::new(200, Some("application/json"), json(&key).to_string()),
        Err(why) => Response::new(500, Some("text/plain"), format!("no {secret_name} configured\n"))
            .note(format!("{received}: {why}")),
    }
}

#[cfg(test)]
pub mod test {
    use std::time::Duration;

    use super::*;

    /// An answer as `send-test` receives it.
    pub fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Answer {
        let mut h = Headers::default();
        for (n, v) in headers {
            h.push(*n, *v);
        }
        Answer {
            status,
            headers: h,
            body: body.as_bytes().to_vec(),
            latency: Duration::from_millis(1),
        }
    }

    /// A listener context with no verify token, `secret` for every provider, and no secret
    /// to adopt.
    pub fn cx<'a>(
        token: Option<&'a str>,
        secret: &'a dyn Fn(&str) -> std::result::Result<Vec<u8>, String>,
    ) -> Context<'a> {
        Context {
            verify_token: token,
            secret,
            fixed: None,
            adopt: &|_, _| panic!("no secret is handed over here"),
        }
    }
}
