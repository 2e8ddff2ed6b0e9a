//! Contentful: a canonical request (method, path, the headers it lists, body) signed with
//! HMAC-SHA256, as contentful-labs/request-verification-examples build it; here with openssl.

use serde_json::Value;

use crate::support::listen::{request, Listener};
use crate::support::{hookctl, stderr};

const SECRET: &str = "contentful-secret-for-tests";

fn openssl_hex(data: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("printf %s \"$D\" | openssl dgst -sha256 -hmac \"$K\" -r | cut -d' ' -f1")
        .env("D", data)
        .env("K", SECRET)
        .output()
        .expect("openssl runs");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn contentful_signs_method_path_listed_headers_and_body() {
    let body = r#"{"sys":{"id":"e1","version":2}}"#;
    let ms = (crate::support::listen::now() * 1000).to_string();
    // Listed in an order of Contentful's choosing, not sorted; the topic is left unsigned.
    let listed = "x-contentful-timestamp,x-contentful-signed-headers";
    let canonical =
        format!("POST\n/hooks/cf\nx-contentful-timestamp:{ms};x-contentful-signed-headers:{listed}\n{body}");
    let sig = openssl_hex(&canonical);
    let headers = [
        ("Content-Type", "application/vnd.contentful.management.v1+json"),
        ("X-Contentful-Topic", "ContentManagement.Entry.save"),
        ("X-Contentful-Timestamp", ms.as_str()),
        ("X-Contentful-Signed-Headers", listed),
        ("X-Contentful-Signature", sig.as_str()),
    ];
    let l = Listener::start(
        &["-p", "contentful", "--path", "/hooks/cf"],
        &[("HOOKCTL_SECRET", SECRET)],
    );
    let r = request(l.port, "POST", "/hooks/cf", &headers, body.as_bytes());
    assert_eq!(r.status, 200, "{}", r.text());
    let event = l.next_event();
    assert_eq!(
        (event["signature"].as_str(), event["event_type"].as_str()),
        (Some("valid"), Some("ContentManagement.Entry.save")),
        "{event}"
    );
    // The path is signed: the same request verified for another URL fails.
    let verify = |url: &str, hs: &[(&str, &str)]| -> Value {
        let mut cmd = hookctl();
        cmd.env("HOOKCTL_SECRET", SECRET).args([
            "verify",
            "-p",
            "contentful",
            "-o",
            "json",
            "--url",
            url,
            "--data",
            body,
        ]);
        for (k, v) in hs {
            cmd.args(["-H", &format!("{k}: {v}")]);
        }
        let out = cmd.output().unwrap();
        serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}", stderr(&out)))
    };
    assert_eq!(verify("https://example.com/hooks/cf", &headers)["valid"], true);
    assert_eq!(
        verify("https://example.com/hooks/other", &headers)["reason"],
        "mismatch"
    );
    // A listed header that changed, or one that is missing, fails.
    let mut later = headers;
    let bumped = (ms.parse::<i64>().unwrap() + 1).to_string();
    later[2].1 = &bumped;
    assert_eq!(
        verify("https://example.com/hooks/cf", &later)["reason"],
        "mismatch"
    );
    let missing: Vec<(&str, &str)> = headers
        .iter()
        .copied()
        .filter(|(k, _)| *k != "X-Contentful-Timestamp")
        .collect();
    assert_eq!(
        verify("https://example.com/hooks/cf", &missing)["reason"],
        "malformed signature header"
    );
    // The unlisted topic may change.
    let mut topic = headers;
    topic[1].1 = "ContentManagement.Entry.publish";
    assert_eq!(verify("https://example.com/hooks/cf", &topic)["valid"], true);
}
