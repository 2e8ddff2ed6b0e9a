//! Monday.com app webhooks (monday.com apps framework docs, "Integrations", "Authorization
//! header"): requests carry `Authorization: <JWT>`, HS256 under the app's signing secret, with
//! `accountId`, `userId`, `aud` (the URL called), `iat`, `exp` and `shortLivedToken`
//! claims. The token does not cover the body. A webhook created through the API is first
//! checked with a challenge (`handshakes::monday`).

use std::time::Duration;

use serde_json::{Map, Value};

use super::event_type::TypeSource;
use super::jwt::{JwtProvider, JwtScheme};
use super::{Info, LazyCatalog, Message, Redelivery, RetryPlan};

/// The `shortLivedToken` claim of signed tokens: an example, not a usable API token.
const SHORT_LIVED_TOKEN: &str = "eyJhbGciOiJIUzI1NiJ9.short-lived";

fn claims(msg: &Message<'_>) -> Map<String, Value> {
    let mut c = Map::new();
    c.insert("accountId".into(), 1825528.into());
    c.insert("userId".into(), 4012689.into());
    c.insert(
        "aud".into(),
        msg.variant
            .url
            .clone()
            .unwrap_or_else(|| "https://example.com/monday/webhook".into())
            .into(),
    );
    // Deterministic, so that the same message signs to the same token (vectors, probe).
    c.insert("shortLivedToken".into(), SHORT_LIVED_TOKEN.into());
    c
}

pub fn provider() -> JwtProvider {
    JwtProvider {
        info: Info {
            id: "monday".into(),
            name: "Monday.com".into(),
            headers: "Authorization: <JWT>".into(),
            algorithm: "HS256 JWT".into(),
            signed_input: "JWT {accountId, userId, aud, iat, exp, shortLivedToken} (the body is not signed)".into(),
            encoding: "JWT (base64url)".into(),
            handshake: "POST {\"challenge\"} → echo it as JSON".into(),
            handshake_kind: Some(crate::handshakes::require("monday_challenge")),
            category: Some("productivity & content".into()),
            delivery_timeout: Duration::from_secs(30),
            // monday.com API docs, "Webhooks": a failed delivery is retried once a minute for 30 minutes.
            retry: Redelivery {
                plan: RetryPlan::Gaps(vec![Duration::from_secs(60); 30]),
                gives_up: "monday.com stops after 30 minutes of retries".into(),
                note: "monday.com retries every minute for 30 minutes".into(),
            },
            notes: vec![
                "the secret is the app's signing secret (Developer Center, Basic information)".into(),
                "the token authenticates the sender but does not cover the body".into(),
                "board webhooks created with the API carry no token: only their challenge is answered".into(),
                "accountId, userId and shortLivedToken in signed tokens are examples; exp is iat + 5 minutes (assumed)".into(),
                "aud (the URL called) is checked against --url (listen: the request's URL)".into(),
            ],
        },
        catalog: LazyCatalog::builtin("monday").expect("catalog/monday.json"),
        scheme: JwtScheme {
            header: "Authorization",
            bearer: false,
            body_hash: None,
            issuer: None,
            issued_at: true,
            expires_in: Some(300),
            audience_is_url: true,
            detect_claim: "shortLivedToken",
            claims,
        },
        // An event names itself in `event.type`; the URL check a webhook is created with is a
        // body of `challenge` alone (monday.com API docs, "Webhooks").
        type_sources: vec![TypeSource::path("event.type"), TypeSource::when("challenge", "challenge")],
        id_paths: &["event.triggerUuid"],
        delivery_headers: &[("Content-Type", "application/json")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::{Headers, Provider};

    /// An event carries `event.type`; the check a webhook is created with is
    /// `{"challenge": "…"}` alone.
    #[test]
    fn events_and_the_challenge_are_named() {
        let p = provider();
        let t = |v: Value| p.event_type(&Headers::default(), Some(&v));
        assert_eq!(
            t(serde_json::json!({"event": {"type": "create_pulse", "boardId": 1, "pulseId": 2}})).as_deref(),
            Some("create_pulse")
        );
        assert_eq!(
            t(serde_json::json!({"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"})).as_deref(),
            Some("challenge")
        );
        assert_eq!(t(serde_json::json!({"event": {}})), None);
    }
}
