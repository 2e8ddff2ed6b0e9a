//! Certificate-based providers (RSA over the provider's own string, verified with the signer's
//! X.509 certificate): Amazon SNS and PayPal. Answers are computed with `openssl` and the test
//! key pair in vectors/ (rsa-test-key.pem, rsa-test-cert.pem).

use std::time::Duration;

use serde_json::Value;

use crate::support::listen::Listener;
use crate::support::{hookctl, repo_path, stderr, stdout};

fn key() -> String {
    repo_path("vectors/rsa-test-key.pem").display().to_string()
}

fn cert() -> String {
    repo_path("vectors/rsa-test-cert.pem").display().to_string()
}

fn vector(provider: &str) -> Value {
    let all: Vec<Value> = serde_json::from_str(include_str!("../../vectors/signatures.json")).unwrap();
    all.into_iter().find(|v| v["provider"] == provider).unwrap()
}

/// base64 of openssl's RSASSA-PKCS1-v1_5 signature of `data` with the test key.
fn openssl_sign(digest: &str, data: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let msg = dir.path().join("msg");
    std::fs::write(&msg, data).unwrap();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl dgst -{digest} -sign \"$K\" \"$M\" | openssl base64 -A"
        ))
        .env("K", key())
        .env("M", &msg)
        .output()
        .expect("openssl runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Whether openssl accepts `sig_b64` as the test certificate's signature of `data`.
fn openssl_verifies(digest: &str, data: &[u8], sig_b64: &str) -> bool {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("msg"), data).unwrap();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl x509 -in \"$C\" -pubkey -noout > \"$D/pub.pem\" && printf %s \"$S\" | openssl base64 -d -A > \"$D/sig\" \
             && openssl dgst -{digest} -verify \"$D/pub.pem\" -signature \"$D/sig\" \"$D/msg\""
        ))
        .env("C", cert())
        .env("D", dir.path())
        .env("S", sig_b64)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).contains("Verified OK")
}

fn sns_string_to_sign(m: &Value) -> String {
    let fields: &[&str] = if m["Type"] == "Notification" {
        &["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"]
    } else {
        &[
            "Message",
            "MessageId",
            "SubscribeURL",
            "Timestamp",
            "Token",
            "TopicArn",
            "Type",
        ]
    };
    fields
        .iter()
        .filter_map(|f| m[*f].as_str().map(|v| format!("{f}\n{v}\n")))
        .collect()
}

/// `verify -p sns` with the test certificate; `headers` default to SNS's type header.
fn verify_sns(body: &str, now: i64, headers: &[&str]) -> std::process::Output {
    let headers = if headers.is_empty() {
        &["-H", "x-amz-sns-message-type: Notification"][..]
    } else {
        headers
    };
    hookctl()
        .args(["verify", "-p", "sns", "--public-key", &cert(), "-o", "json"])
        .args(["--data", body, "--now", &now.to_string()])
        .args(headers)
        .output()
        .unwrap()
}

#[test]
fn sns_sign_puts_the_openssl_signature_in_the_body() {
    let v = vector("sns");
    let out = hookctl()
        .args(["sign", "-p", "sns", "--private-key", &key(), "-o", "json"])
        .args(["--timestamp", "1700000000", "--id", v["id"].as_str().unwrap()])
        .args(["--data", v["body"].as_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent: Value = serde_json::from_str(json["body"].as_str().unwrap()).unwrap();
    let want: Value = serde_json::from_str(v["body"].as_str().unwrap()).unwrap();
    assert_eq!(sent, want, "every field, the Signature included");
    // The vector's signature is openssl's over the string this test builds by itself.
    let signed = sns_string_to_sign(&want);
    assert_eq!(want["Signature"], openssl_sign("sha1", signed.as_bytes()));
}

#[test]
fn sns_signature_version_2_is_sha256_both_ways() {
    // hookctl signs v2; openssl verifies SHA256withRSA over the fields.
    let body = r#"{"Type":"Notification","MessageId":"m-1","TopicArn":"arn:aws:sns:eu-west-1:1:T","Message":"v2 please","SignatureVersion":"2"}"#;
    let out = hookctl()
        .args(["sign", "-p", "sns", "--private-key", &key(), "-o", "json"])
        .args(["--timestamp", "1700000000", "--data", body])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent: Value = serde_json::from_str(json["body"].as_str().unwrap()).unwrap();
    assert_eq!(sent["SignatureVersion"], "2");
    assert_eq!(sent["Timestamp"], "2023-11-14T22:13:20.000Z");
    let signed = sns_string_to_sign(&sent);
    assert!(!signed.contains("Subject"), "no Subject, none signed: {signed}");
    assert!(openssl_verifies(
        "sha256",
        signed.as_bytes(),
        sent["Signature"].as_str().unwrap()
    ));
    assert!(!openssl_verifies(
        "sha1",
        signed.as_bytes(),
        sent["Signature"].as_str().unwrap()
    ));

    // openssl signs v2; hookctl verifies it, and refuses it as v1.
    let mut msg = sent.clone();
    msg["Signature"] = openssl_sign("sha256", signed.as_bytes()).into();
    let ok = verify_sns(&msg.to_string(), 1_700_000_010, &[]);
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    msg["SignatureVersion"] = "1".into();
    let v1 = verify_sns(&msg.to_string(), 1_700_000_010, &[]);
    assert_eq!(v1.status.code(), Some(1), "{}", stdout(&v1));
}

#[test]
fn sns_rejects_a_changed_field_a_stale_timestamp_and_a_type_header_that_disagrees() {
    let v = vector("sns");
    let body = v["body"].as_str().unwrap();
    let reason = |out: &std::process::Output| -> String {
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        json["reason"].as_str().unwrap_or("none").to_string()
    };
    let ok = verify_sns(body, 1_700_000_000, &[]);
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    for (from, to) in [
        ("Hello world!", "Hello world?"),
        ("My First Message", "My First Massage"),
        ("22b80b92", "22b80b93"),
    ] {
        let out = verify_sns(&body.replace(from, to), 1_700_000_000, &[]);
        assert_eq!(out.status.code(), Some(1), "{from}");
        assert_eq!(reason(&out), "mismatch", "{from}");
    }
    // Unsigned fields may change (SNS does not sign UnsubscribeURL or SigningCertURL).
    let moved = body.replace("c9135db0", "00000000");
    assert_eq!(verify_sns(&moved, 1_700_000_000, &[]).status.code(), Some(0));
    let stale = verify_sns(body, 1_700_000_301, &[]);
    assert_eq!(reason(&stale), "stale timestamp");
    let other_type = verify_sns(
        body,
        1_700_000_000,
        &["-H", "x-amz-sns-message-type: SubscriptionConfirmation"],
    );
    assert_eq!(other_type.status.code(), Some(1));
    // A certificate URL off AWS's SNS hosts is said so, even though the given cert verifies.
    let off_aws = body.replace(
        "https://sns.us-west-2.amazonaws.com/SimpleNotificationService",
        "https://evil.test/x",
    );
    let out = verify_sns(&off_aws, 1_700_000_000, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("sns.<region>.amazonaws.com"),
        "{}",
        stdout(&out)
    );
    // No certificate: a clear error (exit 2) that says hookctl never fetches one.
    let none = hookctl()
        .args(["verify", "-p", "sns", "--data", body])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("never fetches"), "{}", stderr(&none));
}

#[test]
fn sns_send_test_to_listen_round_trip() {
    let l = Listener::start(
        &[
            "-p",
            "sns",
            "--public-key",
            &cert(),
            "--count",
            "1",
            "--timeout",
            "20s",
        ],
        &[],
    );
    let url = format!("http://127.0.0.1:{}/", l.port);
    let out = hookctl()
        .args([
            "send-test",
            &url,
            "-p",
            "sns",
            "--private-key",
            &key(),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let (status, events, err) = l.wait(Duration::from_secs(20));
    assert_eq!(status.code(), Some(0), "{err}");
    let event: Value = serde_json::from_str(&events[0]).unwrap();
    assert_eq!(
        (
            event["provider"].as_str(),
            event["signature"].as_str(),
            event["event_type"].as_str()
        ),
        (Some("sns"), Some("valid"), Some("Notification")),
        "{event}"
    );
}

#[test]
fn sns_subscription_confirmation_both_sides() {
    let challenge = |port: u16| {
        hookctl()
            .args(["send-test", &format!("http://127.0.0.1:{port}/"), "-p", "sns"])
            .args(["--private-key", &key(), "--challenge", "-o", "json"])
            .output()
            .unwrap()
    };
    // With --confirm-sns, listen visits the SubscribeURL of the verified confirmation.
    let l = Listener::start(&["-p", "sns", "--public-key", &cert(), "--confirm-sns"], &[]);
    let out = challenge(l.port);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["challenge"]["passed"], true, "{json}");
    assert_eq!(l.next_event()["signature"], "challenge");
    assert!(
        l.stderr().contains("confirmed the SNS subscription"),
        "{}",
        l.stderr()
    );

    // Without it, listen answers 200 and shows the URL; send-test says it was not visited.
    let l = Listener::start(&["-p", "sns", "--public-key", &cert()], &[]);
    let out = challenge(l.port);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        json["challenge"]["detail"]
            .as_str()
            .unwrap()
            .contains("did not visit SubscribeURL"),
        "{json}"
    );
    assert!(
        l.stderr().contains("SubscribeURL http://127.0.0.1:"),
        "{}",
        l.stderr()
    );

    // A confirmation whose signature does not verify is never visited, even answered 200.
    let dir = tempfile::tempdir().unwrap();
    let other_key = dir.path().join("other.pem");
    let made = std::process::Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
        ])
        .arg(&other_key)
        .output()
        .unwrap();
    assert!(made.status.success());
    let l = Listener::start(
        &[
            "-p",
            "sns",
            "--public-key",
            &cert(),
            "--confirm-sns",
            "--accept-invalid",
        ],
        &[],
    );
    let out = hookctl()
        .args(["send-test", &format!("http://127.0.0.1:{}/", l.port), "-p", "sns"])
        .arg("--private-key")
        .arg(&other_key)
        .args(["--challenge", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(l.stderr().contains("did not verify"), "{}", l.stderr());
}

/// The CRC-32 of `body` from gzip's trailer (RFC 1952: CRC-32, then the length, little-endian),
/// independently of hookctl.
fn gzip_crc32(body: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$B\" | gzip -c | tail -c8 | od -An -tu4 -N4 --endian=little")
        .env("B", body)
        .output()
        .expect("gzip runs");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn verify_paypal(body: &str, headers: &[(String, String)], webhook_id: Option<&str>) -> std::process::Output {
    let mut cmd = hookctl();
    cmd.args(["verify", "-p", "paypal", "--public-key", &cert(), "-o", "json"])
        .args(["--data", body, "--now", "1700000000"]);
    if let Some(w) = webhook_id {
        cmd.env("HOOKCTL_PAYPAL_WEBHOOK_ID", w);
    }
    for (k, v) in headers {
        cmd.args(["-H", &format!("{k}: {v}")]);
    }
    cmd.output().unwrap()
}

#[test]
fn paypal_signs_id_time_webhook_id_and_crc32_and_verifies_each() {
    let body =
        r#"{"id":"WH-1","event_type":"CHECKOUT.ORDER.APPROVED","resource":{"id":"5O190127TN364715T"}}"#;
    let (tid, time, webhook) = (
        "0b2f5c40-1c8e-11ef-9d4a-5b6b3e1c7a11",
        "2023-11-14T22:13:20Z",
        "8PT597110X687430L",
    );
    let signed = format!("{tid}|{time}|{webhook}|{}", gzip_crc32(body));
    let headers = |sig: &str| -> Vec<(String, String)> {
        vec![
            ("PAYPAL-TRANSMISSION-ID".into(), tid.into()),
            ("PAYPAL-TRANSMISSION-TIME".into(), time.into()),
            ("PAYPAL-TRANSMISSION-SIG".into(), sig.into()),
            (
                "PAYPAL-CERT-URL".into(),
                "https://api.paypal.com/v1/notifications/certs/CERT-1".into(),
            ),
            ("PAYPAL-AUTH-ALGO".into(), "SHA256withRSA".into()),
        ]
    };
    let sig = openssl_sign("sha256", signed.as_bytes());
    let ok = verify_paypal(body, &headers(&sig), Some(webhook));
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    let json: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(json["provider"], "paypal");

    let reason = |out: &std::process::Output| -> String {
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        json["reason"].as_str().unwrap_or("none").to_string()
    };
    // Another webhook, another body, another transmission id: each is a different signed string.
    let other = verify_paypal(body, &headers(&sig), Some("OTHERWEBHOOK1"));
    assert_eq!(reason(&other), "mismatch");
    let none = verify_paypal(body, &headers(&sig), None);
    assert_eq!(reason(&none), "mismatch");
    assert!(
        stdout(&none).contains("HOOKCTL_PAYPAL_WEBHOOK_ID"),
        "{}",
        stdout(&none)
    );
    let out = verify_paypal(&body.replace("5O19", "5O18"), &headers(&sig), Some(webhook));
    assert_eq!(reason(&out), "mismatch");
    let mut moved = headers(&sig);
    moved[0].1 = tid.replace("0b2f", "0b2e");
    assert_eq!(reason(&verify_paypal(body, &moved, Some(webhook))), "mismatch");
    let mut algo = headers(&sig);
    algo[4].1 = "SHA1withRSA".into();
    assert_eq!(
        reason(&verify_paypal(body, &algo, Some(webhook))),
        "malformed signature header"
    );
    // Stale: the transmission time is older than the tolerance.
    let stale = hookctl()
        .env("HOOKCTL_PAYPAL_WEBHOOK_ID", webhook)
        .args(["verify", "-p", "paypal", "--public-key", &cert(), "-o", "json"])
        .args(["--data", body, "--now", "1700000301"])
        .args(
            headers(&sig)
                .iter()
                .flat_map(|(k, v)| ["-H".to_string(), format!("{k}: {v}")]),
        )
        .output()
        .unwrap();
    assert_eq!(reason(&stale), "stale timestamp");

    // hookctl signs the same string openssl verifies.
    let out = hookctl()
        .env("HOOKCTL_PAYPAL_WEBHOOK_ID", webhook)
        .args(["sign", "-p", "paypal", "--private-key", &key(), "-o", "json"])
        .args(["--timestamp", "1700000000", "--id", tid, "--data", body])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["headers"]["PAYPAL-TRANSMISSION-SIG"], sig.as_str());
    assert_eq!(json["headers"]["PAYPAL-TRANSMISSION-TIME"], time);
    assert!(openssl_verifies("sha256", signed.as_bytes(), &sig));
}

#[test]
fn paypal_send_test_to_listen_round_trip() {
    let env = [("HOOKCTL_PAYPAL_WEBHOOK_ID", "3X912345AB678901C")];
    let l = Listener::start(
        &[
            "-p",
            "paypal",
            "--public-key",
            &cert(),
            "--count",
            "1",
            "--timeout",
            "20s",
        ],
        &env,
    );
    let url = format!("http://127.0.0.1:{}/", l.port);
    let out = hookctl()
        .envs(env)
        .args([
            "send-test",
            &url,
            "-p",
            "paypal",
            "--private-key",
            &key(),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let (status, events, err) = l.wait(Duration::from_secs(20));
    assert_eq!(status.code(), Some(0), "{err}");
    let event: Value = serde_json::from_str(&events[0]).unwrap();
    assert_eq!(
        (event["provider"].as_str(), event["signature"].as_str()),
        (Some("paypal"), Some("valid")),
        "{event}"
    );
    assert_eq!(event["event_type"], "PAYMENT.CAPTURE.COMPLETED");
    // A listener with another webhook ID refuses the same kind of delivery.
    let l = Listener::start(
        &["-p", "paypal", "--public-key", &cert()],
        &[("HOOKCTL_PAYPAL_WEBHOOK_ID", "ANOTHERWEBHOOK01")],
    );
    let out = hookctl()
        .envs(env)
        .args([
            "send-test",
            &format!("http://127.0.0.1:{}/", l.port),
            "-p",
            "paypal",
        ])
        .args(["--private-key", &key(), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(l.next_event()["signature"], "invalid");
}
