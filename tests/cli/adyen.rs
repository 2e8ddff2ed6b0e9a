//! Adyen: HMAC-SHA256 over named fields of each notification item, with Adyen's published
//! example (key 44782DEF…, signature coqCmt/…); the signature lives in the body.

use std::time::Duration;

use serde_json::Value;

use crate::support::listen::Listener;
use crate::support::{hookctl, stderr, stdout};

const KEY: &str = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056";
const PUBLISHED: &str = "coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=";

fn item(success: &str) -> Value {
    serde_json::json!({"NotificationRequestItem": {"additionalData": {"hmacSignature": ""},
        "amount": {"value": 1130, "currency": "EUR"}, "pspReference": "7914073381342284",
        "eventCode": "AUTHORISATION", "merchantAccountCode": "TestMerchant",
        "merchantReference": "TestPayment-1407325143704", "success": success}})
}

fn verify(body: &str) -> Value {
    let out = hookctl()
        .env("HOOKCTL_SECRET", KEY)
        .args(["verify", "-p", "adyen", "-o", "json", "--data", body])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}", stderr(&out)))
}

#[test]
fn adyen_signs_every_item_as_published_and_checks_each() {
    let body = serde_json::json!({"live": "false", "notificationItems": [item("true"), item("false")]});
    let out = hookctl()
        .env("HOOKCTL_SECRET", KEY)
        .args(["sign", "-p", "adyen", "-o", "json", "--data", &body.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent: Value = serde_json::from_str(json["body"].as_str().unwrap()).unwrap();
    let sig = |n: usize| {
        sent["notificationItems"][n]["NotificationRequestItem"]["additionalData"]["hmacSignature"].clone()
    };
    assert_eq!(sig(0), PUBLISHED);
    // "…:AUTHORISATION:false", computed here with openssl.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s '7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:false' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$K -binary | openssl base64 -A")
        .env("K", KEY)
        .output()
        .unwrap();
    assert_eq!(sig(1), String::from_utf8(out.stdout).unwrap().as_str());

    let text = sent.to_string();
    assert_eq!(verify(&text)["valid"], true);
    // The second item changed: rejected, and the item is named.
    let mut bad = sent.clone();
    bad["notificationItems"][1]["NotificationRequestItem"]["amount"]["value"] = 1131.into();
    let v = verify(&bad.to_string());
    assert_eq!(
        (v["valid"].as_bool(), v["reason"].as_str()),
        (Some(false), Some("mismatch"))
    );
    assert!(v["detail"].as_str().unwrap().contains("item 1"), "{v}");
    // Unsigned fields may change; a missing signature is missing.
    let mut date = sent.clone();
    date["notificationItems"][0]["NotificationRequestItem"]["eventDate"] = "2030-01-01T00:00:00Z".into();
    assert_eq!(verify(&date.to_string())["valid"], true);
    let mut none = sent;
    none["notificationItems"][0]["NotificationRequestItem"]["additionalData"] = serde_json::json!({});
    assert_eq!(verify(&none.to_string())["reason"], "missing signature");
    // A key that is not hex is a usage error.
    let out = hookctl()
        .env("HOOKCTL_SECRET", "not hex")
        .args(["verify", "-p", "adyen", "--data", &text])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
}

#[test]
fn adyen_send_test_to_listen_round_trip() {
    let l = Listener::start(
        &["-p", "adyen", "--count", "1", "--timeout", "20s"],
        &[("HOOKCTL_SECRET", KEY)],
    );
    let out = hookctl()
        .env("HOOKCTL_SECRET", KEY)
        .args([
            "send-test",
            &format!("http://127.0.0.1:{}/", l.port),
            "-p",
            "adyen",
        ])
        .args(["--event", "REFUND", "-o", "json"])
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
        (Some("adyen"), Some("valid"), Some("REFUND")),
        "{event}"
    );
}
