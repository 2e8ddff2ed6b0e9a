//! Netlify deploy notifications (Netlify docs, "Deploy notifications", "Payload signature",
//! https://docs.netlify.com/site-deploys/deploy-notifications/#payload-signature): with a JWS
//! secret token set, `X-Webhook-Signature` is an HS256 JWT whose claims are `iss: "netlify"`
//! and `sha256`, the hex SHA-256 of the body. It carries no time.

use std::time::Duration;

use serde_json::{Map, Value};

use super::event_type::TypeSource;
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
        // A notification is the deploy object, and no header names the event (Netlify docs,
        // "Deploy notifications"): `state` tells started, succeeded and failed apart; the
        // deploy a site is locked to carries `locked: true` (`null` on the others).
        type_sources: vec![
            TypeSource::when_equals("locked", "true", "locked"),
            TypeSource::path("state"),
        ],
        id_paths: &["id"],
        delivery_headers: &[("Content-Type", "application/json"), ("User-Agent", "Netlify")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::{Headers, Provider};

    /// A notification is the deploy object (Netlify's API `Deploy`): `state`, and `locked`,
    /// which is `null` on a deploy nobody locked.
    #[test]
    fn a_deploy_is_named_by_its_state_unless_it_is_the_locked_one() {
        let p = provider();
        let t = |v: Value| p.event_type(&Headers::default(), Some(&v));
        let deploy = |state: &str, locked: Value| {
            serde_json::json!({"id": "5ebc34bf4fea0b01f02efa3a", "state": state, "locked": locked, "error_message": null})
        };
        assert_eq!(t(deploy("building", Value::Null)).as_deref(), Some("building"));
        assert_eq!(t(deploy("ready", Value::Null)).as_deref(), Some("ready"));
        assert_eq!(t(deploy("error", Value::Bool(false))).as_deref(), Some("error"));
        assert_eq!(t(deploy("ready", Value::Bool(true))).as_deref(), Some("locked"));
        assert_eq!(t(serde_json::json!({"id": "x"})), None);
    }
}
