//! The web inspector over plain HTTP (the browser tests live in tests/browser/): who may talk
//! to it, its live feed, how much it keeps, `inspect FILE`, and the send actions.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::listen::*;

const STRIPE: &str = "whsec_inspector-test-secret";
const ENV: &[(&str, &str)] = &[("HOOKCTL_STRIPE_SECRET", STRIPE)];

/// The inspector's port and token, read from the listener's banner.
fn ui_of(l: &Listener) -> (u16, String) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(found) = ui_url_in(&l.stderr()) {
            return found;
        }
        assert!(Instant::now() < deadline, "no inspector URL: {}", l.stderr());
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn parse_ui_url(text: &str) -> Option<(u16, String)> {
    let at = text.find("http://127.0.0.1:")?;
    let rest = &text[at + "http://127.0.0.1:".len()..];
    let rest = rest.lines().next()?;
    let (port, query) = rest.split_once("/?token=")?;
    if port.is_empty() || query.is_empty() {
        return None;
    }
    Some((port.parse().ok()?, query.trim().to_string()))
}

/// The first line with a token: the listener's own URL comes first in the banner.
fn ui_url_in(text: &str) -> Option<(u16, String)> {
    text.lines().find_map(parse_ui_url)
}

/// A GET with the token in the header.
fn get(port: u16, token: &str, path: &str) -> Resp {
    request(port, "GET", path, &[("X-Hookctl-Token", token)], b"")
}

fn get_json(port: u16, token: &str, path: &str) -> Value {
    let r = get(port, token, path);
    assert_eq!(r.status, 200, "{path}: {}", r.text());
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("{path} is not JSON ({e}): {}", r.text()))
}

fn act(port: u16, token: &str, ask: &Value) -> Resp {
    let body = ask.to_string();
    request(
        port,
        "POST",
        "/api/send",
        &[("X-Hookctl-Token", token), ("Content-Type", "application/json")],
        body.as_bytes(),
    )
}

fn stripe_body(id: &str, amount: u64) -> Vec<u8> {
    json!({"id": id, "object": "event", "type": "charge.succeeded", "data": {"object": {"amount": amount}}})
        .to_string()
        .into_bytes()
}

fn deliver(l: &Listener, id: &str, amount: u64) -> Resp {
    let body = stripe_body(id, amount);
    post(l.port, &signed_headers("stripe", STRIPE, &body, now()), &body)
}

fn raw_get(port: u16, host: &str, extra: &str, path: &str) -> Resp {
    let raw = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n");
    send_raw(port, raw.as_bytes())
}

#[test]
fn the_inspector_refuses_requests_without_its_token_host_or_origin() {
    let l = Listener::start(&["--ui"], ENV);
    let (port, token) = ui_of(&l);
    assert_ne!(port, l.port, "the inspector never shares the webhook port");
    let own = format!("127.0.0.1:{port}");

    let page = raw_get(port, &own, "", &format!("/?token={token}"));
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(page.text().contains("<title>hookctl inspector</title>"));
    let csp = page.header("content-security-policy").unwrap();
    for part in [
        "default-src 'none'",
        "script-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    for path in ["/", "/app.js", "/api/deliveries", "/api/events"] {
        assert_eq!(
            raw_get(port, &own, "", path).status,
            403,
            "{path} without the token"
        );
        let wrong = raw_get(port, &own, "", &format!("{path}?token=not-{token}"));
        assert_eq!(wrong.status, 403, "{path} with a wrong token");
    }
    // DNS rebinding: the right token, but a hostile name for 127.0.0.1.
    let evil = raw_get(port, "evil.example", "", &format!("/?token={token}"));
    assert_eq!(evil.status, 403);
    assert!(evil.text().contains("Host"), "{}", evil.text());
    let evil = raw_get(
        port,
        &format!("evil.example:{port}"),
        "",
        &format!("/api/deliveries?token={token}"),
    );
    assert_eq!(evil.status, 403);
    for host in [format!("localhost:{port}"), format!("[::1]:{port}")] {
        assert_eq!(
            raw_get(port, &host, "", &format!("/?token={token}")).status,
            200,
            "{host}"
        );
    }
    // A foreign page's request, even with the token.
    let foreign = raw_get(
        port,
        &own,
        "Origin: http://evil.example\r\n",
        &format!("/api/deliveries?token={token}"),
    );
    assert_eq!(foreign.status, 403);
    assert!(foreign.text().contains("Origin"), "{}", foreign.text());
    let same = raw_get(
        port,
        &own,
        &format!("Origin: http://127.0.0.1:{port}\r\n"),
        &format!("/api/deliveries?token={token}"),
    );
    assert_eq!(same.status, 200);
    // An action carries the token in its header: one in the query (a link, a form) is refused.
    let body = json!({"id": 1}).to_string();
    let q = request(
        port,
        "POST",
        &format!("/api/send?token={token}"),
        &[("Content-Type", "application/json")],
        body.as_bytes(),
    );
    assert_eq!(q.status, 403);
    let foreign_post = request(
        port,
        "POST",
        "/api/send",
        &[
            ("X-Hookctl-Token", &token),
            ("Content-Type", "application/json"),
            ("Origin", "http://evil.example"),
        ],
        body.as_bytes(),
    );
    assert_eq!(foreign_post.status, 403);
    // A form post (no JSON) is not an action either.
    let form = request(
        port,
        "POST",
        "/api/send",
        &[
            ("X-Hookctl-Token", &token),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        b"id=1",
    );
    assert_eq!(form.status, 415);
    // The webhook port does not serve the page.
    let on_webhook_port = raw_get(
        l.port,
        &format!("127.0.0.1:{}", l.port),
        "",
        &format!("/?token={token}"),
    );
    assert!(
        !on_webhook_port.text().contains("inspector"),
        "{}",
        on_webhook_port.text()
    );
}

#[test]
fn the_ui_flags_need_ui_and_the_token_is_not_a_secret_leak() {
    let out = command()
        .args(["listen", "--port", "0", "--ui-port", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("need --ui"));
    let l = Listener::start(&["--ui"], ENV);
    let (_, token) = ui_of(&l);
    assert!(!l.stderr().contains(STRIPE));
    assert_eq!(token.len(), 32);
    let other = Listener::start(&["--ui"], ENV);
    assert_ne!(ui_of(&other).1, token, "each run has its own token");
}

/// Read the event stream until `done` holds for what arrived, or fail after 10 s.
fn read_stream_until(s: &mut TcpStream, done: impl Fn(&str) -> bool) -> String {
    s.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut got = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    while Instant::now() < deadline {
        match s.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&chunk[..n]),
            Err(_) => {}
        }
        if done(&String::from_utf8_lossy(&got)) {
            return String::from_utf8_lossy(&got).into_owned();
        }
    }
    panic!("stream never matched: {}", String::from_utf8_lossy(&got));
}

#[test]
fn new_deliveries_reach_a_connected_page_as_server_sent_events() {
    let l = Listener::start(&["--ui"], ENV);
    let (port, token) = ui_of(&l);
    assert_eq!(deliver(&l, "evt_before", 1).status, 200);

    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET /api/events?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    // The kept deliveries first, after a reset...
    let first = read_stream_until(&mut s, |t| t.contains("evt_before"));
    assert!(first.contains("text/event-stream"), "{first}");
    assert!(first.find("event: reset").unwrap() < first.find("evt_before").unwrap());
    // ...then each new one as it is recorded.
    assert_eq!(deliver(&l, "evt_live", 2).status, 200);
    let bad_body = stripe_body("evt_tampered", 3);
    let headers = signed_headers("stripe", STRIPE, &bad_body, now());
    let tampered = stripe_body("evt_tampered", 4);
    assert_eq!(post(l.port, &headers, &tampered).status, 401);
    let all = read_stream_until(&mut s, |t| t.contains("evt_live") && t.contains("evt_tampered"));
    let events: Vec<Value> = (first + &all)
        .lines()
        .filter_map(|line| line.strip_prefix("data: "))
        .filter_map(|d| serde_json::from_str::<Value>(d).ok())
        .filter(|v| v.get("record").is_some())
        .collect();
    let live = events
        .iter()
        .find(|e| e["record"]["event_id"] == "evt_live")
        .unwrap();
    assert_eq!(live["record"]["signature"], "valid");
    assert!(live["latency_ms"].as_f64().unwrap() >= 0.0);
    let bad = events
        .iter()
        .find(|e| e["record"]["event_id"] == "evt_tampered")
        .unwrap();
    assert_eq!(bad["record"]["signature"], "invalid");
    assert!(bad["record"]["reason"].as_str().unwrap().starts_with("mismatch"));
    // Ids grow by one, in the order the deliveries were recorded.
    let ids: Vec<u64> = events.iter().map(|e| e["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, [1, 2, 3]);
}

#[test]
fn the_inspector_keeps_only_the_last_ui_keep_deliveries() {
    let l = Listener::start(&["--ui", "--ui-keep", "3"], ENV);
    let (port, token) = ui_of(&l);
    for n in 0..5 {
        assert_eq!(deliver(&l, &format!("evt_keep_{n}"), n).status, 200);
    }
    let list = get_json(port, &token, "/api/deliveries");
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["record"]["event_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["evt_keep_2", "evt_keep_3", "evt_keep_4"]);
    assert_eq!(get_json(port, &token, "/api/info")["keep"], 3);
    // Free text is searched over the kept records, bodies (JSON strings in them) included.
    let hits = get_json(port, &token, "/api/search?q=%22id%22%3A%22evt_keep_3%22");
    assert_eq!(hits["ids"], json!([4]));
    // Gone from memory (the record file would still hold it).
    assert_eq!(get(port, &token, "/api/delivery?id=1").status, 404);
    assert_eq!(get(port, &token, "/api/delivery?id=5").status, 200);
}

/// `hookctl inspect ARGS`, killed when dropped.
struct Inspect(Child, u16, String);

impl Drop for Inspect {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn inspect(args: &[&str], env: &[(&str, &str)]) -> Inspect {
    let mut cmd = command();
    cmd.arg("inspect").args(args).args(["--timeout", "60s"]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let Some((port, token)) = ui_url_in(&first) else {
        let _ = child.kill();
        panic!("no inspector URL: {first}");
    };
    Inspect(child, port, token)
}

#[test]
fn inspect_serves_a_record_file_with_its_diagnosis() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("events.jsonl");
    {
        let l = Listener::start(&["--record", rec.to_str().unwrap()], ENV);
        assert_eq!(deliver(&l, "evt_file_ok", 1).status, 200);
        let body = stripe_body("evt_file_bad", 2);
        let mut headers = signed_headers("stripe", STRIPE, &body, now());
        headers.push(("X-Note".into(), "<script>alert(1)</script>".into()));
        let mut tampered = body.clone();
        tampered.push(b'\n');
        assert_eq!(post(l.port, &headers, &tampered).status, 401);
    }
    // A broken line is left out with a warning, the rest still served.
    let mut text = std::fs::read(&rec).unwrap();
    text.extend_from_slice(b"{\"torn\n");
    std::fs::write(&rec, &text).unwrap();

    let i = inspect(&[rec.to_str().unwrap()], ENV);
    let (port, token) = (i.1, i.2.clone());
    assert_eq!(request(port, "GET", "/api/deliveries", &[], b"").status, 403);
    let list = get_json(port, &token, "/api/deliveries");
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(get_json(port, &token, "/api/info")["mode"], "file");

    let ok = get_json(port, &token, "/api/delivery?id=1");
    let lines: Vec<(String, String)> = serde_json::from_value(ok["explain"].clone()).unwrap();
    assert!(
        lines.iter().any(|(k, v)| k == "result" && v.contains("matches")),
        "{lines:?}"
    );

    let bad = get_json(port, &token, "/api/delivery?id=2");
    let lines: Vec<(String, String)> = serde_json::from_value(bad["explain"].clone()).unwrap();
    let cause = lines
        .iter()
        .find(|(k, _)| k == "likely cause")
        .map(|(_, v)| v.as_str());
    assert!(cause.unwrap().contains("trailing newline"), "{lines:?}");
    let key = lines.iter().find(|(k, _)| k == "key").unwrap();
    assert!(!key.1.contains(STRIPE), "the secret is masked: {key:?}");
    // Copy as curl / send-test: quoted for a shell, no secret.
    let curl = bad["curl"].as_str().unwrap();
    let words = shlex::split(&curl.replace("\\\n", "")).unwrap();
    assert!(
        words.contains(&"X-Note: <script>alert(1)</script>".to_string()),
        "{curl}"
    );
    let send_test = bad["send_test"].as_str().unwrap();
    assert!(send_test.starts_with("hookctl send-test "), "{send_test}");
    for text in [curl, send_test] {
        assert!(!text.contains(STRIPE));
    }
    // Nothing to send back through: a URL must be typed in.
    let r = act(port, &token, &json!({"id": 1}));
    assert_eq!(r.status, 400);
    assert!(r.text().contains("type the URL"), "{}", r.text());
}

#[test]
fn actions_replay_resign_and_edit_through_the_listener() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("events.jsonl");
    let l = Listener::start(
        &["--ui", "--tolerance", "1s", "--record", rec.to_str().unwrap()],
        ENV,
    );
    let (port, token) = ui_of(&l);
    assert_eq!(deliver(&l, "evt_act", 1000).status, 200);
    // Older than the tolerance: as recorded, it is stale now.
    std::thread::sleep(Duration::from_millis(2200));
    let replay = act(port, &token, &json!({"id": 1}));
    assert_eq!(replay.status, 200, "{}", replay.text());
    let replay: Value = serde_json::from_slice(&replay.body).unwrap();
    assert_eq!(replay["status"], 401, "{replay}");
    assert!(replay["body"].as_str().unwrap().contains("stale"), "{replay}");
    assert!(replay["latency_ms"].as_f64().unwrap() > 0.0);

    let resigned: Value =
        serde_json::from_slice(&act(port, &token, &json!({"id": 1, "resign": true})).body).unwrap();
    assert_eq!(resigned["status"], 200, "{resigned}");

    // Edit and send: a changed field, re-signed.
    let edited = String::from_utf8(stripe_body("evt_edited", 4242)).unwrap();
    let headers = json!([["Content-Type", "application/json"], ["X-Edited", "yes"]]);
    let sent: Value = serde_json::from_slice(
        &act(
            port,
            &token,
            &json!({"id": 1, "resign": true, "headers": headers, "body": edited}),
        )
        .body,
    )
    .unwrap();
    assert_eq!(sent["status"], 200, "{sent}");
    // Edited but not re-signed: the old signature no longer matches.
    let old_signature = records(&rec)[0]["headers"]["Stripe-Signature"].clone();
    let with_old = json!([
        ["Content-Type", "application/json"],
        ["Stripe-Signature", old_signature]
    ]);
    let unsigned: Value = serde_json::from_slice(
        &act(
            port,
            &token,
            &json!({"id": 1, "resign": false, "headers": with_old, "body": edited}),
        )
        .body,
    )
    .unwrap();
    assert_eq!(unsigned["status"], 401, "{unsigned}");

    let lines = records(&rec);
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[1]["signature"], "stale");
    assert_eq!(lines[2]["signature"], "valid");
    assert_eq!(lines[3]["signature"], "valid");
    assert_eq!(lines[3]["event_id"], "evt_edited");
    assert_eq!(lines[3]["headers"]["x-edited"], "yes");
    let body: Value = serde_json::from_str(lines[3]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["data"]["object"]["amount"], 4242);
    assert_eq!(lines[4]["signature"], "invalid");
    // And each went back through the listener into the page's list.
    assert_eq!(
        get_json(port, &token, "/api/deliveries")
            .as_array()
            .unwrap()
            .len(),
        5
    );

    // Refused before sending: unknown delivery, bad header, a URL that is not http(s).
    let gone = act(port, &token, &json!({"id": 99}));
    assert_eq!(gone.status, 400);
    let bad = act(port, &token, &json!({"id": 1, "headers": [["Bad Name", "x"]]}));
    assert_eq!(bad.status, 400);
    let ftp = act(port, &token, &json!({"id": 1, "target": "ftp://127.0.0.1/"}));
    assert_eq!(ftp.status, 400);
    // An unreachable target is an answer, not a failure of the inspector.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://127.0.0.1:{}/", closed.local_addr().unwrap().port());
    drop(closed);
    let down: Value =
        serde_json::from_slice(&act(port, &token, &json!({"id": 1, "target": dead})).body).unwrap();
    assert!(down["error"].as_str().unwrap().contains("cannot reach"), "{down}");
}
