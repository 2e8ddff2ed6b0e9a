//! Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=…]`, HMAC-SHA256 over `<t>.<body>`;
//! only old timestamps are rejected.

use super::scheme::*;
use super::scheme_provider::{IdFormat, SchemeProvider};

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "Stripe-Signature".into(),
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
            window: Window::PastOnly,
        }),
        id_header: None,
    };
    SchemeProvider::new("stripe", "Stripe", def, include_str!("catalog/stripe.json"))
        .static_header("Content-Type", "application/json; charset=utf-8")
        .static_header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
        .fresh_id(IdFormat::PrefixedAlnum("evt_".into(), 24))
}
