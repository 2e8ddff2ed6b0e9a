//! GitHub: `X-Hub-Signature-256: sha256=<hex>`, HMAC-SHA256 over the raw body.

use std::time::Duration;

use super::scheme::*;
use super::scheme_provider::{HeaderValue, IdFormat, SchemeProvider};

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "X-Hub-Signature-256".into(),
        format: SignatureFormat::Plain {
            prefix: "sha256=".into(),
        },
        template: "{body}".into(),
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Hex,
        key: KeyDecoding::Utf8,
        timestamp: None,
        id_header: None,
    };
    SchemeProvider::new("github", "GitHub", def, include_str!("catalog/github.json"))
        .static_header("Content-Type", "application/json")
        .static_header("User-Agent", "GitHub-Hookshot/hookctl")
        .header("X-GitHub-Event", HeaderValue::EventType)
        .header("X-GitHub-Delivery", HeaderValue::EventId)
        .type_paths(&[])
        .type_header("X-GitHub-Event")
        .id_paths(&[])
        .id_header("X-GitHub-Delivery")
        .fresh_id(IdFormat::Uuid)
        .handshake("`ping` event")
        .delivery_timeout(Duration::from_secs(10))
}
