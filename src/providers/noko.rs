//! Noko: `X-Noko-Signature`, HMAC-SHA256 hex over the raw body, keyed with the webhook's secret.

use std::time::Duration;

use super::scheme::*;
use super::scheme_provider::{HeaderValue, IdFormat, SchemeProvider};

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "X-Noko-Signature".into(),
        format: SignatureFormat::Plain {
            prefix: String::new(),
        },
        template: "{body}".into(),
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Hex,
        key: KeyDecoding::Utf8,
        timestamp: None,
        id_header: None,
    };
    SchemeProvider::new("noko", "Noko", def, include_str!("catalog/noko.json"))
        .static_header("Content-Type", "application/json")
        .header("X-Noko-EventCategory", HeaderValue::Category)
        .header("X-Noko-Delivery", HeaderValue::EventId)
        .static_header("User-Agent", "Noko-Webhooks")
        .id_paths(&["payload_id"])
        .id_header("X-Noko-Delivery")
        .fresh_id(IdFormat::Uuid)
        .handshake("`webhook.ping` event")
        .handshake_kind("noko_ping")
        .management_api()
        .delivery_timeout(Duration::from_secs(10))
        .note("signed bytes are the raw body as received (inferred; the docs say only 'the body')")
        .note("X-Noko-EventCategory for non-entry events is the type before its first dot (inferred)")
        .note("delivery timeout unknown: 10 s assumed; retries with backoff for up to 3 days")
}
