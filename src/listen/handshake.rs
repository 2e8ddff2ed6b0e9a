//! Answering providers' URL-verification handshakes. Signed ones are recognised after the
//! provider is known, by the `HandshakeKind` it declares; unsigned ones arrive before any
//! provider is known and are recognised by their shape.

use super::keyring::{Adoption, Refusal};
use crate::providers::{handshake_owner, HandshakeKind, Headers};

pub use crate::providers::noones::{
    CHALLENGE_HEADER as NOONES_CHALLENGE, SIGNATURE_HEADER as NOONES_SIGNATURE,
};

/// What to answer instead of an ordinary event acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handshake {
    /// Plain-text body answered with 200.
    Answer(String),
    /// JSON body answered with 200 (Discord's PING → PONG).
    Json(String),
    /// Cryptohopper validate without `--verification-code`: 200, empty, and a loud warning.
    MissingCode,
}

/// Headers every response must carry back: Noones checks its challenge on every request.
pub fn echo_headers(headers: &Headers) -> Vec<(String, String)> {
    headers
        .0
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(NOONES_CHALLENGE))
        .take(1)
        .map(|(_, v)| (NOONES_CHALLENGE.to_string(), v.clone()))
        .collect()
}

/// Noones' URL-save request: the challenge header, no body and no signature.
pub fn is_noones_url_save(headers: &Headers, body: &[u8]) -> bool {
    headers.has(NOONES_CHALLENGE)
        && !headers.has(NOONES_SIGNATURE)
        && body.iter().all(u8::is_ascii_whitespace)
}

/// A signed handshake message of a provider performing `kind`, checked after its signature
/// was found valid.
pub fn signed(
    kind: Option<HandshakeKind>,
    body: Option<&serde_json::Value>,
    verification_code: Option<&str>,
) -> Option<Handshake> {
    let body = body?;
    let message_type = body.get("type").and_then(|t| t.as_str());
    match (kind?, message_type) {
        (HandshakeKind::CryptohopperValidate, Some("validate")) => Some(match verification_code {
            Some(code) => Handshake::Answer(code.to_string()),
            None => Handshake::MissingCode,
        }),
        // Discord interactions: a verified PING (type 1) is answered with PONG (type 1).
        (HandshakeKind::DiscordPing, _) if body.get("type").and_then(|t| t.as_u64()) == Some(1) => {
            Some(Handshake::Json(r#"{"type":1}"#.to_string()))
        }
        // Slack accepts the challenge as plain text (api.slack.com/events/url_verification).
        (HandshakeKind::SlackUrlVerification, Some("url_verification")) => body
            .get("challenge")
            .and_then(|c| c.as_str())
            .map(|c| Handshake::Answer(c.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn noones_url_save_has_no_body_and_no_signature() {
        let mut h = Headers::default();
        h.push("x-noones-request-challenge", "abc");
        assert!(is_noones_url_save(&h, b""));
        assert!(!is_noones_url_save(&h, b"{}"));
        assert_eq!(
            echo_headers(&h),
            vec![(NOONES_CHALLENGE.to_string(), "abc".to_string())]
        );
        h.push(NOONES_SIGNATURE, "ff");
        assert!(!is_noones_url_save(&h, b""));
    }

    #[test]
    fn every_handshake_belongs_to_a_built_in_provider() {
        let owners: Vec<_> = HandshakeKind::ALL.iter().map(|k| handshake_owner(*k)).collect();
        assert!(owners.iter().all(Option::is_some), "{owners:?}");
        assert_eq!(owner(HandshakeKind::TwitterCrc), "twitter");
        assert_eq!(owner(HandshakeKind::NoonesChallenge), "noones");
        assert_eq!(owner(HandshakeKind::AsanaHookSecret), "asana");
    }

    #[test]
    fn signed_handshakes_per_provider() {
        let validate = json!({"app_id": 1, "type": "validate", "messages": []});
        let hopper = Some(HandshakeKind::CryptohopperValidate);
        assert_eq!(
            signed(hopper, Some(&validate), Some("c0de")),
            Some(Handshake::Answer("c0de".into()))
        );
        assert_eq!(
            signed(hopper, Some(&validate), None),
            Some(Handshake::MissingCode)
        );
        let slack = json!({"type": "url_verification", "challenge": "ch4l"});
        assert_eq!(
            signed(Some(HandshakeKind::SlackUrlVerification), Some(&slack), None),
            Some(Handshake::Answer("ch4l".into()))
        );
        assert_eq!(signed(Some(HandshakeKind::NokoPing), Some(&slack), None), None);
        assert_eq!(signed(None, Some(&slack), None), None);
    }
}

/// A handshake answered before (or instead of) signature verification: query-string and
/// header challenges, which carry no signature of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub provider: &'static str,
    pub status: u16,
    pub content_type: Option<&'static str>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Why it was refused, or what to know.
    pub note: Option<String>,
    /// What the console must show even though the handshake succeeded (a secret adopted).
    pub announce: Option<String>,
}

impl Answer {
    fn new(
        provider: &'static str,
        status: u16,
        content_type: Option<&'static str>,
        body: impl Into<Vec<u8>>,
    ) -> Answer {
        Answer {
            provider,
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
            note: None,
            announce: None,
        }
    }
    fn note(mut self, note: impl Into<String>) -> Answer {
        self.note = Some(note.into());
        self
    }
}

/// What the unsigned handshakes need from the listener.
pub struct Context<'a> {
    pub verify_token: Option<&'a str>,
    /// The shared secret of a provider, or why there is none.
    pub secret: &'a dyn Fn(&str) -> std::result::Result<Vec<u8>, String>,
    /// The provider the listener is fixed to (`--provider`); `None` serves every provider.
    pub fixed: Option<&'a str>,
    /// Adopt a secret a provider hands over (Asana's), as `Keyring::adopt_once` does.
    pub adopt: &'a dyn Fn(&str, &str) -> std::result::Result<Adoption, Refusal>,
}

impl Context<'_> {
    /// Whether a handshake of `kind` may come to this listener at all: under another fixed
    /// provider its shape means nothing and the request is verified as that provider's.
    fn serves(&self, kind: HandshakeKind) -> bool {
        self.fixed.is_none_or(|id| id == owner(kind))
    }
}

fn query_param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1.split('#').next()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The provider a handshake that arrives unannounced belongs to (every kind has one built in).
/// The answer to a challenge the provider checks with an HMAC under the user's secret: 200
/// JSON made with it, or, with no secret configured, a 500 saying which one is missing (the
/// provider then fails the check, as it would against a receiver without the secret).
fn keyed_answer(
    cx: &Context<'_>,
    kind: HandshakeKind,
    json: impl FnOnce(&[u8]) -> serde_json::Value,
    (secret_name, received): (&str, &str),
) -> Answer {
    match (cx.secret)(owner(kind)) {
        Ok(key) => Answer::new(owner(kind), 200, Some("application/json"), json(&key).to_string()),
        Err(why) => Answer::new(
            owner(kind),
            500,
            Some("text/plain"),
            format!("no {secret_name} configured\n"),
        )
        .note(format!("{received}: {why}")),
    }
}

fn owner(kind: HandshakeKind) -> &'static str {
    handshake_owner(kind).unwrap_or("unknown")
}

fn hmac256(key: &[u8], data: &[u8]) -> Vec<u8> {
    crate::providers::scheme::hmac(crate::providers::scheme::Algorithm::Sha256, key, data)
}

/// Handshakes that identify themselves by the query string, a header, or (Zoom) the body,
/// each answered exactly as its provider documents.
pub fn unsigned(
    method: &str,
    url: &str,
    headers: &Headers,
    body: Option<&serde_json::Value>,
    cx: &Context<'_>,
) -> Option<Answer> {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let get = method == "GET" || method == "HEAD";
    // Meta (Graph API webhooks): GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…
    if get {
        if let Some(challenge) = query_param(url, "hub.challenge") {
            let mode_ok = query_param(url, "hub.mode").as_deref() == Some("subscribe");
            let given = query_param(url, "hub.verify_token");
            return Some(match cx.verify_token {
                Some(want) if mode_ok && given.as_deref().is_some_and(|g| crate::providers::scheme::ct_eq(g.as_bytes(), want.as_bytes())) => {
                    Answer::new(owner(HandshakeKind::MetaHubChallenge), 200, Some("text/plain"), challenge)
                }
                Some(_) => Answer::new(owner(HandshakeKind::MetaHubChallenge), 403, Some("text/plain"), "verify token does not match\n")
                    .note("Meta's hub.verify_token differs from --verify-token: refused"),
                None => Answer::new(owner(HandshakeKind::MetaHubChallenge), 403, Some("text/plain"), "no verify token configured\n")
                    .note("Meta sent hub.challenge: restart with --verify-token TOKEN (the token set in the app dashboard)"),
            });
        }
        // X (Twitter) CRC: GET ?crc_token=… → {"response_token":"sha256=<base64 HMAC-SHA256>"}.
        if let Some(token) = query_param(url, "crc_token") {
            return Some(keyed_answer(
                cx,
                HandshakeKind::TwitterCrc,
                |key| {
                    let token = format!("sha256={}", b64.encode(hmac256(key, token.as_bytes())));
                    serde_json::json!({ "response_token": token })
                },
                ("consumer secret", "X sent a CRC check"),
            ));
        }
        // Dropbox: GET ?challenge=… echoed as text/plain with nosniff.
        if let Some(challenge) = query_param(url, "challenge") {
            let mut a = Answer::new(
                owner(HandshakeKind::DropboxChallenge),
                200,
                Some("text/plain"),
                challenge,
            );
            a.headers
                .push(("X-Content-Type-Options".into(), "nosniff".into()));
            return Some(a);
        }
        // Okta event hooks: GET with X-Okta-Verification-Challenge → {"verification": …}.
        if let Some(v) = headers.get("X-Okta-Verification-Challenge") {
            let body = serde_json::json!({ "verification": v }).to_string();
            return Some(Answer::new(
                owner(HandshakeKind::OktaVerification),
                200,
                Some("application/json"),
                body,
            ));
        }
    }
    // Microsoft Graph: ?validationToken=… (POST) answered as text/plain within 10 s.
    if let Some(token) = query_param(url, "validationToken") {
        return Some(Answer::new("msgraph", 200, Some("text/plain"), token));
    }
    if method == "POST" {
        if let Some(secret) = headers.get("X-Hook-Secret") {
            if cx.serves(HandshakeKind::AsanaHookSecret) {
                return Some(asana(secret, cx));
            }
        }
        // Zoom: endpoint.url_validation → plainToken and its HMAC-SHA256 hex with the secret token.
        let body = body?;
        if body.get("event").and_then(|e| e.as_str()) == Some("endpoint.url_validation") {
            let plain = body.pointer("/payload/plainToken").and_then(|p| p.as_str())?;
            return Some(keyed_answer(
                cx,
                HandshakeKind::ZoomUrlValidation,
                |key| {
                    let encrypted = hex::encode(hmac256(key, plain.as_bytes()));
                    serde_json::json!({ "plainToken": plain, "encryptedToken": encrypted })
                },
                ("secret token", "Zoom sent endpoint.url_validation"),
            ));
        }
    }
    None
}

/// Asana's handshake (https://developers.asana.com/docs/webhooks-guide, "The webhook
/// handshake"): the POST that creates a webhook carries `X-Hook-Secret`, the receiver answers
/// 200 or 204 echoing it, and Asana signs every later delivery of that webhook with that very
/// secret (`X-Hook-Signature`, hex HMAC-SHA256 of the body). The POST itself is unsigned, so
/// anyone can send one; the keyring therefore adopts a secret only when none is configured,
/// and only the first one per run.
///
/// With a secret configured, an `X-Hook-Secret` equal to it is echoed (nothing changes), and
/// any other one is refused with 403 rather than echoed: echoing would complete a handshake
/// for a webhook Asana then signs with a secret this listener does not verify with, so every
/// delivery would get 401. Refusing makes Asana fail the webhook's creation instead, at once
/// and with the reason on the console.
fn asana(secret: &str, cx: &Context<'_>) -> Answer {
    let id = owner(HandshakeKind::AsanaHookSecret);
    let refuse =
        |status: u16, why: &str| Answer::new(id, status, Some("text/plain"), format!("{why}\n")).note(why);
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
    let mut a = Answer::new(id, 200, None, Vec::new());
    a.headers.push(("X-Hook-Secret".into(), secret.to_string()));
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
mod unsigned_tests {
    use super::*;

    fn cx<'a>(
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

    fn asana_post(
        fixed: Option<&str>,
        adopt: &dyn Fn(&str, &str) -> std::result::Result<Adoption, Refusal>,
    ) -> Option<Answer> {
        let s = |_: &str| Err("none".to_string());
        let mut h = Headers::default();
        h.push("X-Hook-Secret", "hs-1");
        let cx = Context {
            fixed,
            adopt,
            ..cx(None, &s)
        };
        unsigned("POST", "/", &h, None, &cx)
    }

    #[test]
    fn asana_secret_is_echoed_only_when_adopted_or_configured() {
        let echoed = |a: &Answer| a.headers.iter().any(|(n, v)| n == "X-Hook-Secret" && v == "hs-1");
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

    #[test]
    fn meta_checks_the_verify_token() {
        let s = |_: &str| Err("none".to_string());
        let h = Headers::default();
        let url = "/hook?hub.mode=subscribe&hub.verify_token=tok&hub.challenge=1158201444";
        let a = unsigned("GET", url, &h, None, &cx(Some("tok"), &s)).unwrap();
        assert_eq!((a.status, a.body.as_slice()), (200, b"1158201444".as_slice()));
        assert_eq!(
            unsigned("GET", url, &h, None, &cx(Some("other"), &s))
                .unwrap()
                .status,
            403
        );
        assert_eq!(unsigned("GET", url, &h, None, &cx(None, &s)).unwrap().status, 403);
    }

    #[test]
    fn zoom_answers_plain_and_encrypted_token() {
        // Zoom's docs: encryptedToken = HMAC-SHA256(secret token, plainToken), hex.
        // printf %s qgg8vlvZRS6UYooatFL8Aw | openssl dgst -sha256 -hmac secret-token
        let s = |_: &str| Ok(b"secret-token".to_vec());
        let body = serde_json::json!({"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event":"endpoint.url_validation"});
        let a = unsigned("POST", "/", &Headers::default(), Some(&body), &cx(None, &s)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&a.body).unwrap();
        assert_eq!(v["plainToken"], "qgg8vlvZRS6UYooatFL8Aw");
        assert_eq!(
            v["encryptedToken"],
            hex::encode(hmac256(b"secret-token", b"qgg8vlvZRS6UYooatFL8Aw"))
        );
    }
}
