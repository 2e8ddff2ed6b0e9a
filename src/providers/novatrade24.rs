//! Novatrade24: `X-Novatrade-Signature: t=<unix>,v1=<hex>`, HMAC-SHA256 over `<t>.<body>`,
//! keyed with the whole `whsec_…` string; old and future timestamps rejected.

use std::time::Duration;

use super::scheme::*;
use super::scheme_provider::{HeaderValue, IdFormat, SchemeProvider};

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "X-Novatrade-Signature".into(),
        format: SignatureFormat::KeyValue {
            timestamp_key: "t".into(),
            signature_key: "v1".into(),
            separator: ",".into(),
        },
        template: "{timestamp}.{body}".into(),
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Hex,
        key: KeyDecoding::Utf8,
        timestamp: Some(TimestampRule {
            header: None,
            unit: TimeUnit::Seconds,
            window: Window::Both,
        }),
        id_header: None,
    };
    SchemeProvider::new("novatrade24", "Novatrade24", def, include_str!("catalog/novatrade24.json"))
        .static_header("Content-Type", "application/json")
        .static_header("User-Agent", concat!("hookctl/", env!("CARGO_PKG_VERSION"), " (Novatrade24 test delivery)"))
        .header("X-Novatrade-Event-Id", HeaderValue::EventId)
        .header("X-Novatrade-Event-Type", HeaderValue::EventType)
        .header("X-Novatrade-Schema-Version", HeaderValue::BodyField("schemaVersion".into()))
        .id_header("X-Novatrade-Event-Id")
        .fresh_id(IdFormat::PrefixedHex("evt_".into(), 12))
        .handshake("none (`webhooks test`)")
        .management_api()
        .delivery_timeout(Duration::from_secs(10))
        .note("the whole `whsec_…` string is the HMAC key, as UTF-8 (inferred from the official TypeScript sample)")
        .note("X-Novatrade-Event-Type and X-Novatrade-Schema-Version are unconfirmed; only the signature header is required when verifying")
        .note("delivery timeout unknown: 10 s assumed")
        .note("API is a draft: mock https://mock.api.novatrade24.com, staging https://api.stage.novatrade24.com")
}
