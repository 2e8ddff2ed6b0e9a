//! `hookctl listen` under hostile input: endless and oversized heads, floods of connections,
//! silent and stalled clients, framing tricks that smuggle requests, TLS abuse, signals and a
//! closed stdout. Every test talks to the real binary over 127.0.0.1, bounds its own time with
//! socket timeouts and deadlines, and watches the listener's memory, threads, descriptors and
//! CPU in /proc.

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::listen::*;

const NOKO: &str = "noko-hostile-secret";
const SECRET: (&str, &str) = ("HOOKCTL_NOKO_SECRET", NOKO);

/// The most resident memory the listener may use while a client floods it.
const RSS_LIMIT_KIB: u64 = 64 * 1024;
const FLOOD_TOTAL: u64 = 256 << 20;
const FLOOD_WRITE: usize = 64 << 10;

// ---------------------------------------------------------------------------------------------
// Requests

/// `hookctl listen --port 0 -o json -p noko ARGS`.
fn noko(extra: &[&str]) -> Listener {
    let mut args = vec!["-p", "noko"];
    args.extend_from_slice(extra);
    Listener::start(&args, &[SECRET])
}

fn payload(id: &str) -> Vec<u8> {
    json!({"payload_id": id, "type": "entry.created"})
        .to_string()
        .into_bytes()
}

/// Noko's signature of `body`: hex HMAC-SHA256 of the raw bytes.
fn sig(body: &[u8]) -> String {
    hex::encode(hmac256(NOKO.as_bytes(), body))
}

/// A validly signed noko delivery of payload `id`: `request_line`, then `headers`, then the
/// signature, type and length, then the body.
fn signed(request_line: &str, headers: &[&str], id: &str) -> Vec<u8> {
    let body = payload(id);
    let mut head = format!("{request_line}\r\n");
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str(&format!(
        "Content-Type: application/json\r\nX-Noko-Signature: {}\r\nContent-Length: {}\r\n\r\n",
        sig(&body),
        body.len()
    ));
    let mut raw = head.into_bytes();
    raw.extend_from_slice(&body);
    raw
}

/// An ordinary valid delivery that asks for the connection to be closed after the answer.
fn delivery(id: &str) -> Vec<u8> {
    signed("POST / HTTP/1.1", &["Host: 127.0.0.1", "Connection: close"], id)
}

/// Deliver `id` on a fresh connection: the answer's status, if one came within `limit`.
fn deliver(port: u16, id: &str, limit: Duration) -> Option<u16> {
    let mut w = Wire::try_open(port, limit)?;
    w.send(&delivery(id));
    w.answer(limit)
}

// ---------------------------------------------------------------------------------------------
// One client connection, read with deadlines

enum Framing {
    Length(usize),
    Chunked,
    ToEof,
}

/// A response head at the start of `buf`: status, head length and how its body is framed.
fn response_head(buf: &[u8]) -> Result<Option<(u16, usize, Framing)>, httparse::Error> {
    let mut slots = [httparse::EMPTY_HEADER; 64];
    let mut r = httparse::Response::new(&mut slots);
    let n = match r.parse(buf)? {
        httparse::Status::Complete(n) => n,
        httparse::Status::Partial => return Ok(None),
    };
    let value = |name: &str| {
        r.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
    };
    let status = r.code.unwrap_or(0);
    let framing = if (100..200).contains(&status) || status == 204 || status == 304 {
        Framing::Length(0)
    } else if value("transfer-encoding").is_some_and(|v| v.ends_with("chunked")) {
        Framing::Chunked
    } else if let Some(len) = value("content-length").and_then(|v| v.parse().ok()) {
        Framing::Length(len)
    } else {
        Framing::ToEof
    };
    Ok(Some((status, n, framing)))
}

/// The status of the first final (non-1xx) response in `buf`.
fn first_status(mut buf: &[u8]) -> Option<u16> {
    loop {
        let (status, n, _) = response_head(buf).ok()??;
        if !(100..200).contains(&status) {
            return Some(status);
        }
        buf = &buf[n..];
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

struct Wire {
    s: TcpStream,
    buf: Vec<u8>,
    /// Everything received, for failure messages.
    seen: Vec<u8>,
    eof: bool,
}

impl Wire {
    fn open(port: u16) -> Wire {
        Wire::try_open(port, Duration::from_secs(3)).expect("connect to the listener")
    }

    fn try_open(port: u16, limit: Duration) -> Option<Wire> {
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let s = TcpStream::connect_timeout(&addr, limit).ok()?;
        s.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        Some(Wire {
            s,
            buf: Vec::new(),
            seen: Vec::new(),
            eof: false,
        })
    }

    /// Write all of `bytes`; false when the server already closed (EPIPE, ECONNRESET): what it
    /// answered before closing can still be read.
    fn send(&mut self, bytes: &[u8]) -> bool {
        self.s.write_all(bytes).is_ok()
    }

    /// Read more before `deadline`: false on EOF, reset or timeout (`eof` tells which).
    fn fill(&mut self, deadline: Instant) -> bool {
        let mut chunk = [0u8; 16 * 1024];
        loop {
            if self.eof {
                return false;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            self.s.set_read_timeout(Some(left)).unwrap();
            match self.s.read(&mut chunk) {
                Ok(0) => self.eof = true,
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    if self.seen.len() < 4096 {
                        self.seen.extend_from_slice(&chunk[..n]);
                    }
                    return true;
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => return false,
                Err(_) => self.eof = true,
            }
        }
    }

    /// The status of the next final answer (interim 1xx ones skipped) within `limit`, its body
    /// consumed; None when no answer came (silence, EOF, or bytes that are not HTTP).
    fn answer(&mut self, limit: Duration) -> Option<u16> {
        let deadline = Instant::now() + limit;
        loop {
            let (status, n, framing) = match response_head(&self.buf) {
                Err(_) => return None,
                Ok(None) => {
                    if !self.fill(deadline) {
                        return None;
                    }
                    continue;
                }
                Ok(Some(head)) => head,
            };
            if (100..200).contains(&status) {
                self.buf.drain(..n);
                continue;
            }
            let end = match framing {
                Framing::Length(len) => {
                    while self.buf.len() < n + len && self.fill(deadline) {}
                    (n + len).min(self.buf.len())
                }
                Framing::Chunked => loop {
                    if self.buf[n..].starts_with(b"0\r\n\r\n") {
                        break n + 5;
                    }
                    if let Some(p) = find(&self.buf[n..], b"\r\n0\r\n\r\n") {
                        break n + p + 7;
                    }
                    if !self.fill(deadline) {
                        break self.buf.len();
                    }
                },
                Framing::ToEof => {
                    while self.fill(deadline) {}
                    self.buf.len()
                }
            };
            self.buf.drain(..end);
            return Some(status);
        }
    }

    /// Whether the server closes the connection within `limit`; bytes still arriving are read
    /// and dropped.
    fn closed_within(&mut self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if self.eof {
                return true;
            }
            if !self.fill(deadline) && !self.eof {
                return false;
            }
            self.buf.clear();
        }
    }

    fn seen(&self) -> String {
        String::from_utf8_lossy(&self.seen).into_owned()
    }
}

/// Write `raw` on a fresh connection: the answer's status (within 3 s) and whether the server
/// then closed the connection (within 1 s).
fn read_answer(port: u16, raw: &[u8]) -> (Option<u16>, bool, String) {
    let mut w = Wire::open(port);
    w.send(raw);
    let status = w.answer(Duration::from_secs(3));
    let closed = w.closed_within(Duration::from_secs(1));
    (status, closed, w.seen())
}

// ---------------------------------------------------------------------------------------------
// The listener's resources, from /proc

fn proc_status(pid: u32, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = text.lines().find(|l| l.starts_with(field))?;
    line[field.len()..].split_whitespace().next()?.parse().ok()
}

fn rss_kib(pid: u32) -> u64 {
    proc_status(pid, "VmRSS:").unwrap_or(0)
}

fn threads(pid: u32) -> u64 {
    proc_status(pid, "Threads:").expect("the listener is running")
}

fn fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .expect("the listener is running")
        .count()
}

fn clock_ticks() -> f64 {
    static TICKS: OnceLock<f64> = OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// User plus system CPU time of `pid`, in seconds (fields 14 and 15 of /proc/PID/stat).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the listener is running");
    // Fields after the command name, which is in parentheses and may hold spaces: field 3 first.
    let rest = &stat[stat.rfind(')').unwrap() + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    ticks as f64 / clock_ticks()
}

/// Poll up to 3 s for threads and descriptors to come back to within +4 of a baseline.
fn settles(pid: u32, base_threads: Option<u64>, base_fds: usize) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let (t, f) = (threads(pid), fds(pid));
        let ok = base_threads.is_none_or(|b| t <= b + 4) && f <= base_fds + 4;
        if ok {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "threads {t} (baseline {base_threads:?}), fds {f} (baseline {base_fds}) 3 s later"
            ));
        }
        thread::sleep(Duration::from_millis(50));
    }
}

/// Samples a process's resident memory every few milliseconds and keeps the peak.
struct RssSampler {
    peak: Arc<AtomicU64>,
    running: Arc<AtomicBool>,
    handle: Option<thread::JoinHandle<()>>,
}

impl RssSampler {
    fn start(pid: u32) -> RssSampler {
        let peak = Arc::new(AtomicU64::new(rss_kib(pid)));
        let running = Arc::new(AtomicBool::new(true));
        let (p, r) = (peak.clone(), running.clone());
        let handle = thread::spawn(move || {
            while r.load(Ordering::SeqCst) {
                p.fetch_max(rss_kib(pid), Ordering::SeqCst);
                thread::sleep(Duration::from_millis(5));
            }
        });
        RssSampler {
            peak,
            running,
            handle: Some(handle),
        }
    }

    fn peak(&self) -> u64 {
        self.peak.load(Ordering::SeqCst)
    }

    fn stop(mut self) -> u64 {
        self.running.store(false, Ordering::SeqCst);
        if let Some(h) = self.handle.take() {
            h.join().unwrap();
        }
        self.peak()
    }
}

// ---------------------------------------------------------------------------------------------
// Floods: a head that never ends

struct Flood {
    status: Option<u16>,
    closed: bool,
    sent: u64,
    peak_rss_kib: u64,
    heard: String,
}

/// Write `head`, then `fill` bytes in 64 KiB writes up to 256 MiB, stopping as soon as the
/// server answers or closes (or its memory passes the limit, or 10 s pass); then wait up to
/// 3 s for it to answer and close. The listener's RSS is sampled all along.
fn flood(port: u16, pid: u32, head: &[u8], fill: u8) -> Flood {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to the listener");
    stream.set_write_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut reader = stream.try_clone().unwrap();
    reader.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    let heard = Arc::new(AtomicBool::new(false));
    let give_up: Arc<Mutex<Option<Instant>>> = Arc::new(Mutex::new(None));
    let (h, g) = (heard.clone(), give_up.clone());
    let listen = thread::spawn(move || {
        let hard_stop = Instant::now() + Duration::from_secs(20);
        let (mut got, mut closed) = (Vec::new(), false);
        let mut chunk = [0u8; 8192];
        loop {
            match reader.read(&mut chunk) {
                Ok(0) => closed = true,
                Ok(n) => got.extend_from_slice(&chunk[..n]),
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => closed = true,
            }
            if closed || !got.is_empty() {
                h.store(true, Ordering::SeqCst);
            }
            let late = g.lock().unwrap().is_some_and(|t| Instant::now() > t);
            if closed || late || Instant::now() > hard_stop {
                return (got, closed);
            }
        }
    });
    let rss = RssSampler::start(pid);
    let started = Instant::now();
    let filler = vec![fill; FLOOD_WRITE];
    let mut sent = head.len() as u64;
    let mut ok = stream.write_all(head).is_ok();
    while ok
        && sent < FLOOD_TOTAL
        && !heard.load(Ordering::SeqCst)
        && rss.peak() < RSS_LIMIT_KIB
        && started.elapsed() < Duration::from_secs(10)
    {
        ok = stream.write_all(&filler).is_ok();
        if ok {
            sent += filler.len() as u64;
        }
    }
    *give_up.lock().unwrap() = Some(Instant::now() + Duration::from_secs(3));
    let (got, closed) = listen.join().unwrap();
    let peak_rss_kib = rss.stop();
    Flood {
        status: first_status(&got),
        closed,
        sent,
        peak_rss_kib,
        heard: String::from_utf8_lossy(&got[..got.len().min(300)]).into_owned(),
    }
}

fn assert_flood_refused(what: &str, f: &Flood, allowed: &[u16]) {
    assert!(
        f.peak_rss_kib < RSS_LIMIT_KIB,
        "{what}: listener RSS reached {} KiB after {} bytes sent",
        f.peak_rss_kib,
        f.sent
    );
    assert!(
        f.status.is_some_and(|s| allowed.contains(&s)),
        "{what}: expected one of {allowed:?} after {} bytes, got {:?}: {:?}",
        f.sent,
        f.status,
        f.heard
    );
    assert!(
        f.closed,
        "{what}: answered {:?} but kept the connection open",
        f.status
    );
}

#[test]
fn an_endless_header_line_gets_431_and_memory_stays_bounded() {
    let l = noko(&[]);
    let f = flood(
        l.port,
        l.pid(),
        b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: ",
        b'a',
    );
    assert_flood_refused("endless header line", &f, &[431]);
    assert_eq!(
        deliver(l.port, "after-header-flood", Duration::from_secs(5)),
        Some(200)
    );
}

#[test]
fn an_endless_request_line_gets_414_and_memory_stays_bounded() {
    let l = noko(&[]);
    let f = flood(l.port, l.pid(), b"GET /", b'a');
    assert_flood_refused("endless URL", &f, &[414]);
    assert_eq!(
        deliver(l.port, "after-url-flood", Duration::from_secs(5)),
        Some(200)
    );
}

#[test]
fn an_endless_chunk_size_line_is_refused_and_memory_stays_bounded() {
    let l = noko(&[]);
    let head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
                X-Noko-Signature: 00\r\nTransfer-Encoding: chunked\r\n\r\n";
    let digits = flood(l.port, l.pid(), head.as_bytes(), b'1');
    assert_flood_refused("endless chunk size", &digits, &[400, 413]);
    assert_eq!(
        deliver(l.port, "after-size-flood", Duration::from_secs(5)),
        Some(200)
    );
    let ext = flood(l.port, l.pid(), format!("{head}1;").as_bytes(), b'a');
    assert_flood_refused("endless chunk extension", &ext, &[400, 413]);
    assert_eq!(
        deliver(l.port, "after-ext-flood", Duration::from_secs(5)),
        Some(200)
    );
}

#[test]
fn ten_thousand_header_lines_get_431_quickly() {
    let l = noko(&[]);
    let mut head = String::from("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for i in 0..10_000 {
        head.push_str(&format!("X-H-{i}: v\r\n"));
    }
    head.push_str("Content-Length: 0\r\n\r\n");
    let mut w = Wire::open(l.port);
    let mut tx = w.s.try_clone().unwrap();
    // The server may refuse and close before all of it is written: EPIPE/ECONNRESET are fine.
    let writer = thread::spawn(move || {
        let _ = tx.write_all(head.as_bytes());
        Instant::now()
    });
    let status = w.answer(Duration::from_secs(5));
    let answered = Instant::now();
    let written = writer.join().unwrap();
    assert_eq!(status, Some(431), "{}", w.seen());
    let late = answered.saturating_duration_since(written);
    assert!(
        late <= Duration::from_millis(500),
        "answered {late:?} after the headers were sent"
    );
    assert!(w.closed_within(Duration::from_secs(1)), "kept open after 431");
}

#[test]
fn http2_request_lines_are_refused_and_leave_nothing_behind() {
    let l = noko(&[]);
    assert_eq!(deliver(l.port, "warm-up", Duration::from_secs(5)), Some(200));
    let pid = l.pid();
    let (base_threads, base_fds) = (threads(pid), fds(pid));
    for i in 0..300 {
        let (status, closed, seen) = read_answer(l.port, b"GET / HTTP/2.0\r\n\r\n");
        assert!(
            matches!(status, Some(400 | 505)),
            "request {i}: expected 400 or 505, got {status:?}: {seen:?}"
        );
        assert!(
            closed,
            "request {i}: answered {status:?} but kept the connection open"
        );
    }
    if let Err(why) = settles(pid, Some(base_threads), base_fds) {
        panic!("after 300 HTTP/2.0 requests: {why}");
    }
    assert_eq!(deliver(l.port, "after-http2", Duration::from_secs(5)), Some(200));
}

#[test]
fn a_client_that_half_closes_after_its_request_still_gets_its_answer() {
    // `printf ... | nc -N` and scripts that shut their sending side once the request is out:
    // the end of the request stream is not the end of the conversation (RFC 9112 §9.6).
    let l = noko(&[]);
    for i in 0..150 {
        let mut w = Wire::open(l.port);
        w.send(&signed(
            "POST / HTTP/1.1",
            &["Host: 127.0.0.1"],
            &format!("half-{i}"),
        ));
        w.s.shutdown(std::net::Shutdown::Write)
            .expect("shut the sending side");
        let status = w.answer(Duration::from_secs(3));
        assert_eq!(status, Some(200), "delivery {i}: {:?}", w.seen());
    }
}

#[test]
fn chunked_trailers_ended_by_a_bare_lf_do_not_hold_the_connection() {
    // Found by the fuzz target: the guard took the bare LF for the end of the message, hyper
    // (which wants CRLF) read on as trailers, and the connection stayed open for good.
    let raw = b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\n{\xff\xff\xff\n\r\n";
    let l = noko(&["--body-timeout", "1s"]);
    assert_eq!(deliver(l.port, "warm-up", Duration::from_secs(5)), Some(200));
    let base_fds = fds(l.pid());
    for shut in [true, false] {
        let mut w = Wire::open(l.port);
        w.send(raw);
        if shut {
            w.s.shutdown(std::net::Shutdown::Write)
                .expect("shut the sending side");
        }
        assert!(
            w.closed_within(Duration::from_secs(4)),
            "still open (client half-closed: {shut}): {:?}",
            w.seen()
        );
    }
    if let Err(why) = settles(l.pid(), None, base_fds) {
        panic!("after bare-LF trailers: {why}");
    }
    assert_eq!(
        deliver(l.port, "after-bare-lf", Duration::from_secs(5)),
        Some(200)
    );
}

#[test]
fn absurd_content_lengths_get_413_and_leak_no_descriptors() {
    let l = noko(&[]);
    assert_eq!(deliver(l.port, "warm-up", Duration::from_secs(5)), Some(200));
    let pid = l.pid();
    let base_fds = fds(pid);
    let raw = b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000000\r\n\r\nabc";
    for i in 0..500 {
        let (status, closed, seen) = read_answer(l.port, raw);
        assert_eq!(status, Some(413), "request {i}: {seen:?}");
        assert!(closed, "request {i}: 413 but the connection stayed open");
    }
    if let Err(why) = settles(pid, None, base_fds) {
        panic!("after 500 refused 2 GB bodies: {why}");
    }
    assert_eq!(deliver(l.port, "after-413s", Duration::from_secs(5)), Some(200));
}

#[test]
fn silent_connections_neither_block_deliveries_nor_stay_open() {
    let l = noko(&["--max-connections", "64", "--header-timeout", "1s"]);
    let addr = SocketAddr::from(([127, 0, 0, 1], l.port));
    let idle: Vec<TcpStream> = (0..200)
        .map(|i| {
            TcpStream::connect_timeout(&addr, Duration::from_secs(3))
                .unwrap_or_else(|e| panic!("idle connection {i}: {e}"))
        })
        .collect();
    let opened = Instant::now();
    let start = Instant::now();
    let status = deliver(l.port, "past-the-idlers", Duration::from_secs(5));
    let took = start.elapsed();
    assert_eq!(status, Some(200), "a delivery behind 200 idle connections");
    assert!(took < Duration::from_secs(4), "answered after {took:?}");
    // Each idle connection is closed by the server (an answer such as 408 may come first).
    let deadline = opened + Duration::from_secs(5);
    let mut open = Vec::new();
    for (i, mut s) in idle.into_iter().enumerate() {
        let mut chunk = [0u8; 1024];
        let closed = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            s.set_read_timeout(Some(left.max(Duration::from_millis(1))))
                .unwrap();
            match s.read(&mut chunk) {
                Ok(0) => break true,
                Ok(_) => continue,
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => break false,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => break true,
            }
        };
        if !closed {
            open.push(i);
        }
    }
    assert!(
        open.is_empty(),
        "{} of 200 idle connections still open 5 s later (first: {:?})",
        open.len(),
        &open[..open.len().min(10)]
    );
}

#[test]
fn stalled_bodies_do_not_delay_a_fresh_delivery() {
    let l = noko(&[]);
    // 32 small bodies (which a server may buffer before handing the request on) and 32 large
    // ones (which it streams to the handler), each 10 bytes in and then silent.
    let stalled: Vec<Wire> = [1000, 100_000]
        .iter()
        .flat_map(|len| std::iter::repeat_n(*len, 32))
        .map(|len| {
            let mut w = Wire::open(l.port);
            let head =
                format!("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len}\r\n\r\n0123456789");
            assert!(w.send(head.as_bytes()));
            thread::sleep(Duration::from_millis(5));
            w
        })
        .collect();
    thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    let status = deliver(l.port, "past-the-stalled", Duration::from_secs(2));
    let took = start.elapsed();
    assert_eq!(
        status,
        Some(200),
        "a delivery behind 64 stalled bodies ({took:?})"
    );
    assert!(took < Duration::from_millis(500), "answered after {took:?}");
    drop(stalled);
}

#[test]
fn running_out_of_descriptors_neither_kills_nor_deafens_the_listener() {
    let mut cmd = Command::new("sh");
    scrub(&mut cmd);
    cmd.arg("-c")
        .arg(r#"ulimit -n 96; exec "$0" "$@""#)
        .arg(assert_cmd::cargo::cargo_bin("hookctl"))
        .args(["listen", "--port", "0", "-o", "json", "--header-timeout", "1s"])
        .args(["--max-connections", "1000", "-p", "noko"])
        .env(SECRET.0, SECRET.1);
    let mut p = Proc::spawn(cmd, Stdio::null());
    let start = Instant::now();
    let mut idle = Vec::new();
    for _ in 0..150 {
        let addr = SocketAddr::from(([127, 0, 0, 1], p.port));
        if let Ok(s) = TcpStream::connect_timeout(&addr, Duration::from_secs(1)) {
            idle.push(s);
        }
    }
    thread::sleep(Duration::from_millis(300));
    assert!(
        p.running(),
        "the listener exited with {} idle connections open: {}",
        idle.len(),
        p.stderr_text()
    );
    let mut last = None;
    while start.elapsed() < Duration::from_secs(6) {
        last = deliver(p.port, "after-emfile", Duration::from_secs(1));
        if last == Some(200) {
            break;
        }
        assert!(p.running(), "the listener exited: {}", p.stderr_text());
        thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(
        last,
        Some(200),
        "no delivery answered 200 within 6 s of exhausting descriptors; stderr: {}",
        p.stderr_text()
    );
    assert!(p.running(), "the listener exited: {}", p.stderr_text());
    assert!(!p.stderr_text().contains("panicked"), "{}", p.stderr_text());
    drop(idle);
}

// ---------------------------------------------------------------------------------------------
// TLS

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run openssl");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A self-signed P-256 certificate for 127.0.0.1: `c.pem` and `k.pem` in `dir`.
fn self_signed(dir: &Path) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "k.pem",
            "-out",
            "c.pem",
            "-subj",
            "/CN=127.0.0.1",
            "-days",
            "1",
        ],
    );
}

/// A TLS 1.2 ClientHello record built by hand: ECDHE suites a rustls server with a P-256
/// certificate accepts, with supported_groups, ec_point_formats, signature_algorithms and
/// extended_master_secret.
fn client_hello() -> Vec<u8> {
    let mut hello = vec![0x03, 0x03];
    hello.extend((0..32u8).map(|i| i.wrapping_mul(37).wrapping_add(11)));
    hello.push(0); // no session id
    let suites: [u16; 4] = [0xc02b, 0xc02f, 0x009e, 0x00ff];
    hello.extend_from_slice(&((suites.len() * 2) as u16).to_be_bytes());
    for s in suites {
        hello.extend_from_slice(&s.to_be_bytes());
    }
    hello.extend_from_slice(&[1, 0]); // compression: null only
    let mut ext = Vec::new();
    let mut add = |kind: u16, data: &[u8]| {
        ext.extend_from_slice(&kind.to_be_bytes());
        ext.extend_from_slice(&(data.len() as u16).to_be_bytes());
        ext.extend_from_slice(data);
    };
    add(0x000a, &[0, 4, 0x00, 0x17, 0x00, 0x1d]); // supported_groups: secp256r1, x25519
    add(0x000b, &[1, 0]); // ec_point_formats: uncompressed
    add(0x000d, &[0, 8, 0x04, 0x03, 0x08, 0x04, 0x04, 0x01, 0x05, 0x03]); // signature_algorithms
    add(0x0017, &[]); // extended_master_secret
    hello.extend_from_slice(&(ext.len() as u16).to_be_bytes());
    hello.extend_from_slice(&ext);
    let mut handshake = vec![1]; // ClientHello
    handshake.extend_from_slice(&(hello.len() as u32).to_be_bytes()[1..]);
    handshake.extend_from_slice(&hello);
    let mut record = vec![0x16, 0x03, 0x01];
    record.extend_from_slice(&(handshake.len() as u16).to_be_bytes());
    record.extend_from_slice(&handshake);
    record
}

const CLOSE_NOTIFY: [u8; 7] = [0x15, 0x03, 0x03, 0x00, 0x02, 0x01, 0x00];

fn tls_listener(dir: &Path) -> Listener {
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "json", "-p", "noko"])
        .arg("--tls-cert")
        .arg(dir.join("c.pem"))
        .arg("--tls-key")
        .arg(dir.join("k.pem"))
        .env(SECRET.0, SECRET.1);
    Listener::spawn(cmd)
}

fn https_delivery(l: &Listener) {
    let out = command()
        .args([
            "send-test",
            &format!("https://127.0.0.1:{}/", l.port),
            "-p",
            "noko",
        ])
        .args(["--insecure", "-q", "--timeout", "5s"])
        .env(SECRET.0, SECRET.1)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "send-test over HTTPS: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(l.next_event()["signature"], "valid");
}

#[test]
fn tls_hellos_cut_short_by_close_notify_cost_no_cpu() {
    let dir = tempfile::tempdir().unwrap();
    self_signed(dir.path());
    let l = tls_listener(dir.path());
    https_delivery(&l);
    // The hand-built hello is one the server accepts: it answers with a ServerHello.
    let mut probe = Wire::open(l.port);
    assert!(probe.send(&client_hello()));
    let deadline = Instant::now() + Duration::from_secs(3);
    while probe.buf.len() < 6 && probe.fill(deadline) {}
    assert!(
        probe.buf.len() >= 6 && probe.buf[0] == 0x16 && probe.buf[5] == 0x02,
        "no ServerHello for the test's ClientHello: {:02x?}",
        &probe.buf[..probe.buf.len().min(16)]
    );
    drop(probe);

    let pid = l.pid();
    let mut hostile: Vec<Wire> = (0..4)
        .map(|_| {
            let mut w = Wire::open(l.port);
            let mut bytes = client_hello();
            bytes.extend_from_slice(&CLOSE_NOTIFY);
            w.send(&bytes);
            w
        })
        .collect();
    let start = Instant::now();
    let cpu_before = cpu_seconds(pid);
    let mut open = Vec::new();
    for (i, w) in hostile.iter_mut().enumerate() {
        if !w.closed_within(Duration::from_secs(3).saturating_sub(start.elapsed())) {
            open.push(i);
        }
    }
    thread::sleep(Duration::from_secs(3).saturating_sub(start.elapsed()));
    let cpu = cpu_seconds(pid) - cpu_before;
    assert!(
        cpu < 0.3,
        "the listener used {cpu:.2} s of CPU in 3 s after 4 aborted handshakes"
    );
    assert!(
        open.is_empty(),
        "connections {open:?} still open 3 s after close_notify"
    );
    drop(hostile);
    https_delivery(&l);
}

#[test]
fn a_tls_key_that_does_not_match_the_certificate_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    self_signed(dir.path());
    openssl(
        dir.path(),
        &[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            "other.pem",
        ],
    );
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "json", "-p", "noko"])
        .arg("--tls-cert")
        .arg(dir.path().join("c.pem"))
        .arg("--tls-key")
        .arg(dir.path().join("other.pem"))
        .env(SECRET.0, SECRET.1);
    let (status, stderr) = run_bounded(cmd, Duration::from_secs(10));
    let status = status.unwrap_or_else(|| panic!("started with a key that does not match: {stderr}"));
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("error:"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---------------------------------------------------------------------------------------------
// Framing and smuggling

#[test]
fn ambiguous_framing_is_refused_and_nothing_smuggled_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("r.jsonl");
    let l = noko(&["--record", rec.to_str().unwrap()]);
    let raw = |head: String, body: &[u8]| {
        let mut v = head.into_bytes();
        v.extend_from_slice(body);
        v
    };
    let smuggled = delivery("smuggled-in-body");
    let cl_te_tail = {
        let mut v = b"0\r\n\r\n".to_vec();
        v.extend_from_slice(&delivery("smuggled-after-chunks"));
        v
    };
    let plus = payload("plus-length");
    let gzip = payload("gzip-coding");
    let zz = payload("zz-chunk");
    let cases: Vec<(&str, Vec<u8>, &[u16])> = vec![
        (
            "two differing Content-Length",
            raw(
                format!(
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nContent-Length: {}\r\n\r\n",
                    smuggled.len()
                ),
                &smuggled,
            ),
            &[400],
        ),
        (
            "Content-Length: +N",
            raw(
                format!(
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
                     X-Noko-Signature: {}\r\nContent-Length: +{}\r\nConnection: close\r\n\r\n",
                    sig(&plus),
                    plus.len()
                ),
                &plus,
            ),
            &[400],
        ),
        (
            "Transfer-Encoding: gzip",
            raw(
                format!(
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
                     X-Noko-Signature: {}\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n",
                    sig(&gzip)
                ),
                &gzip,
            ),
            &[400, 501],
        ),
        (
            "Content-Length with Transfer-Encoding: chunked",
            raw(
                format!(
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n\
                     Transfer-Encoding: chunked\r\n\r\n",
                    cl_te_tail.len()
                ),
                &cl_te_tail,
            ),
            &[400],
        ),
        (
            "HTTP/1.1 without Host",
            signed("POST / HTTP/1.1", &["Connection: close"], "no-host"),
            &[400],
        ),
        (
            "two Host headers",
            signed(
                "POST / HTTP/1.1",
                &["Host: 127.0.0.1", "Host: example.com", "Connection: close"],
                "two-hosts",
            ),
            &[400],
        ),
        (
            "NUL in a header value",
            signed(
                "POST / HTTP/1.1",
                &["Host: 127.0.0.1", "X-Note: a\0b", "Connection: close"],
                "nul-value",
            ),
            &[400],
        ),
        (
            "ESC in a header value",
            signed(
                "POST / HTTP/1.1",
                &["Host: 127.0.0.1", "X-Note: a\x1b[2Jb", "Connection: close"],
                "esc-value",
            ),
            &[400],
        ),
        (
            "four-word request line",
            signed(
                "POST / HTTP/1.1 extra",
                &["Host: 127.0.0.1", "Connection: close"],
                "four-words",
            ),
            &[400],
        ),
        ("HTTP/0.9 request", b"GET /\r\n".to_vec(), &[400, 505]),
        (
            "malformed chunk size",
            raw(
                format!(
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
                     X-Noko-Signature: {}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n",
                    sig(&zz)
                ),
                &[&zz[..], &b"\r\n0\r\n\r\n"[..]].concat(),
            ),
            &[400],
        ),
    ];
    let port = l.port;
    let runs: Vec<_> = cases
        .into_iter()
        .map(|(name, bytes, allowed)| {
            thread::spawn(move || {
                let (status, closed, seen) = read_answer(port, &bytes);
                let mut wrong = Vec::new();
                if !status.is_some_and(|s| allowed.contains(&s)) {
                    wrong.push(format!("expected {allowed:?}, got {status:?}"));
                }
                if !closed {
                    wrong.push("connection left open".to_string());
                }
                (!wrong.is_empty()).then(|| format!("{name}: {} ({seen:?})", wrong.join(", ")))
            })
        })
        .collect();
    let mut failures: Vec<String> = runs.into_iter().filter_map(|h| h.join().unwrap()).collect();
    thread::sleep(Duration::from_millis(200));
    let accepted: Vec<String> = records(&rec)
        .iter()
        .filter(|r| r["signature"] == "valid")
        .map(|r| r["event_id"].to_string())
        .collect();
    if !accepted.is_empty() {
        failures.push(format!("recorded as validly signed: {}", accepted.join(", ")));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn unusual_but_valid_requests_are_answered() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("r.jsonl");
    let l = noko(&["--record", rec.to_str().unwrap()]);
    let mut failures = Vec::new();

    let cafe = signed(
        "POST / HTTP/1.1",
        &["Host: 127.0.0.1", "X-Note: café", "Connection: close"],
        "utf8-header",
    );
    let (status, _, seen) = read_answer(l.port, &cafe);
    if status != Some(200) {
        failures.push(format!(
            "UTF-8 header value: expected 200, got {status:?} ({seen:?})"
        ));
    }

    let bare_lf = String::from_utf8(delivery("bare-lf"))
        .unwrap()
        .replace("\r\n", "\n");
    let (status, _, seen) = read_answer(l.port, bare_lf.as_bytes());
    if status.is_none() {
        failures.push(format!("bare LF line endings: no answer ({seen:?})"));
    }

    let mut pipelined = signed("POST / HTTP/1.1", &["Host: 127.0.0.1"], "pipelined-1");
    pipelined.extend_from_slice(&delivery("pipelined-2"));
    let mut w = Wire::open(l.port);
    w.send(&pipelined);
    let answers = [w.answer(Duration::from_secs(3)), w.answer(Duration::from_secs(3))];
    if answers != [Some(200), Some(200)] {
        failures.push(format!(
            "two pipelined deliveries: got {answers:?} ({:?})",
            w.seen()
        ));
    }
    thread::sleep(Duration::from_millis(100));
    let ids: Vec<String> = records(&rec)
        .iter()
        .filter_map(|r| r["event_id"].as_str().map(str::to_string))
        .filter(|id| id.starts_with("pipelined-"))
        .collect();
    if ids != ["pipelined-1", "pipelined-2"] {
        failures.push(format!("pipelined deliveries recorded as {ids:?}"));
    }

    let http10 = signed("POST / HTTP/1.0", &[], "http-1.0");
    let (status, _, seen) = read_answer(l.port, &http10);
    if status != Some(200) {
        failures.push(format!(
            "HTTP/1.0 delivery: expected 200, got {status:?} ({seen:?})"
        ));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Lifecycle and the terminal

/// A listener whose stderr is kept as raw bytes and whose stdout the test decides about.
struct Proc {
    child: Child,
    port: u16,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Proc {
    fn spawn(mut cmd: Command, stdout: Stdio) -> Proc {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn hookctl listen");
        let err = child.stderr.take().unwrap();
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = stderr.clone();
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let mut r = BufReader::new(err);
            let mut line = Vec::new();
            while matches!(r.read_until(b'\n', &mut line), Ok(n) if n > 0) {
                let text = String::from_utf8_lossy(&line);
                let rest = text
                    .strip_prefix("Listening on http://127.0.0.1:")
                    .or_else(|| text.strip_prefix("Listening on https://127.0.0.1:"));
                if let Some(port) = rest.and_then(|r| r.split('/').next()?.parse::<u16>().ok()) {
                    let _ = tx.send(port);
                }
                sink.lock().unwrap().extend_from_slice(&line);
                line.clear();
            }
        });
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(port) => Proc { child, port, stderr },
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "no banner; stderr: {}",
                    String::from_utf8_lossy(&stderr.lock().unwrap())
                );
            }
        }
    }

    fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    fn stderr_bytes(&self) -> Vec<u8> {
        self.stderr.lock().unwrap().clone()
    }

    fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr_bytes()).into_owned()
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Run `cmd` to its end, killing it after `limit`: its status (None when killed) and stderr.
fn run_bounded(mut cmd: Command, limit: Duration) -> (Option<ExitStatus>, String) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn hookctl");
    let mut err = child.stderr.take().unwrap();
    let reader = thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(20));
    };
    (status, reader.join().unwrap())
}

#[test]
fn sigterm_exits_0_with_a_summary() {
    let l = noko(&[]);
    assert_eq!(deliver(l.port, "before-term", Duration::from_secs(5)), Some(200));
    l.next_event();
    l.signal("TERM");
    let (status, _, stderr) = l.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0), "{status:?}; stderr: {stderr}");
    assert!(stderr.contains("summary:"), "{stderr}");
}

#[test]
fn sigint_before_count_is_reached_exits_1_with_a_summary() {
    let l = noko(&["--count", "1"]);
    // Let the listener install its signal handling after the banner.
    thread::sleep(Duration::from_millis(300));
    l.signal("INT");
    let (status, lines, stderr) = l.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(1), "{status:?}; stderr: {stderr}");
    assert!(stderr.contains("summary:"), "{stderr}");
    assert!(lines.is_empty(), "{lines:?}");
}

#[test]
fn a_closed_stdout_does_not_stop_the_listener() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("r.jsonl");
    let mut cmd = command();
    cmd.args(["listen", "--port", "0", "-o", "json", "-p", "noko", "--record"])
        .arg(&rec)
        .env(SECRET.0, SECRET.1);
    let mut p = Proc::spawn(cmd, Stdio::piped());
    let stdout = p.child.stdout.take().unwrap();
    assert_eq!(
        deliver(p.port, "closed-stdout-0", Duration::from_secs(5)),
        Some(200)
    );
    // Read one line, then drop the reader: the pipe's read end is closed.
    let (tx, rx) = mpsc::channel();
    let reader = thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(Duration::from_secs(5)).expect("a line on stdout");
    reader.join().unwrap();
    let event: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    assert_eq!(event["event_id"], "closed-stdout-0");
    for i in 1..=10 {
        let status = deliver(p.port, &format!("closed-stdout-{i}"), Duration::from_secs(5));
        assert_eq!(
            status,
            Some(200),
            "delivery {i} after stdout closed; stderr: {}",
            p.stderr_text()
        );
    }
    assert!(p.running(), "the listener exited: {}", p.stderr_text());
    thread::sleep(Duration::from_millis(100));
    assert_eq!(records(&rec).len(), 11);
}

#[test]
fn escape_bytes_in_a_method_never_reach_the_terminal() {
    let mut cmd = command();
    cmd.args([
        "listen", "--port", "0", "-o", "json", "-p", "noko", "-v", "--color", "never",
    ])
    .env(SECRET.0, SECRET.1);
    let p = Proc::spawn(cmd, Stdio::null());
    for path in ["/", "/elsewhere"] {
        let raw = format!("\x1b[2J {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        let _ = read_answer(p.port, raw.as_bytes());
    }
    assert_eq!(
        deliver(p.port, "after-escapes", Duration::from_secs(5)),
        Some(200)
    );
    thread::sleep(Duration::from_millis(200));
    let err = p.stderr_bytes();
    assert!(
        !err.contains(&0x1b),
        "ESC on stderr: {:?}",
        String::from_utf8_lossy(&err)
    );
}
