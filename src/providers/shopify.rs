//! Shopify: `X-Shopify-Hmac-Sha256`, base64 HMAC-SHA256 over the raw body.

use std::time::Duration;

use super::scheme::*;
use super::scheme_provider::{HeaderValue, IdFormat, SchemeProvider};

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "X-Shopify-Hmac-Sha256".into(),
        format: SignatureFormat::Plain {
            prefix: String::new(),
        },
        template: "{body}".into(),
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Base64,
        key: KeyDecoding::Utf8,
        timestamp: None,
        id_header: None,
    };
    SchemeProvider::new("shopify", "Shopify", def, include_str!("catalog/shopify.json"))
        .static_header("Content-Type", "application/json")
        .header("X-Shopify-Topic", HeaderValue::EventType)
        .header("X-Shopify-Webhook-Id", HeaderValue::EventId)
        .static_header("X-Shopify-Shop-Domain", "hookctl-test.myshopify.com")
        .static_header("X-Shopify-API-Version", "2024-07")
        .type_paths(&[])
        .type_header("X-Shopify-Topic")
        .id_paths(&[])
        .id_header("X-Shopify-Webhook-Id")
        .fresh_id(IdFormat::Uuid)
        .delivery_timeout(Duration::from_secs(5))
}
