//! A closed stdout (`hookctl … | head -1`) stops output, never work, and never turns a failure
//! into success (issue #14, "Exit codes, pipes, signals").

use std::process::{Command, Stdio};

use crate::support::send::{refused_url, Receiver, Resp};
use crate::support::temp_file;

/// A record line as `listen --record` writes it.
fn record(id: &str) -> String {
    serde_json::json!({
        "received_at": "2024-01-01T00:00:00Z",
        "provider": "noko",
        "event_type": "entry.created",
        "event_id": id,
        "signature": "valid",
        "method": "POST",
        "path": "/hooks",
        "headers": {"Content-Type": "application/json"},
        "body": format!("{{\"payload_id\":\"{id}\"}}"),
        "status": 200,
    })
    .to_string()
}

/// Run hookctl with its stdout already closed, as `| head -1` leaves it after the first line.
fn with_closed_stdout(args: &[&str]) -> std::process::ExitStatus {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hookctl"))
        .env_clear()
        .env("HOOKCTL_CONFIG", "/nonexistent/hookctl-test/config.toml")
        .env("CI", "true")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait().unwrap()
}

#[test]
fn replay_into_a_closed_pipe_still_delivers_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = (1..=8).map(|i| record(&format!("id-{i}"))).collect();
    let file = temp_file(&dir, "rec.jsonl", lines.join("\n").as_bytes());
    let app = Receiver::start(|_, _| Resp::status(200));
    let status = with_closed_stdout(&["replay", file.to_str().unwrap(), "--to", &app.url]);
    assert_eq!(status.code(), Some(0));
    assert_eq!(app.requests().len(), 8, "every record is replayed");
}

#[test]
fn replay_to_an_unreachable_url_exits_3_even_into_a_closed_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = (1..=3).map(|i| record(&format!("id-{i}"))).collect();
    let file = temp_file(&dir, "rec.jsonl", lines.join("\n").as_bytes());
    let status = with_closed_stdout(&["replay", file.to_str().unwrap(), "--to", &refused_url()]);
    assert_eq!(status.code(), Some(3));
}

#[test]
fn send_test_into_a_closed_pipe_keeps_its_exit_code() {
    let app = Receiver::start(|_, _| Resp::status(500));
    let status = with_closed_stdout(&[
        "send-test",
        &app.url,
        "-p",
        "github",
        "--secret",
        "s",
        "--repeat",
        "3",
    ]);
    assert_eq!(
        status.code(),
        Some(1),
        "a 500 is a failed check, closed pipe or not"
    );
    assert_eq!(app.requests().len(), 3);
}

#[test]
fn with_json_output_an_error_is_also_one_json_object_on_stderr() {
    let out = crate::support::hookctl()
        .args(["keygen", "ed25519", "-o", "json", "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = crate::support::stderr(&out);
    let last = err.lines().last().unwrap();
    let v: serde_json::Value = serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {err}"));
    assert!(v["error"]["message"].as_str().unwrap().contains("--out -"), "{v}");
    assert!(v["error"]["hint"].is_string(), "{v}");
    assert_eq!(v["error"]["exit_code"], 2);
    assert!(err.starts_with("error: "), "the plain lines stay: {err}");
    let out = crate::support::hookctl()
        .args(["events", "-p", "nosuchprovider", "-o", "json"])
        .output()
        .unwrap();
    let err = crate::support::stderr(&out);
    let v: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(v["error"]["exit_code"], out.status.code().unwrap());
}
