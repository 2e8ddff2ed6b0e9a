//! Vonage signed webhooks (Vonage developer docs, "Webhooks", "Signed webhooks",
//! https://developer.vonage.com/en/getting-started/concepts/webhooks#signed-webhooks; Messages
//! and Voice APIs): `Authorization: Bearer <JWT>`, HS256 under the account's signature secret,
//! with `payload_hash` (hex SHA-256 of the body), `iat`, `jti`, `iss: "Vonage"`, `api_key` and
//! `application_id` claims. The receiver checks the signature, then `payload_hash`.

use std::time::Duration;

use serde_json::{Map, Value};

use super::event_type::TypeSource;
use super::jwt::{JwtProvider, JwtScheme};
use super::{Info, LazyCatalog, Message, Redelivery, RetryPlan};
use crate::random_id::random_uuid;

fn claims(msg: &Message<'_>) -> Map<String, Value> {
    let mut c = Map::new();
    c.insert(
        "jti".into(),
        msg.id.map(str::to_string).unwrap_or_else(|| random_uuid().to_string()).into(),
    );
    // Example values from Vonage's docs; a real token carries the account's own.
    c.insert("api_key".into(), "abcd1234".into());
    c.insert(
        "application_id".into(),
        "aaaaaaaa-bbbb-cccc-dddd-0123456789ab".into(),
    );
    c
}

pub fn provider() -> JwtProvider {
    JwtProvider {
        info: Info {
            id: "vonage".into(),
            name: "Vonage".into(),
            headers: "Authorization: Bearer <JWT>".into(),
            algorithm: "HS256 JWT".into(),
            signed_input: "JWT {iat, jti, iss, payload_hash = sha256(<body>), api_key, application_id}".into(),
            encoding: "JWT (base64url)".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("messaging".into()),
            delivery_timeout: Duration::from_secs(15),
            retry: Redelivery {
                plan: RetryPlan::Never,
                gives_up: "Vonage retries failed Messages API webhooks on a schedule it does not publish".into(),
                note: "Vonage retries failed webhooks (Messages API: for up to 24 hours) without a published schedule (not simulated)".into(),
            },
            notes: vec![
                "the secret is the account's signature secret (dashboard, API settings), not the API secret".into(),
                "api_key and application_id in signed tokens are Vonage's documented examples".into(),
                "iat is checked against --tolerance (rejecting only old tokens)".into(),
                "delivery timeout: no documented figure for signed webhooks; 15 s assumed".into(),
            ],
        },
        catalog: LazyCatalog::builtin("vonage").expect("catalog/vonage.json"),
        scheme: JwtScheme {
            header: "Authorization",
            bearer: true,
            body_hash: Some("payload_hash"),
            issuer: Some("Vonage"),
            issued_at: true,
            expires_in: None,
            audience_is_url: false,
            detect_claim: "payload_hash",
            claims,
        },
        type_sources: vec![TypeSource::path("status"), TypeSource::path("message_type")],
        id_paths: &["message_uuid", "uuid"],
        delivery_headers: &[("Content-Type", "application/json")],
    }
}
