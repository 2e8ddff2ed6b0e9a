//! URL-verification handshakes (`send-test --challenge`): the request each provider sends when
//! a URL is saved, and the exact answer it requires. Chosen by the provider's `HandshakeKind`.

use std::time::Duration;

use super::client::Answer;
use super::delivery::{Delivery, Signer};
use crate::error::{Error, Result};
use crate::output::sanitize;
use crate::providers::scheme::{hmac, Algorithm};
use crate::providers::scheme_provider::{random_chars, ALNUM, HEX};
use crate::providers::{HandshakeKind, Headers, Key, Provider};

fn empty() -> Delivery {
    Delivery {
        headers: Headers::default(),
        body: Vec::new(),
    }
}

/// A provider's handshake: its `HandshakeKind` (whose comments cite the provider docs), with
/// what the user typed into the provider's form where that takes part.
#[derive(Debug, Clone)]
pub struct Handshake {
    kind: HandshakeKind,
    /// Cryptohopper's verification code, or Meta's verify token.
    code: Option<String>,
}

/// How a handshake request goes out.
pub struct Request {
    pub method: reqwest::Method,
    /// Query parameters appended to the receiver's URL.
    pub query: Vec<(String, String)>,
    pub delivery: Delivery,
    /// The value the answer must carry back, if any.
    pub challenge: Option<String>,
}

pub use crate::providers::noones::CHALLENGE_HEADER as NOONES_CHALLENGE_HEADER;

/// Noones' own deadline for the URL-save challenge (providers/noones.md §7).
pub const NOONES_CHALLENGE_TIMEOUT: Duration = Duration::from_secs(10);

impl Handshake {
    /// The handshake of `provider`, or a usage error saying it has none.
    pub fn of(provider: &dyn Provider, verification_code: Option<&str>) -> Result<Handshake> {
        let name = &provider.info().name;
        let Some(kind) = provider.info().handshake_kind else {
            let no_handshake = Error::usage(format!("{name} has no URL-verification handshake"));
            // Providers that greet a new URL with an ordinary event (GitHub's ping) say so.
            return Err(
                match provider.catalog().events.iter().find(|e| e.name == "ping") {
                    Some(_) => no_handshake.with_hint(format!(
                        "{name} sends a `ping` event on creation: send-test URL --provider {} --event ping",
                        provider.id()
                    )),
                    None => no_handshake.with_hint("send an ordinary event instead (drop --challenge)"),
                },
            );
        };
        let code = |what: &str, hint: &str| {
            verification_code.map(str::to_string).ok_or_else(|| {
                Error::usage(format!("the {name} handshake {what}, and none was given"))
                    .with_hint(hint.to_string())
            })
        };
        let code = match kind {
            HandshakeKind::MetaHubChallenge => Some(code(
                "sends your verify token",
                "pass --verification-code TOKEN, the verify token set in the app dashboard",
            )?),
            HandshakeKind::CryptohopperValidate => Some(code(
                "checks that the receiver answers your verification code",
                "pass --verification-code CODE, the code typed into the webhook form",
            )?),
            _ => None,
        };
        Ok(Handshake { kind, code })
    }

    #[cfg(test)]
    fn new(kind: HandshakeKind, code: Option<&str>) -> Handshake {
        Handshake {
            kind,
            code: code.map(str::to_string),
        }
    }

    /// The verification code or verify token (`of` makes sure the kinds that use one have it).
    fn code(&self) -> &str {
        self.code.as_deref().unwrap_or_default()
    }

    /// Whether the request is signed by the provider.
    pub fn signed(&self) -> bool {
        matches!(
            self.kind,
            HandshakeKind::CryptohopperValidate
                | HandshakeKind::SlackUrlVerification
                | HandshakeKind::NokoPing
                | HandshakeKind::ZoomUrlValidation
                | HandshakeKind::DiscordPing
        )
    }

    /// Whether hookctl needs the provider's key: to sign, or to check an HMAC in the answer.
    pub fn needs_key(&self) -> bool {
        self.signed() || matches!(self.kind, HandshakeKind::TwitterCrc)
    }

    /// The provider's own deadline for the handshake, where it differs from deliveries.
    pub fn deadline(&self, delivery_timeout: Duration) -> Duration {
        match self.kind {
            HandshakeKind::NoonesChallenge => NOONES_CHALLENGE_TIMEOUT,
            _ => delivery_timeout,
        }
    }

    /// The handshake request and the challenge value the answer must carry (if any).
    pub fn request(&self, signer: Option<&Signer<'_>>) -> Result<Request> {
        let (delivery, challenge) = self.delivery(signer)?;
        let (method, query) = match self.kind {
            HandshakeKind::MetaHubChallenge => (
                reqwest::Method::GET,
                vec![
                    ("hub.mode".to_string(), "subscribe".to_string()),
                    ("hub.verify_token".to_string(), self.code().to_string()),
                    ("hub.challenge".to_string(), challenge.clone().unwrap_or_default()),
                ],
            ),
            HandshakeKind::TwitterCrc => (
                reqwest::Method::GET,
                vec![("crc_token".to_string(), challenge.clone().unwrap_or_default())],
            ),
            HandshakeKind::DropboxChallenge => (
                reqwest::Method::GET,
                vec![("challenge".to_string(), challenge.clone().unwrap_or_default())],
            ),
            HandshakeKind::OktaVerification => (reqwest::Method::GET, Vec::new()),
            _ => (reqwest::Method::POST, Vec::new()),
        };
        Ok(Request {
            method,
            query,
            delivery,
            challenge,
        })
    }

    fn delivery(&self, signer: Option<&Signer<'_>>) -> Result<(Delivery, Option<String>)> {
        let signer = || signer.expect("signed handshakes get a signer");
        match self.kind {
            HandshakeKind::NoonesChallenge => {
                let challenge = random_chars(HEX, 32);
                let mut headers = Headers::default();
                headers.push(NOONES_CHALLENGE_HEADER, challenge.clone());
                Ok((
                    Delivery {
                        headers,
                        body: Vec::new(),
                    },
                    Some(challenge),
                ))
            }
            HandshakeKind::CryptohopperValidate => {
                let body = br#"{"app_id":123,"type":"validate","messages":[]}"#.to_vec();
                Ok((signer().sign(body, None)?, None))
            }
            HandshakeKind::SlackUrlVerification => {
                let challenge = random_chars(ALNUM, 52);
                let body = serde_json::json!({
                    "token": random_chars(ALNUM, 24),
                    "challenge": challenge,
                    "type": "url_verification",
                });
                Ok((
                    signer().sign(serde_json::to_vec(&body).expect("serialises"), None)?,
                    Some(challenge),
                ))
            }
            HandshakeKind::NokoPing => {
                let signer = signer();
                let event = signer.provider.catalog().require("webhook.ping")?;
                let mut sample = event.sample.clone();
                signer
                    .provider
                    .catalog()
                    .freshen(&mut sample, std::time::SystemTime::now());
                let body = serde_json::to_vec(&sample).expect("serialises");
                Ok((signer.sign(body, None)?, None))
            }
            HandshakeKind::ZoomUrlValidation => {
                let plain = random_chars(ALNUM, 22);
                let body = serde_json::json!({
                    "payload": { "plainToken": plain },
                    "event_ts": crate::commands::unix_now() * 1000,
                    "event": "endpoint.url_validation",
                });
                Ok((
                    signer().sign(serde_json::to_vec(&body).expect("serialises"), None)?,
                    Some(plain),
                ))
            }
            HandshakeKind::DiscordPing => {
                let body = serde_json::json!({
                    "type": 1,
                    "id": random_chars(b"0123456789", 19),
                    "application_id": random_chars(b"0123456789", 19),
                    "token": random_chars(ALNUM, 64),
                    "version": 1,
                });
                Ok((
                    signer().sign(serde_json::to_vec(&body).expect("serialises"), None)?,
                    None,
                ))
            }
            HandshakeKind::MetaHubChallenge => Ok((empty(), Some(random_chars(b"0123456789", 10)))),
            HandshakeKind::TwitterCrc | HandshakeKind::DropboxChallenge => {
                Ok((empty(), Some(random_chars(ALNUM, 32))))
            }
            HandshakeKind::AsanaHookSecret | HandshakeKind::OktaVerification => {
                let value = random_chars(ALNUM, 32);
                let name = if matches!(self.kind, HandshakeKind::AsanaHookSecret) {
                    "X-Hook-Secret"
                } else {
                    "X-Okta-Verification-Challenge"
                };
                let mut d = empty();
                d.headers.push(name, value.clone());
                Ok((d, Some(value)))
            }
        }
    }

    /// Passed (with what was checked) or failed (with exactly why).
    pub fn judge(
        &self,
        challenge: Option<&str>,
        answer: &Answer,
        key: Option<&Key>,
    ) -> std::result::Result<String, String> {
        let want = challenge.unwrap_or_default();
        let ok200 = |who: &str| {
            if answer.status == 200 {
                Ok(())
            } else {
                Err(format!("status {}: {who} requires 200", answer.status))
            }
        };
        let json = || serde_json::from_slice::<serde_json::Value>(&answer.body).ok();
        let secret = || match key {
            Some(Key::Secret(s)) => Ok(s.expose().to_vec()),
            _ => Err("no secret to check the answer's HMAC with".to_string()),
        };
        match self.kind {
            HandshakeKind::NoonesChallenge => {
                let want = challenge.unwrap_or_default();
                let name = NOONES_CHALLENGE_HEADER;
                match answer.headers.get(name) {
                    None => Err(format!(
                        "the response has no {name} header: Noones would not save the URL (echo the request's header value in the response)"
                    )),
                    Some(got) if got != want => Err(format!(
                        "{name} differs: sent `{want}`, got back `{}`",
                        crate::output::sanitize(got, false)
                    )),
                    Some(_) if !(200..300).contains(&answer.status) => Ok(format!(
                        "{name} echoed (note: status {} — answer 200 with an empty body)",
                        answer.status
                    )),
                    Some(_) => Ok(format!("{name} echoed unchanged")),
                }
            }
            HandshakeKind::CryptohopperValidate => {
                if answer.status != 200 {
                    return Err(format!("status {}: Cryptohopper requires 200", answer.status));
                }
                if answer.body != self.code().as_bytes() {
                    return Err(body_differs(self.code().as_bytes(), &answer.body));
                }
                Ok("200 with the verification code as the whole body".into())
            }
            HandshakeKind::SlackUrlVerification => {
                let want = challenge.unwrap_or_default();
                if answer.status != 200 {
                    return Err(format!("status {}: Slack requires 200", answer.status));
                }
                if answer.body == want.as_bytes() {
                    return Ok("200 with the challenge as plain text".into());
                }
                let json: Option<serde_json::Value> = serde_json::from_slice(&answer.body).ok();
                match json.as_ref().and_then(|j| j.get("challenge")) {
                    Some(serde_json::Value::String(s)) if s == want => {
                        Ok("200 with JSON {\"challenge\": …} echoing the challenge".into())
                    }
                    Some(other) => Err(format!(
                        "JSON `challenge` differs: sent `{want}`, got {}",
                        crate::output::sanitize(&other.to_string(), false)
                    )),
                    None => Err(format!(
                        "{} (answer the challenge as plain text or as JSON {{\"challenge\": …}})",
                        body_differs(want.as_bytes(), &answer.body)
                    )),
                }
            }
            HandshakeKind::ZoomUrlValidation => {
                ok200("Zoom")?;
                let j = json()
                    .ok_or("the body is not JSON: Zoom expects {\"plainToken\", \"encryptedToken\"}")?;
                let expected = hex::encode(hmac(Algorithm::Sha256, &secret()?, want.as_bytes()));
                match (j["plainToken"].as_str(), j["encryptedToken"].as_str()) {
                    (Some(p), _) if p != want => Err(format!("plainToken differs: sent `{want}`, got `{}`", sanitize(p, false))),
                    (Some(_), Some(e)) if e == expected => Ok("200 with plainToken and the right encryptedToken".into()),
                    (Some(_), Some(_)) => Err("encryptedToken is not HMAC-SHA256(secret token, plainToken) in hex: check the secret token".into()),
                    _ => Err("the JSON lacks plainToken or encryptedToken".into()),
                }
            }
            HandshakeKind::DiscordPing => {
                ok200("Discord")?;
                match json().and_then(|j| j["type"].as_u64()) {
                    Some(1) => Ok("PING answered with PONG {\"type\":1}".into()),
                    _ => Err(format!(
                        "{} (Discord expects {{\"type\":1}})",
                        body_differs(br#"{"type":1}"#, &answer.body)
                    )),
                }
            }
            HandshakeKind::MetaHubChallenge | HandshakeKind::DropboxChallenge => {
                let who = if matches!(self.kind, HandshakeKind::MetaHubChallenge) {
                    "Meta"
                } else {
                    "Dropbox"
                };
                ok200(who)?;
                if answer.body != want.as_bytes() {
                    return Err(body_differs(want.as_bytes(), &answer.body));
                }
                if who == "Dropbox" && answer.headers.get("X-Content-Type-Options") != Some("nosniff") {
                    return Err("the challenge is echoed, but without `X-Content-Type-Options: nosniff`, which Dropbox requires".into());
                }
                Ok(format!("200 echoing the challenge (for {who})"))
            }
            HandshakeKind::TwitterCrc => {
                ok200("X")?;
                use base64::Engine;
                let expected = format!(
                    "sha256={}",
                    base64::engine::general_purpose::STANDARD.encode(hmac(
                        Algorithm::Sha256,
                        &secret()?,
                        want.as_bytes()
                    ))
                );
                match json()
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
            HandshakeKind::AsanaHookSecret => match answer.headers.get("X-Hook-Secret") {
                _ if !(200..300).contains(&answer.status) => {
                    Err(format!("status {}: Asana requires 200 or 204", answer.status))
                }
                Some(got) if got == want => Ok("X-Hook-Secret echoed".into()),
                Some(got) => Err(format!(
                    "X-Hook-Secret differs: sent `{want}`, got `{}`",
                    sanitize(got, false)
                )),
                None => {
                    Err("the response has no X-Hook-Secret header: Asana would not create the webhook".into())
                }
            },
            HandshakeKind::OktaVerification => {
                ok200("Okta")?;
                match json()
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
            HandshakeKind::NokoPing => {
                if (200..300).contains(&answer.status) {
                    Ok(format!("webhook.ping answered {}", answer.status))
                } else {
                    Err(format!(
                        "webhook.ping answered {}: Noko counts anything but 2xx as a failure",
                        answer.status
                    ))
                }
            }
        }
    }
}

/// Say how two bodies differ, precisely but without flooding the terminal.
fn body_differs(want: &[u8], got: &[u8]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Answer {
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

    #[test]
    fn noones_needs_the_exact_echo() {
        let h = Handshake::new(HandshakeKind::NoonesChallenge, None);
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

    #[test]
    fn cryptohopper_needs_200_and_the_code_exactly() {
        let h = Handshake::new(HandshakeKind::CryptohopperValidate, Some("CODE"));
        assert!(h.judge(None, &answer(200, &[], "CODE"), None).is_ok());
        assert!(h
            .judge(None, &answer(200, &[], "CODE\n"), None)
            .unwrap_err()
            .contains("whitespace"));
        assert!(h
            .judge(None, &answer(201, &[], "CODE"), None)
            .unwrap_err()
            .contains("201"));
        assert!(h
            .judge(None, &answer(200, &[], ""), None)
            .unwrap_err()
            .contains("empty"));
    }

    #[test]
    fn slack_takes_plain_text_or_json() {
        let h = Handshake::new(HandshakeKind::SlackUrlVerification, None);
        assert!(h.judge(Some("ch"), &answer(200, &[], "ch"), None).is_ok());
        assert!(h
            .judge(Some("ch"), &answer(200, &[], r#"{"challenge":"ch"}"#), None)
            .is_ok());
        assert!(h
            .judge(Some("ch"), &answer(200, &[], r#"{"challenge":"no"}"#), None)
            .is_err());
        assert!(h.judge(Some("ch"), &answer(200, &[], "ok"), None).is_err());
    }
}
