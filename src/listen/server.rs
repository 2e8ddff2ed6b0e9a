//! Sockets: bind by hand, accept within the connection cap, serve each connection with hyper's
//! HTTP/1.1 server behind the `conn` guard, and answer each request.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderName, HeaderValue};
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::{mpsc, watch, Semaphore};
use tokio_rustls::TlsAcceptor;

use super::commit::Committer;
use super::conn::{Entry, Guarded, Pipeline, Timeouts};
use super::framing::{Limits, Refusal};
use super::handler::{self, Reply};
use super::tls::HandshakeWatch;
use super::{handshake, render, Shared, Stats};
use crate::error::{io_reason, Error, Result};
use crate::output::sanitize;
use crate::providers::Headers;

/// A TLS handshake that takes longer than this costs its connection.
const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// After running out of file descriptors, wait this long before accepting again.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// Why the listener stops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    Count,
    /// SIGINT or SIGTERM, by name.
    Signal(&'static str),
}

/// How connections are served: the limits a client must stay within.
#[derive(Clone)]
pub struct Config {
    pub limits: Limits,
    pub timeouts: Timeouts,
    pub body_timeout: Duration,
    pub max_connections: usize,
    pub tls: Option<TlsAcceptor>,
}

/// Bind `host:port` (a plain std socket, so errors are ours to word); returns it and its address.
pub fn bind(host: &str, port: u16) -> Result<(std::net::TcpListener, SocketAddr)> {
    let listener = std::net::TcpListener::bind((host, port)).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
            "another program uses that port: pick another --port, or --port 0 for a free one"
        } else {
            "check --host (an address of this machine, e.g. 127.0.0.1 or 0.0.0.0) and --port"
        };
        Error::network(format!("cannot listen on {host}:{port}: {}", io_reason(&e))).with_hint(hint)
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::network(format!("cannot read the bound address: {}", io_reason(&e))))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::network(format!("cannot set up the socket: {}", io_reason(&e))))?;
    Ok((listener, addr))
}

/// Accept and serve until `shutdown` turns true; then ask every connection to finish its
/// request and close, and return once they all have (the caller bounds the wait).
pub async fn serve(
    listener: std::net::TcpListener,
    config: Config,
    shared: Arc<Shared>,
    stop: mpsc::UnboundedSender<Stop>,
    mut shutdown: watch::Receiver<bool>,
) -> Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|e| Error::network(format!("cannot listen: {}", io_reason(&e))))?;
    let permits = Arc::new(Semaphore::new(config.max_connections));
    let http = http1(config.limits);
    let app = App::new(shared, stop, &config);
    let mut last_warning: Option<Instant> = None;
    loop {
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => p.expect("the semaphore is never closed"),
            _ = shutdown.changed() => break,
        };
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.changed() => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors (or kernel memory) is temporary: connections close
                // and free them. Say so now and then, wait a little, and keep accepting.
                if last_warning.is_none_or(|t| t.elapsed() > Duration::from_secs(5)) {
                    app.shared.ui.warn(format!(
                        "cannot accept a connection ({}): retrying; raise `ulimit -n` or lower --max-connections",
                        io_reason(&e)
                    ));
                    last_warning = Some(Instant::now());
                }
                tokio::time::sleep(ACCEPT_BACKOFF).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let (http, app, config, shutdown) = (http.clone(), app.clone(), config.clone(), shutdown.clone());
        // Two kinds of task, not one with a branch: a task is as large as its largest state,
        // and a plain connection would otherwise carry room for a TLS session (4 KiB more
        // per connection).
        match config.tls.clone() {
            None => tokio::spawn(async move {
                connection(stream, &http, app, &config, shutdown).await;
                drop(permit);
            }),
            Some(tls) => tokio::spawn(async move {
                tls_connection(stream, &tls, &http, app, &config, shutdown).await;
                drop(permit);
            }),
        };
    }
    drop(listener);
    // Every connection holds a permit: all of them back means all connections are closed.
    let _ = permits.acquire_many(config.max_connections as u32).await;
    Ok(())
}

/// Serve one already-accepted stream to its end (the fuzz target's way in: no socket).
pub async fn serve_stream<S>(io: S, config: &Config, shared: Arc<Shared>)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (stop, _) = mpsc::unbounded_channel();
    let (_keep, shutdown) = watch::channel(false);
    let app = App::new(shared, stop, config);
    connection(io, &http1(config.limits), app, config, shutdown).await;
}

/// hyper's HTTP/1.1 connection settings. Heads reach it whole and checked (`conn`), so its own
/// header timeout is off and its limits only back ours up.
fn http1(limits: Limits) -> hyper::server::conn::http1::Builder {
    let mut http = hyper::server::conn::http1::Builder::new();
    // A client may shut its sending side once its request is out (RFC 9112 §9.6, `nc -N`):
    // without half-close, hyper takes that end of input for the end of the connection and
    // drops the request being answered.
    http.timer(TokioTimer::new())
        .half_close(true)
        .header_read_timeout(None)
        .max_headers(limits.headers)
        .max_buf_size(limits.head + 64 * 1024);
    http
}

/// What every request handler needs.
struct App {
    shared: Arc<Shared>,
    stop: mpsc::UnboundedSender<Stop>,
    body_timeout: Duration,
    committer: Committer,
}

impl App {
    fn new(shared: Arc<Shared>, stop: mpsc::UnboundedSender<Stop>, config: &Config) -> Arc<App> {
        Arc::new(App {
            committer: Committer::start(shared.clone()),
            shared,
            stop,
            body_timeout: config.body_timeout,
        })
    }
}

/// A connection's TLS handshake, bounded in time, then the connection as any other.
async fn tls_connection(
    stream: tokio::net::TcpStream,
    tls: &TlsAcceptor,
    http: &hyper::server::conn::http1::Builder,
    app: Arc<App>,
    config: &Config,
    shutdown: watch::Receiver<bool>,
) {
    let (stream, handshake_done) = HandshakeWatch::new(stream);
    match tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, tls.accept(stream)).await {
        Ok(Ok(stream)) => {
            handshake_done.store(true, Ordering::Relaxed);
            connection(stream, http, app, config, shutdown).await
        }
        Ok(Err(e)) => app.shared.ui.debug(format!("TLS handshake failed: {e}")),
        Err(_) => app.shared.ui.debug("TLS handshake timed out"),
    }
}

async fn connection<S>(
    io: S,
    http: &hyper::server::conn::http1::Builder,
    app: Arc<App>,
    config: &Config,
    mut shutdown: watch::Receiver<bool>,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let pipeline = Arc::new(Pipeline::default());
    let guarded = Guarded::new(io, config.limits, config.timeouts, pipeline.clone());
    // Boxed: hyper keeps room for one answer in flight for as long as the connection lives,
    // so an idle connection holds a pointer here instead of the whole answer's state (1.7 KiB).
    let service = hyper::service::service_fn(move |req| Box::pin(answer(req, pipeline.clone(), app.clone())));
    let conn = http.serve_connection(TokioIo::new(guarded), service);
    tokio::pin!(conn);
    if *shutdown.borrow() {
        conn.as_mut().graceful_shutdown();
    }
    let result = tokio::select! {
        r = conn.as_mut() => r,
        _ = shutdown.changed() => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    // A client that went away mid-request is its own business; nothing to report.
    let _ = result;
}

type Answer = Response<Full<Bytes>>;

async fn answer(
    req: Request<Incoming>,
    pipeline: Arc<Pipeline>,
    app: Arc<App>,
) -> std::result::Result<Answer, Infallible> {
    let _busy = pipeline.busy();
    let started = Instant::now();
    let shared = &app.shared;
    let (method, url, headers) = match pipeline.next_entry() {
        Some(Entry::Refused(r)) => return Ok(refused(shared, &r)),
        Some(Entry::Head(head)) if head.method == req.method().as_str() => {
            (head.method, head.target, Headers(head.headers))
        }
        // Not one the guard passed (it cannot happen while both parsers agree): hyper's view.
        _ => (
            req.method().to_string(),
            req.uri().to_string(),
            hyper_headers(&req),
        ),
    };
    // RFC 9112 §3.2.2: a server must accept the absolute form (`POST http://host/path`) too.
    let url = match req.uri().path_and_query() {
        Some(origin) if !url.starts_with('/') && req.uri().scheme().is_some() => origin.to_string(),
        _ => url,
    };
    let echo = handshake::echo_headers(&headers);
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if path != shared.path {
        shared.ui.debug(format!(
            "404 {} {}",
            sanitize(&method, false),
            sanitize(&url, false)
        ));
        show_refusal(
            shared,
            404,
            &format!("{method} {path} is not the webhook path ({})", shared.path),
        );
        return Ok(plain(404, "not found\n", &echo, false));
    }
    let reply = match method.as_str() {
        "POST" => {
            let declared = headers
                .get("content-length")
                .and_then(|v| v.trim().parse::<u64>().ok());
            if let Some(len) = declared.filter(|l| *l > shared.max_body) {
                return Ok(too_large(shared, len, &echo));
            }
            let expected = declared.unwrap_or(0) as usize;
            let body = match read_body(req.into_body(), expected, shared.max_body, app.body_timeout).await {
                Ok(body) => body,
                Err(BodyError::TooLarge(len)) => return Ok(too_large(shared, len, &echo)),
                Err(BodyError::TimedOut) => {
                    let r = Refusal {
                        status: 408,
                        reason: format!(
                            "body sent nothing for {}",
                            humantime::format_duration(app.body_timeout)
                        ),
                    };
                    return Ok(refused(shared, &r));
                }
                Err(BodyError::Broken(why)) => {
                    let r = Refusal {
                        status: 400,
                        reason: format!("incomplete or malformed body: {why}"),
                    };
                    return Ok(refused(shared, &r));
                }
            };
            let job_shared = shared.clone();
            let job = move || handler::delivery(&job_shared, &method, &url, headers, body);
            // Forwarding waits for the app: off the async workers.
            if shared.forwarder.is_some() {
                match tokio::task::spawn_blocking(job).await {
                    Ok(reply) => reply,
                    Err(_) => return Ok(plain(500, "internal error\n", &echo, true)),
                }
            } else {
                job()
            }
        }
        "GET" | "HEAD" => match handler::query_handshake(shared, &method, &url, headers) {
            Some(reply) => reply,
            None => return Ok(plain(200, "hookctl is listening\n", &echo, false)),
        },
        _ => {
            show_refusal(shared, 405, &method);
            let mut r = plain(405, "method not allowed: webhooks are POSTed\n", &echo, false);
            r.headers_mut()
                .insert(hyper::header::ALLOW, HeaderValue::from_static("GET, HEAD, POST"));
            return Ok(r);
        }
    };
    // Once a sender has its answer, its event is on disk and its line is out.
    let Some(reply) = app.committer.commit(shared, reply, started).await else {
        return Ok(plain(500, "internal error\n", &echo, true));
    };
    if let Some(n) = shared.count {
        if shared.stats.valid.load(Ordering::SeqCst) >= n {
            let _ = app.stop.send(Stop::Count);
        }
    }
    Ok(respond(reply))
}

fn respond(reply: Reply) -> Answer {
    let Reply {
        status,
        content_type,
        headers,
        body,
        ..
    } = reply;
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::OK);
    if let Some(ct) = content_type {
        add_header(&mut response, "content-type", &ct);
    }
    for (n, v) in &headers {
        add_header(&mut response, n, v);
    }
    response
}

/// A plain-text answer; `close` ends the connection after it (the request was not read whole,
/// so nothing after it on the connection can be trusted).
fn plain(status: u16, text: &str, echo: &[(String, String)], close: bool) -> Answer {
    let mut response = Response::new(Full::new(Bytes::from(text.to_string())));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::BAD_REQUEST);
    add_header(&mut response, "content-type", "text/plain; charset=utf-8");
    for (n, v) in echo {
        add_header(&mut response, n, v);
    }
    if close {
        response
            .headers_mut()
            .insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// Names and values here are ours or the client's own (already parsed): one that is not valid
/// header bytes is left out rather than answered broken.
fn add_header(response: &mut Answer, name: &str, value: &str) {
    if let (Ok(n), Ok(v)) = (
        HeaderName::from_bytes(name.as_bytes()),
        HeaderValue::from_str(value),
    ) {
        response.headers_mut().append(n, v);
    }
}

fn refused(shared: &Shared, refusal: &Refusal) -> Answer {
    Stats::add(&shared.stats.received);
    Stats::add(&shared.stats.rejected);
    shared
        .ui
        .debug(format!("{} {}", refusal.status, sanitize(&refusal.reason, false)));
    show_refusal(shared, refusal.status, &refusal.reason);
    plain(refusal.status, &format!("{}\n", refusal.reason), &[], true)
}

/// 413 without reading the body; the connection closes, so the rest is never read either.
fn too_large(shared: &Shared, len: u64, echo: &[(String, String)]) -> Answer {
    Stats::add(&shared.stats.received);
    Stats::add(&shared.stats.rejected);
    let why = format!("body of {len} bytes is over --max-body {}", shared.max_body);
    if shared.output.streams().refusals_shown {
        show_refusal(shared, 413, &why);
    } else {
        shared.ui.warn(format!("answered 413: {why}"));
    }
    plain(413, "payload too large\n", echo, true)
}

enum BodyError {
    /// At least this many bytes, over the limit.
    TooLarge(u64),
    TimedOut,
    Broken(String),
}

/// The whole body, at most `max` bytes, each piece arriving within `idle` of the last; room for
/// the `expected` (declared, already checked against `max`) length is made at once.
async fn read_body(
    mut body: Incoming,
    expected: usize,
    max: u64,
    idle: Duration,
) -> std::result::Result<Vec<u8>, BodyError> {
    let mut bytes = Vec::with_capacity(expected);
    loop {
        let frame = match tokio::time::timeout(idle, body.frame()).await {
            Err(_) => return Err(BodyError::TimedOut),
            Ok(None) => return Ok(bytes),
            Ok(Some(Err(e))) => return Err(BodyError::Broken(e.to_string())),
            Ok(Some(Ok(frame))) => frame,
        };
        if let Ok(data) = frame.into_data() {
            let total = bytes.len() as u64 + data.len() as u64;
            if total > max {
                return Err(BodyError::TooLarge(total));
            }
            bytes.extend_from_slice(&data);
        }
    }
}

fn hyper_headers(req: &Request<Incoming>) -> Headers {
    Headers(
        req.headers()
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
    )
}

/// A line for a request answered before it became a delivery, in the modes that show them
/// (the text is the client's own in part: sanitised).
fn show_refusal(shared: &Shared, status: u16, what: &str) {
    if shared.output.streams().refusals_shown {
        render::emit(render::refusal(status, &sanitize(what, false)).as_bytes());
    }
}
