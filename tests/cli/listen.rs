//! `hookctl listen` against real requests over 127.0.0.1, signed independently with `hmac`.

use std::collections::HashSet;
use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::listen::*;
use crate::support::temp_file;

const NOKO: &str = "noko-secret-1234";
const NOVA: &str = "whsec_nova-secret-5678";
const STRIPE: &str = "whsec_stripe-secret";
const SLACK: &str = "slack-signing-secret";
const STANDARD: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const HOPPER: &str = "hopper-app-secret";
const NOONES: &str = "noones-api-secret";

/// Secrets for every provider, each from its own HOOKCTL_<P>_SECRET.
fn all_secrets() -> Vec<(&'static str, &'static str)> {
    vec![
        ("HOOKCTL_NOKO_SECRET", NOKO),
        ("HOOKCTL_NOVATRADE24_SECRET", NOVA),
        ("HOOKCTL_STRIPE_SECRET", STRIPE),
        ("HOOKCTL_SLACK_SECRET", SLACK),
        ("HOOKCTL_STANDARD_SECRET", STANDARD),
        ("HOOKCTL_CRYPTOHOPPER_SECRET", HOPPER),
        ("HOOKCTL_NOONES_SECRET", NOONES),
    ]
}

fn body_for(provider: &str, n: usize) -> Vec<u8> {
    match provider {
        "noko" => json!({"payload_id": format!("p-{n}"), "type": "entry.created"}),
        "novatrade24" => json!({"id": format!("evt_{n}"), "type": "kyc.completed"}),
        "stripe" => json!({"id": format!("evt_{n}"), "type": "charge.succeeded"}),
        "slack" => {
            json!({"event_id": format!("Ev{n}"), "type": "event_callback", "event": {"type": "message"}})
        }
        "standard" => json!({"type": "user.created", "n": n}),
        "cryptohopper" => json!({"app_id": 1, "messages": [{"type": "trade_completed", "n": n}]}),
        "noones" => json!({"type": "trade.started", "payload": {"trade_hash": format!("h{n}")}}),
        _ => unreachable!(),
    }
    .to_string()
    .into_bytes()
}

#[test]
fn auto_mode_verifies_every_provider_and_records_each_delivery() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("events.jsonl");
    let l = Listener::start(&["--record", rec.to_str().unwrap()], &all_secrets());
    let secret = |p: &str| {
        all_secrets()
            .iter()
            .find(|(k, _)| k.contains(&p.to_uppercase()))
            .unwrap()
            .1
    };
    let providers = [
        "noko",
        "novatrade24",
        "stripe",
        "slack",
        "standard",
        "cryptohopper",
        "noones",
    ];
    for (i, p) in providers.iter().enumerate() {
        let body = body_for(p, i);
        let valid = post(l.port, &signed_headers(p, secret(p), &body, now()), &body);
        assert_eq!(valid.status, 200, "{p} valid: {}", valid.text());
        let wrong_secret = if *p == "standard" {
            "whsec_d3Jvbmc="
        } else {
            "not-the-secret"
        };
        let wrong = post(l.port, &signed_headers(p, wrong_secret, &body, now()), &body);
        assert_eq!(wrong.status, 401, "{p} wrong secret");
        assert!(wrong.text().contains("mismatch"), "{p}: {}", wrong.text());
        let mut tampered = body.clone();
        tampered.extend_from_slice(b" ");
        tampered[2] ^= 1;
        let bad = post(l.port, &signed_headers(p, secret(p), &body, now()), &tampered);
        assert_eq!(bad.status, 401, "{p} tampered body");
    }
    let lines = records(&rec);
    assert_eq!(lines.len(), providers.len() * 3);
    for (i, p) in providers.iter().enumerate() {
        let three = &lines[i * 3..i * 3 + 3];
        assert!(three.iter().all(|r| r["provider"] == *p), "{three:?}");
        assert_eq!(three[0]["signature"], "valid");
        assert_eq!(three[0]["status"], 200);
        assert_eq!(three[0]["body"], String::from_utf8(body_for(p, i)).unwrap());
        assert_eq!(three[1]["signature"], "invalid");
        assert_eq!(three[1]["status"], 401);
        assert_eq!(three[2]["status"], 401);
    }
    // The json output is the same record, one line per delivery.
    let first = l.next_event();
    assert_eq!(first, lines[0]);
    // Secrets never reach the record or the console.
    let all = std::fs::read_to_string(&rec).unwrap() + &l.stderr();
    for (_, s) in all_secrets() {
        assert!(!all.contains(s), "secret leaked");
    }
}

#[test]
fn stale_and_missing_signatures_are_refused() {
    for p in ["novatrade24", "stripe", "slack", "standard"] {
        let l = Listener::start(&["--provider", p], &all_secrets());
        let secret = all_secrets()
            .iter()
            .find(|(k, _)| k.contains(&p.to_uppercase()))
            .unwrap()
            .1;
        let body = body_for(p, 1);
        let stale = post(l.port, &signed_headers(p, secret, &body, now() - 600), &body);
        assert_eq!(stale.status, 401, "{p} stale");
        let ev = l.next_event();
        assert_eq!(ev["signature"], "stale", "{p}: {ev}");
        assert!(stale.text().contains("stale timestamp"), "{p}: {}", stale.text());

        let missing = post(
            l.port,
            &[("Content-Type".into(), "application/json".into())],
            &body,
        );
        assert_eq!(missing.status, 401, "{p} missing");
        assert_eq!(l.next_event()["signature"], "missing", "{p}");

        let fresh = post(l.port, &signed_headers(p, secret, &body, now()), &body);
        assert_eq!(fresh.status, 200, "{p} fresh: {}", fresh.text());
    }
}

#[test]
fn accept_invalid_answers_200_but_records_the_truth() {
    let l = Listener::start(&["--provider", "noko", "--accept-invalid"], &all_secrets());
    let body = body_for("noko", 1);
    let r = post(l.port, &signed_headers("noko", "wrong", &body, now()), &body);
    assert_eq!(r.status, 200);
    let ev = l.next_event();
    assert_eq!(ev["signature"], "invalid");
    assert_eq!(ev["status"], 200);
}

#[test]
fn per_provider_secrets_from_flag_config_and_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    let noko_file = temp_file(&dir, "noko.secret", format!("{NOKO}\n").as_bytes());
    let config = temp_file(
        &dir,
        "config.toml",
        format!("[providers.stripe]\nsecret = \"{STRIPE}\"\n").as_bytes(),
    );
    let flag = format!("noko={}", noko_file.display());
    let flag = flag.replacen('=', "=@", 1);
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "json", "--secret-for", &flag])
        .env("HOOKCTL_CONFIG", &config);
    let l = Listener::spawn(cmd);
    let noko = body_for("noko", 1);
    assert_eq!(
        post(l.port, &signed_headers("noko", NOKO, &noko, now()), &noko).status,
        200
    );
    let stripe = body_for("stripe", 1);
    assert_eq!(
        post(l.port, &signed_headers("stripe", STRIPE, &stripe, now()), &stripe).status,
        200
    );
    let slack = body_for("slack", 1);
    let r = post(l.port, &signed_headers("slack", SLACK, &slack, now()), &slack);
    assert_eq!(r.status, 401);
    assert!(
        r.text().contains("no secret configured for slack"),
        "{}",
        r.text()
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(l.stderr().contains("HOOKCTL_SLACK_SECRET"), "{}", l.stderr());
}

#[test]
fn secret_for_refuses_literal_values_and_unknown_providers() {
    let out = command()
        .args(["listen", "--port", "0", "--secret-for", "noko=plainsecret"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error:") && err.contains("hint:"), "{err}");
    assert!(!err.contains("plainsecret"), "secret echoed: {err}");
    let out = command()
        .args(["listen", "--port", "0", "--secret-for", "nokko=@x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("noko"));
}

#[test]
fn noones_challenge_is_echoed_on_every_request() {
    let l = Listener::start(&[], &all_secrets());
    let r = request(
        l.port,
        "POST",
        "/",
        &[("X-Noones-Request-Challenge", "ch-123")],
        b"",
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("X-Noones-Request-Challenge"), Some("ch-123"));
    assert!(r.body.is_empty());
    let ev = l.next_event();
    assert_eq!(ev["signature"], "challenge");
    assert_eq!(ev["provider"], "noones");

    let body = body_for("noones", 7);
    let mut h = signed_headers("noones", NOONES, &body, now());
    h.push(("X-Noones-Request-Challenge".into(), "ch-456".into()));
    let r = post(l.port, &h, &body);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("X-Noones-Request-Challenge"), Some("ch-456"));
    assert_eq!(l.next_event()["signature"], "valid");
    // Even a refused request carries the echo.
    let r = request(
        l.port,
        "PUT",
        "/",
        &[("X-Noones-Request-Challenge", "ch-789")],
        b"",
    );
    assert_eq!(r.header("X-Noones-Request-Challenge"), Some("ch-789"));
}

#[test]
fn cryptohopper_validate_answers_the_code_only_when_signed() {
    let l = Listener::start(&["--verification-code", "c0de-42"], &all_secrets());
    let body = br#"{"app_id":77,"type":"validate","messages":[]}"#;
    let r = post(l.port, &signed_headers("cryptohopper", HOPPER, body, now()), body);
    assert_eq!(r.status, 200);
    assert_eq!(r.body, b"c0de-42", "the code is the whole body");
    assert_eq!(l.next_event()["signature"], "challenge");
    let r = post(
        l.port,
        &signed_headers("cryptohopper", "forged", body, now()),
        body,
    );
    assert_eq!(r.status, 401);
    assert!(!r.text().contains("c0de-42"));
}

#[test]
fn cryptohopper_validate_without_a_code_warns_loudly() {
    let l = Listener::start(&[], &all_secrets());
    let body = br#"{"app_id":77,"type":"validate","messages":[]}"#;
    let r = post(l.port, &signed_headers("cryptohopper", HOPPER, body, now()), body);
    assert_eq!(r.status, 200);
    l.next_event();
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        l.stderr().contains("warning:") && l.stderr().contains("--verification-code"),
        "{}",
        l.stderr()
    );
}

#[test]
fn slack_url_verification_echoes_the_challenge() {
    let l = Listener::start(&[], &all_secrets());
    let body = br#"{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV","type":"url_verification"}"#;
    let r = post(l.port, &signed_headers("slack", SLACK, body, now()), body);
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), "3eZbrw1aBm2rZgRNFdxV");
    assert_eq!(l.next_event()["signature"], "challenge");
}

#[test]
fn oversized_bodies_get_413_and_the_listener_keeps_serving() {
    let l = Listener::start(&["--provider", "noko", "--max-body", "1KiB"], &all_secrets());
    let big = vec![b'a'; 4096];
    let r = post(l.port, &signed_headers("noko", NOKO, &big, now()), &big);
    assert_eq!(r.status, 413);
    // Declared absurdly large, nothing sent: refused at once, no allocation of that size.
    let start = Instant::now();
    let r = send_raw(
        l.port,
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999\r\n\r\nabc",
    );
    assert_eq!(r.status, 413);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "took {:?}",
        start.elapsed()
    );
    // Chunked, so no length is declared: capped while reading.
    let mut chunked =
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec();
    for _ in 0..4 {
        chunked.extend_from_slice(b"400\r\n");
        chunked.extend_from_slice(&[b'b'; 1024]);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(send_raw(l.port, &chunked).status, 413);
    let ok = body_for("noko", 1);
    assert_eq!(
        post(l.port, &signed_headers("noko", NOKO, &ok, now()), &ok).status,
        200
    );
}

#[test]
fn malformed_json_methods_and_paths() {
    let l = Listener::start(&["--provider", "noko", "--path", "/hooks"], &all_secrets());
    let not_json = b"{\"type\": oops";
    let mut h = signed_headers("noko", NOKO, not_json, now());
    let hs: Vec<(&str, &str)> = h.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let r = request(l.port, "POST", "/hooks", &hs, not_json);
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(l.next_event()["status"], 400);
    // Form bodies are not JSON and are not required to be.
    h[0].1 = "application/x-www-form-urlencoded".into();
    let hs: Vec<(&str, &str)> = h.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    assert_eq!(request(l.port, "POST", "/hooks", &hs, not_json).status, 200);

    let get = request(l.port, "GET", "/hooks", &[], b"");
    assert_eq!(get.status, 200);
    assert_eq!(get.text().trim(), "hookctl is listening");
    assert_eq!(request(l.port, "PUT", "/hooks", &[], b"{}").status, 405);
    assert_eq!(request(l.port, "DELETE", "/hooks?x=1", &[], b"").status, 405);
    assert_eq!(request(l.port, "POST", "/elsewhere", &[], b"{}").status, 404);
    let ok = body_for("noko", 2);
    let h = signed_headers("noko", NOKO, &ok, now());
    let hs: Vec<(&str, &str)> = h.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    assert_eq!(request(l.port, "POST", "/hooks?attempt=1", &hs, &ok).status, 200);
}

#[test]
fn garbage_on_the_socket_does_not_hurt_the_listener() {
    let l = Listener::start(&["--provider", "noko"], &all_secrets());
    for junk in [
        &b"\x00\x01\x02\xff\r\n\r\n"[..],
        b"POST / HTTP/1.1\r\nBad Header Line\r\n\r\n",
        b"POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
        b"POST / HTTP/1.1\r\nExpect: teapot\r\n\r\n",
    ] {
        let mut s = TcpStream::connect(("127.0.0.1", l.port)).unwrap();
        let _ = s.write_all(junk);
    }
    let ok = body_for("noko", 3);
    assert_eq!(
        post(l.port, &signed_headers("noko", NOKO, &ok, now()), &ok).status,
        200
    );
}

#[test]
fn fifty_concurrent_clients_are_all_answered() {
    fifty_concurrent_deliveries_are_each_recorded_once(&[]);
}

/// Lines written many at a time (and synced once per batch) still make one whole line per
/// acknowledged event.
#[test]
fn fifty_concurrent_clients_with_fsync_are_each_recorded_once() {
    fifty_concurrent_deliveries_are_each_recorded_once(&["--fsync"]);
}

fn fifty_concurrent_deliveries_are_each_recorded_once(extra: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("r.jsonl");
    let mut args = vec!["--provider", "noko", "--record", rec.to_str().unwrap()];
    args.extend_from_slice(extra);
    let l = Listener::start(&args, &all_secrets());
    let port = l.port;
    let handles: Vec<_> = (0..50)
        .map(|i| {
            std::thread::spawn(move || {
                let body = body_for("noko", 1000 + i);
                post(port, &signed_headers("noko", NOKO, &body, now()), &body).status
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 200);
    }
    let ids: HashSet<String> = records(&rec)
        .iter()
        .map(|r| r["event_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 50);
    assert_eq!(records(&rec).len(), 50, "one line per delivery");
}

/// A line that cannot be written is never acknowledged, however the writes were grouped: with
/// the record file capped at 1 KiB (`ulimit -f`, SIGXFSZ ignored, so a write past it fails
/// with EFBIG), 30 concurrent deliveries whose lines are longer are all answered 500 and
/// leave no byte behind, and a short one afterwards is recorded whole.
#[cfg(unix)]
#[test]
fn concurrent_deliveries_the_record_cannot_hold_are_answered_500_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("r.jsonl");
    let bin = assert_cmd::cargo::cargo_bin("hookctl");
    let mut cmd = std::process::Command::new("bash");
    scrub(&mut cmd);
    // bash counts -f in 1024-byte blocks.
    cmd.args(["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""])
        .arg(&bin)
        .args([
            "listen",
            "--port",
            "0",
            "-o",
            "json",
            "--provider",
            "noko",
            "--record",
        ])
        .arg(&rec);
    for (k, v) in all_secrets() {
        cmd.env(k, v);
    }
    let l = Listener::spawn(cmd);
    let port = l.port;
    let handles: Vec<_> = (0..30)
        .map(|i| {
            std::thread::spawn(move || {
                let body = format!(
                    r#"{{"payload_id":"big-{i}","type":"entry.created","note":"{}"}}"#,
                    "x".repeat(2000)
                )
                .into_bytes();
                post(port, &signed_headers("noko", NOKO, &body, now()), &body).status
            })
        })
        .collect();
    for h in handles {
        assert_eq!(
            h.join().unwrap(),
            500,
            "a line that was not written was acknowledged"
        );
    }
    assert_eq!(
        std::fs::metadata(&rec).unwrap().len(),
        0,
        "bytes of refused lines remain"
    );
    let small = br#"{"payload_id":"small","type":"entry.created"}"#;
    assert_eq!(
        post(port, &signed_headers("noko", NOKO, small, now()), small).status,
        200
    );
    let lines = records(&rec);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["event_id"], "small");
    assert!(
        l.stderr().contains("cannot write the record file"),
        "{}",
        l.stderr()
    );
}

#[test]
fn a_stalled_client_does_not_delay_others() {
    let l = Listener::start(&["--provider", "noko"], &all_secrets());
    // Headers promise 5000 bytes; only 10 arrive, and the socket stays open.
    let mut stalled = Vec::new();
    for _ in 0..3 {
        let mut s = TcpStream::connect(("127.0.0.1", l.port)).unwrap();
        s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n0123456789")
            .unwrap();
        stalled.push(s);
    }
    // And one that never finishes its headers.
    let mut half = TcpStream::connect(("127.0.0.1", l.port)).unwrap();
    half.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let body = body_for("noko", 1);
    let start = Instant::now();
    assert_eq!(
        post(l.port, &signed_headers("noko", NOKO, &body, now()), &body).status,
        200
    );
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "took {:?}",
        start.elapsed()
    );
    drop(stalled);
}

#[test]
fn duplicates_are_answered_recorded_and_not_forwarded_again() {
    let app = App::start(200, "ok", Duration::ZERO);
    let url = format!("http://127.0.0.1:{}/app", app.port);
    let l = Listener::start(&["--forward-to", &url], &all_secrets());
    let body = body_for("noko", 5);
    for _ in 0..3 {
        let r = post(l.port, &signed_headers("noko", NOKO, &body, now()), &body);
        assert_eq!(r.status, 200);
    }
    // Cryptohopper sends no id: the body's hash identifies a delivery.
    let hop = body_for("cryptohopper", 5);
    for _ in 0..2 {
        assert_eq!(
            post(l.port, &signed_headers("cryptohopper", HOPPER, &hop, now()), &hop).status,
            200
        );
    }
    let flags: Vec<bool> = (0..5)
        .map(|_| l.next_event()["duplicate"].as_bool().unwrap())
        .collect();
    assert_eq!(flags, [false, true, true, false, true]);
    assert_eq!(app.received.lock().unwrap().len(), 2);
}

#[test]
fn forwarding_relays_byte_for_byte_and_the_apps_answer() {
    let app = App::start(201, "created here", Duration::ZERO);
    let url = format!("http://127.0.0.1:{}/webhooks", app.port);
    let l = Listener::start(&["--forward-to", &url], &all_secrets());
    // Whitespace and key order must survive: the signature covers these exact bytes.
    let body = b"{ \"type\" : \"entry.created\",\n  \"payload_id\": \"p-1\" }".to_vec();
    let headers = signed_headers("noko", NOKO, &body, now());
    let r = post(l.port, &headers, &body);
    assert_eq!(r.status, 201);
    assert_eq!(r.text(), "created here");
    let got = app.received.lock().unwrap()[0].clone();
    assert_eq!(got.method, "POST");
    assert_eq!(got.body, body);
    let sig = got
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("x-noko-signature"))
        .map(|(_, v)| v.clone());
    assert_eq!(sig.as_deref(), Some(headers[1].1.as_str()));
    assert_eq!(l.next_event()["status"], 201);
}

#[test]
fn forwarding_to_a_down_app_answers_502_and_a_slow_one_504() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = closed.local_addr().unwrap().port();
    drop(closed);
    let l = Listener::start(
        &["--forward-to", &format!("http://127.0.0.1:{dead}/")],
        &all_secrets(),
    );
    let body = body_for("noko", 1);
    let r = post(l.port, &signed_headers("noko", NOKO, &body, now()), &body);
    assert_eq!(r.status, 502);
    l.next_event();
    std::thread::sleep(Duration::from_millis(100));
    assert!(l.stderr().contains("502"), "{}", l.stderr());
    // The provider retries a 502: the retry is not a duplicate.
    let again = post(l.port, &signed_headers("noko", NOKO, &body, now()), &body);
    assert_eq!(again.status, 502);
    assert_eq!(l.next_event()["duplicate"], false);

    let slow = App::start(200, "late", Duration::from_secs(2));
    let url = format!("http://127.0.0.1:{}/", slow.port);
    let l = Listener::start(
        &["--forward-to", &url, "--forward-timeout", "300ms"],
        &all_secrets(),
    );
    let start = Instant::now();
    let r = post(l.port, &signed_headers("noko", NOKO, &body, now()), &body);
    assert_eq!(r.status, 504);
    assert!(start.elapsed() < Duration::from_millis(1500));
    l.next_event();
    std::thread::sleep(Duration::from_millis(100));
    assert!(l.stderr().contains("504"), "{}", l.stderr());
}

#[test]
fn count_exits_0_after_n_valid_events() {
    let l = Listener::start(&["--count", "2", "--timeout", "30s"], &all_secrets());
    // Challenges, invalid events and duplicates do not count.
    request(l.port, "POST", "/", &[("X-Noones-Request-Challenge", "c")], b"");
    let one = body_for("noko", 1);
    post(l.port, &signed_headers("noko", "bad", &one, now()), &one);
    post(l.port, &signed_headers("noko", NOKO, &one, now()), &one);
    post(l.port, &signed_headers("noko", NOKO, &one, now()), &one);
    let two = body_for("stripe", 2);
    post(l.port, &signed_headers("stripe", STRIPE, &two, now()), &two);
    let (status, lines, stderr) = l.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert!(
        stderr.contains("summary: received 5, valid 2, invalid 1, duplicates 1, challenges 1"),
        "{stderr}"
    );
}

#[test]
fn timeout_exits_1_when_the_events_do_not_arrive() {
    let l = Listener::start(&["--count", "2", "--timeout", "700ms"], &all_secrets());
    let one = body_for("noko", 1);
    post(l.port, &signed_headers("noko", NOKO, &one, now()), &one);
    let (status, lines, stderr) = l.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert_eq!(lines.len(), 1);
    assert!(stderr.contains("summary: received 1, valid 1"), "{stderr}");
    assert!(stderr.contains("1 of 2 valid events"), "{stderr}");
}

#[test]
fn ctrl_c_prints_the_summary_and_exits_0() {
    let l = Listener::start(&["--provider", "noko"], &all_secrets());
    let one = body_for("noko", 1);
    post(l.port, &signed_headers("noko", NOKO, &one, now()), &one);
    l.next_event();
    l.signal("INT");
    let (status, _, stderr) = l.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("summary: received 1, valid 1"), "{stderr}");
}

#[test]
fn kill_9_during_a_burst_keeps_every_acknowledged_event() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("burst.jsonl");
    std::fs::write(&rec, "{\"earlier\":true}\n").unwrap();
    let l = Listener::start(
        &["--provider", "noko", "--record", rec.to_str().unwrap()],
        &all_secrets(),
    );
    let port = l.port;
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let acked = acked.clone();
            std::thread::spawn(move || {
                for i in 0..125 {
                    let n = t * 1000 + i;
                    let body = body_for("noko", n);
                    let raw = {
                        let h = signed_headers("noko", NOKO, &body, now());
                        let mut s = format!(
                            "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n",
                            body.len()
                        );
                        for (k, v) in h {
                            s.push_str(&format!("{k}: {v}\r\n"));
                        }
                        s.push_str("\r\n");
                        let mut b = s.into_bytes();
                        b.extend_from_slice(&body);
                        b
                    };
                    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
                        return;
                    };
                    if s.write_all(&raw).is_err() {
                        return;
                    }
                    let mut buf = Vec::new();
                    let _ = std::io::Read::read_to_end(&mut s, &mut buf);
                    if buf.starts_with(b"HTTP/1.1 200") {
                        acked.lock().unwrap().push(format!("p-{n}"));
                    }
                }
            })
        })
        .collect();
    while acked.lock().unwrap().len() < 300 {
        std::thread::sleep(Duration::from_millis(1));
    }
    l.signal("KILL");
    for t in threads {
        t.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 300);
    let lines = records(&rec);
    assert_eq!(lines[0], json!({"earlier": true}), "appended, never truncated");
    let recorded: HashSet<String> = lines[1..]
        .iter()
        .map(|r| r["event_id"].as_str().unwrap().to_string())
        .collect();
    for id in &acked {
        assert!(
            recorded.contains(id),
            "{id} was acknowledged but is not in the record"
        );
    }
}

#[test]
fn bad_flags_and_busy_ports_fail_clearly() {
    let out = command().args(["listen", "--max-body", "lots"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-body"));

    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let out = command()
        .args([
            "listen",
            "--port",
            &port,
            "--provider",
            "noko",
            "--secret-env",
            "S",
        ])
        .env("S", "x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.to_lowercase().contains("address already in use") && err.contains("--port 0"),
        "{err}"
    );

    // A fixed provider without a secret cannot verify anything: refuse to start.
    let out = command()
        .args(["listen", "--port", "0", "--provider", "noko"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("HOOKCTL_NOKO_SECRET"));
}

#[test]
fn pretty_and_raw_outputs() {
    let mut cmd = command();
    cmd.args([
        "listen",
        "--port",
        "0",
        "--provider",
        "noko",
        "-o",
        "raw",
        "--count",
        "1",
    ])
    .env("HOOKCTL_NOKO_SECRET", NOKO);
    let raw = spawn_stdout_banner(cmd);
    let body = body_for("noko", 1);
    post(raw.1, &signed_headers("noko", NOKO, &body, now()), &body);
    let out = raw.0.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // The banner line was read already: the body is the next line.
    assert_eq!(
        text.lines().next(),
        Some(String::from_utf8(body).unwrap().as_str())
    );

    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "--provider", "noko", "--count", "1"])
        .env("HOOKCTL_NOKO_SECRET", NOKO);
    let pretty = spawn_stdout_banner(cmd);
    let body = br#"{"payload_id":"p-9","type":"entry.created","note":"\u001b[31mred"}"#;
    post(pretty.1, &signed_headers("noko", NOKO, body, now()), body);
    let out = pretty.0.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("noko entry.created p-9 ✔ valid 200"), "{text}");
    assert!(text.contains("\"payload_id\": \"p-9\""), "{text}");
    assert!(
        !text.contains('\u{1b}'),
        "colour or escapes when stdout is not a terminal: {text:?}"
    );
}

/// Pretty and raw modes print the banner on stdout: read it from there.
fn spawn_stdout_banner(mut cmd: std::process::Command) -> (std::process::Child, u16) {
    use std::io::Read;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    let line = String::from_utf8(line).unwrap();
    let port = line
        .strip_prefix("Listening on http://127.0.0.1:")
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("banner: {line}"));
    // Put the rest of stdout back for wait_with_output.
    child.stdout = Some(out);
    (child, port)
}

#[test]
fn https_with_a_certificate_and_key() {
    let cert = crate::support::repo_path("tests/fixtures/tls/cert.pem");
    let key = crate::support::repo_path("tests/fixtures/tls/key.pem");
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "json", "--provider", "noko"])
        .arg("--tls-cert")
        .arg(&cert)
        .arg("--tls-key")
        .arg(&key)
        .env("HOOKCTL_NOKO_SECRET", NOKO);
    let l = Listener::spawn(cmd);
    let body = body_for("noko", 1);
    let headers = signed_headers("noko", NOKO, &body, now());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = rt.block_on(async {
        let client = reqwest::Client::builder()
            .danger_accept_invalid_certs(true)
            .build()
            .unwrap();
        let mut req = client
            .post(format!("https://127.0.0.1:{}/", l.port))
            .body(body.clone());
        for (n, v) in &headers {
            req = req.header(n.as_str(), v.as_str());
        }
        req.send().await.unwrap().status().as_u16()
    });
    assert_eq!(status, 200);
    assert_eq!(l.next_event()["signature"], "valid");

    // A key file that is not a key is an input error, not a panic.
    let out = command()
        .args(["listen", "--port", "0", "--provider", "noko", "--tls-cert"])
        .arg(&cert)
        .arg("--tls-key")
        .arg(&cert)
        .env("HOOKCTL_NOKO_SECRET", NOKO)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--tls-key") && !err.contains("panicked"), "{err}");
}

#[test]
fn running_out_of_file_descriptors_is_survived_not_fatal() {
    let mut cmd = std::process::Command::new("sh");
    scrub(&mut cmd);
    cmd.arg("-c")
        .arg(r#"ulimit -n 40 && exec "$0" listen --port 0 -o json --provider noko --header-timeout 1s"#)
        .arg(assert_cmd::cargo::cargo_bin("hookctl"))
        .env("HOOKCTL_NOKO_SECRET", NOKO);
    let l = Listener::spawn(cmd);
    let mut open = Vec::new();
    for _ in 0..60 {
        match TcpStream::connect(("127.0.0.1", l.port)) {
            Ok(s) => open.push(s),
            Err(_) => break,
        }
    }
    // The idle connections are closed by the header timeout, which frees descriptors; the
    // listener keeps accepting and a fresh delivery gets through.
    std::thread::sleep(Duration::from_millis(1500));
    drop(open);
    let body = br#"{"id":"fd-1","type":"entry.created"}"#;
    let sig = hex::encode(hmac256(NOKO.as_bytes(), body));
    let deadline = std::time::Instant::now() + Duration::from_secs(8);
    let status = loop {
        let r = request(
            l.port,
            "POST",
            "/",
            &[("X-Noko-Signature", &sig), ("Content-Type", "application/json")],
            body,
        );
        if r.status == 200 || std::time::Instant::now() > deadline {
            break r.status;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(status, 200, "{}", l.stderr());
    assert!(l.try_running(), "the listener exited: {}", l.stderr());
    let stderr = l.stderr();
    assert!(
        stderr.contains("too many open files") && !stderr.contains("panicked"),
        "{stderr}"
    );
}
