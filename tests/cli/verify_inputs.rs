//! `verify --request`: one request per run, `-` is stdin (issue #14, "Inputs").

use crate::support::{hookctl, stderr, stdout, temp_file};

/// A GitHub record line as `listen --record` writes it, signed with `secret`.
fn record(secret: &str, body: &str) -> String {
    let sig = stdout(
        &hookctl()
            .args([
                "sign", "-p", "github", "-o", "value", "--secret", secret, "--data", body,
            ])
            .output()
            .unwrap(),
    );
    serde_json::json!({
        "provider": "github",
        "method": "POST",
        "path": "/hooks",
        "headers": {"Content-Type": "application/json", "X-Hub-Signature-256": format!("sha256={}", sig.trim().trim_start_matches("sha256="))},
        "body": body,
    })
    .to_string()
}

#[test]
fn a_record_file_with_several_records_is_refused_not_half_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = record("s", r#"{"n":1}"#);
    let bad = record("other", r#"{"n":2}"#);
    let file = temp_file(&dir, "rec.jsonl", format!("{good}\n{bad}\n").as_bytes());
    let out = hookctl()
        .args(["verify", "-p", "github", "--secret", "s", "--request"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}{}", stdout(&out), stderr(&out));
    assert!(stderr(&out).contains("holds 2 records"), "{}", stderr(&out));
    assert!(stderr(&out).contains("sed -n 2p"), "{}", stderr(&out));
    assert!(!stdout(&out).contains("valid"), "{}", stdout(&out));
}

#[test]
fn request_dash_reads_stdin() {
    let line = record("s", r#"{"n":1}"#);
    let out = hookctl()
        .args(["verify", "-p", "github", "--secret", "s", "--request", "-"])
        .write_stdin(format!("{line}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("valid signature"), "{}", stdout(&out));
}

#[test]
fn sign_value_output_round_trips_through_verify_signature() {
    for provider in ["github", "shopify"] {
        let sig = stdout(
            &hookctl()
                .args([
                    "sign", "-p", provider, "--secret", "s", "--data", "{}", "-o", "value",
                ])
                .output()
                .unwrap(),
        );
        let out = hookctl()
            .args([
                "verify",
                "-p",
                provider,
                "--secret",
                "s",
                "--data",
                "{}",
                "--signature",
                sig.trim(),
            ])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{provider}: {}{}",
            stdout(&out),
            stderr(&out)
        );
    }
}
