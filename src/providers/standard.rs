//! Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64>`;
//! HMAC-SHA256 over `<id>.<timestamp>.<body>`, key = base64 after `whsec_`.

use super::scheme::*;
use super::scheme_provider::{IdFormat, SchemeProvider};

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "webhook-signature".into(),
        format: SignatureFormat::VersionedList { version: "v1".into() },
        template: "{id}.{timestamp}.{body}".into(),
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Base64,
        key: KeyDecoding::WhsecBase64,
        timestamp: Some(TimestampRule {
            header: Some("webhook-timestamp".into()),
            unit: TimeUnit::Seconds,
            window: Window::Both,
        }),
        id_header: Some("webhook-id".into()),
    };
    SchemeProvider::new(
        "standard",
        "Standard Webhooks",
        def,
        include_str!("catalog/standard.json"),
    )
    .static_header("Content-Type", "application/json")
    .id_paths(&[])
    .id_header("webhook-id")
    .fresh_id(IdFormat::PrefixedAlnum("msg_".into(), 27))
}
