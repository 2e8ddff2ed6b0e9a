//! `hookctl webhooks --provider noones` against the fake Noones Webhook API v1.

use serde_json::{json, Value};

use crate::support::fakes::noones::{self, CLIENT_ID, CLIENT_SECRET, TOKEN_PATH};
use crate::support::fakes::{webhooks, Reply};
use crate::support::{stderr, stdout};

fn cmd(fake: &str, dir: &tempfile::TempDir) -> assert_cmd::Command {
    let mut c = webhooks(fake, "noones", dir);
    c.env("HOOKCTL_NOONES_CLIENT_ID", CLIENT_ID)
        .env("HOOKCTL_NOONES_CLIENT_SECRET", CLIENT_SECRET)
        .args(["--token-url", &format!("{fake}{TOKEN_PATH}")]);
    c
}

#[test]
fn create_exchanges_client_credentials_and_posts_one_endpoint_per_event() {
    let fake = noones::start();
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args([
            "create",
            "--url",
            "https://bot.example.com/noones",
            "--event",
            "trade.started",
        ])
        .args(["--event", "trade.chat_message_received", "--name", "p2p-bot"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(
        fake.lines(),
        [
            format!("POST {TOKEN_PATH}"),
            "POST /webhook/v1/user/webhooks".into()
        ]
    );
    assert_eq!(
        reqs[0].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(reqs[0].form("client_secret").as_deref(), Some(CLIENT_SECRET));
    assert_eq!(reqs[0].form("scope"), None, "no scope unless asked");
    assert_eq!(reqs[1].header("authorization"), Some("Bearer noones-access-0"));
    assert_eq!(
        reqs[1].json(),
        json!({"endpoints": [
            {"url": "https://bot.example.com/noones", "event_type": "trade.started", "enabled": true},
            {"url": "https://bot.example.com/noones", "event_type": "trade.chat_message_received", "enabled": true}
        ], "tag": "p2p-bot"})
    );
    let text = stdout(&out);
    assert!(
        text.contains("trade.started, trade.chat_message_received"),
        "{text}"
    );
    assert!(!text.contains("signing secret"));
    // Second command: the cached token, no exchange.
    fake.clear_log();
    cmd(&fake.url, &dir).arg("list").assert().success();
    assert_eq!(fake.lines(), ["GET /webhook/v1/user/webhooks"]);
    assert_eq!(fake.state().token_requests, 1);
}

#[test]
fn list_get_enable_disable_events_deliveries_delete() {
    let fake = noones::start();
    let id = fake
        .state()
        .seed("https://bot.example.com/n", &["trade.started", "trade.paid"]);
    fake.state().logs.push((102, json!({"id": 5531, "sent_at": "2024-05-14T09:21:08Z", "url": "https://bot.example.com/n", "response_status": 200, "success": true})));
    fake.state().logs.push((102, json!({"id": 5532, "sent_at": "2024-05-15T09:21:08Z", "url": "https://bot.example.com/n", "response_status": 500, "success": false, "error_code": "500"})));
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = cmd(&fake.url, &dir).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    assert!(run(&["list"]).contains(&id));
    assert!(run(&["get", &id]).contains("trade.started, trade.paid"));
    run(&["disable", &id]);
    assert!(fake.state().webhooks[0]["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["enabled"] == false));
    run(&["enable", &id]);
    run(&["add-events", &id, "trade.released", "trade.paid"]);
    run(&["remove-events", &id, "trade.started"]);
    let failed = run(&["deliveries", &id, "--status", "failed", "-o", "json"]);
    let v: Value = serde_json::from_str(&failed).unwrap();
    assert_eq!(
        v.as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].clone())
            .collect::<Vec<_>>(),
        [json!(5532)]
    );
    let all = run(&["deliveries", &id, "--since", "2024-05-01T00:00:00Z"]);
    assert!(all.contains("5531") && all.contains("FAILED (500)"), "{all}");
    run(&["update", &id, "--url", "https://moved.example/n"]);
    run(&["delete", &id, "--yes"]);
    let lines = fake.lines();
    let w = format!("/webhook/v1/user/webhooks/{id}");
    let l: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .filter(|l| !l.ends_with(TOKEN_PATH))
        .collect();
    let expect = [
        "GET /webhook/v1/user/webhooks".to_string(),
        format!("GET {w}"),
        format!("GET {w}"),
        format!("PUT {w}/endpoints/101"),
        format!("PUT {w}/endpoints/102"),
        format!("GET {w}"),
        format!("PUT {w}/endpoints/101"),
        format!("PUT {w}/endpoints/102"),
        format!("GET {w}"),
        format!("POST {w}/endpoints/"),
        format!("GET {w}"),
        format!("DELETE {w}/endpoints/101"),
        format!("GET {w}"),
        format!("GET {w}/endpoints/102/log"),
        format!("GET {w}/endpoints/103/log"),
        format!("GET {w}"),
        format!("GET {w}/endpoints/102/log"),
        format!("GET {w}/endpoints/103/log"),
        format!("GET {w}"),
        format!("PUT {w}/endpoints/102"),
        format!("PUT {w}/endpoints/103"),
        format!("DELETE {w}"),
    ];
    assert_eq!(l, expect);
    let reqs = fake.requests();
    let added = reqs
        .iter()
        .find(|r| r.method == "POST" && r.path().ends_with("/endpoints/"))
        .unwrap();
    assert_eq!(
        added.json(),
        json!({"url": "https://bot.example.com/n", "event_type": "trade.released", "enabled": true})
    );
    let moved = reqs.iter().rev().find(|r| r.method == "PUT").unwrap();
    assert_eq!(moved.json()["url"], "https://moved.example/n");
    assert!(
        !fake.state().deleted_all,
        "never the bare DELETE that removes every webhook"
    );
    assert!(fake.state().webhooks.is_empty());
}

#[test]
fn a_revoked_cached_token_is_replaced_once() {
    let fake = noones::start();
    let dir = tempfile::tempdir().unwrap();
    cmd(&fake.url, &dir).arg("list").assert().success();
    fake.state().tokens.clear(); // the server forgets every token it issued
    fake.clear_log();
    let out = cmd(&fake.url, &dir).arg("list").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fake.lines(),
        [
            "GET /webhook/v1/user/webhooks".to_string(),
            format!("POST {TOKEN_PATH}"),
            "GET /webhook/v1/user/webhooks".into()
        ]
    );
}

#[test]
fn fastapi_validation_errors_are_shown() {
    let fake = noones::start();
    let dir = tempfile::tempdir().unwrap();
    cmd(&fake.url, &dir).arg("list").assert().success();
    fake.inject(Reply::json(422, &json!({"detail": [{"loc": ["body", "endpoints", 0, "url"], "msg": "invalid or missing URL scheme", "type": "value_error.url.scheme"}]})));
    let out = cmd(&fake.url, &dir)
        .args([
            "create",
            "--url",
            "https://bot.example.com/n",
            "--event",
            "trade.paid",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("body.endpoints.0.url: invalid or missing URL scheme"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unsupported_and_invalid_actions_send_nothing() {
    let fake = noones::start();
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "create",
                "--url",
                "http://bot.example.com/n",
                "--event",
                "trade.paid",
            ],
            "https",
        ),
        (
            &[
                "create",
                "--url",
                "https://bot.example.com/n",
                "--event",
                "trade.payd",
            ],
            "did you mean `trade.paid`",
        ),
        (
            &[
                "create",
                "--url",
                "https://bot.example.com/n",
                "--event",
                "trade.*",
            ],
            "no segment wildcards",
        ),
        (
            &[
                "create",
                "--url",
                "https://bot.example.com/n",
                "--event",
                "trade.paid",
                "--save-secret",
            ],
            "no per-webhook signing secret",
        ),
        (&["rotate-secret", "x", "--yes"], "no per-webhook secret"),
        (&["ping", "x"], "send-test"),
        (&["test", "x", "--event", "trade.paid"], "send-test"),
        (&["redeliver", "x", "1"], "no replay endpoint"),
        (&["delete", "x"], "--yes"),
        (&["deliveries", "x", "--status", "PENDING"], "DELIVERED, FAILED"),
    ];
    for (args, needle) in cases {
        let out = cmd(&fake.url, &dir).args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
    assert!(fake.requests().is_empty());
}
