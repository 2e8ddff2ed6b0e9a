//! `hookctl replay` of record files against real local receivers.

use crate::support::send::{refused_url, secret_for, verify, Receiver, Resp};
use crate::support::{hookctl, stderr, stdout, temp_file};

use base64::Engine;
use hmac::{Hmac, Mac};

fn noko_sig(body: &str) -> String {
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(secret_for("noko").as_bytes()).unwrap();
    m.update(body.as_bytes());
    hex::encode(m.finalize().into_bytes())
}

/// A record line as `listen --record` writes it (the record fields in the README's "CI recipe").
fn record(provider: &str, id: &str, signature: &str, headers: serde_json::Value, body: &str) -> String {
    serde_json::json!({
        "received_at": "2024-01-01T00:00:00Z",
        "provider": provider,
        "event_type": "entry.created",
        "event_id": id,
        "signature": signature,
        "duplicate": false,
        "method": "POST",
        "path": "/hooks",
        "headers": headers,
        "body": body,
        "status": 200,
    })
    .to_string()
}

fn noko_record(id: &str, valid: bool) -> String {
    let body = format!("{{\"payload_id\":\"{id}\",\"type\":\"entry.created\",\"object\":{{\"id\":1}}}}");
    let sig = if valid { noko_sig(&body) } else { "00".repeat(32) };
    let headers = serde_json::json!({
        "Host": "example.com",
        "Content-Length": body.len().to_string(),
        "Content-Type": "application/json",
        "X-Noko-Signature": sig,
        "X-Noko-Delivery": id,
        "X-Custom": ["a", "b"],
    });
    record(
        "noko",
        id,
        if valid { "valid" } else { "invalid" },
        headers,
        &body,
    )
}

#[test]
fn replays_valid_and_invalid_records_and_skips_malformed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let file = [
        noko_record("id-1", true),
        noko_record("id-2", false),
        "{not json".into(),
        String::new(),
    ]
    .join("\n");
    let path = temp_file(&dir, "rec.jsonl", file.as_bytes());
    let rx = Receiver::verifying("noko", secret_for("noko"));
    let out = hookctl()
        .args(["replay", path.to_str().unwrap(), "--to", &rx.url])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the invalid one is answered 401: {}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("line 3: not JSON"), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("HTTP 200") && stdout(&out).contains("HTTP 401"),
        "{}",
        stdout(&out)
    );
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 2);
    // Original headers and body byte for byte, Host/Content-Length left to the HTTP stack.
    let first = reqs
        .iter()
        .find(|r| r.header("X-Noko-Delivery") == Some("id-1"))
        .unwrap();
    assert!(verify("noko", secret_for("noko"), first));
    assert!(first.body.starts_with(b"{\"payload_id\":\"id-1\""));
    assert_ne!(first.header("Host"), Some("example.com"));
    assert_eq!(first.header("Content-Type"), Some("application/json"));
    assert_eq!(
        first
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("x-custom"))
            .count(),
        2
    );
}

#[test]
fn only_valid_and_event_id_pick_records() {
    let dir = tempfile::tempdir().unwrap();
    let file = [
        noko_record("id-1", true),
        noko_record("id-2", false),
        noko_record("id-3", true),
    ]
    .join("\n");
    let path = temp_file(&dir, "rec.jsonl", file.as_bytes());
    let rx = Receiver::verifying("noko", secret_for("noko"));
    hookctl()
        .args(["replay", path.to_str().unwrap(), "--to", &rx.url, "--only-valid"])
        .assert()
        .code(0);
    assert_eq!(rx.requests().len(), 2);

    let rx = Receiver::verifying("noko", secret_for("noko"));
    let out = hookctl()
        .args([
            "replay",
            path.to_str().unwrap(),
            "--to",
            &rx.url,
            "--event-id",
            "id-3",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["line"], 3);
    assert_eq!(v["status"], 200);
    assert_eq!(rx.requests()[0].header("X-Noko-Delivery"), Some("id-3"));

    hookctl()
        .args([
            "replay",
            path.to_str().unwrap(),
            "--to",
            &rx.url,
            "--event-id",
            "nope",
        ])
        .assert()
        .code(1);
}

#[test]
fn strict_stops_before_sending_anything() {
    let dir = tempfile::tempdir().unwrap();
    let file = [noko_record("id-1", true), "[1,2]".into()].join("\n");
    let path = temp_file(&dir, "rec.jsonl", file.as_bytes());
    let rx = Receiver::verifying("noko", secret_for("noko"));
    let out = hookctl()
        .args(["replay", path.to_str().unwrap(), "--to", &rx.url, "--strict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
    assert!(rx.requests().is_empty());
}

#[test]
fn resign_makes_a_stale_timestamped_record_pass_again() {
    // A Novatrade24 delivery recorded long ago: its t= is stale for a receiver that checks age.
    let secret = secret_for("novatrade24");
    let body =
        r#"{"id":"evt_0123456789ab","type":"kyc.verification_completed","schemaVersion":"1","data":{}}"#;
    let t = 1_600_000_000;
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    m.update(format!("{t}.{body}").as_bytes());
    let sig = format!("t={t},v1={}", hex::encode(m.finalize().into_bytes()));
    let line = record(
        "novatrade24",
        "evt_0123456789ab",
        "valid",
        serde_json::json!({"Content-Type": "application/json", "X-Novatrade-Signature": sig, "X-Novatrade-Event-Id": "evt_0123456789ab"}),
        body,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "rec.jsonl", line.as_bytes());
    let fresh_only = || {
        Receiver::start(move |req, _| {
            let sig = req.header("X-Novatrade-Signature").unwrap_or("");
            let t: i64 = sig
                .trim_start_matches("t=")
                .split(',')
                .next()
                .unwrap()
                .parse()
                .unwrap_or(0);
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs() as i64;
            if verify("novatrade24", secret, req) && (now - t).abs() <= 300 {
                Resp::status(200)
            } else {
                Resp::status(401)
            }
        })
    };
    let rx = fresh_only();
    hookctl()
        .args(["replay", path.to_str().unwrap(), "--to", &rx.url])
        .assert()
        .code(1);
    let rx = fresh_only();
    hookctl()
        .args(["replay", path.to_str().unwrap(), "--to", &rx.url, "--resign"])
        .env("HOOKCTL_SECRET", secret)
        .assert()
        .code(0);
    let r = &rx.requests()[0];
    assert_eq!(r.body, body.as_bytes(), "body unchanged");
    assert_eq!(
        r.header("X-Novatrade-Event-Id"),
        Some("evt_0123456789ab"),
        "same event id"
    );
    assert_eq!(
        r.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("X-Novatrade-Signature"))
            .count(),
        1
    );
}

#[test]
fn unreachable_receiver_exits_3_and_body_base64_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&noko_record("id-1", true)).unwrap();
    let body = v["body"].as_str().unwrap().to_string();
    v.as_object_mut().unwrap().remove("body");
    v["body_base64"] = base64::engine::general_purpose::STANDARD.encode(&body).into();
    let path = temp_file(&dir, "rec.jsonl", v.to_string().as_bytes());
    hookctl()
        .args(["replay", path.to_str().unwrap(), "--to", &refused_url()])
        .assert()
        .code(3);
    let rx = Receiver::verifying("noko", secret_for("noko"));
    hookctl()
        .args(["replay", path.to_str().unwrap(), "--to", &rx.url])
        .assert()
        .code(0);
    assert_eq!(rx.requests()[0].body, body.as_bytes());
    hookctl()
        .args(["replay", "/nonexistent/rec.jsonl", "--to", &rx.url])
        .assert()
        .code(2);
}

#[test]
fn dash_reads_the_records_from_stdin() {
    let rx = Receiver::start(|_, _| Resp::status(200));
    let lines = [noko_record("id-1", true), noko_record("id-2", true)].join("\n");
    let out = hookctl()
        .args(["replay", "-", "--to", &rx.url])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[1].header("X-Noko-Delivery"), Some("id-2"));
}
