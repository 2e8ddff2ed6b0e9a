//! Slack: `X-Slack-Signature: v0=<hex>` over `v0:<ts>:<body>`, `X-Slack-Request-Timestamp`.

use std::time::Duration;

use super::scheme::*;
use super::scheme_provider::{IdFormat, SchemeProvider};

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "X-Slack-Signature".into(),
        format: SignatureFormat::Plain { prefix: "v0=".into() },
        template: "v0:{timestamp}:{body}".into(),
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Hex,
        key: KeyDecoding::Utf8,
        timestamp: Some(TimestampRule {
            header: Some("X-Slack-Request-Timestamp".into()),
            unit: TimeUnit::Seconds,
            window: Window::Both,
        }),
        id_header: None,
    };
    SchemeProvider::new("slack", "Slack", def, include_str!("catalog/slack.json"))
        .static_header("Content-Type", "application/json")
        .static_header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
        .type_paths(&["event.type", "type"])
        .id_paths(&["event_id"])
        .fresh_id(IdFormat::PrefixedAlnum("Ev".into(), 10))
        .handshake("`url_verification` → echo `challenge`")
        .handshake_kind("slack_url_verification")
        .delivery_timeout(Duration::from_secs(3))
}
