//! JWT-signed providers (Vonage, Netlify, Monday.com): tokens assembled independently with
//! `openssl` (base64url parts, HMAC-SHA256), checked both ways, and monday.com's challenge.

use std::time::Duration;

use serde_json::Value;

use crate::support::listen::{request, Listener};
use crate::support::{hookctl, stderr, stdout};

fn b64url(bytes: &[u8]) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$D\" | openssl base64 -A | tr '+/' '-_' | tr -d '='")
        .env("D", String::from_utf8(bytes.to_vec()).unwrap())
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// An HS256 JWT made with openssl alone.
fn openssl_jwt(secret: &str, claims: &str) -> String {
    let signing_input = format!(
        "{}.{}",
        b64url(br#"{"typ":"JWT","alg":"HS256"}"#),
        b64url(claims.as_bytes())
    );
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$D\" | openssl dgst -sha256 -hmac \"$K\" -binary | openssl base64 -A | tr '+/' '-_' | tr -d '='")
        .env("D", &signing_input)
        .env("K", secret)
        .output()
        .unwrap();
    format!("{signing_input}.{}", String::from_utf8(out.stdout).unwrap())
}

fn sha256_hex(data: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$D\" | openssl dgst -sha256 -r | cut -d' ' -f1")
        .env("D", data)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn verify(provider: &str, secret: &str, body: &str, header: &str, now: i64) -> (Option<i32>, Value) {
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args(["verify", "-p", provider, "-o", "json", "--data", body])
        .args(["--now", &now.to_string(), "-H", header])
        .output()
        .unwrap();
    let json =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}{}", stdout(&out), stderr(&out)));
    (out.status.code(), json)
}

#[test]
fn vonage_checks_the_secret_the_payload_hash_and_the_issuer() {
    let body = r#"{"message_uuid":"m-1","status":"delivered","channel":"sms"}"#;
    let secret = "vonage-sig-secret";
    let claims = |hash: &str, iss: &str| {
        format!(
            r#"{{"iat":1700000000,"jti":"j-1","iss":"{iss}","payload_hash":"{hash}","api_key":"k","application_id":"a"}}"#
        )
    };
    let good = openssl_jwt(secret, &claims(&sha256_hex(body), "Vonage"));
    let auth = |t: &str| format!("Authorization: Bearer {t}");
    assert_eq!(
        verify("vonage", secret, body, &auth(&good), 1_700_000_000).0,
        Some(0)
    );
    // Auto-detected from the token's payload_hash claim.
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args([
            "verify",
            "-o",
            "json",
            "--now",
            "1700000000",
            "--data",
            body,
            "-H",
            &auth(&good),
        ])
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["provider"],
        "vonage"
    );
    let (code, json) = verify("vonage", "another-secret", body, &auth(&good), 1_700_000_000);
    assert_eq!((code, json["reason"].as_str()), (Some(1), Some("mismatch")));
    let (code, json) = verify(
        "vonage",
        secret,
        &body.replace("m-1", "m-2"),
        &auth(&good),
        1_700_000_000,
    );
    assert_eq!((code, json["reason"].as_str()), (Some(1), Some("mismatch")));
    assert!(
        json["detail"].as_str().unwrap().contains("payload_hash"),
        "{json}"
    );
    let other_iss = openssl_jwt(secret, &claims(&sha256_hex(body), "Someone"));
    assert_eq!(
        verify("vonage", secret, body, &auth(&other_iss), 1_700_000_000).0,
        Some(1)
    );
    let (code, json) = verify(
        "vonage",
        secret,
        body,
        &format!("Authorization: {good}"),
        1_700_000_000,
    );
    assert_eq!(
        (code, json["reason"].as_str()),
        (Some(1), Some("malformed signature header"))
    );
    let (_, json) = verify("vonage", secret, body, &auth(&good), 1_700_000_301);
    assert_eq!(json["reason"], "stale timestamp");
}

#[test]
fn netlify_needs_its_issuer_and_the_body_hash() {
    let body = r#"{"id":"d-1","state":"ready"}"#;
    let secret = "jws-secret";
    let token =
        |iss: &str, hash: &str| openssl_jwt(secret, &format!(r#"{{"iss":"{iss}","sha256":"{hash}"}}"#));
    let header = |t: &str| format!("X-Webhook-Signature: {t}");
    assert_eq!(
        verify(
            "netlify",
            secret,
            body,
            &header(&token("netlify", &sha256_hex(body))),
            0
        )
        .0,
        Some(0)
    );
    let (code, json) = verify(
        "netlify",
        secret,
        body,
        &header(&token("github", &sha256_hex(body))),
        0,
    );
    assert_eq!((code, json["reason"].as_str()), (Some(1), Some("mismatch")));
    let (code, _) = verify(
        "netlify",
        secret,
        body,
        &header(&token("netlify", &sha256_hex("{}"))),
        0,
    );
    assert_eq!(code, Some(1));
    let (code, json) = verify("netlify", secret, body, "X-Webhook-Signature: not-a-jwt", 0);
    assert_eq!(
        (code, json["reason"].as_str()),
        (Some(1), Some("malformed signature header"))
    );
}

#[test]
fn monday_tokens_are_openssls_hmac_and_expire() {
    let secret = "monday-signing-secret";
    let body = r#"{"event":{"type":"create_pulse","triggerUuid":"t-1"}}"#;
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args([
            "sign",
            "-p",
            "monday",
            "-o",
            "json",
            "--timestamp",
            "1700000000",
            "--data",
            body,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let token = json["headers"]["Authorization"].as_str().unwrap().to_string();
    // The signature is openssl's HMAC of the token's first two parts.
    let (signing_input, sig) = token.rsplit_once('.').unwrap();
    let again = openssl_jwt_signature(secret, signing_input);
    assert_eq!(sig, again);
    let header = format!("Authorization: {token}");
    let (code, json) = verify("monday", secret, body, &header, 1_700_000_010);
    assert_eq!(code, Some(0), "{json}");
    // The token does not cover the body: another body verifies too, and verify says so.
    let (code, json) = verify("monday", secret, r#"{"other":1}"#, &header, 1_700_000_010);
    assert_eq!(code, Some(0));
    assert!(json.to_string().contains("not signed"), "{json}");
    let (code, json) = verify("monday", "wrong", body, &header, 1_700_000_010);
    assert_eq!((code, json["reason"].as_str()), (Some(1), Some("mismatch")));
    // aud is the URL called: checked when the URL is known (listen always knows it).
    let with_url = |url: &str| -> Value {
        let out = hookctl()
            .env("HOOKCTL_SECRET", secret)
            .args([
                "verify", "-p", "monday", "-o", "json", "--data", body, "--url", url,
            ])
            .args(["--now", "1700000010", "-H", &header])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert!(json_note(
        &verify("monday", secret, body, &header, 1_700_000_010).1,
        "--url"
    ));
    assert_eq!(with_url("https://example.com/monday/webhook")["valid"], true);
    let other = with_url("https://example.com/other");
    assert_eq!(other["reason"], "mismatch", "{other}");
    assert!(other["detail"].as_str().unwrap().contains("aud"), "{other}");
    // exp = iat + 5 minutes: past it (with a longer tolerance) the token has expired.
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args([
            "verify",
            "-p",
            "monday",
            "-o",
            "json",
            "--data",
            body,
            "--tolerance",
            "1h",
        ])
        .args(["--now", "1700000301", "-H", &header])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["reason"], "stale timestamp", "{json}");
    assert!(json["detail"].as_str().unwrap().contains("expired"), "{json}");
}

fn json_note(v: &Value, needle: &str) -> bool {
    v.to_string().contains(needle)
}

fn openssl_jwt_signature(secret: &str, signing_input: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$D\" | openssl dgst -sha256 -hmac \"$K\" -binary | openssl base64 -A | tr '+/' '-_' | tr -d '='")
        .env("D", signing_input)
        .env("K", secret)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn monday_send_test_to_listen_and_its_challenge_both_sides() {
    let secret = "monday-round-trip-secret";
    let l = Listener::start(
        &["-p", "monday", "--count", "1", "--timeout", "20s"],
        &[("HOOKCTL_SECRET", secret)],
    );
    let url = format!("http://127.0.0.1:{}/", l.port);
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args(["send-test", &url, "-p", "monday", "--challenge", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["challenge"]["passed"], true, "{json}");
    // A raw challenge is echoed as JSON; it is not an event, so --count is not reached.
    let r = request(
        l.port,
        "POST",
        "/",
        &[("Content-Type", "application/json")],
        br#"{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}"#,
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        serde_json::from_str::<Value>(&r.text()).unwrap()["challenge"],
        "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    );
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args(["send-test", &url, "-p", "monday", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let (status, events, err) = l.wait(Duration::from_secs(20));
    assert_eq!(status.code(), Some(0), "{err}");
    let last: Value = serde_json::from_str(events.last().unwrap()).unwrap();
    assert_eq!(
        (
            last["provider"].as_str(),
            last["signature"].as_str(),
            last["event_type"].as_str()
        ),
        (Some("monday"), Some("valid"), Some("create_pulse")),
        "{last}"
    );
    // Signed with another secret, a delivery is refused.
    let l = Listener::start(&["-p", "monday"], &[("HOOKCTL_SECRET", secret)]);
    let out = hookctl()
        .env("HOOKCTL_SECRET", "not-the-secret")
        .args([
            "send-test",
            &format!("http://127.0.0.1:{}/", l.port),
            "-p",
            "monday",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}
