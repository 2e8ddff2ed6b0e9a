//! Local receivers for send-test and replay tests, and signature checks written from the
//! providers' documents (hmac/sha2/base64 directly, no hookctl code), so a wrong signer fails.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};

/// A request as the receiver saw it.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("JSON body")
    }
}

/// The answer a handler gives.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Duration,
    /// Close the connection after this answer (and say so in a `connection: close` header).
    pub close: bool,
}

impl Resp {
    pub fn status(status: u16) -> Resp {
        Resp {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            close: false,
        }
    }
    pub fn close(mut self) -> Resp {
        self.close = true;
        self.header("connection", "close")
    }
    pub fn body(mut self, body: &str) -> Resp {
        self.body = body.as_bytes().to_vec();
        self
    }
    pub fn header(mut self, name: &str, value: &str) -> Resp {
        self.headers.push((name.into(), value.into()));
        self
    }
    pub fn delay(mut self, d: Duration) -> Resp {
        self.delay = d;
        self
    }
}

/// A keep-alive HTTP/1.1 server on 127.0.0.1:0 (std TcpListener + httparse), one thread per
/// connection, keeping every request.
pub struct Receiver {
    pub url: String,
    requests: Arc<Mutex<Vec<Req>>>,
    addr: std::net::SocketAddr,
    stop: Arc<AtomicBool>,
}

type Handler = dyn Fn(&Req, usize) -> Resp + Send + Sync;

impl Receiver {
    /// `handler(request, index)` decides each answer; index counts requests from 0.
    pub fn start(handler: impl Fn(&Req, usize) -> Resp + Send + Sync + 'static) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let counter = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (reqs, stop2) = (requests.clone(), stop.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (reqs, handler, counter) = (reqs.clone(), handler.clone(), counter.clone());
                std::thread::spawn(move || serve(conn, &reqs, handler.as_ref(), &counter));
            }
        });
        Receiver {
            url: format!("http://{addr}/hooks"),
            requests,
            addr,
            stop,
        }
    }

    /// A receiver that checks `provider`'s signature with `secret`: 200 if valid, 401 if not.
    pub fn verifying(provider: &'static str, secret: &'static str) -> Receiver {
        Receiver::start(move |req, _| {
            if verify(provider, secret, req) {
                Resp::status(200).body("ok")
            } else {
                Resp::status(401).body("bad signature")
            }
        })
    }

    pub fn requests(&self) -> Vec<Req> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr); // wake the accept loop
    }
}

/// Serve one connection until the client closes it.
fn serve(mut conn: TcpStream, reqs: &Mutex<Vec<Req>>, handler: &Handler, counter: &AtomicUsize) {
    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        // Read until the head is complete.
        let (head_len, method, url, headers) = loop {
            let mut slots = [httparse::EMPTY_HEADER; 64];
            let mut r = httparse::Request::new(&mut slots);
            match r.parse(&buf) {
                Ok(httparse::Status::Complete(n)) => {
                    let headers: Vec<(String, String)> = r
                        .headers
                        .iter()
                        .map(|h| (h.name.to_string(), String::from_utf8_lossy(h.value).into_owned()))
                        .collect();
                    break (
                        n,
                        r.method.unwrap().to_string(),
                        r.path.unwrap().to_string(),
                        headers,
                    );
                }
                Ok(httparse::Status::Partial) => match conn.read(&mut chunk) {
                    Ok(0) | Err(_) => return,
                    Ok(k) => buf.extend_from_slice(&chunk[..k]),
                },
                Err(_) => return,
            }
        };
        let len: usize = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse().ok())
            .unwrap_or(0);
        while buf.len() < head_len + len {
            match conn.read(&mut chunk) {
                Ok(0) | Err(_) => return,
                Ok(k) => buf.extend_from_slice(&chunk[..k]),
            }
        }
        let body = buf[head_len..head_len + len].to_vec();
        buf.drain(..head_len + len);
        let req = Req {
            method,
            url,
            headers,
            body,
        };
        let index = counter.fetch_add(1, Ordering::SeqCst);
        let resp = handler(&req, index);
        reqs.lock().unwrap().push(req);
        std::thread::sleep(resp.delay);
        let mut out = format!(
            "HTTP/1.1 {} X\r\ncontent-length: {}\r\n",
            resp.status,
            resp.body.len()
        );
        for (n, v) in &resp.headers {
            out.push_str(&format!("{n}: {v}\r\n"));
        }
        out.push_str("\r\n");
        let mut bytes = out.into_bytes();
        bytes.extend_from_slice(&resp.body);
        if conn.write_all(&bytes).is_err() || resp.close {
            return;
        }
    }
}

/// A URL where nothing listens: bind port 0, then let it go.
pub fn refused_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    format!("http://127.0.0.1:{port}/hooks")
}

fn hmac256(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
    m.update(msg);
    m.finalize().into_bytes().to_vec()
}

fn hmac512(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<sha2::Sha512>::new_from_slice(key).unwrap();
    m.update(msg);
    m.finalize().into_bytes().to_vec()
}

/// `t=…,v1=…` headers (Stripe, Novatrade24).
fn t_v1(value: &str) -> Option<(String, String)> {
    let mut t = None;
    let mut v1 = None;
    for part in value.split(',') {
        match part.trim().split_once('=') {
            Some(("t", x)) => t = Some(x.to_string()),
            Some(("v1", x)) => v1 = Some(x.to_string()),
            _ => {}
        }
    }
    Some((t?, v1?))
}

/// Each provider's documented check, written again here independently of hookctl's code.
pub fn verify(provider: &str, secret: &str, req: &Req) -> bool {
    let key = secret.as_bytes();
    let body = &req.body;
    let h = |n: &str| req.header(n).unwrap_or("").to_string();
    match provider {
        // HMAC-SHA256 hex over JSON.stringify(JSON.parse(body)); hookctl sends that form, so
        // raw body = signed bytes.
        "noones" => h("X-Noones-Signature") == hex::encode(hmac256(key, body)),
        "noko" => h("X-Noko-Signature") == hex::encode(hmac256(key, body)),
        "cryptohopper" => h("X-Hub-Signature") == hex::encode(hmac512(key, body)),
        "github" => h("X-Hub-Signature-256") == format!("sha256={}", hex::encode(hmac256(key, body))),
        "shopify" => h("X-Shopify-Hmac-Sha256") == B64.encode(hmac256(key, body)),
        "novatrade24" | "stripe" => {
            let header = if provider == "stripe" {
                "Stripe-Signature"
            } else {
                "X-Novatrade-Signature"
            };
            let Some((t, v1)) = t_v1(&h(header)) else {
                return false;
            };
            let mut msg = format!("{t}.").into_bytes();
            msg.extend_from_slice(body);
            v1 == hex::encode(hmac256(key, &msg))
        }
        "slack" => {
            let mut msg = format!("v0:{}:", h("X-Slack-Request-Timestamp")).into_bytes();
            msg.extend_from_slice(body);
            h("X-Slack-Signature") == format!("v0={}", hex::encode(hmac256(key, &msg)))
        }
        "standard" => {
            let Some(raw) = secret.strip_prefix("whsec_") else {
                return false;
            };
            let Ok(k) = B64.decode(raw) else { return false };
            let mut msg = format!("{}.{}.", h("webhook-id"), h("webhook-timestamp")).into_bytes();
            msg.extend_from_slice(body);
            let want = format!("v1,{}", B64.encode(hmac256(&k, &msg)));
            h("webhook-signature").split(' ').any(|s| s == want)
        }
        // Linear's SDK (LinearWebhooks.verify): hex HMAC of the body, and the body's
        // webhookTimestamp (Unix ms) at most a minute from now.
        "linear" => {
            let Ok(json) = serde_json::from_slice::<serde_json::Value>(body) else {
                return false;
            };
            let now_ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_millis() as i64;
            let fresh = json["webhookTimestamp"]
                .as_i64()
                .is_some_and(|ts| (now_ms - ts).abs() <= 60_000);
            fresh && h("Linear-Signature") == hex::encode(hmac256(key, body))
        }
        other => panic!("no test verifier for {other}"),
    }
}

/// A secret each provider accepts (Standard Webhooks wants `whsec_` + base64).
pub fn secret_for(provider: &str) -> &'static str {
    match provider {
        "standard" => "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtMTIzNDU2Nzg=",
        "novatrade24" => "whsec_test_novatrade_secret",
        _ => "test-secret-0123456789",
    }
}
