//! Helpers for `listen` tests: spawn the real listener, talk HTTP/1.1 over a plain socket
//! (parsed with httparse), sign like the providers do with the hmac crate, and a fake app.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::{Sha256, Sha512};

/// A running `hookctl listen`, killed when dropped.
pub struct Listener {
    child: Option<Child>,
    pub port: u16,
    stdout: Receiver<String>,
    stderr: Arc<Mutex<String>>,
}

pub fn command() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("hookctl"));
    scrub(&mut cmd);
    cmd
}

/// The environment of `support::hookctl()`, for any command.
pub fn scrub(cmd: &mut Command) {
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        if k.starts_with("HOOKCTL_")
            || k.starts_with("XDG_")
            || k == "NO_COLOR"
            || k == "CLICOLOR_FORCE"
            || k == "COLUMNS"
        {
            cmd.env_remove(&k);
        }
    }
    cmd.env_remove("HOME");
    cmd.env("HOOKCTL_CONFIG", "/nonexistent/hookctl-test/config.toml");
    cmd.env("CI", "true");
}

impl Listener {
    /// `hookctl listen --port 0 -o json ARGS`, waiting for its banner on stderr.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Listener {
        let mut cmd = command();
        cmd.args(["listen", "--port", "0", "-o", "json"]).args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        Self::spawn(cmd)
    }

    pub fn spawn(mut cmd: Command) -> Listener {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn hookctl listen");
        let (out_tx, out_rx) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if out_tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr_text = Arc::new(Mutex::new(String::new()));
        let (port_tx, port_rx) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let sink = stderr_text.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let rest = line
                    .strip_prefix("Listening on http://127.0.0.1:")
                    .or_else(|| line.strip_prefix("Listening on https://127.0.0.1:"));
                if let Some(rest) = rest {
                    let port: u16 = rest.split('/').next().unwrap().parse().unwrap();
                    let _ = port_tx.send(port);
                }
                let mut s = sink.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        let port = match port_rx.recv_timeout(Duration::from_secs(20)) {
            Ok(p) => p,
            Err(_) => {
                let _ = child.kill();
                panic!("no banner; stderr: {}", stderr_text.lock().unwrap());
            }
        };
        Listener {
            child: Some(child),
            port,
            stdout: out_rx,
            stderr: stderr_text,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    /// The next JSON line on stdout.
    pub fn next_event(&self) -> serde_json::Value {
        let line = self
            .stdout
            .recv_timeout(Duration::from_secs(10))
            .expect("an event line on stdout");
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    /// Whether the process is still running.
    pub fn try_running(&self) -> bool {
        let alive = Command::new("kill")
            .args(["-0", &self.pid().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        let zombie = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).is_ok_and(|s| {
            s.rsplit(')')
                .next()
                .is_some_and(|rest| rest.trim_start().starts_with('Z'))
        });
        alive && !zombie
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Wait for the process to exit on its own; returns its status and all stdout lines.
    pub fn wait(mut self, limit: Duration) -> (ExitStatus, Vec<String>, String) {
        let mut child = self.child.take().unwrap();
        let start = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if start.elapsed() > limit {
                let _ = child.kill();
                panic!(
                    "listener did not exit within {limit:?}; stderr: {}",
                    self.stderr()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        // Give the reader threads a moment to drain the pipes.
        std::thread::sleep(Duration::from_millis(100));
        let lines: Vec<String> = self.stdout.try_iter().collect();
        (status, lines, self.stderr())
    }

    pub fn signal(&self, sig: &str) {
        let ok = Command::new("kill")
            .args([format!("-{sig}"), self.pid().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{sig} failed");
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A parsed HTTP response.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Send one request (`Connection: close`) and read the whole answer.
pub fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (n, v) in headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut raw = head.into_bytes();
    raw.extend_from_slice(body);
    send_raw(port, &raw)
}

/// Write raw bytes and read the final response (interim 1xx ones are skipped, as clients do):
/// up to its Content-Length, or to EOF when it has none.
pub fn send_raw(port: u16, raw: &[u8]) -> Resp {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect to listener");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    // A 413 may close the socket before the whole body was written; what arrived still counts.
    let _ = s.write_all(raw);
    let mut buf = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(resp) = complete_response(&buf) {
            return resp;
        }
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => return parse_response(&buf),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

/// The final response in `buf` once all of it arrived.
fn complete_response(mut buf: &[u8]) -> Option<Resp> {
    loop {
        let mut slots = [httparse::EMPTY_HEADER; 64];
        let mut r = httparse::Response::new(&mut slots);
        let head = match r.parse(buf) {
            Ok(httparse::Status::Complete(n)) => n,
            _ => return None,
        };
        if (100..200).contains(&r.code?) {
            buf = &buf[head..];
            continue;
        }
        let len: usize = r
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case("content-length"))
            .and_then(|h| std::str::from_utf8(h.value).ok()?.trim().parse().ok())?;
        return (buf.len() >= head + len).then(|| parse_response(&buf[..head + len]));
    }
}

pub fn parse_response(mut buf: &[u8]) -> Resp {
    loop {
        let mut slots = [httparse::EMPTY_HEADER; 64];
        let mut r = httparse::Response::new(&mut slots);
        let n = match r.parse(buf) {
            Ok(httparse::Status::Complete(n)) => n,
            other => panic!("bad response {other:?}: {}", String::from_utf8_lossy(buf)),
        };
        let status = r.code.unwrap();
        if (100..200).contains(&status) {
            buf = &buf[n..];
            continue;
        }
        return Resp {
            status,
            headers: r
                .headers
                .iter()
                .map(|h| (h.name.to_string(), String::from_utf8_lossy(h.value).into_owned()))
                .collect(),
            body: buf[n..].to_vec(),
        };
    }
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

pub fn hmac256(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).unwrap();
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

pub fn hmac512(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<Sha512>::new_from_slice(key).unwrap();
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

/// Headers each provider sends for `body`, signed with `secret` at time `ts`.
pub fn signed_headers(provider: &str, secret: &str, body: &[u8], ts: i64) -> Vec<(String, String)> {
    let cat = |prefix: String| {
        let mut v = prefix.into_bytes();
        v.extend_from_slice(body);
        v
    };
    let h = |n: &str, v: String| (n.to_string(), v);
    let mut out = vec![h("Content-Type", "application/json".into())];
    match provider {
        "noko" => out.push(h(
            "X-Noko-Signature",
            hex::encode(hmac256(secret.as_bytes(), body)),
        )),
        "noones" => out.push(h(
            "X-Noones-Signature",
            hex::encode(hmac256(secret.as_bytes(), body)),
        )),
        "cryptohopper" => out.push(h(
            "X-Hub-Signature",
            hex::encode(hmac512(secret.as_bytes(), body)),
        )),
        "novatrade24" => {
            let sig = hex::encode(hmac256(secret.as_bytes(), &cat(format!("{ts}."))));
            out.push(h("X-Novatrade-Signature", format!("t={ts},v1={sig}")));
        }
        "stripe" => {
            let sig = hex::encode(hmac256(secret.as_bytes(), &cat(format!("{ts}."))));
            out.push(h("Stripe-Signature", format!("t={ts},v1={sig}")));
        }
        "slack" => {
            let sig = hex::encode(hmac256(secret.as_bytes(), &cat(format!("v0:{ts}:"))));
            out.push(h("X-Slack-Signature", format!("v0={sig}")));
            out.push(h("X-Slack-Request-Timestamp", ts.to_string()));
        }
        "standard" => {
            let key = B64.decode(secret.trim_start_matches("whsec_")).unwrap();
            let id = format!("msg_{ts}_{}", body.len());
            let sig = B64.encode(hmac256(&key, &cat(format!("{id}.{ts}."))));
            out.push(h("webhook-id", id));
            out.push(h("webhook-timestamp", ts.to_string()));
            out.push(h("webhook-signature", format!("v1,{sig}")));
        }
        other => panic!("no test signer for {other}"),
    }
    out
}

/// POST `body` with `headers`.
pub fn post(port: u16, headers: &[(String, String)], body: &[u8]) -> Resp {
    let hs: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    request(port, "POST", "/", &hs, body)
}

/// A request as the fake app received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// A local app for `--forward-to`: answers `status` with `body` after `delay`, keeps what it got.
pub struct App {
    pub port: u16,
    pub received: Arc<Mutex<Vec<Received>>>,
}

impl App {
    pub fn start(status: u16, body: &'static str, delay: Duration) -> App {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().map_while(Result::ok) {
                let store = store.clone();
                std::thread::spawn(move || {
                    let _ = serve_one(stream, &store, status, body, delay);
                });
            }
        });
        App { port, received }
    }
}

fn serve_one(
    mut s: TcpStream,
    store: &Mutex<Vec<Received>>,
    status: u16,
    body: &str,
    delay: Duration,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = s.read(&mut chunk)?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        let mut slots = [httparse::EMPTY_HEADER; 64];
        let mut req = httparse::Request::new(&mut slots);
        if let Ok(httparse::Status::Complete(head)) = req.parse(&buf) {
            let headers: Vec<(String, String)> = req
                .headers
                .iter()
                .map(|h| (h.name.to_string(), String::from_utf8_lossy(h.value).into_owned()))
                .collect();
            let len: usize = headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
                .map(|(_, v)| v.parse().unwrap())
                .unwrap_or(0);
            if buf.len() >= head + len {
                store.lock().unwrap().push(Received {
                    method: req.method.unwrap().to_string(),
                    headers,
                    body: buf[head..head + len].to_vec(),
                });
                std::thread::sleep(delay);
                let answer = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                return s.write_all(answer.as_bytes());
            }
        }
    }
}

/// Every line of a record file as JSON.
pub fn records(path: &std::path::Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad record line ({e}): {l}")))
        .collect()
}
