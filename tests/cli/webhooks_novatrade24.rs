//! `hookctl webhooks --provider novatrade24` against the fake Novatrade24 API.

use serde_json::{json, Value};

use crate::support::fakes::novatrade24::{self as nt, CLIENT_ID, CLIENT_SECRET, STATIC_TOKEN, TOKEN_PATH};
use crate::support::fakes::{webhooks, Reply};
use crate::support::{stderr, stdout};

fn cmd(fake: &str, dir: &tempfile::TempDir) -> assert_cmd::Command {
    let mut c = webhooks(fake, "novatrade24", dir);
    c.env("HOOKCTL_NOVATRADE24_TOKEN", STATIC_TOKEN);
    c
}

fn is_uuid_v4(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.get_version_num() == 4)
}

#[test]
fn create_sends_idempotency_key_and_shows_the_secret_once() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    let partner = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    let out = cmd(&fake.url, &dir)
        .args([
            "create",
            "--url",
            "https://hooks.example.com/nt",
            "--event",
            "compliance.*",
        ])
        .args(["--event", "kyc.vies_check_failed", "--partner-id", partner])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(fake.lines(), ["POST /v1/webhooks"]);
    let r = &reqs[0];
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {STATIC_TOKEN}").as_str())
    );
    assert!(is_uuid_v4(r.header("idempotency-key").unwrap()));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        json!({"url": "https://hooks.example.com/nt", "events": ["compliance.*", "kyc.vies_check_failed"], "partnerIds": [partner]})
    );
    let text = stdout(&out);
    let id = fake.state().webhooks[0]["id"].as_str().unwrap().to_string();
    let secret = format!("whsec_fake{id}");
    assert_eq!(text.matches(&secret).count(), 1, "{text}");
    assert!(text.contains("shown only this once"), "{text}");
    assert!(text.contains(&id));
    // The fake keeps no secret, and neither GET shows one afterwards.
    let got = cmd(&fake.url, &dir).args(["get", &id]).output().unwrap();
    assert!(got.status.success());
    assert!(!stdout(&got).contains("whsec_"), "{}", stdout(&got));
}

#[test]
fn save_secret_writes_the_config_privately() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    cmd(&fake.url, &dir)
        .args([
            "create",
            "--url",
            "https://h.example/x",
            "--event",
            "kyc.*",
            "--save-secret",
        ])
        .assert()
        .success();
    let path = dir.path().join("config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let id = fake.state().webhooks[0]["id"].as_str().unwrap().to_string();
    let parsed: toml::Table = text.parse().unwrap();
    assert_eq!(
        parsed["providers"]["novatrade24"]["secret"].as_str(),
        Some(format!("whsec_fake{id}").as_str())
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn list_prints_a_table_and_json_unchanged() {
    let fake = nt::start();
    let a = fake.state().seed("https://a.example/h", &["kyc.*"], "ACTIVE");
    let b = fake.state().seed(
        "https://b.example/h",
        &["prospect.submitted", "compliance.decision_made"],
        "PAUSED",
    );
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir).arg("list").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("EVENTS"),
        "{text}"
    );
    assert!(lines[1].contains(&a) && lines[1].contains("ACTIVE") && lines[1].contains("kyc.*"));
    assert!(lines[2].contains(&b) && lines[2].contains("prospect.submitted, compliance.decision_made"));
    let out = cmd(&fake.url, &dir)
        .args(["list", "-o", "json"])
        .output()
        .unwrap();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, Value::Array(fake.state().webhooks.clone()));
}

#[test]
fn update_enable_disable_and_event_edits_patch_the_endpoint() {
    let fake = nt::start();
    let id = fake
        .state()
        .seed("https://a.example/h", &["kyc.*", "prospect.submitted"], "PAUSED");
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = cmd(&fake.url, &dir).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    run(&[
        "update",
        &id,
        "--url",
        "https://new.example/h",
        "--status",
        "paused",
    ]);
    run(&["enable", &id]);
    run(&["disable", &id]);
    run(&["add-events", &id, "export_file.generated", "kyc.*"]);
    let shown = run(&["remove-events", &id, "prospect.submitted"]);
    assert!(shown.contains("kyc.*, export_file.generated"), "{shown}");
    let reqs = fake.requests();
    let patches: Vec<Value> = reqs
        .iter()
        .filter(|r| r.method == "PATCH")
        .map(|r| r.json())
        .collect();
    assert_eq!(
        patches,
        [
            json!({"url": "https://new.example/h", "status": "PAUSED"}),
            json!({"status": "ACTIVE"}),
            json!({"status": "DISABLED"}),
            json!({"events": ["kyc.*", "prospect.submitted", "export_file.generated"]}),
            json!({"events": ["kyc.*", "export_file.generated"]}),
        ]
    );
    // add/remove are read-modify-write: a GET precedes each PATCH.
    let lines = fake.lines();
    assert_eq!(
        &lines[3..],
        [
            format!("GET /v1/webhooks/{id}"),
            format!("PATCH /v1/webhooks/{id}"),
            format!("GET /v1/webhooks/{id}"),
            format!("PATCH /v1/webhooks/{id}"),
        ]
    );
    for r in reqs.iter().filter(|r| r.method == "PATCH") {
        assert!(is_uuid_v4(r.header("idempotency-key").unwrap()));
    }
    let keys: std::collections::HashSet<_> =
        reqs.iter().filter_map(|r| r.header("idempotency-key")).collect();
    assert_eq!(keys.len(), 5, "every write has its own key");
}

#[test]
fn delete_test_redeliver_and_rotate_reach_their_endpoints() {
    let fake = nt::start();
    let id = fake.state().seed("https://a.example/h", &["kyc.*"], "PAUSED");
    let other = fake.state().seed("https://b.example/h", &["kyc.*"], "ACTIVE");
    fake.state().deliveries.push(json!({"id": "del_1", "eventType": "kyc.vies_check_failed", "status": "FAILED", "createdAt": "2026-04-21T10:00:00Z"}));
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args([
            "test",
            &id,
            "--event",
            "kyc.vies_check_failed",
            "--data",
            r#"{"buyerId":"00000000-0000-0000-0000-000000000000"}"#,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("queued"));
    cmd(&fake.url, &dir)
        .args(["redeliver", &id, "del_1"])
        .assert()
        .success();
    let out = cmd(&fake.url, &dir)
        .args(["rotate-secret", &id, "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let new_id = fake.state().webhooks.last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new_id, id);
    assert!(stdout(&out).contains(&format!("whsec_fake{new_id}")));
    assert!(
        stderr(&out).contains(&format!("re-created as {new_id}")),
        "{}",
        stderr(&out)
    );
    cmd(&fake.url, &dir)
        .args(["delete", &other, "--yes"])
        .assert()
        .success();
    let reqs = fake.requests();
    assert_eq!(reqs[0].line(), format!("POST /v1/webhooks/{id}/test"));
    assert_eq!(
        reqs[0].json(),
        json!({"eventType": "kyc.vies_check_failed", "data": {"buyerId": "00000000-0000-0000-0000-000000000000"}})
    );
    assert_eq!(
        reqs[1].line(),
        format!("POST /v1/webhooks/{id}/deliveries/del_1/replay")
    );
    assert_eq!(
        fake.lines()[2..],
        [
            format!("GET /v1/webhooks/{id}"),
            format!("DELETE /v1/webhooks/{id}"),
            "POST /v1/webhooks".to_string(),
            format!("PATCH /v1/webhooks/{new_id}"),
            format!("DELETE /v1/webhooks/{other}"),
        ]
    );
    // Re-created with the same settings, and its PAUSED status restored.
    assert_eq!(
        reqs[4].json(),
        json!({"url": "https://a.example/h", "events": ["kyc.*"]})
    );
    assert_eq!(reqs[5].json(), json!({"status": "PAUSED"}));
    assert!(fake.state().webhooks.iter().all(|w| w["id"] != other));
}

#[test]
fn deliveries_follow_every_page_with_filters() {
    let fake = nt::start();
    let id = fake.state().seed("https://a.example/h", &["kyc.*"], "ACTIVE");
    for i in 0..5 {
        fake.state().deliveries.push(json!({"id": format!("del_{i}"), "eventId": format!("evt_{i}"), "eventType": "kyc.vies_check_failed",
            "status": "FAILED", "httpStatus": 503, "attempts": 10, "createdAt": format!("2026-04-2{i}T10:00:00Z")}));
    }
    fake.state().deliveries.push(json!({"id": "del_ok", "eventType": "kyc.*", "status": "DELIVERED", "createdAt": "2026-04-25T10:00:00Z"}));
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args([
            "deliveries",
            &id,
            "--status",
            "failed",
            "--since",
            "2026-01-01T00:00:00Z",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["del_0", "del_1", "del_2", "del_3", "del_4"]);
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 3);
    assert_eq!(reqs[0].query("page"), None, "the first call omits page");
    assert_eq!(reqs[1].query("page").as_deref(), Some("1"));
    assert_eq!(reqs[2].query("page").as_deref(), Some("2"));
    for r in &reqs {
        assert_eq!(r.query("status").as_deref(), Some("FAILED"));
        assert_eq!(r.query("since").as_deref(), Some("2026-01-01T00:00:00Z"));
    }
    let pretty = cmd(&fake.url, &dir).args(["deliveries", &id]).output().unwrap();
    let text = stdout(&pretty);
    assert!(
        text.contains("del_ok") && text.contains("del_4") && text.contains("503"),
        "{text}"
    );
}

#[test]
fn a_503_then_success_is_retried_with_the_same_idempotency_key() {
    let fake = nt::start();
    fake.inject(nt::problem(
        503,
        "internal-error",
        "Service Unavailable",
        "try again",
        json!([]),
    ));
    fake.inject(Reply::json(429, &json!({"title": "Too Many Requests"})).header("Retry-After", "0"));
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args(["create", "--url", "https://h.example/x", "--event", "kyc.*"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 3);
    let key = reqs[0].header("idempotency-key").unwrap();
    assert!(reqs.iter().all(|r| r.header("idempotency-key") == Some(key)));
    assert_eq!(fake.state().webhooks.len(), 1);
    assert!(stderr(&out).contains("retrying"), "{}", stderr(&out));
}

#[test]
fn retry_after_is_honoured() {
    let fake = nt::start();
    fake.inject(Reply::json(429, &json!({"title": "Too Many Requests"})).header("Retry-After", "1"));
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir).arg("list").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    let gap = reqs[1].at.duration_since(reqs[0].at);
    assert!(gap >= std::time::Duration::from_millis(990), "{gap:?}");
}

#[test]
fn a_4xx_is_not_retried_and_problem_details_are_shown() {
    let fake = nt::start();
    fake.inject(nt::problem(
        422,
        "validation-error",
        "Validation Error",
        "Field 'url' is invalid",
        json!([{"field": "url", "message": "must be reachable", "rejectedValue": "https://h.example/x"}]),
    ));
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args(["create", "--url", "https://h.example/x", "--event", "kyc.*"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fake.requests().len(), 1);
    let err = stderr(&out);
    for part in [
        "422",
        "Validation Error",
        "Field 'url' is invalid",
        "url must be reachable",
        "traceId req_fake0001",
    ] {
        assert!(err.contains(part), "missing {part}: {err}");
    }
    let out = cmd(&fake.url, &dir).args(["get", "wh_missing"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Webhook not found"));
}

#[test]
fn persistent_5xx_exits_3_after_the_retries() {
    let fake = nt::start();
    for _ in 0..3 {
        fake.inject(Reply::empty(502));
    }
    let dir = tempfile::tempdir().unwrap();
    let out = cmd(&fake.url, &dir)
        .args(["list", "--retries", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(fake.requests().len(), 3);
}

#[test]
fn client_credentials_are_exchanged_once_and_cached_privately() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    let token_url = format!("{}{TOKEN_PATH}", fake.url);
    let run = || {
        webhooks(&fake.url, "novatrade24", &dir)
            .args(["list", "--client-id", CLIENT_ID, "--token-url", &token_url])
            .env("HOOKCTL_NOVATRADE24_CLIENT_SECRET", CLIENT_SECRET)
            .output()
            .unwrap()
    };
    let out = run();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(reqs[0].line(), format!("POST {TOKEN_PATH}"));
    assert_eq!(reqs[0].form("grant_type").as_deref(), Some("client_credentials"));
    assert_eq!(reqs[0].form("client_id").as_deref(), Some(CLIENT_ID));
    assert_eq!(reqs[1].header("authorization"), Some("Bearer eyJ.fake.1"));
    fake.clear_log();
    assert!(run().status.success());
    assert_eq!(
        fake.lines(),
        ["GET /v1/webhooks"],
        "second run reuses the cached token"
    );
    let cache = dir.path().join("token-cache.json");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&cache).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert!(!std::fs::read_to_string(&cache).unwrap().contains(CLIENT_SECRET));
}

#[test]
fn the_client_secret_can_come_from_a_file() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    let token_url = format!("{}{TOKEN_PATH}", fake.url);
    let secret_file = dir.path().join("client-secret");
    std::fs::write(&secret_file, format!("{CLIENT_SECRET}\n")).unwrap();
    let list = || {
        webhooks(&fake.url, "novatrade24", &dir)
            .args(["list", "--client-id", CLIENT_ID, "--token-url", &token_url])
            .arg("--client-secret-file")
            .arg(&secret_file)
            .env_remove("HOOKCTL_NOVATRADE24_CLIENT_SECRET")
            .output()
            .unwrap()
    };
    let out = list();
    assert!(out.status.success(), "{}", stderr(&out));
    let reqs = fake.requests();
    assert_eq!(
        reqs[0].form("client_secret").as_deref(),
        Some(CLIENT_SECRET),
        "the newline is dropped"
    );
    assert!(!stderr(&out).contains("visible in shell history"));

    std::fs::write(&secret_file, "").unwrap();
    let out = list();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("client secret file") && stderr(&out).contains("is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_token_expiring_within_a_minute_is_not_reused() {
    let fake = nt::start();
    fake.state().expires_in = 45;
    let dir = tempfile::tempdir().unwrap();
    let token_url = format!("{}{TOKEN_PATH}", fake.url);
    for _ in 0..2 {
        webhooks(&fake.url, "novatrade24", &dir)
            .args(["list", "--client-id", CLIENT_ID, "--token-url", &token_url])
            .env("HOOKCTL_NOVATRADE24_CLIENT_SECRET", CLIENT_SECRET)
            .assert()
            .success();
    }
    assert_eq!(fake.state().token_requests, 2);
}

#[test]
fn bad_client_secret_names_the_sources_not_the_values() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    let out = webhooks(&fake.url, "novatrade24", &dir)
        .args([
            "list",
            "--client-id",
            CLIENT_ID,
            "--token-url",
            &format!("{}{TOKEN_PATH}", fake.url),
        ])
        .env("HOOKCTL_NOVATRADE24_CLIENT_SECRET", "wrong-secret-value")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("invalid_client") && err.contains("$HOOKCTL_NOVATRADE24_CLIENT_SECRET"),
        "{err}"
    );
    assert!(!err.contains("wrong-secret-value"));
    assert_eq!(fake.lines(), [format!("POST {TOKEN_PATH}")]);
}

#[test]
fn a_401_names_the_token_source_and_never_the_token() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    let out = webhooks(&fake.url, "novatrade24", &dir)
        .arg("list")
        .env("HOOKCTL_NOVATRADE24_TOKEN", "stale-token-123")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("401") && err.contains("$HOOKCTL_NOVATRADE24_TOKEN"),
        "{err}"
    );
    assert!(!err.contains("stale-token-123"));
    assert_eq!(fake.requests().len(), 1, "a 401 is not retried");
}

#[test]
fn invalid_input_sends_nothing_and_exits_2() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["create", "--url", "https://h.example/x", "--event", "*"],
            "root wildcard",
        ),
        (
            &["create", "--url", "http://h.example/x", "--event", "kyc.*"],
            "https",
        ),
        (
            &[
                "create",
                "--url",
                "https://h.example/x",
                "--event",
                "kyc.vies_chek_failed",
            ],
            "did you mean `kyc.vies_check_failed`",
        ),
        (
            &[
                "create",
                "--url",
                "https://h.example/x",
                "--event",
                "export_file.*",
            ],
            "not a wildcard",
        ),
        (&["create", "--url", "https://h.example/x"], "--event"),
        (&["create", "--event", "kyc.*"], "--url"),
        (
            &[
                "create",
                "--url",
                "https://h.example/x",
                "--event",
                "kyc.*",
                "--partner-id",
                "nope",
            ],
            "UUID",
        ),
        (&["delete", "wh_1"], "--yes"),
        (&["rotate-secret", "wh_1"], "--yes"),
        (&["ping", "wh_1"], "test wh_1 --event"),
        (&["test", "wh_1", "--event", "kyc.*"], "not a wildcard"),
        (
            &[
                "test",
                "wh_1",
                "--event",
                "kyc.vies_check_failed",
                "--data",
                "[1]",
            ],
            "JSON object",
        ),
        (
            &["deliveries", "wh_1", "--status", "LOST"],
            "PENDING, DELIVERED, FAILED",
        ),
        (&["deliveries", "wh_1", "--since", "yesterday-ish"], "--since"),
        (&["update", "wh_1"], "nothing to update"),
        (
            &["update", "wh_1", "--status", "sleeping"],
            "ACTIVE, PAUSED, DISABLED",
        ),
        (&["list", "--base-url", "http://127.0.0.1:9/v1"], "has a path"),
    ];
    for (args, needle) in cases {
        let out = cmd(&fake.url, &dir).args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(needle), "{args:?}: expected {needle:?} in {err}");
        assert!(err.starts_with("error: "), "{err}");
    }
    let out = webhooks(&fake.url, "novatrade24", &dir)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--client-id"), "{}", stderr(&out));
    assert!(fake.requests().is_empty(), "{:?}", fake.lines());
}

#[test]
fn config_base_url_is_used_when_no_flag_is_given() {
    let fake = nt::start();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "[providers.novatrade24]\nbase_url = \"{}\"\ntoken = \"{STATIC_TOKEN}\"\n",
            fake.url
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            dir.path().join("config.toml"),
            std::fs::Permissions::from_mode(0o600),
        )
        .unwrap();
    }
    let out = crate::support::hookctl()
        .env("HOOKCTL_CONFIG", dir.path().join("config.toml"))
        .args(["webhooks", "list", "--provider", "novatrade24"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fake.lines(), ["GET /v1/webhooks"]);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}

#[test]
fn refused_and_reset_connections_are_retried_then_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let refused = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let out = cmd(&format!("http://127.0.0.1:{refused}"), &dir)
        .args(["list", "--retries", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.matches("retrying").count(), 2, "{err}");
    assert!(err.contains("cannot reach 127.0.0.1"), "{err}");

    // A server that accepts and drops every connection before answering.
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = accepted.clone();
    std::thread::spawn(move || {
        for s in l.incoming() {
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            drop(s);
        }
    });
    let out = cmd(&format!("http://127.0.0.1:{port}"), &dir)
        .args(["list", "--retries", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(
        accepted.load(std::sync::atomic::Ordering::SeqCst),
        3,
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_silent_server_times_out_without_retrying() {
    let dir = tempfile::tempdir().unwrap();
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = accepted.clone();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in l.incoming() {
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            held.push(s); // never answer
        }
    });
    let started = std::time::Instant::now();
    let out = cmd(&format!("http://127.0.0.1:{port}"), &dir)
        .args(["list", "--timeout", "300ms"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("no answer from 127.0.0.1 within 300ms"),
        "{}",
        stderr(&out)
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 1);
}
