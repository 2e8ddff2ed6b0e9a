//! The inspector's HTTP server: 127.0.0.1 only, a port of its own, every request through the
//! `guard`. Routes:
//! - `GET /` the page, `GET /app.js`, `GET /app.css` (embedded; no CDN, works offline);
//! - `GET /api/info` where the deliveries come from and where actions go;
//! - `GET /api/deliveries` every kept delivery, oldest first;
//! - `GET /api/delivery?id=N` one delivery with its diagnosis and commands (`detail`);
//! - `GET /api/events` server-sent events: `reset`, the kept deliveries, then each new one;
//!   `lagged` (and the stream ends) when the page fell too far behind;
//! - `POST /api/send` an action (`actions`).
//!
//! Everything a request sends is bounded as the listener bounds it: the head (hyper's limits
//! and header timeout), the body (`MAX_BODY`, `BODY_TIMEOUT`), the connections (`MAX_CONNECTIONS`).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::{Body, Frame, Incoming};
use hyper::header::HeaderValue;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{broadcast, mpsc, Semaphore};

use super::guard::{Asked, TOKEN_HEADER};
use super::{actions, detail, Inspector, Source};
use crate::error::{io_reason, Error, Result};

const INDEX: &str = include_str!("page/index.html");
const APP_JS: &str = include_str!("page/app.js");
const APP_CSS: &str = include_str!("page/app.css");

/// Pages and their requests served at once; more wait in the kernel's backlog.
const MAX_CONNECTIONS: usize = 64;
/// The largest action body: an edited delivery (the listener's default `--max-body` is 10 MiB).
const MAX_BODY: usize = 16 << 20;
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// A comment on an idle event stream now and then, so a page that went away is noticed.
const KEEPALIVE: Duration = Duration::from_secs(15);
/// Event-stream chunks waiting for one slow page; then the feed's own bound takes over.
const STREAM_QUEUE: usize = 16;
/// The most deliveries one event-stream write carries.
const BATCH: usize = 256;
/// The least time between two event-stream writes to one page (rows arrive within it).
const FLUSH_EVERY: Duration = Duration::from_millis(100);

/// What the page's policy allows: its own script, style and requests, nothing else.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                   img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Bind 127.0.0.1:`port` (0 picks a free one); never any other address.
pub fn bind(port: u16) -> Result<(std::net::TcpListener, SocketAddr)> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
            "another program uses that port: pick another --ui-port, or leave it out for a free one"
        } else {
            "check --ui-port"
        };
        Error::network(format!(
            "cannot serve the inspector on 127.0.0.1:{port}: {}",
            io_reason(&e)
        ))
        .with_hint(hint)
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::network(format!("cannot read the inspector's address: {}", io_reason(&e))))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::network(format!("cannot set up the inspector's socket: {}", io_reason(&e))))?;
    Ok((listener, addr))
}

/// Serve until the runtime stops.
pub async fn serve(listener: std::net::TcpListener, inspector: Arc<Inspector>) -> Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|e| Error::network(format!("cannot serve the inspector: {}", io_reason(&e))))?;
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_headers(100)
        .max_buf_size(64 * 1024);
    loop {
        let permit = permits
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors is temporary: wait for connections to close.
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let (http, inspector) = (http.clone(), inspector.clone());
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| answer(req, inspector.clone()));
            let _ = http.serve_connection(TokioIo::new(stream), service).await;
            drop(permit);
        });
    }
}

type Reply = Response<Answered>;

async fn answer(req: Request<Incoming>, inspector: Arc<Inspector>) -> std::result::Result<Reply, Infallible> {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let method = req.method().as_str().to_string();
    let asked = Asked {
        method: &method,
        host: header("host"),
        origin: header("origin"),
        header_token: header(TOKEN_HEADER),
        query: req.uri().query(),
    };
    if let Err(why) = inspector.guard.check(&asked) {
        return Ok(text(403, &format!("forbidden: {why}\n")));
    }
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or_default().to_string();
    Ok(match (method.as_str(), path.as_str()) {
        ("GET", "/") => {
            // The token is ours (letters and digits): safe to write into the page's links.
            let page = INDEX.replace("{{token}}", inspector.guard.token());
            static_file(page.into(), "text/html; charset=utf-8")
        }
        ("GET", "/app.js") => static_file(APP_JS.into(), "text/javascript; charset=utf-8"),
        ("GET", "/app.css") => static_file(APP_CSS.into(), "text/css; charset=utf-8"),
        ("GET", "/api/info") => json(200, &info(&inspector)),
        ("GET", "/api/deliveries") => {
            let entries = inspector.feed.snapshot();
            let mut body = String::new();
            body.push('[');
            for (i, e) in entries.iter().enumerate() {
                if i > 0 {
                    body.push(',');
                }
                body.push_str(&e.json());
            }
            body.push(']');
            raw_json(200, body.into())
        }
        ("GET", "/api/delivery") => {
            let id = form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == "id")
                .and_then(|(_, v)| v.parse::<u64>().ok());
            match id.and_then(|id| inspector.feed.get(id)) {
                Some(entry) => json(200, &detail::detail(&inspector, &entry)),
                None => json(
                    404,
                    &serde_json::json!({"error": "no such delivery (see --ui-keep)"}),
                ),
            }
        }
        ("GET", "/api/events") => events(&inspector),
        ("GET", "/api/search") => {
            let q = form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == "q")
                .map(|(_, v)| v.to_lowercase())
                .unwrap_or_default();
            json(200, &serde_json::json!({ "ids": search(&inspector, &q) }))
        }
        ("POST", "/api/send") => {
            let declared = header("content-type").unwrap_or_default();
            if !declared.to_ascii_lowercase().starts_with("application/json") {
                return Ok(text(415, "actions are JSON\n"));
            }
            let body = match read_body(req.into_body()).await {
                Ok(b) => b,
                Err((status, why)) => return Ok(text(status, &why)),
            };
            let ask: actions::Ask = match serde_json::from_slice(&body) {
                Ok(a) => a,
                Err(e) => {
                    return Ok(json(
                        400,
                        &serde_json::json!({"error": format!("not an action: {e}")}),
                    ))
                }
            };
            match actions::run(&inspector, ask).await {
                Ok(result) => json(200, &result),
                Err(why) => json(400, &serde_json::json!({ "error": why })),
            }
        }
        ("GET" | "POST", _) => text(404, "not found\n"),
        _ => {
            let mut r = text(405, "method not allowed\n");
            r.headers_mut()
                .insert(hyper::header::ALLOW, HeaderValue::from_static("GET, POST"));
            r
        }
    })
}

/// The kept deliveries whose record line (headers and body included) holds `q`, in any
/// letter case: the page's free-text filter, over what the list rows leave out.
fn search(inspector: &Inspector, q: &str) -> Vec<u64> {
    // A body is a JSON string inside the record line: `"id"` is there as `\"id\"`.
    let escaped = serde_json::to_string(q).expect("a str serialises");
    let escaped = &escaped[1..escaped.len() - 1];
    let has = |hay: &[u8], needle: &str| {
        needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_bytes())
    };
    inspector
        .feed
        .snapshot()
        .iter()
        .filter(|e| {
            let line = e.record().to_ascii_lowercase();
            has(&line, q) || has(&line, escaped)
        })
        .map(|e| e.id)
        .collect()
}

fn info(inspector: &Inspector) -> serde_json::Value {
    let (mode, from) = match &inspector.source {
        Source::Listener { url } => ("listen", url.clone()),
        Source::File { path } => ("file", path.clone()),
    };
    serde_json::json!({
        "mode": mode,
        "source": from,
        "forward_to": inspector.forward_to,
        "keep": inspector.feed.keep(),
        "tolerance_s": inspector.tolerance.as_secs(),
    })
}

/// The whole body, at most `MAX_BODY`, each piece within `BODY_TIMEOUT` of the last.
async fn read_body(mut body: Incoming) -> std::result::Result<Vec<u8>, (u16, String)> {
    let mut bytes = Vec::new();
    loop {
        let frame = match tokio::time::timeout(BODY_TIMEOUT, body.frame()).await {
            Err(_) => return Err((408, "body timed out\n".into())),
            Ok(None) => return Ok(bytes),
            Ok(Some(Err(e))) => return Err((400, format!("broken body: {e}\n"))),
            Ok(Some(Ok(frame))) => frame,
        };
        if let Ok(data) = frame.into_data() {
            if bytes.len() + data.len() > MAX_BODY {
                return Err((413, format!("action body over {MAX_BODY} bytes\n")));
            }
            bytes.extend_from_slice(&data);
        }
    }
}

/// The event stream of one page: a task copies the feed into a small queue that hyper drains.
/// A page that stops reading fills the queue, then falls behind the feed's bounded channel and
/// is told to reload; the listener never waits for it.
fn events(inspector: &Inspector) -> Reply {
    let (mut rx, kept) = inspector.feed.subscribe();
    let (tx, queue) = mpsc::channel::<Bytes>(STREAM_QUEUE);
    tokio::spawn(async move {
        // A reconnect starts again from what is kept: the page clears its list first.
        if tx
            .send(Bytes::from_static(b"retry: 2000\nevent: reset\ndata: {}\n\n"))
            .await
            .is_err()
        {
            return;
        }
        let mut last = 0;
        for e in kept {
            last = e.id;
            if tx.send(e.event.clone()).await.is_err() {
                return;
            }
        }
        let mut tick = tokio::time::interval(KEEPALIVE);
        tick.tick().await;
        loop {
            let first = tokio::select! {
                got = rx.recv() => got,
                _ = tick.tick() => {
                    if tx.send(Bytes::from_static(b": keep-alive\n\n")).await.is_err() {
                        return;
                    }
                    continue;
                }
            };
            // Under load, what else is waiting goes out in the same write.
            let mut batch: Vec<Arc<super::feed::Entry>> = Vec::new();
            let mut next = Some(first);
            while let Some(got) = next.take() {
                match got {
                    Ok(e) if e.id <= last => {}
                    Ok(e) => {
                        last = e.id;
                        batch.push(e);
                    }
                    Err(broadcast::error::RecvError::Lagged(missed)) => {
                        let _ = tx
                            .send(Bytes::from(format!(
                                "event: lagged\ndata: {{\"missed\":{missed}}}\n\n"
                            )))
                            .await;
                        return;
                    }
                    Err(broadcast::error::RecvError::Closed) => return,
                }
                if batch.len() < BATCH {
                    next = match rx.try_recv() {
                        Ok(e) => Some(Ok(e)),
                        Err(broadcast::error::TryRecvError::Lagged(n)) => {
                            Some(Err(broadcast::error::RecvError::Lagged(n)))
                        }
                        Err(_) => None,
                    };
                }
            }
            let chunk = match batch.as_slice() {
                [] => continue,
                [one] => one.event.clone(),
                many => {
                    let mut all = Vec::with_capacity(many.iter().map(|e| e.event.len()).sum());
                    for e in many {
                        all.extend_from_slice(&e.event);
                    }
                    Bytes::from(all)
                }
            };
            if tx.send(chunk).await.is_err() {
                return;
            }
            // At most one write per FLUSH_EVERY, of at most BATCH rows: what one page costs is
            // bounded whatever the delivery rate; a page that would need more falls behind the
            // feed's channel and is told to reload.
            tokio::time::sleep(FLUSH_EVERY).await;
        }
    });
    let mut r = Response::new(Answered::Stream(queue));
    r.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    r.headers_mut()
        .insert(hyper::header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    secure(&mut r);
    r
}

/// A whole answer, or an event stream fed by a task.
pub enum Answered {
    Whole(Option<Bytes>),
    Stream(mpsc::Receiver<Bytes>),
}

impl Body for Answered {
    type Data = Bytes;
    type Error = Infallible;
    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<std::result::Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Answered::Whole(b) => Poll::Ready(b.take().map(|b| Ok(Frame::data(b)))),
            Answered::Stream(rx) => rx.poll_recv(cx).map(|c| c.map(|b| Ok(Frame::data(b)))),
        }
    }
    fn is_end_stream(&self) -> bool {
        matches!(self, Answered::Whole(None))
    }
    fn size_hint(&self) -> hyper::body::SizeHint {
        match self {
            Answered::Whole(Some(b)) => hyper::body::SizeHint::with_exact(b.len() as u64),
            Answered::Whole(None) => hyper::body::SizeHint::with_exact(0),
            Answered::Stream(_) => hyper::body::SizeHint::default(),
        }
    }
}

/// Headers on every answer: the policy, no sniffing, no referrer (the URL holds the token),
/// no caching of deliveries.
fn secure(r: &mut Reply) {
    let h = r.headers_mut();
    h.insert("content-security-policy", HeaderValue::from_static(CSP));
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.entry(hyper::header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
}

fn whole(status: u16, body: Bytes, content_type: &'static str) -> Reply {
    let mut r = Response::new(Answered::Whole(Some(body)));
    *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::OK);
    r.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        HeaderValue::from_static(content_type),
    );
    secure(&mut r);
    r
}

fn static_file(body: Bytes, content_type: &'static str) -> Reply {
    whole(200, body, content_type)
}

fn text(status: u16, t: &str) -> Reply {
    whole(status, Bytes::from(t.to_string()), "text/plain; charset=utf-8")
}

fn json(status: u16, v: &serde_json::Value) -> Reply {
    raw_json(
        status,
        Bytes::from(serde_json::to_vec(v).expect("JSON serialises")),
    )
}

fn raw_json(status: u16, body: Bytes) -> Reply {
    whole(status, body, "application/json")
}
