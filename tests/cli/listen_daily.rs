//! `listen` for daily work: the compact line for every outcome, routes and filters, forward TLS
//! and headers, the ready banner and the summary. Real binary, 127.0.0.1 port 0.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;

use crate::support::listen::*;
use crate::support::temp_file;

const NOKO: &str = "noko-secret-1234";
const STRIPE: &str = "whsec_stripe-secret";
const NOONES: &str = "noones-api-secret";

fn secrets() -> Vec<(&'static str, &'static str)> {
    vec![
        ("HOOKCTL_NOKO_SECRET", NOKO),
        ("HOOKCTL_STRIPE_SECRET", STRIPE),
        ("HOOKCTL_NOONES_SECRET", NOONES),
    ]
}

fn noko(id: &str, event: &str) -> Vec<u8> {
    json!({"payload_id": id, "type": event}).to_string().into_bytes()
}

fn stripe(id: &str, event: &str) -> Vec<u8> {
    json!({"id": id, "type": event}).to_string().into_bytes()
}

/// `hookctl listen --port 0 -o compact ARGS` with NO_COLOR, its stdout read line by line.
struct Console {
    child: Child,
    port: u16,
    lines: Receiver<String>,
    stderr: Arc<Mutex<String>>,
}

impl Console {
    fn start(args: &[&str]) -> Console {
        let mut cmd = command();
        cmd.args(["listen", "--port", "0", "-o", "compact"])
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in secrets() {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn hookctl listen");
        let (tx, lines) = mpsc::channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = stderr.clone();
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let mut s = sink.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        let first = lines
            .recv_timeout(Duration::from_secs(20))
            .expect("the banner on stdout");
        let port = first
            .strip_prefix("Listening on http://127.0.0.1:")
            .and_then(|r| r.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("banner: {first}"));
        let console = Console {
            child,
            port,
            lines,
            stderr,
        };
        // The rest of the banner ends with how to stop.
        while console.raw_line() != "  Ctrl-C to stop" {}
        console
    }

    fn raw_line(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("a line on stdout; stderr: {}", self.stderr.lock().unwrap()))
    }

    /// The next line, checked to start with a local time with milliseconds; returns the rest.
    fn next(&self) -> String {
        let line = self.raw_line();
        assert!(!line.contains('\u{1b}'), "escape codes with NO_COLOR: {line:?}");
        let (time, rest) = line.split_once(' ').unwrap_or_else(|| panic!("{line}"));
        let b = time.as_bytes();
        assert!(
            b.len() == 12 && b[2] == b':' && b[5] == b':' && b[8] == b'.',
            "not HH:MM:SS.mmm: {line}"
        );
        rest.to_string()
    }

    fn interrupt(mut self) -> String {
        let ok = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok);
        let status = self.child.wait().unwrap();
        assert_eq!(status.code(), Some(0));
        std::thread::sleep(Duration::from_millis(100));
        let err = self.stderr.lock().unwrap().clone();
        err
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dead_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

#[test]
fn compact_shows_one_line_for_every_outcome() {
    let app = App::start(201, "ok", Duration::ZERO);
    let url = format!("http://127.0.0.1:{}/app", app.port);
    let c = Console::start(&[
        "--forward-to",
        &url,
        "--events",
        "!entry.deleted",
        "--max-body",
        "2KiB",
        "--max-head",
        "2KiB",
    ]);
    let p = c.port;
    let body = noko("p-1", "entry.created");
    let valid = signed_headers("noko", NOKO, &body, now());
    assert_eq!(post(p, &valid, &body).status, 201);
    let line = c.next();
    assert!(
        line.starts_with("noko entry.created p-1 ✔ valid → app 201 "),
        "{line}"
    );
    assert!(line.ends_with("ms"), "{line}");

    assert_eq!(post(p, &valid, &body).status, 200);
    let line = c.next();
    assert!(
        line.starts_with("noko entry.created p-1 ✔ valid ↺ duplicate 200 "),
        "{line}"
    );

    let other = noko("p-2", "entry.created");
    post(p, &signed_headers("noko", "wrong", &other, now()), &other);
    let line = c.next();
    assert!(
        line.starts_with("noko entry.created p-2 ✘ 401 mismatch: "),
        "{line}"
    );

    post(p, &[("Content-Type".into(), "application/json".into())], &other);
    let line = c.next();
    assert!(line.starts_with("- - - ✘ 401 no signature header"), "{line}");

    let st = stripe("evt_1NG8Du2eZvKYlo2CzQk8TTRH", "charge.succeeded");
    post(p, &signed_headers("stripe", STRIPE, &st, now() - 600), &st);
    let line = c.next();
    assert!(
        line.starts_with("stripe charge.succeeded evt_1NG8Du…8TTRH ✘ 401 stale timestamp"),
        "{line}"
    );

    request(p, "POST", "/", &[("X-Noones-Request-Challenge", "c-1")], b"");
    let line = c.next();
    assert!(line.starts_with("noones - - ◆ challenge 200 "), "{line}");

    let deleted = noko("p-3", "entry.deleted");
    let r = post(p, &signed_headers("noko", NOKO, &deleted, now()), &deleted);
    assert_eq!(r.status, 200);
    let line = c.next();
    assert!(
        line.starts_with("noko entry.deleted p-3 ✔ valid filtered 200 "),
        "{line}"
    );

    let not_json = b"{oops";
    post(p, &signed_headers("noko", NOKO, not_json, now()), not_json);
    assert!(c.next().contains("✔ valid 400 body is not valid JSON"));

    request(p, "POST", "/other", &[], b"{}");
    assert_eq!(c.next(), "404 POST /other is not the webhook path (/)");
    request(p, "PUT", "/", &[], b"{}");
    assert_eq!(c.next(), "405 PUT");
    let big = vec![b'a'; 4096];
    post(p, &signed_headers("noko", NOKO, &big, now()), &big);
    assert!(c.next().starts_with("413 body of 4096 bytes is over --max-body"));
    let huge = "x".repeat(4096);
    request(p, "POST", "/", &[("X-Big", &huge)], b"{}");
    assert!(c.next().starts_with("431 "));

    // A client's escape sequence never reaches the console.
    let evil = noko("p-\u{1b}[2J", "entry.\u{1b}]0;owned\u{7}");
    post(p, &signed_headers("noko", NOKO, &evil, now()), &evil);
    let line = c.next();
    assert!(
        line.contains("�[2J") && line.contains("entry.�]0;owned�"),
        "{line:?}"
    );

    assert_eq!(
        app.received.lock().unwrap().len(),
        2,
        "filtered and refused events are not forwarded"
    );
    let err = c.interrupt();
    assert!(
        err.contains("summary: received 11, valid 2, invalid 3, duplicates 1, challenges 1, rejected 3, filtered 1, forward failures 0"),
        "{err}"
    );
}

#[test]
fn compact_says_why_a_forward_failed() {
    let dead = format!("http://127.0.0.1:{}/app", dead_port());
    let c = Console::start(&["--forward-to", &dead]);
    let body = noko("p-1", "entry.created");
    let r = post(c.port, &signed_headers("noko", NOKO, &body, now()), &body);
    assert_eq!(r.status, 502);
    assert!(r.text().contains("connection refused"), "{}", r.text());
    let line = c.next();
    assert!(
        line.starts_with("noko entry.created p-1 ✔ valid → 502 forward failed: connection refused")
            && line.ends_with(&format!("({dead})")),
        "{line}"
    );
    drop(c);

    let slow = App::start(200, "late", Duration::from_secs(2));
    let url = format!("http://127.0.0.1:{}/", slow.port);
    let c = Console::start(&["--forward-to", &url, "--forward-timeout", "300ms"]);
    let r = post(c.port, &signed_headers("noko", NOKO, &body, now()), &body);
    assert_eq!(r.status, 504);
    let line = c.next();
    assert!(
        line.contains("✔ valid → 504 forward failed: timed out after 300ms"),
        "{line}"
    );
    let err = c.interrupt();
    assert!(err.contains("forward failures 1"), "{err}");
}

#[test]
fn stdout_in_a_pipe_carries_no_escape_codes_by_default() {
    // Without -o and without NO_COLOR: stdout is a pipe, so pretty and uncoloured.
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-p", "noko", "--count", "1"])
        .env("HOOKCTL_NOKO_SECRET", NOKO)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    let port: u16 = first
        .trim()
        .strip_prefix("Listening on http://127.0.0.1:")
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{first}"));
    let body = noko("p-1", "entry.created");
    post(port, &signed_headers("noko", NOKO, &body, now()), &body);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(!rest.contains('\u{1b}'), "{rest:?}");
    assert!(rest.contains("noko entry.created p-1 ✔ valid 200"), "{rest}");
}

#[test]
fn quiet_prints_nothing_per_event_but_the_summary() {
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "quiet", "-p", "noko"])
        .env("HOOKCTL_NOKO_SECRET", NOKO);
    let l = Listener::spawn(cmd);
    let body = noko("p-1", "entry.created");
    assert_eq!(
        post(l.port, &signed_headers("noko", NOKO, &body, now()), &body).status,
        200
    );
    l.signal("INT");
    let (status, lines, stderr) = l.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0));
    assert!(lines.is_empty(), "{lines:?}");
    assert!(stderr.contains("summary: received 1, valid 1"), "{stderr}");
}

#[test]
fn routes_send_each_event_to_its_first_match() {
    let billing = App::start(201, "billing", Duration::ZERO);
    let stripe_app = App::start(202, "stripe", Duration::ZERO);
    let default = App::start(203, "default", Duration::ZERO);
    let at = |a: &App, path: &str| format!("http://127.0.0.1:{}{path}", a.port);
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("r.jsonl");
    let l = Listener::start(
        &[
            "--forward-to",
            &format!("stripe:invoice.*={}", at(&billing, "/billing")),
            "--forward-to",
            &format!("stripe={}", at(&stripe_app, "/stripe")),
            "--forward-to",
            &at(&default, "/hooks"),
            "--events",
            "!ping",
            "--record",
            rec.to_str().unwrap(),
        ],
        &secrets(),
    );
    let send = |provider: &str, body: &[u8]| {
        let secret = if provider == "stripe" { STRIPE } else { NOKO };
        post(l.port, &signed_headers(provider, secret, body, now()), body).status
    };
    assert_eq!(send("stripe", &stripe("evt_1", "invoice.paid")), 201);
    assert_eq!(send("stripe", &stripe("evt_2", "charge.succeeded")), 202);
    assert_eq!(send("noko", &noko("p-1", "entry.created")), 203);
    assert_eq!(send("noko", &noko("p-2", "ping")), 200);
    let count = |a: &App| a.received.lock().unwrap().len();
    assert_eq!((count(&billing), count(&stripe_app), count(&default)), (1, 1, 1));

    let lines = records(&rec);
    assert_eq!(lines.len(), 4);
    let url = |i: usize| lines[i]["forwarded"][0]["url"].clone();
    assert_eq!(url(0), at(&billing, "/billing"));
    assert_eq!(url(1), at(&stripe_app, "/stripe"));
    assert_eq!(url(2), at(&default, "/hooks"));
    assert_eq!(lines[0]["forwarded"][0]["status"], 201);
    assert!(lines[0]["forwarded"][0]["ms"].is_u64());
    assert_eq!(lines[0]["forwarded"][0]["error"], serde_json::Value::Null);
    assert_eq!(
        lines[0]["forwarded"].as_array().unwrap().len(),
        1,
        "first match only"
    );
    assert_eq!(lines[3]["filtered"], true);
    assert!(lines[3].get("forwarded").is_none());
    assert_eq!(lines[0]["filtered"], false);
    l.signal("INT");
    let (_, _, stderr) = l.wait(Duration::from_secs(10));
    assert!(stderr.contains("filtered 1, forward failures 0"), "{stderr}");
}

#[test]
fn fan_out_answers_with_the_primary_and_records_every_target() {
    let billing = App::start(201, "billing", Duration::ZERO);
    let default = App::start(203, "default", Duration::ZERO);
    let dead = format!("http://127.0.0.1:{}/audit", dead_port());
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("r.jsonl");
    let l = Listener::start(
        &[
            "--fan-out",
            "--forward-to",
            &format!("stripe:invoice.*=http://127.0.0.1:{}/billing", billing.port),
            "--forward-to",
            &format!("*:invoice.*={dead}"),
            "--forward-to",
            &format!("http://127.0.0.1:{}/", default.port),
            "--record",
            rec.to_str().unwrap(),
        ],
        &secrets(),
    );
    let body = stripe("evt_9", "invoice.paid");
    let r = post(l.port, &signed_headers("stripe", STRIPE, &body, now()), &body);
    assert_eq!(
        r.status, 201,
        "the primary's answer, whatever a fan-out target does"
    );
    assert_eq!(r.text(), "billing");
    assert_eq!(billing.received.lock().unwrap().len(), 1);
    assert_eq!(default.received.lock().unwrap().len(), 1);
    let line = &records(&rec)[0];
    let fwd = line["forwarded"].as_array().unwrap();
    assert_eq!(fwd.len(), 3, "{line}");
    assert_eq!(fwd[0]["status"], 201);
    assert_eq!(fwd[1]["url"], dead.as_str());
    assert_eq!(fwd[1]["status"], serde_json::Value::Null);
    assert!(
        fwd[1]["error"].as_str().unwrap().contains("connection refused"),
        "{line}"
    );
    assert_eq!(fwd[2]["status"], 203);
    assert_eq!(line["status"], 201);
    l.signal("INT");
    let (_, _, stderr) = l.wait(Duration::from_secs(10));
    assert!(stderr.contains("filtered 0, forward failures 1"), "{stderr}");
}

/// A CA and a certificate it signed for 127.0.0.1, made with openssl for this test.
fn test_ca(dir: &tempfile::TempDir) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let p = |n: &str| dir.path().join(n);
    let ext = temp_file(
        dir,
        "leaf.ext",
        b"subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    );
    let run = |args: &[&str]| {
        let out = std::process::Command::new("openssl").args(args).output().unwrap();
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let s = |p: &std::path::Path| p.to_str().unwrap().to_string();
    run(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        &s(&p("ca.key")),
        "-out",
        &s(&p("ca.pem")),
        "-days",
        "2",
        "-subj",
        "/CN=hookctl test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    ]);
    run(&[
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        &s(&p("leaf.key")),
        "-out",
        &s(&p("leaf.csr")),
        "-subj",
        "/CN=127.0.0.1",
    ]);
    run(&[
        "x509",
        "-req",
        "-in",
        &s(&p("leaf.csr")),
        "-CA",
        &s(&p("ca.pem")),
        "-CAkey",
        &s(&p("ca.key")),
        "-CAcreateserial",
        "-out",
        &s(&p("leaf.pem")),
        "-days",
        "2",
        "-extfile",
        &s(&ext),
    ]);
    (p("ca.pem"), p("leaf.pem"), p("leaf.key"))
}

/// An HTTPS app: another listener, serving `cert`, recording what it receives as JSON lines.
fn https_app(cert: &std::path::Path, key: &std::path::Path) -> Listener {
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "json", "-p", "noko"])
        .arg("--tls-cert")
        .arg(cert)
        .arg("--tls-key")
        .arg(key)
        .env("HOOKCTL_NOKO_SECRET", NOKO);
    Listener::spawn(cmd)
}

#[test]
fn forwarding_over_tls_trusts_a_given_ca_or_anything_when_told() {
    let dir = tempfile::tempdir().unwrap();
    let (ca, leaf, leaf_key) = test_ca(&dir);
    let app = https_app(&leaf, &leaf_key);
    let app_url = format!("https://127.0.0.1:{}/", app.port);
    let body = b"{ \"payload_id\" : \"p-7\",\n \"type\": \"entry.created\" }".to_vec();
    let headers = signed_headers("noko", NOKO, &body, now());

    // By default the app's certificate is checked against the built-in roots only.
    let l = Listener::start(&["--forward-to", &app_url], &secrets());
    let r = post(l.port, &headers, &body);
    assert_eq!(r.status, 502);
    l.next_event();
    std::thread::sleep(Duration::from_millis(100));
    let err = l.stderr();
    assert!(
        err.contains("TLS: the app's certificate was refused: it is not signed by a CA the client trusts")
            && err.contains("--forward-ca"),
        "{err}"
    );
    assert!(
        !err.contains("UnknownIssuer") && !err.contains("InvalidCertificate("),
        "{err}"
    );
    drop(l);

    let l = Listener::start(
        &[
            "--forward-to",
            &app_url,
            "--forward-ca",
            ca.to_str().unwrap(),
            "--forward-header",
            "X-Env: dev",
            "--forward-header",
            "content-type: application/json; charset=utf-8",
        ],
        &secrets(),
    );
    let r = post(l.port, &headers, &body);
    assert_eq!(r.status, 200, "{}", r.text());
    let got = app.next_event();
    assert_eq!(got["signature"], "valid", "byte-exact body: {got}");
    assert_eq!(got["body"], String::from_utf8(body.clone()).unwrap());
    let header = |name: &str| {
        got["headers"]
            .as_object()
            .unwrap()
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {name} in {got}"))
    };
    assert_eq!(
        header("host"),
        format!("127.0.0.1:{}", app.port),
        "the app's Host: {got}"
    );
    assert_eq!(header("x-env"), "dev");
    assert_eq!(header("content-type"), "application/json; charset=utf-8");
    drop(l);

    // A self-signed app: refused by default, accepted with --forward-insecure.
    let cert = crate::support::repo_path("tests/fixtures/tls/cert.pem");
    let key = crate::support::repo_path("tests/fixtures/tls/key.pem");
    let selfsigned = https_app(&cert, &key);
    let url = format!("https://127.0.0.1:{}/", selfsigned.port);
    let l = Listener::start(&["--forward-to", &url], &secrets());
    assert_eq!(post(l.port, &headers, &body).status, 502);
    drop(l);
    let l = Listener::start(&["--forward-to", &url, "--forward-insecure"], &secrets());
    assert_eq!(post(l.port, &headers, &body).status, 200);
    assert_eq!(selfsigned.next_event()["signature"], "valid");
}

#[test]
fn bad_routes_globs_cas_and_headers_fail_before_binding() {
    // A busy port: exit 2 (not 3) shows each flag was checked before binding.
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let dir = tempfile::tempdir().unwrap();
    let not_pem = temp_file(&dir, "ca.txt", b"hello");
    let not_pem = not_pem.to_str().unwrap();
    let ok = "http://127.0.0.1:9/";
    for (args, flag, problem) in [
        (
            vec!["--forward-to", "ftp://x/"],
            "--forward-to",
            "not an http(s) URL",
        ),
        (
            vec!["--forward-to", "*=http://h/"],
            "--forward-to",
            "matches everything",
        ),
        (vec!["--forward-to", "nokko=http://h/"], "nokko", "noko"),
        (
            vec!["--forward-to", "noko:[x=http://h/"],
            "--forward-to",
            "not a glob",
        ),
        (vec!["--events", "invoice.["], "--events", "not a glob"),
        (
            vec!["--forward-to", ok, "--forward-ca", "/nonexistent/ca.pem"],
            "--forward-ca",
            "/nonexistent/ca.pem",
        ),
        (
            vec!["--forward-to", ok, "--forward-ca", not_pem],
            "--forward-ca",
            "no PEM certificate",
        ),
        (
            vec!["--forward-to", ok, "--forward-header", "NoColon"],
            "--forward-header",
            "Name: value",
        ),
        (
            vec!["--forward-to", ok, "--forward-header", "Host: x"],
            "--forward-header",
            "connection",
        ),
    ] {
        let out = command()
            .args(["listen", "--port", &port, "-p", "noko"])
            .args(&args)
            .env("HOOKCTL_NOKO_SECRET", NOKO)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(flag) && err.contains(problem), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn the_banner_says_what_is_set_up_and_never_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_file(&dir, "noko.secret", format!("{NOKO}\n").as_bytes());
    // A secret file others can read is warned about before the banner; this one is private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let rec = dir.path().join("events.jsonl");
    let flag = format!("noko=@{}", file.display());
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "json", "--secret-for", &flag])
        .args(["--forward-to", "stripe:invoice.*=http://127.0.0.1:9/billing"])
        .args(["--forward-to", "http://127.0.0.1:9/hooks", "--record"])
        .arg(&rec)
        .env("HOOKCTL_STRIPE_SECRET", STRIPE);
    let l = Listener::spawn(cmd);
    std::thread::sleep(Duration::from_millis(200));
    let err = l.stderr();
    let url = format!("http://127.0.0.1:{}/", l.port);
    assert!(err.starts_with(&format!("Listening on {url}\n")), "{err}");
    for want in [
        format!("secret: noko from --secret-for {flag}"),
        "secret: stripe from $HOOKCTL_STRIPE_SECRET".to_string(),
        "stripe:invoice.* → http://127.0.0.1:9/billing".to_string(),
        "default → http://127.0.0.1:9/hooks".to_string(),
        format!("recording to {}", rec.display()),
        format!("hookctl send-test {url} -p "),
        "Ctrl-C to stop".to_string(),
    ] {
        assert!(err.contains(&want), "missing {want:?} in:\n{err}");
    }
    assert!(
        !err.contains(NOKO) && !err.contains(STRIPE),
        "secret shown: {err}"
    );
    assert!(!err.contains("warning:"), "{err}");

    // No secret at all, on every interface: two warnings.
    let out = command()
        .args(["listen", "--host", "0.0.0.0", "--port", "0", "--timeout", "200ms"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("Listening on http://0.0.0.0:"), "{stdout}");
    assert!(err.contains("warning: no secret is configured"), "{err}");
    assert!(
        err.contains("warning: --host 0.0.0.0 is not a loopback address"),
        "{err}"
    );
}

#[test]
fn compact_says_which_secret_of_a_rotation_verified() {
    let dir = tempfile::tempdir().unwrap();
    let new = temp_file(&dir, "new.secret", b"noko-new-secret");
    let old = temp_file(&dir, "old.secret", NOKO.as_bytes());
    for f in [&new, &old] {
        std::fs::set_permissions(f, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    }
    let (new, old) = (
        format!("noko=@{}", new.display()),
        format!("noko=@{}", old.display()),
    );
    let c = Console::start(&["--secret-for", &new, "--secret-for", &old]);
    let body = noko("p-rot", "entry.created");
    assert_eq!(
        post(c.port, &signed_headers("noko", NOKO, &body, now()), &body).status,
        200
    );
    let line = c.next();
    assert!(
        line.starts_with("noko entry.created p-rot ✔ valid secret 2 of 2 200 "),
        "{line}"
    );
    let body = noko("p-none", "entry.created");
    post(c.port, &signed_headers("noko", "neither", &body, now()), &body);
    let line = c.next();
    assert!(
        line.contains("✘ 401 mismatch") && line.ends_with("(tried 2 secrets)"),
        "{line}"
    );
}
