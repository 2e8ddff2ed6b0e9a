//! Sockets and threads: bind by hand, run a fixed pool of workers over tiny_http, answer.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use colored::Colorize;
use tiny_http::{Header, Request, Response, Server};

use super::handler::{self, Reply};
use super::{handshake, render, Exchange, Shared, Signature};
use crate::cli::ListenOutput;
use crate::error::{io_reason, Error, Result};
use crate::output::sanitize;
use crate::providers::Headers;

/// Workers reading bodies and answering. A stalled client holds one worker until it sends or
/// goes away (tiny_http 0.12 exposes no socket timeouts), so the pool is generous.
pub const WORKERS: usize = 32;

/// Bodies declared larger than this are never drained after a 413 (see `refuse_oversized`).
const DRAIN_LIMIT: u64 = 1 << 30;

/// Why the listener stops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    Count,
    Interrupted,
    /// tiny_http's accept loop ended (e.g. out of file descriptors): nothing more will arrive.
    Failed(String),
}

/// Shutdown coordination between the main thread and the workers.
pub struct Control {
    pub stopping: AtomicBool,
    pub busy: AtomicUsize,
    pub stop: Mutex<Sender<Stop>>,
}

/// Bind `host:port` and wrap it in tiny_http; returns the server and its `scheme://addr`.
pub fn bind(host: &str, port: u16, tls: Option<(Vec<u8>, Vec<u8>)>) -> Result<(Server, String)> {
    let listener = TcpListener::bind((host, port)).map_err(|e| {
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
    let scheme = if tls.is_some() { "https" } else { "http" };
    let ssl = tls.map(ssl_config).transpose()?;
    // tiny_http's rustls setup panics on some malformed keys; `ssl_config` rejects the ones we
    // know of, and this turns any other into an ordinary error (`watch_tiny_http` keeps quiet).
    let started = std::panic::catch_unwind(move || Server::from_listener(listener, ssl));
    let server = match started {
        Ok(Ok(server)) => server,
        Ok(Err(e)) => return Err(Error::usage(format!("cannot start the server: {e}"))),
        Err(_) => {
            return Err(Error::usage("cannot use the TLS certificate and key")
                .with_hint("pass a PEM certificate and an unencrypted PKCS#8 or RSA PEM key"))
        }
    };
    Ok((server, format!("{scheme}://{addr}")))
}

#[cfg(feature = "tls")]
fn ssl_config((certificate, private_key): (Vec<u8>, Vec<u8>)) -> Result<tiny_http::SslConfig> {
    let has = |pem: &[u8], marker: &str| pem.windows(marker.len()).any(|w| w == marker.as_bytes());
    if !has(&certificate, "-----BEGIN CERTIFICATE-----") {
        return Err(Error::usage("--tls-cert holds no PEM certificate")
            .with_hint("pass the certificate (chain) as PEM: -----BEGIN CERTIFICATE-----"));
    }
    if !has(&private_key, "-----BEGIN PRIVATE KEY-----")
        && !has(&private_key, "-----BEGIN RSA PRIVATE KEY-----")
    {
        return Err(
            Error::usage("--tls-key holds no unencrypted PKCS#8 or RSA PEM private key")
                .with_hint("convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem`"),
        );
    }
    Ok(tiny_http::SslConfig {
        certificate,
        private_key,
    })
}

#[cfg(not(feature = "tls"))]
fn ssl_config(_: (Vec<u8>, Vec<u8>)) -> Result<tiny_http::SslConfig> {
    Err(
        Error::usage("this build of hookctl has no TLS support for `listen`").with_hint(
            "terminate TLS in front of the listener (e.g. a tunnel), or rebuild with --features tls",
        ),
    )
}

/// Start the worker pool.
pub fn spawn_workers(server: &Arc<Server>, shared: &Arc<Shared>, control: &Arc<Control>) -> Result<()> {
    for n in 0..WORKERS {
        let (server, shared, control) = (server.clone(), shared.clone(), control.clone());
        std::thread::Builder::new()
            .name(format!("listen-{n}"))
            .stack_size(1 << 20)
            .spawn(move || worker(&server, &shared, &control))
            .map_err(|e| Error::network(format!("cannot start worker threads: {e}")))?;
    }
    Ok(())
}

fn worker(server: &Server, shared: &Shared, control: &Control) {
    loop {
        let request = match server.recv() {
            Ok(r) => r,
            Err(_) if control.stopping.load(Ordering::SeqCst) => return,
            Err(e) => {
                // Only an accept failure gets here, and tiny_http stops accepting after one:
                // exit with an error rather than sit deaf.
                let why = format!("stopped accepting connections: {}", io_reason(&e));
                let _ = control
                    .stop
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .send(Stop::Failed(why));
                return;
            }
        };
        if control.stopping.load(Ordering::SeqCst) {
            let _ = request.respond(Response::from_string("shutting down\n").with_status_code(503));
            return;
        }
        control.busy.fetch_add(1, Ordering::SeqCst);
        // A bug must cost one request, not a worker: the pool keeps its size.
        let _ = std::panic::catch_unwind(AssertUnwindSafe(|| serve(shared, control, request)));
        control.busy.fetch_sub(1, Ordering::SeqCst);
    }
}

fn serve(shared: &Shared, control: &Control, mut request: Request) {
    let started = Instant::now();
    let method = request.method().as_str().to_ascii_uppercase();
    let url = request.url().to_string();
    let headers = Headers(
        request
            .headers()
            .iter()
            .map(|h| {
                (
                    h.field.as_str().as_str().to_string(),
                    h.value.as_str().to_string(),
                )
            })
            .collect(),
    );
    let echo = handshake::echo_headers(&headers);
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if path != shared.path {
        shared.ui.debug(format!("404 {method} {}", sanitize(&url, false)));
        return answer(request, text(404, "not found\n"), &echo);
    }
    let mut reply = match method.as_str() {
        "POST" => {
            let max = shared.max_body;
            if let Some(len) = request.body_length().filter(|l| *l as u64 > max) {
                return refuse_oversized(shared, request, len as u64, &echo);
            }
            let mut body = Vec::with_capacity(request.body_length().unwrap_or(0).min(64 * 1024));
            // `take` bounds chunked bodies, whose length nobody declared.
            if let Err(e) = request.as_reader().take(max + 1).read_to_end(&mut body) {
                shared.ui.debug(format!("body read failed: {}", io_reason(&e)));
                return answer(request, text(400, "incomplete body\n"), &echo);
            }
            if body.len() as u64 > max {
                return refuse_oversized(shared, request, body.len() as u64, &echo);
            }
            handler::delivery(shared, &method, &url, headers, body)
        }
        "GET" | "HEAD" => match handler::query_handshake(shared, &method, &url, headers) {
            Some(reply) => reply,
            None => return answer(request, text(200, "hookctl is listening\n"), &echo),
        },
        _ => {
            let r = text(405, "method not allowed: webhooks are POSTed\n");
            return answer(request, r.with_header(header("Allow", "GET, HEAD, POST")), &echo);
        }
    };
    reply.exchange.status = reply.status;
    reply.exchange.latency = started.elapsed();
    let mut record = render::record(&reply.exchange);
    let mut line = render::line(&record);
    if let Some(recorder) = &shared.recorder {
        if let Err(why) = recorder.append(&line) {
            // Never acknowledge what is not on disk: the provider will retry.
            shared
                .ui
                .warn(format!("cannot write the record file ({why}): answered 500"));
            reply.status = 500;
            reply.exchange.status = 500;
            record["status"] = 500.into();
            line = render::line(&record);
        }
    }
    let ok = (200..300).contains(&reply.status);
    if !ok {
        if let Some(key) = &reply.dedup_key {
            // The provider will retry this one: its retry must not count as a duplicate.
            shared.seen.forget(&key.0, &key.1);
        }
    }
    let Reply {
        status,
        content_type,
        headers: extra,
        body,
        exchange,
        ..
    } = reply;
    let mut response = Response::from_data(body).with_status_code(status);
    if let Some(ct) = content_type {
        response = response.with_header(header("Content-Type", &ct));
    }
    // Printed before answering, like the record: once a sender has its answer, the line is out,
    // and one sender's deliveries appear in the order it sent them.
    report(shared, &exchange, &line);
    answer(request, response, &extra);
    if let Some(n) = shared.count {
        if shared.stats.valid.load(Ordering::SeqCst) >= n {
            let _ = control
                .stop
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .send(Stop::Count);
        }
    }
}

/// Console output for one delivery.
fn report(shared: &Shared, ex: &Exchange, line: &[u8]) {
    render::emit(&render::stdout_block(ex, line, shared.output, shared.full));
    let failed = !matches!(ex.signature, Signature::Valid | Signature::Challenge);
    if shared.output != ListenOutput::Pretty {
        // stdout carries data only: say why on stderr.
        if failed {
            let why = ex.reason.as_deref().unwrap_or("invalid signature");
            eprintln!(
                "{} {} {}: {}",
                "✘".red().bold(),
                ex.status,
                sanitize(ex.provider.as_deref().unwrap_or("unknown provider"), false),
                sanitize(why, false)
            );
        }
        for note in &ex.notes {
            eprintln!("{} {}", "note:".cyan(), sanitize(note, false));
        }
    }
    if let (Some(p), Some(why)) = (&ex.provider, &ex.reason) {
        if why.starts_with("no secret configured") {
            eprintln!(
                "{} set HOOKCTL_{}_SECRET, `[providers.{p}] secret` in the config, or pass --secret-for {p}=@FILE",
                "hint:".cyan().bold(),
                p.to_ascii_uppercase()
            );
        }
    }
}

/// 413 without reading the body into memory. tiny_http drains an unread body when the request
/// is dropped, allocating a buffer of the declared size; so the answer is sent from a short-lived
/// thread (a worker is not held while the client keeps uploading), and for absurd declared sizes
/// the connection is deliberately leaked rather than let that allocation abort the process.
fn refuse_oversized(shared: &Shared, request: Request, len: u64, echo: &[(String, String)]) {
    crate::listen::Stats::add(&shared.stats.received);
    crate::listen::Stats::add(&shared.stats.rejected);
    shared.ui.warn(format!(
        "answered 413: body of {len} bytes is over --max-body {}",
        shared.max_body
    ));
    let mut response = text(413, "payload too large\n").with_header(header("Connection", "close"));
    for (n, v) in echo {
        response = response.with_header(header(n, v));
    }
    if len > DRAIN_LIMIT && request.body_length().is_some() {
        // `upgrade` hands over the raw socket after an interim 1xx head (which clients skip);
        // the real answer follows on it, and the stream is never dropped, so the drain never
        // runs. The cost is one socket and one tiny_http thread per such request.
        let mut stream = request.upgrade("hookctl", Response::empty(100));
        let mut head = String::from("HTTP/1.1 413 Payload Too Large\r\n");
        for (n, v) in echo {
            head.push_str(&format!("{n}: {v}\r\n"));
        }
        head.push_str("Content-Type: text/plain; charset=utf-8\r\nContent-Length: 18\r\n");
        head.push_str("Connection: close\r\n\r\npayload too large\n");
        let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.flush());
        std::mem::forget(stream);
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("listen-413".into())
        .spawn(move || {
            let _ = request.respond(response);
        });
    if spawned.is_err() {
        shared
            .ui
            .warn("cannot start a thread to refuse an oversized body");
    }
}

fn answer<R: Read>(request: Request, mut response: Response<R>, extra: &[(String, String)]) {
    for (n, v) in extra {
        response = response.with_header(header(n, v));
    }
    // The client may be gone already; nothing to do about it.
    let _ = request.respond(response);
}

fn text(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string(body)
        .with_status_code(status)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

/// Names and values here are ours or were parsed by tiny_http, so they are valid header bytes;
/// should one not be, an empty `X-Invalid` header is safer than a panic.
fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .or_else(|_| Header::from_bytes(&b"X-Invalid"[..], &b""[..]))
        .expect("static header is valid")
}

/// Install before `bind`. tiny_http 0.12 unwraps `try_clone` in its accept thread, so running
/// out of file descriptors kills that thread with a panic and leaves the listener deaf: turn
/// that into `Stop::Failed` (a clean exit 3). Panics of its TLS setup are reported by `bind`.
/// Any other panic keeps the default report.
pub fn watch_tiny_http(stop: Sender<Stop>) {
    let stop = Mutex::new(stop);
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let file = info.location().map(|l| l.file()).unwrap_or_default();
        if !file.contains("tiny_http") {
            return default(info);
        }
        if file.contains("ssl") {
            return;
        }
        if !file.ends_with("refined_tcp_stream.rs") {
            return default(info);
        }
        let why = info
            .payload()
            .downcast_ref::<String>()
            .and_then(|m| m.split("message: \"").nth(1))
            .and_then(|m| m.split('"').next())
            .unwrap_or("the accept thread failed")
            .to_ascii_lowercase();
        let _ = stop
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .send(Stop::Failed(format!("stopped accepting connections: {why}")));
    }));
}
