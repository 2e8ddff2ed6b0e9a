//! Plivo signature V2: HMAC-SHA256 of the URL (without its query) and the nonce, with openssl.

use serde_json::Value;

use crate::support::listen::{request, Listener};
use crate::support::{hookctl, stderr};

const TOKEN: &str = "plivo-auth-token-for-tests";

fn openssl_b64(data: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$D\" | openssl dgst -sha256 -hmac \"$K\" -binary | openssl base64 -A")
        .env("D", data)
        .env("K", TOKEN)
        .output()
        .expect("openssl runs");
    String::from_utf8(out.stdout).unwrap()
}

fn verify(url: &str, body: &str, sig: &str, nonce: &str) -> Value {
    let out = hookctl()
        .env("HOOKCTL_SECRET", TOKEN)
        .args(["verify", "-o", "json", "--url", url, "--data", body])
        .args(["-H", &format!("X-Plivo-Signature-V2: {sig}")])
        .args(["-H", &format!("X-Plivo-Signature-V2-Nonce: {nonce}")])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}", stderr(&out)))
}

#[test]
fn plivo_signs_the_url_without_its_query_and_the_nonce() {
    let sig = openssl_b64("https://example.com/plivo/sms12345678901234567890");
    let body = "From=1&To=2&Text=hi";
    let v = verify(
        "https://example.com/plivo/sms?x=1",
        body,
        &sig,
        "12345678901234567890",
    );
    assert_eq!(
        (v["provider"].as_str(), v["valid"].as_bool()),
        (Some("plivo"), Some(true)),
        "{v}"
    );
    assert!(v.to_string().contains("not the body"), "{v}");
    assert_eq!(
        verify(
            "https://example.com/plivo/mms",
            body,
            &sig,
            "12345678901234567890"
        )["reason"],
        "mismatch"
    );
    assert_eq!(
        verify(
            "https://example.com/plivo/sms",
            body,
            &sig,
            "12345678901234567891"
        )["reason"],
        "mismatch"
    );

    // listen takes the URL from the request it received.
    let l = Listener::start(&["-p", "plivo", "--path", "/plivo"], &[("HOOKCTL_SECRET", TOKEN)]);
    let url = format!("http://127.0.0.1:{}/plivo", l.port);
    let sig = openssl_b64(&format!("{url}777"));
    let r = request(
        l.port,
        "POST",
        "/plivo",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("X-Plivo-Signature-V2", &sig),
            ("X-Plivo-Signature-V2-Nonce", "777"),
        ],
        body.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(l.next_event()["signature"], "valid");
}
