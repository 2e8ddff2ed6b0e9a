//! Local fake management APIs, one per provider, each enforcing what its provider's API docs
//! (named at the top of each fake) say: auth header, required headers, body rules, errors,
//! pagination. Every request is recorded so tests can assert what hookctl actually sent.

pub mod cryptohopper;
pub mod noko;
pub mod noones;
pub mod novatrade24;

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;

use serde_json::Value;

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path with query string, as sent.
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub at: std::time::Instant,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn path(&self) -> &str {
        self.url.split('?').next().unwrap_or("")
    }
    pub fn query(&self, key: &str) -> Option<String> {
        let q = self.url.split_once('?')?.1;
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.into_owned())
    }
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
    pub fn form(&self, key: &str) -> Option<String> {
        form_urlencoded::parse(self.body.as_bytes())
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.into_owned())
    }
    /// `METHOD /path` for compact assertions.
    pub fn line(&self) -> String {
        format!("{} {}", self.method, self.path())
    }
}

/// What the fake answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(status: u16, v: &Value) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: serde_json::to_vec(v).unwrap(),
        }
    }
    pub fn typed(status: u16, content_type: &str, v: &Value) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: serde_json::to_vec(v).unwrap(),
        }
    }
    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler<S> = fn(&mut S, &Recorded, &str) -> Reply;

/// What the server thread shares with the request handler.
struct Inner<S> {
    state: Arc<Mutex<S>>,
    log: Arc<Mutex<Vec<Recorded>>>,
    injected: Arc<Mutex<VecDeque<Reply>>>,
    handler: Handler<S>,
    base: String,
}

/// A server on 127.0.0.1:0 answering with `handler` over a state `S` (hyper, on its own thread).
pub struct Fake<S: Send + 'static> {
    pub url: String,
    state: Arc<Mutex<S>>,
    log: Arc<Mutex<Vec<Recorded>>>,
    injected: Arc<Mutex<VecDeque<Reply>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl<S: Send + 'static> Fake<S> {
    pub fn start(state: S, handler: Handler<S>) -> Fake<S> {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let url = format!("http://127.0.0.1:{port}");
        let state = Arc::new(Mutex::new(state));
        let log = Arc::new(Mutex::new(Vec::new()));
        let injected: Arc<Mutex<VecDeque<Reply>>> = Arc::new(Mutex::new(VecDeque::new()));
        let inner = Arc::new(Inner {
            state: state.clone(),
            log: log.clone(),
            injected: injected.clone(),
            handler,
            base: url.clone(),
        });
        let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                loop {
                    let stream = tokio::select! {
                        a = listener.accept() => match a { Ok((s, _)) => s, Err(_) => continue },
                        _ = &mut stopped => break,
                    };
                    let inner = inner.clone();
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(move |req| answer(req, inner.clone()));
                        let _ = hyper::server::conn::http1::Builder::new()
                            .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                            .await;
                    });
                }
            });
        });
        Fake {
            url,
            state,
            log,
            injected,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().clone()
    }

    /// Requests other than token exchanges, as `METHOD /path` lines.
    pub fn lines(&self) -> Vec<String> {
        self.requests().iter().map(Recorded::line).collect()
    }

    /// Answer the next request with `reply` instead of the handler (still recorded).
    pub fn inject(&self, reply: Reply) {
        self.injected.lock().unwrap().push_back(reply);
    }

    pub fn state(&self) -> MutexGuard<'_, S> {
        self.state.lock().unwrap()
    }

    pub fn clear_log(&self) {
        self.log.lock().unwrap().clear();
    }
}

impl<S: Send + 'static> Drop for Fake<S> {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn answer<S>(
    req: hyper::Request<hyper::body::Incoming>,
    inner: Arc<Inner<S>>,
) -> Result<hyper::Response<http_body_util::Full<bytes::Bytes>>, std::convert::Infallible> {
    use http_body_util::BodyExt;
    let method = req.method().as_str().to_string();
    let url = req.uri().to_string();
    let headers = req
        .headers()
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let body = match req.into_body().collect().await {
        Ok(b) => String::from_utf8_lossy(&b.to_bytes()).into_owned(),
        Err(_) => String::new(),
    };
    let rec = Recorded {
        method,
        url,
        headers,
        body,
        at: std::time::Instant::now(),
    };
    inner.log.lock().unwrap().push(rec.clone());
    let next = inner.injected.lock().unwrap().pop_front();
    let reply = match next {
        Some(r) => r,
        None => (inner.handler)(&mut inner.state.lock().unwrap(), &rec, &inner.base),
    };
    let mut resp = hyper::Response::new(http_body_util::Full::new(bytes::Bytes::from(reply.body)));
    *resp.status_mut() = hyper::StatusCode::from_u16(reply.status).unwrap();
    for (n, v) in reply.headers {
        resp.headers_mut().append(
            hyper::header::HeaderName::from_bytes(n.as_bytes()).unwrap(),
            hyper::header::HeaderValue::from_str(&v).unwrap(),
        );
    }
    Ok(resp)
}

/// Path segments after a prefix: `/v1/webhooks/wh_1/test` with `/v1/` → ["webhooks","wh_1","test"].
pub fn segments<'a>(path: &'a str, prefix: &str) -> Option<Vec<&'a str>> {
    path.strip_prefix(prefix).map(|rest| rest.split('/').collect())
}

/// `hookctl webhooks` against a fake: base URL, short retries, config in `dir`.
pub fn webhooks(fake_url: &str, provider: &str, dir: &tempfile::TempDir) -> assert_cmd::Command {
    let mut cmd = super::hookctl();
    cmd.env("HOOKCTL_CONFIG", dir.path().join("config.toml"));
    cmd.args([
        "webhooks",
        "--provider",
        provider,
        "--base-url",
        fake_url,
        "--retry-base",
        "10ms",
    ]);
    cmd
}
