//! `hookctl webhooks --provider noko` against the fake Noko v2 API.

use serde_json::{json, Value};

use crate::support::fakes::noko::{self, TOKEN};
use crate::support::fakes::{webhooks, Reply};
use crate::support::{stderr, stdout};

fn cmd(fake: &str, dir: &tempfile::TempDir) -> assert_cmd::Command {
    let mut c = webhooks(fake, "noko", dir);
    c.env("HOOKCTL_NOKO_TOKEN", TOKEN);
    c
}

#[test]
fn create_sends_token_user_agent_and_wildcard() {
    let fake = noko::start();
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args([
            "create",
            "--name",
            "Da Best Noko Webhook",
            "--url",
            "https://app.example/noko",
            "--event",
            "*",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let r = &fake.requests()[0];
    assert_eq!(r.line(), "POST /v2/webhooks/", "documented trailing slash");
    assert_eq!(r.header("x-nokotoken"), Some(TOKEN));
    assert!(r.header("authorization").is_none());
    assert!(r.header("user-agent").unwrap().starts_with("hookctl/"));
    assert_eq!(
        r.json(),
        json!({"name": "Da Best Noko Webhook", "payload_uri": "https://app.example/noko", "events": ["*"]})
    );
    let text = stdout(&out);
    assert_eq!(text.matches("noko-secret-123456").count(), 1, "{text}");
}

#[test]
fn list_follows_link_pages_at_two_requests_per_second() {
    let fake = noko::start();
    for i in 0..5 {
        let url = fake.url.clone();
        fake.state().seed(
            &format!("hook {i}"),
            "https://a.example/h",
            &["entry.created"],
            &url,
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args(["list", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v, Value::Array(fake.state().webhooks.clone()));
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 3);
    assert_eq!(reqs[2].query("page").as_deref(), Some("3"));
    assert!(reqs
        .iter()
        .all(|r| r.header("user-agent").is_some() && r.header("x-nokotoken") == Some(TOKEN)));
    assert_eq!(fake.state().too_fast, 0, "requests closer than 500 ms apart");
}

#[test]
fn list_filters_by_state_and_name() {
    let fake = noko::start();
    let url = fake.url.clone();
    fake.state()
        .seed("alpha", "https://a.example/h", &["entry.created"], &url);
    let b = fake
        .state()
        .seed("beta", "https://b.example/h", &["tag.created"], &url);
    fake.state().webhooks[0]["state"] = json!("disabled");
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args(["list", "--state", "Disabled", "--name", "bet"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let r = &fake.requests()[0];
    assert_eq!(r.query("state").as_deref(), Some("disabled"));
    assert_eq!(r.query("name").as_deref(), Some("bet"));
    let text = stdout(&out);
    assert!(
        text.contains(&b.to_string()) && text.contains("disabled") && !text.contains("alpha"),
        "{text}"
    );
}

#[test]
fn every_other_endpoint_is_reached() {
    let fake = noko::start();
    let url = fake.url.clone();
    let id = fake
        .state()
        .seed("hook", "https://a.example/h", &["entry.created"], &url)
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        // Separate processes: keep Noko's 2 requests/s between them too.
        std::thread::sleep(std::time::Duration::from_millis(500));
        let out = cmd(&fake.url, &dir).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    assert!(run(&["get", &id]).contains("entry.created"));
    run(&[
        "update",
        &id,
        "--name",
        "renamed",
        "--url",
        "http://plain.example/h",
    ]);
    run(&["add-events", &id, "tag.created", "webhook.ping"]);
    run(&["remove-events", &id, "entry.created"]);
    let rotated = run(&["rotate-secret", &id, "--yes"]);
    assert!(rotated.contains(&format!("noko-rerolled-{id}")), "{rotated}");
    run(&["disable", &id]);
    run(&["enable", &id]);
    assert!(run(&["ping", &id]).contains("ping sent"));
    run(&["redeliver", &id, "6578e997-d144-46fb-a67d-07c886d1a7a1"]);
    run(&["delete", &id, "--yes"]);
    let expected: Vec<String> = [
        "GET",
        "PUT",
        "PUT /add_events",
        "PUT /remove_events",
        "PUT /reroll_secret",
        "PUT /disable",
        "PUT /enable",
        "PUT /ping",
        "PUT /retry/6578e997-d144-46fb-a67d-07c886d1a7a1",
        "DELETE",
    ]
    .iter()
    .map(|s| match s.split_once(' ') {
        Some((m, tail)) => format!("{m} /v2/webhooks/{id}{tail}"),
        None => format!("{s} /v2/webhooks/{id}"),
    })
    .collect();
    assert_eq!(fake.lines(), expected);
    let reqs = fake.requests();
    assert_eq!(
        reqs[1].json(),
        json!({"name": "renamed", "payload_uri": "http://plain.example/h"})
    );
    assert_eq!(reqs[2].json(), json!({"events": ["tag.created", "webhook.ping"]}));
    assert_eq!(reqs[3].json(), json!({"events": ["entry.created"]}));
    assert!(fake.state().webhooks.is_empty());
    assert_eq!(
        fake.state().retried,
        [(id.clone(), "6578e997-d144-46fb-a67d-07c886d1a7a1".to_string())]
    );
}

#[test]
fn an_empty_429_is_retried() {
    let fake = noko::start();
    fake.inject(Reply::empty(429));
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir).arg("list").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert!(reqs[1].at.duration_since(reqs[0].at) >= std::time::Duration::from_millis(490));
}

#[test]
fn noko_errors_are_rendered() {
    let fake = noko::start();
    fake.inject(Reply::json(422, &json!({"message": "Validation Failed", "errors": [{"resource": "Webhook", "field": "payload_uri", "code": "missing_field"}]})));
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args([
            "create",
            "--name",
            "n",
            "--url",
            "https://a.example/h",
            "--event",
            "entry.created",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Validation Failed; Webhook.payload_uri: missing_field"),
        "{}",
        stderr(&out)
    );
    fake.inject(Reply::empty(404));
    let out = cmd(&fake.url, &dir).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not available on this Noko account"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_user_agent_would_be_rejected_by_the_fake() {
    // Guards the fake itself: without a User-Agent it refuses, as Noko documents.
    use std::io::{Read, Write};
    let fake = noko::start();
    let addr = fake.url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /v2/webhooks HTTP/1.1\r\nHost: {addr}\r\nX-NokoToken: {TOKEN}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
}

#[test]
fn unsupported_and_invalid_actions_send_nothing() {
    let fake = noko::start();
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["test", "1", "--event", "entry.created"], "ping"),
        (&["deliveries", "1"], "Webapp"),
        (
            &[
                "create",
                "--url",
                "https://a.example/h",
                "--event",
                "entry.created",
            ],
            "--name",
        ),
        (
            &[
                "create",
                "--name",
                "n",
                "--url",
                "https://a.example/h",
                "--event",
                "entry.craeted",
            ],
            "did you mean `entry.created`",
        ),
        (
            &[
                "create",
                "--name",
                "n",
                "--url",
                "https://a.example/h",
                "--event",
                "entry.*",
            ],
            "not a wildcard",
        ),
        (&["update", "1", "--event", "entry.created"], "add-events"),
        (&["list", "--state", "sleeping"], "enabled or disabled"),
        (&["list", "--client-id", "x"], "personal access token"),
    ];
    for (args, needle) in cases {
        let out = cmd(&fake.url, &dir).args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
    assert!(fake.requests().is_empty());
}

#[test]
fn plain_http_receivers_are_allowed_with_a_warning() {
    let fake = noko::start();
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args([
            "create",
            "--name",
            "n",
            "--url",
            "http://dabestnokoapp.com/webhooks",
            "--event",
            "entry.created",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("plain http"));
}

#[test]
fn redirects_repeat_the_request_verbatim_within_the_api_only() {
    let fake = noko::start();
    let url = fake.url.clone();
    let id = fake
        .state()
        .seed("hook", "https://a.example/h", &["entry.created"], &url)
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    fake.inject(Reply::empty(307).header("Location", &format!("/v2/webhooks/{id}/add_events")));
    let out = cmd(&fake.url, &dir)
        .args(["add-events", &id, "tag.created"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert!(reqs
        .iter()
        .all(|r| r.method == "PUT" && r.json() == json!({"events": ["tag.created"]})));
    // A redirect to another host is not followed: the token stays here.
    fake.clear_log();
    std::thread::sleep(std::time::Duration::from_millis(500));
    fake.inject(Reply::empty(302).header("Location", "http://127.0.0.2:9/v2/webhooks"));
    let out = cmd(&fake.url, &dir).args(["get", &id]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not following a redirect to another host"),
        "{}",
        stderr(&out)
    );
    assert_eq!(fake.requests().len(), 1);
}

#[test]
fn rotate_secret_can_save_the_new_secret() {
    let fake = noko::start();
    let url = fake.url.clone();
    let id = fake
        .state()
        .seed("hook", "https://a.example/h", &["entry.created"], &url)
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args(["rotate-secret", &id, "--yes", "--save-secret", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, json!({"secret": format!("noko-rerolled-{id}")}));
    let config: toml::Table = std::fs::read_to_string(dir.path().join("config.toml"))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        config["providers"]["noko"]["secret"].as_str(),
        Some(format!("noko-rerolled-{id}").as_str())
    );
}

#[test]
fn list_shows_each_endpoints_name() {
    let fake = noko::start();
    for name in ["billing", "search index"] {
        let url = fake.url.clone();
        fake.state()
            .seed(name, "https://a.example/h", &["entry.created"], &url);
    }
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir).args(["list"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["ID", "NAME", "URL", "STATUS", "EVENTS"], "{text}");
    assert!(text.contains("  billing  "), "{text}");
    assert!(text.contains("  search index  "), "{text}");
}
