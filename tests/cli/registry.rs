//! One registry of providers: every command that takes a provider id accepts the config file's
//! own `[schemes.<name>]` as it does a built-in, and every built-in has a known-answer vector.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::{hookctl, stderr, stdout, temp_file};

/// A config with a user scheme written as README's "Your own scheme, as data" shows it (without
/// its `timestamp` line: a `key_value` format carries the timestamp itself).
const ACME: &str = r#"
[schemes.acme]
name = "Acme"
signature_header = "X-Acme-Signature"
format = { kind = "key_value", timestamp_key = "ts", signature_key = "sig", separator = ";" }
template = "{timestamp}|{body}"
algorithm = "sha512"
encoding = "base64"
key = "utf8"
headers = { "X-Acme-Event" = "{event_type}" }
event_type_paths = ["kind"]
"#;

#[test]
fn config_set_accepts_a_user_schemes_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "config.toml", ACME.as_bytes());
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["config", "set", "providers.acme.secret", "acme-secret-value"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["config", "get", "providers.acme.secret", "--reveal"])
        .output()
        .unwrap();
    assert_eq!(stdout(&got).trim(), "acme-secret-value", "{}", stderr(&got));
    // The scheme table is kept as written.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("X-Acme-Signature"), "{text}");

    // A name that is neither built in nor the user's is still refused, with a suggestion.
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["config", "set", "providers.acne.secret", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown provider `acne`"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("`acme`"), "{}", stderr(&out));
}

#[test]
fn events_lists_a_user_schemes_empty_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "config.toml", ACME.as_bytes());
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["events", "-p", "acme", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list, serde_json::json!([]));
    // On a terminal-style listing, an empty catalog says so and how to get samples.
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["events", "-p", "acme"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "no data lines for no events");
    assert!(
        stderr(&out).contains("has no event samples") && stderr(&out).contains("catalog = "),
        "{}",
        stderr(&out)
    );
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["events", "-p", "acme", "widget.made"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown acme event `widget.made`"),
        "{}",
        stderr(&out)
    );
    // Without the config, acme is unknown.
    let out = hookctl().args(["events", "-p", "acme"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown provider `acme`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn secret_for_accepts_a_user_schemes_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "config.toml", ACME.as_bytes());
    let cfg = path.display().to_string();
    let secret = temp_file(&dir, "acme.secret", b"acme-secret\n");
    let flag = format!("acme=@{}", secret.display());
    let listener =
        crate::support::listen::Listener::start(&["--secret-for", &flag], &[("HOOKCTL_CONFIG", &cfg)]);
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args([
            "send-test",
            &format!("http://127.0.0.1:{}/", listener.port),
            "-p",
            "acme",
            "--secret-file",
        ])
        .arg(&secret)
        .args(["--data", r#"{"kind":"widget.made"}"#])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let event = listener.next_event();
    assert_eq!(
        (event["provider"].as_str(), event["signature"].as_str()),
        (Some("acme"), Some("valid")),
        "{event}"
    );

    let out = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args(["listen", "--port", "0", "--secret-for", "acne=@x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`acme`"), "{}", stderr(&out));
}

#[test]
fn every_builtin_provider_has_a_known_answer_vector() {
    let out = hookctl().args(["providers", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed: BTreeSet<String> = serde_json::from_slice::<Vec<Value>>(&out.stdout)
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    let vectors: Vec<Value> =
        serde_json::from_str(include_str!("../../vectors/signatures.json")).expect("vectors parse");
    let covered: BTreeSet<String> = vectors
        .iter()
        .map(|v| v["provider"].as_str().unwrap().to_string())
        .collect();
    let missing: Vec<&String> = listed.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "no vector in vectors/signatures.json for {missing:?}"
    );
    let stray: Vec<&String> = covered.difference(&listed).collect();
    assert!(
        stray.is_empty(),
        "vectors for providers that do not exist: {stray:?}"
    );
}
