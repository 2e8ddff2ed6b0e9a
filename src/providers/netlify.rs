//! Netlify deploy notifications (Netlify docs, "Deploy notifications", "Payload signature",
//! https://docs.netlify.com/site-deploys/deploy-notifications/#payload-signature): with a JWS
//! secret token set, `X-Webhook-Signature` is an HS256 JWT whose claims are `iss: "netlify"`
//! and `sha256`, the hex SHA-256 of the body. It carries no time.

use std::time::Duration;

use serde_json::{Map, Value};

use super::jwt::{JwtProvider, JwtScheme};
use super::{Info, LazyCatalog, Message, Redelivery};

fn claims(_: &Message<'_>) -> Map<String, Value> {
    Map::new()
}

pub fn provider() -> JwtProvider {
    JwtProvider {
        info: Info {
            id: "netlify".into(),
            name: "Netlify".into(),
            headers: "X-Webhook-Signature: <JWT>".into(),
            algorithm: "HS256 JWT".into(),
            signed_input: "JWT {iss: netlify, sha256 = sha256(<body>)}".into(),
            encoding: "JWT (base64url)".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("dev tools".into()),
            delivery_timeout: Duration::from_secs(30),
            retry: Redelivery::default(),
            notes: vec![
                "the secret is the notification's JWS secret token".into(),
                "the token carries no timestamp, so there is no replay window".into(),
                "delivery timeout: Netlify documents none; 30 s assumed".into(),
            ],
        },
        catalog: LazyCatalog::builtin("netlify").expect("catalog/netlify.json"),
        scheme: JwtScheme {
            header: "X-Webhook-Signature",
            bearer: false,
            body_hash: Some("sha256"),
            issuer: Some("netlify"),
            issued_at: false,
            expires_in: None,
            audience_is_url: false,
            detect_claim: "sha256",
            claims,
        },
        type_paths: &["state"],
        id_paths: &["id"],
        delivery_headers: &[("Content-Type", "application/json"), ("User-Agent", "Netlify")],
    }
}
