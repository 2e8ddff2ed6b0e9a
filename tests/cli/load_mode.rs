//! `send-test` load mode: what the summary says when a run is cut short or nothing answers.

use std::process::Stdio;
use std::time::Duration;

use crate::support::send::{secret_for, Receiver, Resp};
use crate::support::{hookctl, stderr, stdout};

#[test]
fn nothing_answered_is_zero_throughput() {
    let out = hookctl()
        .args([
            "send-test",
            "http://127.0.0.1:1/",
            "-p",
            "github",
            "--count",
            "50",
        ])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("throughput  0.0 answered events/s (0 answered"),
        "{text}"
    );

    let out = hookctl()
        .args([
            "send-test",
            "http://127.0.0.1:1/",
            "-p",
            "github",
            "--count",
            "50",
            "-o",
            "json",
        ])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["events_per_s"], 0.0, "{v}");
    assert_eq!(v["answered"], 0, "{v}");
    assert_eq!(v["sent"], 50, "{v}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_prints_what_was_done() {
    let rx = Receiver::start(|_, _| Resp::status(200));
    let bin = assert_cmd::cargo::cargo_bin("hookctl");
    let child = std::process::Command::new(bin)
        .args([
            "send-test",
            &rx.url,
            "-p",
            "github",
            "--count",
            "1000",
            "--rate",
            "100",
        ])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .env("HOOKCTL_CONFIG", "/nonexistent/hookctl-test/config.toml")
        .env("CI", "true")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    let (text, err) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{text}{err}");
    let sent = rx.requests().len();
    assert!(sent > 10 && sent < 1000, "{sent} requests");
    assert!(text.contains("of 1000 events to"), "{text}");
    assert!(text.contains("(interrupted)"), "{text}");
    assert!(text.contains("status      200 ×"), "{text}");
    assert!(err.contains("interrupted:"), "{err}");
}
