//! `hookctl send-test` against real local receivers; signatures checked independently.

use std::time::Duration;

use crate::support::send::{refused_url, secret_for, verify, Receiver, Resp};
use crate::support::{hookctl, stderr, stdout};

const PROVIDERS: [&str; 9] = [
    "noones",
    "noko",
    "novatrade24",
    "cryptohopper",
    "standard",
    "stripe",
    "github",
    "slack",
    "shopify",
];

fn send(url: &str, provider: &str) -> assert_cmd::Command {
    let mut cmd = hookctl();
    cmd.args(["send-test", url, "--provider", provider])
        .env("HOOKCTL_SECRET", secret_for(provider));
    cmd
}

fn json_out(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(stdout(out).trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(out)))
}

#[test]
fn every_provider_is_accepted_with_the_right_secret() {
    for p in PROVIDERS {
        let rx = Receiver::verifying(p, secret_for(p));
        let out = send(&rx.url, p).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{p}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let reqs = rx.requests();
        assert_eq!(reqs.len(), 1, "{p}");
        assert_eq!(reqs[0].method, "POST");
        assert!(verify(p, secret_for(p), &reqs[0]), "{p}");
        assert!(stdout(&out).contains("HTTP 200"), "{p}: {}", stdout(&out));
    }
}

#[test]
fn every_provider_is_rejected_with_a_wrong_secret() {
    for p in PROVIDERS {
        let rx = Receiver::verifying(p, secret_for(p));
        let wrong = if p == "standard" {
            "whsec_d3Jvbmctc2VjcmV0LWtleQ=="
        } else {
            "wrong-secret-abcdefgh"
        };
        let out = send(&rx.url, p).env("HOOKCTL_SECRET", wrong).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{p}: {}", stderr(&out));
        assert!(stdout(&out).contains("HTTP 401"), "{p}");
        assert!(
            stderr(&out).contains("answered 401, not 2xx"),
            "{p}: {}",
            stderr(&out)
        );
        assert!(
            !stdout(&out).contains(wrong) && !stderr(&out).contains(wrong),
            "secret leaked"
        );
    }
}

#[test]
fn samples_get_fresh_ids_in_the_provider_formats() {
    let rx = Receiver::verifying("novatrade24", secret_for("novatrade24"));
    for _ in 0..2 {
        send(&rx.url, "novatrade24").assert().success();
    }
    let reqs = rx.requests();
    let ids: Vec<String> = reqs
        .iter()
        .map(|r| r.json()["id"].as_str().unwrap().to_string())
        .collect();
    assert_ne!(ids[0], ids[1], "each delivery has a fresh id");
    for (r, id) in reqs.iter().zip(&ids) {
        assert!(id.starts_with("evt_") && id.len() == 16, "{id}");
        assert_eq!(r.header("X-Novatrade-Event-Id"), Some(id.as_str()));
        assert_eq!(
            r.header("X-Novatrade-Event-Type"),
            Some("compliance.status_changed")
        );
    }

    let rx = Receiver::verifying("noko", secret_for("noko"));
    send(&rx.url, "noko")
        .args(["--event", "entry.created"])
        .assert()
        .success();
    let r = &rx.requests()[0];
    let delivery = r.header("X-Noko-Delivery").unwrap();
    assert!(uuid::Uuid::parse_str(delivery).is_ok(), "{delivery}");
    assert_eq!(r.header("X-Noko-EventCategory"), Some("entry"));
    assert_eq!(r.header("User-Agent"), Some("Noko-Webhooks"));
}

#[test]
fn linear_samples_carry_a_fresh_webhook_timestamp_in_milliseconds() {
    // Linear's SDK refuses a webhookTimestamp more than a minute off, so every sample is sent
    // with one taken now, beside a fresh createdAt.
    let rx = Receiver::verifying("linear", secret_for("linear"));
    for event in ["Issue.create", "Comment.create", "Project.update"] {
        let out = send(&rx.url, "linear").args(["--event", event]).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{event}: {}{}",
            stdout(&out),
            stderr(&out)
        );
    }
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    for r in rx.requests() {
        let body = r.json();
        let ts = body["webhookTimestamp"].as_i64().expect("an integer of ms");
        assert!((now_ms - ts).abs() < 30_000, "{ts} is not now ({now_ms})");
        let created = body["createdAt"].as_str().unwrap();
        assert!(
            !created.starts_with("2024-06-20"),
            "createdAt is fresh too: {created}"
        );
    }
}

#[test]
fn set_edits_the_sample_and_extra_headers_are_added() {
    let rx = Receiver::verifying("novatrade24", secret_for("novatrade24"));
    send(&rx.url, "novatrade24")
        .args([
            "--set",
            "data.currentStatus=VALID",
            "--set",
            "schemaVersion=\"7\"",
            "-H",
            "X-Test: yes",
        ])
        .assert()
        .success();
    let r = &rx.requests()[0];
    assert_eq!(r.json()["data"]["currentStatus"], "VALID");
    assert_eq!(r.header("X-Test"), Some("yes"));
    assert_eq!(r.header("X-Novatrade-Schema-Version"), Some("7"));
}

#[test]
fn set_on_a_missing_path_is_a_usage_error_naming_the_closest_key() {
    let rx = Receiver::verifying("novatrade24", secret_for("novatrade24"));
    let out = send(&rx.url, "novatrade24")
        .args(["--set", "data.curentStatus=VALID"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("data.curentStatus"), "{err}");
    assert!(err.contains("did you mean `data.currentStatus`?"), "{err}");
    assert!(rx.requests().is_empty(), "nothing sent");
}

#[test]
fn data_replaces_the_sample_byte_for_byte() {
    let rx = Receiver::verifying("github", secret_for("github"));
    let body = "{\"zen\":  \"spaced\" }";
    send(&rx.url, "github")
        .args(["--data", body, "--event", "ping"])
        .assert()
        .success();
    let r = &rx.requests()[0];
    assert_eq!(r.body, body.as_bytes());
    assert_eq!(r.header("X-GitHub-Event"), Some("ping"));
}

#[test]
fn json_output_holds_request_and_response() {
    let rx = Receiver::start(|_, _| Resp::status(202).header("X-Seen", "1").body("{\"got\":true}"));
    let out = send(&rx.url, "stripe").args(["-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_out(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["request"]["method"], "POST");
    assert_eq!(v["request"]["url"], rx.url);
    assert!(v["request"]["headers"]["Stripe-Signature"]
        .as_str()
        .unwrap()
        .contains(",v1="));
    assert_eq!(v["request"]["body"]["id"], rx.requests()[0].json()["id"]);
    assert_eq!(v["response"]["status"], 202);
    assert_eq!(v["response"]["headers"]["x-seen"], "1");
    assert_eq!(v["response"]["body"]["got"], true);
    assert!(v["response"]["latency_ms"].as_f64().unwrap() >= 0.0);
}

#[test]
fn expect_decides_the_exit_code() {
    let rx = Receiver::start(|_, _| Resp::status(404));
    send(&rx.url, "shopify")
        .args(["--expect", "4xx"])
        .assert()
        .code(0);
    send(&rx.url, "shopify")
        .args(["--expect", "200,404"])
        .assert()
        .code(0);
    send(&rx.url, "shopify").assert().code(1);
    send(&rx.url, "shopify")
        .args(["--expect", "nope"])
        .assert()
        .code(2);
}

#[test]
fn a_slow_receiver_fails_as_the_provider_would_see_it() {
    let rx = Receiver::start(|_, _| Resp::status(200).delay(Duration::from_secs(3)));
    let started = std::time::Instant::now();
    let out = send(&rx.url, "noones")
        .args(["--timeout", "300ms"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "gave up at the deadline"
    );
    assert!(
        stderr(&out).contains("Noones would have counted a failed attempt (deadline 300ms)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn connection_refused_exits_3() {
    let out = send(&refused_url(), "noko").output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot reach the receiver"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("hint:"));
}

#[test]
fn bad_url_and_unknown_event_are_usage_errors() {
    send("not a url", "noko").assert().code(2);
    let out = send("http://127.0.0.1:9/", "noko")
        .args(["--event", "entry.creatd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("entry.created"), "{}", stderr(&out));
}

#[test]
fn noones_challenge_passes_only_with_the_exact_echo() {
    let echo = Receiver::start(|req, _| {
        let v = req.header("X-Noones-Request-Challenge").unwrap_or("").to_string();
        Resp::status(200).header("X-Noones-Request-Challenge", &v)
    });
    let out = hookctl()
        .args(["send-test", &echo.url, "--provider", "noones", "--challenge"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("challenge passed"));
    let r = &echo.requests()[0];
    assert!(r.body.is_empty(), "the URL-save request has no body");
    assert!(r.header("X-Noones-Signature").is_none(), "and no signature");

    let wrong =
        Receiver::start(|_, _| Resp::status(200).header("X-Noones-Request-Challenge", "something-else"));
    let out = hookctl()
        .args(["send-test", &wrong.url, "--provider", "noones", "--challenge"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("differs"), "{}", stdout(&out));

    let missing = Receiver::start(|_, _| Resp::status(200));
    let out = hookctl()
        .args([
            "send-test",
            &missing.url,
            "--provider",
            "noones",
            "--challenge",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json_out(&out);
    assert_eq!(v["challenge"]["passed"], false);
    assert!(v["challenge"]["detail"]
        .as_str()
        .unwrap()
        .contains("no X-Noones-Request-Challenge header"));

    let slow = Receiver::start(|req, _| {
        let v = req.header("X-Noones-Request-Challenge").unwrap_or("").to_string();
        Resp::status(200)
            .header("X-Noones-Request-Challenge", &v)
            .delay(Duration::from_secs(3))
    });
    let out = hookctl()
        .args([
            "send-test",
            &slow.url,
            "--provider",
            "noones",
            "--challenge",
            "--timeout",
            "300ms",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("no answer within 300ms"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn cryptohopper_challenge_checks_status_and_exact_code() {
    let good = Receiver::start(|req, _| {
        if verify("cryptohopper", secret_for("cryptohopper"), req) && req.json()["type"] == "validate" {
            Resp::status(200).body("MY_CODE")
        } else {
            Resp::status(401)
        }
    });
    send(&good.url, "cryptohopper")
        .args(["--challenge", "--verification-code", "MY_CODE"])
        .assert()
        .code(0);
    assert_eq!(
        good.requests()[0].json(),
        serde_json::json!({"app_id":123,"type":"validate","messages":[]})
    );

    let newline = Receiver::start(|_, _| Resp::status(200).body("MY_CODE\n"));
    let out = send(&newline.url, "cryptohopper")
        .args(["--challenge", "--verification-code", "MY_CODE"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("surrounding whitespace"),
        "{}",
        stdout(&out)
    );

    let out = send(&good.url, "cryptohopper")
        .args(["--challenge"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--verification-code"), "{}", stderr(&out));
}

#[test]
fn slack_and_noko_handshakes() {
    let slack = Receiver::start(|req, _| {
        if !verify("slack", secret_for("slack"), req) {
            return Resp::status(401);
        }
        let ch = req.json()["challenge"].as_str().unwrap().to_string();
        Resp::status(200).body(&format!("{{\"challenge\":\"{ch}\"}}"))
    });
    send(&slack.url, "slack").arg("--challenge").assert().code(0);
    assert_eq!(slack.requests()[0].json()["type"], "url_verification");

    let wrong = Receiver::start(|_, _| Resp::status(200).body("ok"));
    send(&wrong.url, "slack").arg("--challenge").assert().code(1);

    let noko = Receiver::verifying("noko", secret_for("noko"));
    send(&noko.url, "noko").arg("--challenge").assert().code(0);
    let r = &noko.requests()[0];
    assert_eq!(r.json()["type"], "webhook.ping");
    assert_eq!(r.header("X-Noko-EventCategory"), Some("webhook"));

    let out = send(&noko.url, "stripe").arg("--challenge").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Stripe has no URL-verification handshake"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn repeat_reuses_the_event_id_and_reports_consistency() {
    let rx = Receiver::verifying("standard", secret_for("standard"));
    let out = send(&rx.url, "standard")
        .args(["--repeat", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 3);
    let id = reqs[0].header("webhook-id").unwrap();
    assert!(id.starts_with("msg_"));
    assert!(reqs
        .iter()
        .all(|r| r.header("webhook-id") == Some(id) && r.body == reqs[0].body));
    assert!(
        stdout(&out).contains("answered all 3 deliveries the same way"),
        "{}",
        stdout(&out)
    );

    // A receiver that rejects duplicates is reported as inconsistent and fails --expect.
    let dedup = Receiver::start(|_, i| Resp::status(if i == 0 { 200 } else { 409 }));
    let out = send(&dedup.url, "github")
        .args(["--repeat", "2", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json_out(&out);
    assert_eq!(v["consistent"], false);
    assert_eq!(v["attempts"][1]["status"], 409);
    let reqs = dedup.requests();
    assert_eq!(
        reqs[0].header("X-GitHub-Delivery"),
        reqs[1].header("X-GitHub-Delivery")
    );
}

#[test]
fn retry_follows_the_schedule_until_the_receiver_recovers() {
    let rx = Receiver::start(|_, i| Resp::status(if i < 2 { 500 } else { 200 }));
    let out = send(&rx.url, "slack").args(["--retry"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("attempt 1 at +0s"), "{text}");
    assert!(text.contains("attempt 2 at +0s"), "{text}");
    assert!(text.contains("attempt 3 at +1m"), "{text}");
    assert!(text.contains("delivered on attempt 3"), "{text}");
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 3);
    assert!(
        reqs.iter().all(|r| r.body == reqs[0].body),
        "same event each time"
    );

    let down = Receiver::start(|_, _| Resp::status(503));
    let out = send(&down.url, "noones")
        .args(["--retry", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json_out(&out);
    assert_eq!(v["attempts"].as_array().unwrap().len(), 3);
    assert!(v["provider_gives_up"]
        .as_str()
        .unwrap()
        .contains("disables the URL after 3 failed attempts"));
    assert_eq!(down.requests().len(), 3);
}

#[test]
fn load_mode_counts_add_up() {
    let rx = Receiver::start(|_, i| Resp::status(if i % 5 == 4 { 500 } else { 200 }));
    let out = send(&rx.url, "novatrade24")
        .args(["--count", "50", "--concurrency", "8", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "10 answers missed 2xx: {}",
        stderr(&out)
    );
    let v = json_out(&out);
    assert_eq!(v["sent"], 50);
    assert_eq!(v["statuses"]["200"], 40);
    assert_eq!(v["statuses"]["500"], 10);
    assert_eq!(v["missed_expect"], 10);
    let l = &v["latency_ms"];
    assert!(l["min"].as_f64() <= l["p50"].as_f64() && l["p50"].as_f64() <= l["p99"].as_f64());
    assert!(l["p99"].as_f64() <= l["max"].as_f64());
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 50);
    // The same headers as a single send: the provider's, plus what the HTTP client adds.
    let single = Receiver::start(|_, _| Resp::status(200));
    send(&single.url, "novatrade24").assert().success();
    let names = |r: &crate::support::send::Req| {
        let mut n: Vec<String> = r.headers.iter().map(|(k, _)| k.to_ascii_lowercase()).collect();
        n.sort();
        n
    };
    assert_eq!(names(&reqs[0]), names(&single.requests()[0]));
    // Values that do not change per event are the same on every request of the run.
    let value = |r: &crate::support::send::Req, name: &str| {
        r.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    for name in ["content-type", "user-agent"] {
        let expected = value(&single.requests()[0], name);
        assert!(expected.is_some(), "a single send carries {name}");
        assert!(reqs.iter().all(|r| value(r, name) == expected), "{name}");
    }
    let ids: std::collections::HashSet<_> = reqs.iter().map(|r| r.json()["id"].clone()).collect();
    assert_eq!(ids.len(), 50, "every event is distinct");
    assert!(reqs
        .iter()
        .all(|r| verify("novatrade24", secret_for("novatrade24"), r)));

    // Noones signs the canonical JSON it sends; load mode's bodies are already in that form.
    for provider in ["noko", "noones"] {
        let ok = Receiver::verifying(provider, secret_for(provider));
        let out = send(&ok.url, provider)
            .args(["--count", "20", "--concurrency", "4"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{provider}: {}", stderr(&out));
        assert!(stdout(&out).contains("200 × 20"), "{}", stdout(&out));
        assert!(stdout(&out).contains("events/s"));
    }

    send(&refused_url(), "noko")
        .args(["--count", "3"])
        .assert()
        .code(3);
}

#[test]
fn load_mode_reconnects_when_the_receiver_closes_each_connection() {
    let rx = Receiver::start(|_, _| Resp::status(200).body("ok").close());
    let out = send(&rx.url, "noko")
        .args(["--count", "30", "--concurrency", "4", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_out(&out);
    assert_eq!(v["statuses"]["200"], 30, "{v}");
    assert_eq!(rx.requests().len(), 30);
}

#[test]
fn load_mode_goes_through_the_proxy_the_environment_names() {
    let target = Receiver::start(|_, _| Resp::status(200));
    let proxy = Receiver::start(|_, _| Resp::status(200));
    let out = send(&target.url, "noko")
        .args(["--count", "5", "--concurrency", "2", "-o", "json"])
        .env("HTTP_PROXY", proxy.url.trim_end_matches("/hooks"))
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(target.requests().is_empty(), "bypassed the proxy");
    let proxied = proxy.requests();
    assert_eq!(proxied.len(), 5);
    // A proxy is sent the absolute URL.
    assert!(
        proxied.iter().all(|r| r.url == target.url),
        "{:?}",
        proxied[0].url
    );
}

#[test]
fn a_urls_credentials_go_as_basic_auth_and_are_never_shown() {
    let rx = Receiver::start(|_, _| Resp::status(200));
    let url = rx.url.replacen("http://", "http://hook:s3cret@", 1);
    let out = send(&url, "noko")
        .args(["--count", "4", "--concurrency", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("hook:***@127.0.0.1"), "{}", stdout(&out));
    let once = send(&url, "noko").args(["-o", "json"]).output().unwrap();
    for text in [stdout(&out), stderr(&out), stdout(&once), stderr(&once)] {
        assert!(!text.contains("s3cret"), "the URL's password was shown: {text}");
    }
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 5);
    // base64("hook:s3cret")
    assert!(reqs
        .iter()
        .all(|r| r.header("authorization") == Some("Basic aG9vazpzM2NyZXQ=")));
}

#[test]
fn load_mode_counts_answers_past_the_deadline_as_timeouts() {
    // Every other request is answered too late; each late one costs its connection.
    let rx = Receiver::start(|_, i| {
        let resp = Resp::status(200);
        if i % 2 == 0 {
            resp.delay(Duration::from_millis(900))
        } else {
            resp
        }
    });
    let out = send(&rx.url, "noko")
        .args([
            "--count",
            "6",
            "--concurrency",
            "2",
            "--timeout",
            "150ms",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json_out(&out);
    assert_eq!(v["errors"]["timeout"], 3, "{v}");
    assert_eq!(v["statuses"]["200"], 3, "{v}");
    assert_eq!(v["missed_expect"], 3, "{v}");
}

#[test]
fn rate_paces_load_mode() {
    let rx = Receiver::start(|_, _| Resp::status(200));
    let started = std::time::Instant::now();
    send(&rx.url, "shopify")
        .args(["--count", "5", "--concurrency", "5", "--rate", "20"])
        .assert()
        .success();
    // Event i starts at i/20 s: the last one no earlier than 200 ms.
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert_eq!(rx.requests().len(), 5);
}

#[test]
fn modes_do_not_combine() {
    let out = send("http://127.0.0.1:9/", "noko")
        .args(["--retry", "--count", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot be combined"));
}

#[test]
fn listen_reports_the_catalog_event_type_of_what_send_test_sent() {
    // Bodies that do not spell the catalog's name (Twilio's form fields, Linear's type and
    // action, Meta's object and field, Asana's resource and action) are reported by it.
    use crate::support::listen::Listener;
    for (provider, event) in [
        ("twilio", "message-status"),
        ("twilio", "call-status"),
        ("linear", "Issue.create"),
        ("meta", "whatsapp.statuses"),
        ("meta", "page.feed"),
        ("asana", "story.added"),
    ] {
        let l = Listener::start(
            &["-p", provider, "--count", "1"],
            &[("HOOKCTL_SECRET", "event-type-secret")],
        );
        let url = format!("http://127.0.0.1:{}/", l.port);
        let out = hookctl()
            .args(["send-test", &url, "-p", provider, "--event", event])
            .env("HOOKCTL_SECRET", "event-type-secret")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{provider} {event}: {}", stderr(&out));
        let ev = l.next_event();
        assert_eq!(ev["signature"], "valid", "{provider} {event}: {ev}");
        assert_eq!(ev["event_type"], event, "{provider}: {ev}");
    }
}
