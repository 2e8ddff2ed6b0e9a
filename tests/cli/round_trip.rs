//! `send-test` → `listen --count 1`: what hookctl sends as each provider, hookctl receives and
//! verifies as that provider (the other side of each is tested against independent code).

use std::time::Duration;

use crate::support::hookctl;
use crate::support::listen::Listener;

/// Every shared-secret provider whose deliveries carry a detectable signature header.
const PROVIDERS: &[&str] = &[
    "noones",
    "noko",
    "novatrade24",
    "cryptohopper",
    "standard",
    "stripe",
    "github",
    "slack",
    "shopify",
    "twilio",
    "square",
    "hubspot",
    "zoom",
    "twitter",
    "dropbox",
    "asana",
    "paddle",
    "linear",
    "webflow",
    "woocommerce",
    "vercel",
    "typeform",
    "calendly",
    "mux",
    "intercom",
    "gitlab",
    "bitbucket",
    "zendesk",
    "lemonsqueezy",
    "coinbase",
    "svix",
];

fn secret_for(provider: &str) -> &'static str {
    match provider {
        "standard" | "svix" => "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtMTIzNDU2Nzg=",
        _ => "round-trip-secret-0123456789",
    }
}

/// The providers added after `PROVIDERS` was written, found generically: every shared-secret
/// vector (`window`, `detected_as` or a provider id not in the list), signed with the vector's
/// own secret, so a new provider is covered by its vector alone.
fn newer_shared_secret_providers() -> Vec<(String, String)> {
    const NOT_ROUND_TRIPPED: &[&str] = &["okta", "meta", "mailgun"];
    let vectors: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../vectors/signatures.json")).expect("vectors parse");
    vectors
        .iter()
        .filter(|v| v["verify_only"] != true)
        .filter_map(|v| Some((v["provider"].as_str()?, v["secret"].as_str()?)))
        .filter(|(p, _)| !PROVIDERS.contains(p) && !NOT_ROUND_TRIPPED.contains(p))
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect()
}

#[test]
fn send_test_to_listen_for_every_newer_provider() {
    let newer = newer_shared_secret_providers();
    assert!(newer.len() >= 20, "{newer:?}");
    for (provider, secret) in &newer {
        round_trip(provider, secret);
    }
}

fn round_trip(provider: &str, secret: &str) {
    round_trip_to(provider, secret, |port| format!("http://127.0.0.1:{port}/"));
}

/// `send-test` as `provider` to a `listen --provider` on the URL `url` makes of its port: the
/// one event arrives and is valid.
fn round_trip_to(provider: &str, secret: &str, url: impl Fn(u16) -> String) {
    let l = Listener::start(
        &["--provider", provider, "--count", "1", "--timeout", "20s"],
        &[("HOOKCTL_SECRET", secret)],
    );
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args(["send-test", &url(l.port), "-p", provider, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{provider}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let (status, events, stderr) = l.wait(Duration::from_secs(20));
    assert_eq!(status.code(), Some(0), "{provider}: {stderr}");
    let event: serde_json::Value = serde_json::from_str(&events[0]).unwrap();
    assert_eq!(event["provider"], provider);
    assert_eq!(event["signature"], "valid", "{provider}: {event}");
}

#[test]
fn send_test_to_listen_for_every_provider() {
    for provider in PROVIDERS {
        round_trip(provider, secret_for(provider));
    }
}

#[test]
fn token_headers_are_masked_in_records_and_restored_by_resign() {
    use crate::support::send::{Receiver, Resp};
    let secret = "gitlab-token-do-not-leak";
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("events.jsonl");
    let l = Listener::start(
        &[
            "--provider",
            "gitlab",
            "--count",
            "1",
            "--record",
            record.to_str().unwrap(),
        ],
        &[("HOOKCTL_SECRET", secret)],
    );
    let url = format!("http://127.0.0.1:{}/", l.port);
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args(["send-test", &url, "-p", "gitlab", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let (status, lines, stderr) = l.wait(Duration::from_secs(20));
    assert_eq!(status.code(), Some(0), "{stderr}");
    let recorded = std::fs::read_to_string(&record).unwrap();
    assert!(!recorded.contains(secret), "the token was recorded: {recorded}");
    assert!(!lines.concat().contains(secret) && !stderr.contains(secret));
    assert!(recorded.contains("git…"), "{recorded}");

    let app = Receiver::start(|_, _| Resp::status(200));
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args(["replay", record.to_str().unwrap(), "--to", &app.url, "--resign"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(app.requests()[0].header("X-Gitlab-Token"), Some(secret));
}

/// A URL-signing scheme signs the URL as the request goes out, not as it was typed: the
/// receiver rebuilds it from what it was sent, so `HTTP://…/a/../` must be signed as `http://…/`.
#[test]
fn url_signing_schemes_sign_the_url_as_sent_not_as_typed() {
    for provider in ["twilio", "square", "hubspot"] {
        round_trip_to(provider, secret_for(provider), |port| {
            format!("HTTP://127.0.0.1:{port}/a/../")
        });
    }
}
