//! `hookctl webhooks --provider cryptohopper` against the fake Cryptohopper API.

use serde_json::json;

use crate::support::fakes::cryptohopper::{self, TOKEN};
use crate::support::fakes::webhooks;
use crate::support::{stderr, stdout};

fn cmd(fake: &str, dir: &tempfile::TempDir) -> assert_cmd::Command {
    let mut c = webhooks(fake, "cryptohopper", dir);
    c.env("HOOKCTL_CRYPTOHOPPER_TOKEN", TOKEN);
    c
}

#[test]
fn create_and_delete_use_the_access_token_header() {
    let fake = cryptohopper::start();
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args([
            "create",
            "--url",
            "https://app.example.com/ch",
            "--event",
            "trade_completed",
            "--client-id",
            "app-42",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("4711"), "{}", stdout(&out));
    let out = cmd(&fake.url, &dir)
        .args(["delete", "4711", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, json!({"data": {"success": true}}));
    let reqs = fake.requests();
    assert_eq!(
        fake.lines(),
        ["POST /v1/api/webhook_create", "POST /v1/api/webhook_delete"]
    );
    assert_eq!(reqs[0].header("access-token"), Some(TOKEN));
    assert!(reqs[0].header("authorization").is_none());
    assert_eq!(reqs[0].header("x-api-app-key"), Some("app-42"));
    assert_eq!(
        reqs[0].json(),
        json!({"url": "https://app.example.com/ch", "events": ["trade_completed"]})
    );
    assert_eq!(reqs[1].json(), json!({"webhook_id": "4711"}));
}

#[test]
fn api_error_body_and_token_source_are_shown() {
    let fake = cryptohopper::start();
    let dir = tempfile::tempdir().unwrap();
    let secret_file = dir.path().join("token");
    std::fs::write(&secret_file, "not-the-token\n").unwrap();
    let out = webhooks(&fake.url, "cryptohopper", &dir)
        .args(["delete", "4711", "--yes", "--token-file"])
        .arg(&secret_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("401") && err.contains("Invalid access token") && err.contains("--token-file"),
        "{err}"
    );
    assert!(!err.contains("not-the-token"));
}

#[test]
fn other_actions_point_to_the_dashboard_without_a_request() {
    let fake = cryptohopper::start();
    let dir = tempfile::tempdir().unwrap();
    let cases: &[&[&str]] = &[
        &["list"],
        &["get", "1"],
        &["update", "1", "--url", "https://x.example"],
        &["enable", "1"],
        &["disable", "1"],
        &["add-events", "1", "trade_completed"],
        &["remove-events", "1", "trade_completed"],
        &["rotate-secret", "1"],
        &["ping", "1"],
        &["test", "1", "--event", "trade_completed"],
        &["deliveries", "1"],
        &["redeliver", "1", "2"],
    ];
    for args in cases {
        let out = cmd(&fake.url, &dir).args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("developer dashboard"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let out = cmd(&fake.url, &dir)
        .args(["create", "--url", "https://x.example", "--event", "validate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("handshake"), "{}", stderr(&out));
    assert!(fake.requests().is_empty());
}
