//! Hygraph: HMAC over a JSON envelope of the body, environment and time, checked against an
//! envelope built here the way Hygraph's own `@hygraph/utils` builds it.

use serde_json::Value;

use crate::support::{hookctl, stderr};

/// `gcms-signature` as @hygraph/utils' generateWebhookSignature makes it: JSON.stringify of the
/// envelope (serde_json writes strings as JSON.stringify does), `&`, `<`, `>` replaced as the
/// utility replaces them, HMAC-SHA256 by openssl.
fn utility_signature(secret: &str, body: &str, env: &str, ms: i64) -> String {
    let envelope =
        serde_json::to_string(&serde_json::json!({"Body": body, "EnvironmentName": env, "TimeStamp": ms}))
            .unwrap()
            .replace('&', "\\\\u0026")
            .replace('<', "\\\\u003c")
            .replace('>', "\\\\u003e");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$D\" | openssl dgst -sha256 -hmac \"$K\" -binary | openssl base64 -A")
        .env("D", &envelope)
        .env("K", secret)
        .output()
        .expect("openssl runs");
    format!(
        "sign={}, env={env}, t={ms}",
        String::from_utf8(out.stdout).unwrap()
    )
}

fn verify(body: &str, header: &str, now: i64) -> Value {
    let out = hookctl()
        .env("HOOKCTL_SECRET", "hygraph-secret")
        .args(["verify", "-o", "json", "--data", body, "--now", &now.to_string()])
        .args(["-H", &format!("gcms-signature: {header}")])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}", stderr(&out)))
}

#[test]
fn hygraph_matches_the_utility_including_escapes_environments_and_time() {
    let body =
        "{\"operation\":\"update\",\"data\":{\"title\":\"Tom & Jerry <3>\",\"text\":\"line\\nnext \u{e9}\"}}";
    let header = utility_signature("hygraph-secret", body, "staging", 1_700_000_000_000);
    let v = verify(body, &header, 1_700_000_000);
    assert_eq!(
        (v["provider"].as_str(), v["valid"].as_bool()),
        (Some("hygraph"), Some(true)),
        "{v}"
    );
    // The environment and the time are signed.
    let other_env = header.replace("env=staging", "env=master");
    assert_eq!(verify(body, &other_env, 1_700_000_000)["reason"], "mismatch");
    let other_t = header.replace("t=1700000000000", "t=1700000000001");
    assert_eq!(verify(body, &other_t, 1_700_000_000)["reason"], "mismatch");
    assert_eq!(
        verify(&body.replace("Jerry", "Jerri"), &header, 1_700_000_000)["reason"],
        "mismatch"
    );
    assert_eq!(verify(body, &header, 1_700_000_301)["reason"], "stale timestamp");
    assert_eq!(
        verify(body, "sign=abc", 1_700_000_000)["reason"],
        "malformed signature header"
    );

    // hookctl's own signature is the one node makes for environment master.
    let out = hookctl()
        .env("HOOKCTL_SECRET", "hygraph-secret")
        .args([
            "sign",
            "-p",
            "hygraph",
            "-o",
            "json",
            "--timestamp",
            "1700000000",
            "--data",
            body,
        ])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["headers"]["gcms-signature"],
        utility_signature("hygraph-secret", body, "master", 1_700_000_000_000).as_str()
    );
}
