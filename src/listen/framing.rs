//! Where each request head starts and ends on one connection, and whether it may pass.
//!
//! The listener's socket faces the internet through tunnels, so a head is held back until it is
//! whole, checked against the limits and the framing rules of RFC 9112 (one `Host`, one length,
//! only `chunked` as a transfer coding, never both), and only then handed on to hyper, which
//! parses it again. Bodies are counted, not copied aside, so the next head is found exactly,
//! also under pipelining. What this cannot follow (an odd chunked body) is handed through
//! untouched: hyper's own parser then stays the judge.

/// The bounds a head must stay within.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Request line and headers together, in bytes.
    pub head: usize,
    pub request_line: usize,
    pub headers: usize,
}

/// Why a head was refused, answered with `status` and then the connection is closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub reason: String,
}

impl Refusal {
    fn new(status: u16, reason: impl Into<String>) -> Refusal {
        Refusal {
            status,
            reason: reason.into(),
        }
    }
}

/// A head that passed, as the client wrote it (header names in their own letter case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
}

/// Where the framer is in the byte stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Between requests: no byte of the next head yet.
    Idle,
    /// Some bytes of a head have arrived.
    Head,
    /// Inside a body.
    Body,
    /// No longer following the stream (hyper judges alone).
    Lost,
    /// A head was refused; nothing more is read.
    Refused,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Head,
    Sized(u64),
    ChunkSize,
    ChunkData(u64),
    ChunkEnd,
    Trailers,
    Lost,
    Refused,
}

/// Longest chunk-size line or trailer section followed; beyond, hyper's decoder decides.
const CHUNK_LINE_LIMIT: usize = 4096;
const TRAILER_LIMIT: usize = 16 * 1024;

pub struct Framer {
    limits: Limits,
    state: State,
    /// The head, chunk line or trailers collected so far.
    buf: Vec<u8>,
    /// Where the search for the end of the head resumes.
    scan_from: usize,
    /// The current head's request line is complete and passed `early_line`.
    line_ok: bool,
}

impl Framer {
    pub fn new(limits: Limits) -> Framer {
        Framer {
            limits,
            state: State::Head,
            buf: Vec::new(),
            scan_from: 0,
            line_ok: false,
        }
    }

    pub fn phase(&self) -> Phase {
        match self.state {
            State::Head if self.buf.is_empty() => Phase::Idle,
            State::Head => Phase::Head,
            State::Lost => Phase::Lost,
            State::Refused => Phase::Refused,
            _ => Phase::Body,
        }
    }

    /// Take the bytes read from the client: what may pass is appended to `out`, each head that
    /// passed to `heads`. After a refusal nothing more passes.
    pub fn feed(&mut self, input: &[u8], out: &mut Vec<u8>, heads: &mut Vec<Head>) -> Option<Refusal> {
        let mut owned: Vec<u8>;
        let mut data: &[u8] = input;
        while !data.is_empty() {
            match self.state {
                State::Refused => return None,
                State::Lost => {
                    out.extend_from_slice(data);
                    return None;
                }
                State::Sized(left) => {
                    let (rest, left) = pass_counted(data, left, out);
                    data = rest;
                    self.state = if left == 0 {
                        State::Head
                    } else {
                        State::Sized(left)
                    };
                }
                State::ChunkData(left) => {
                    let (rest, left) = pass_counted(data, left, out);
                    data = rest;
                    self.state = if left == 0 {
                        State::ChunkEnd
                    } else {
                        State::ChunkData(left)
                    };
                }
                State::ChunkSize | State::ChunkEnd | State::Trailers => {
                    data = self.chunk_line(data, out);
                }
                State::Head => {
                    if self.buf.is_empty() {
                        // RFC 9112 §2.2: empty lines before a request line are ignored.
                        let skip = data.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
                        data = &data[skip..];
                        if data.is_empty() {
                            break;
                        }
                        // A head that arrived whole in this read is checked where it lies,
                        // not copied aside first (the common case: one read, one request).
                        if let Ok(end) = head_end(data, 0) {
                            if let Some(r) = self.take_head(&data[..end], out, heads) {
                                return Some(r);
                            }
                            data = &data[end..];
                            continue;
                        }
                    }
                    self.buf.extend_from_slice(data);
                    match head_end(&self.buf, self.scan_from.saturating_sub(3)) {
                        Err(resume) => {
                            self.scan_from = resume;
                            if let Some(r) = oversized(&self.buf, self.limits) {
                                return Some(self.refuse(r));
                            }
                            if !self.line_ok {
                                match self.early_line() {
                                    Some(Err(r)) => return Some(self.refuse(r)),
                                    Some(Ok(())) => self.line_ok = true,
                                    None => {}
                                }
                            }
                            break;
                        }
                        Ok(end) => {
                            let rest = self.buf.split_off(end);
                            let head = std::mem::take(&mut self.buf);
                            if let Some(r) = self.take_head(&head, out, heads) {
                                return Some(r);
                            }
                            owned = rest;
                            data = &owned;
                        }
                    }
                }
            }
        }
        None
    }

    /// Check a whole head (`bytes`, up to and including its empty line): pass it on and follow
    /// its body, or refuse it.
    fn take_head(&mut self, bytes: &[u8], out: &mut Vec<u8>, heads: &mut Vec<Head>) -> Option<Refusal> {
        if let Some(r) = oversized(bytes, self.limits) {
            return Some(self.refuse(r));
        }
        let (head, next) = match check(bytes, self.limits) {
            Ok(parsed) => parsed,
            Err(r) => return Some(self.refuse(r)),
        };
        out.extend_from_slice(bytes);
        self.scan_from = 0;
        self.line_ok = false;
        self.state = next;
        heads.push(head);
        None
    }

    /// A request line that cannot start a valid head is refused as soon as it is complete: an
    /// HTTP/0.9 `GET /` has no headers to wait for, and would otherwise hold the connection
    /// until the header timeout.
    /// `None` while the line is not complete.
    fn early_line(&self) -> Option<Result<(), Refusal>> {
        let nl = self.buf.iter().position(|&b| b == b'\n')?;
        let line = self.buf[..nl].strip_suffix(b"\r").unwrap_or(&self.buf[..nl]);
        let words: Vec<&[u8]> = line.split(|&b| b == b' ').collect();
        let [_, _, version] = words.as_slice() else {
            return Some(Err(Refusal::new(400, "malformed request line")));
        };
        Some(match version {
            v if v.starts_with(b"HTTP/") && v.len() == 8 => match &v[5..] {
                b"1.0" | b"1.1" => Ok(()),
                _ => Err(Refusal::new(
                    505,
                    "HTTP version not supported (HTTP/1.0 and 1.1 are)",
                )),
            },
            _ => Err(Refusal::new(400, "malformed request line")),
        })
    }

    /// Refuse here, and for the rest of the connection.
    pub fn refuse(&mut self, refusal: Refusal) -> Refusal {
        self.state = State::Refused;
        self.line_ok = false;
        self.buf = Vec::new();
        refusal
    }

    /// Collect a chunk-size line, the CRLF after a chunk's data, or the trailers; returns what
    /// is left of `data`.
    fn chunk_line<'a>(&mut self, data: &'a [u8], out: &mut Vec<u8>) -> &'a [u8] {
        let Some(nl) = data.iter().position(|&b| b == b'\n') else {
            self.buf.extend_from_slice(data);
            let limit = if self.state == State::Trailers {
                TRAILER_LIMIT
            } else {
                CHUNK_LINE_LIMIT
            };
            if self.buf.len() > limit {
                self.lose(out);
            }
            return &[];
        };
        // The line began after the last newline already held (a line may arrive in pieces).
        let line_start = self.buf.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        self.buf.extend_from_slice(&data[..=nl]);
        let rest = &data[nl + 1..];
        // hyper's chunked decoder takes only CRLF here, and reads a bare LF in the trailers as
        // part of a trailer: were it followed here, the two parsers would disagree on where the
        // message ends (hyper would read what comes next, even a stand-in, as trailers).
        if !self.buf[line_start..].ends_with(b"\r\n") {
            self.lose(out);
            return rest;
        }
        let blank = &self.buf[line_start..] == b"\r\n";
        match self.state {
            State::ChunkSize => match httparse::parse_chunk_size(&self.buf) {
                Ok(httparse::Status::Complete((_, 0))) => self.pass(State::Trailers, out),
                Ok(httparse::Status::Complete((_, size))) => self.pass(State::ChunkData(size), out),
                _ => self.lose(out),
            },
            State::ChunkEnd if blank => self.pass(State::ChunkSize, out),
            State::ChunkEnd => self.lose(out),
            // The trailers (if any) end with an empty line, and so does the message.
            State::Trailers if blank => self.pass(State::Head, out),
            State::Trailers if self.buf.len() > TRAILER_LIMIT => self.lose(out),
            _ => {}
        }
        rest
    }

    fn pass(&mut self, next: State, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.buf);
        self.buf.clear();
        self.state = next;
    }

    /// Stop following the stream: what was held back goes on, and so does everything after.
    fn lose(&mut self, out: &mut Vec<u8>) {
        out.append(&mut self.buf);
        self.state = State::Lost;
    }
}

/// The refusal for a head (`head`, perhaps not complete yet) over the limits.
fn oversized(head: &[u8], limits: Limits) -> Option<Refusal> {
    let line = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    if line > limits.request_line {
        return Some(Refusal::new(
            414,
            format!("request line over {} bytes", limits.request_line),
        ));
    }
    if head.len() > limits.head {
        return Some(Refusal::new(
            431,
            format!("request head over {} bytes", limits.head),
        ));
    }
    None
}

/// Pass up to `left` body bytes on; returns what follows them and how many are still to come.
fn pass_counted<'a>(data: &'a [u8], left: u64, out: &mut Vec<u8>) -> (&'a [u8], u64) {
    let n = left.min(data.len() as u64) as usize;
    out.extend_from_slice(&data[..n]);
    (&data[n..], left - n as u64)
}

/// The offset just past the empty line that ends a head, or where to resume the search.
fn head_end(buf: &[u8], from: usize) -> Result<usize, usize> {
    let mut at = from;
    while let Some(offset) = buf[at..].iter().position(|&b| b == b'\n') {
        let nl = at + offset;
        match (buf.get(nl + 1), buf.get(nl + 2)) {
            (Some(b'\n'), _) => return Ok(nl + 2),
            (Some(b'\r'), Some(b'\n')) => return Ok(nl + 3),
            (None, _) | (Some(b'\r'), None) => return Err(nl),
            _ => at = nl + 1,
        }
    }
    Err(buf.len())
}

/// Parse a whole head and apply the framing rules; returns it and the state for its body.
fn check(bytes: &[u8], limits: Limits) -> Result<(Head, State), Refusal> {
    // One slot more than allowed, so that one header too many is told from a full house. On
    // the stack for the default limit: this runs for every request.
    const ON_STACK: usize = 101;
    let mut stack = [httparse::EMPTY_HEADER; ON_STACK];
    let mut heap = Vec::new();
    let slots = if limits.headers < ON_STACK {
        &mut stack[..limits.headers + 1]
    } else {
        heap.resize(limits.headers + 1, httparse::EMPTY_HEADER);
        &mut heap[..]
    };
    let mut req = httparse::Request::new(slots);
    match req.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(Refusal::new(400, "malformed request head")),
        Err(httparse::Error::TooManyHeaders) => return Err(too_many(limits)),
        Err(httparse::Error::Version) => {
            return Err(Refusal::new(
                505,
                "HTTP version not supported (HTTP/1.0 and 1.1 are)",
            ))
        }
        Err(e) => return Err(Refusal::new(400, format!("malformed request head: {e}"))),
    }
    if req.headers.len() > limits.headers {
        return Err(too_many(limits));
    }
    let method = req.method.unwrap_or_default();
    if method.eq_ignore_ascii_case("CONNECT") {
        return Err(Refusal::new(405, "CONNECT is not served"));
    }
    let http11 = req.version == Some(1);
    let mut hosts = 0;
    let mut length: Option<u64> = None;
    let mut codings: Vec<String> = Vec::new();
    let mut headers = Vec::with_capacity(req.headers.len());
    for h in req.headers.iter() {
        if h.value.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
            return Err(Refusal::new(400, "control character in a header value"));
        }
        let value = String::from_utf8_lossy(h.value).trim().to_string();
        if h.name.eq_ignore_ascii_case("host") {
            hosts += 1;
        } else if h.name.eq_ignore_ascii_case("content-length") {
            let n = content_length(&value)?;
            if length.is_some_and(|prev| prev != n) {
                return Err(Refusal::new(400, "differing Content-Length headers"));
            }
            length = Some(n);
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            codings.extend(value.split(',').map(|c| c.trim().to_ascii_lowercase()));
        } else if h.name.eq_ignore_ascii_case("expect") && !value.eq_ignore_ascii_case("100-continue") {
            // RFC 9110 §10.1.1: an expectation the server cannot meet gets 417.
            return Err(Refusal::new(417, "unsupported Expect (only 100-continue is)"));
        }
        headers.push((h.name.to_string(), value));
    }
    if http11 && hosts == 0 {
        return Err(Refusal::new(400, "HTTP/1.1 request without a Host header"));
    }
    if hosts > 1 {
        return Err(Refusal::new(400, "more than one Host header"));
    }
    let state = if codings.is_empty() {
        match length {
            Some(n) if n > 0 => State::Sized(n),
            _ => State::Head,
        }
    } else {
        if !http11 {
            return Err(Refusal::new(400, "Transfer-Encoding in an HTTP/1.0 request"));
        }
        if length.is_some() {
            return Err(Refusal::new(
                400,
                "Content-Length together with Transfer-Encoding",
            ));
        }
        if codings != ["chunked"] {
            return Err(Refusal::new(
                400,
                "transfer coding other than chunked (only `Transfer-Encoding: chunked` is served)",
            ));
        }
        State::ChunkSize
    };
    let head = Head {
        method: method.to_string(),
        target: req.path.unwrap_or("/").to_string(),
        headers,
    };
    Ok((head, state))
}

fn too_many(limits: Limits) -> Refusal {
    Refusal::new(431, format!("more than {} header fields", limits.headers))
}

/// RFC 9110 §8.6: one or more digits, nothing else (no sign, no list).
fn content_length(value: &str) -> Result<u64, Refusal> {
    let invalid = || Refusal::new(400, "invalid Content-Length");
    if value.is_empty() || value.len() > 19 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    value.parse().map_err(|_| invalid())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        head: 64 * 1024,
        request_line: 8 * 1024,
        headers: 100,
    };

    fn run(chunks: &[&[u8]]) -> (Vec<u8>, Vec<Head>, Option<Refusal>) {
        let mut framer = Framer::new(LIMITS);
        let (mut out, mut heads) = (Vec::new(), Vec::new());
        for c in chunks {
            if let Some(r) = framer.feed(c, &mut out, &mut heads) {
                return (out, heads, Some(r));
            }
        }
        (out, heads, None)
    }

    fn status(raw: &[u8]) -> Option<u16> {
        run(&[raw]).2.map(|r| r.status)
    }

    const POST: &[u8] = b"POST /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Case: V\r\nContent-Length: 5\r\n\r\nhello";
    const CHUNKED: &[u8] =
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\nX-T: 1\r\n\r\n";
    const GET: &[u8] = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n";

    #[test]
    fn pipelined_requests_pass_whole_at_every_split() {
        let stream: Vec<u8> = [POST, CHUNKED, GET, b"\r\n", POST].concat();
        for split in 0..stream.len() {
            for second in [split, (split + 7).min(stream.len())] {
                let (out, heads, refusal) =
                    run(&[&stream[..split], &stream[split..second], &stream[second..]]);
                assert_eq!(refusal, None, "split at {split}/{second}");
                let expected: Vec<u8> = [POST, CHUNKED, GET, POST].concat();
                assert_eq!(out, expected, "split at {split}/{second}");
                assert_eq!(heads.len(), 4);
            }
        }
        let (_, heads, _) = run(&[POST]);
        assert_eq!(heads[0].method, "POST");
        assert_eq!(heads[0].target, "/a?b=1");
        assert_eq!(heads[0].headers[1], ("X-Case".into(), "V".into()));
    }

    #[test]
    fn a_head_is_held_back_until_it_is_whole() {
        let mut framer = Framer::new(LIMITS);
        let (mut out, mut heads) = (Vec::new(), Vec::new());
        framer.feed(b"GET / HTTP/1.1\r\nHo", &mut out, &mut heads);
        assert!(out.is_empty());
        assert_eq!(framer.phase(), Phase::Head);
        framer.feed(b"st: x\r\n\r\n", &mut out, &mut heads);
        assert_eq!(out, GET);
        assert_eq!(framer.phase(), Phase::Idle);
    }

    #[test]
    fn bare_lf_heads_pass() {
        assert_eq!(status(b"GET / HTTP/1.1\nHost: x\n\n"), None);
        assert_eq!(status(b"GET / HTTP/1.0\r\n\r\n"), None);
    }

    #[test]
    fn framing_that_allows_smuggling_is_refused() {
        for (raw, want) in SMUGGLING {
            assert_eq!(status(raw), Some(*want), "{}", String::from_utf8_lossy(raw));
        }
        // Identical duplicates say one thing: allowed (RFC 9110 §8.6).
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n"),
            None
        );
    }

    #[test]
    fn a_head_whole_in_one_read_is_judged_as_when_it_comes_in_pieces() {
        // Checked where it lies in the read, or gathered byte by byte first: the same bytes
        // pass, the same heads are seen, the same answer refuses.
        let mut streams: Vec<Vec<u8>> = SMUGGLING.iter().map(|(raw, _)| raw.to_vec()).collect();
        streams.extend([POST, CHUNKED, GET].map(<[u8]>::to_vec));
        streams.push([POST, CHUNKED, GET, b"\r\n", POST].concat());
        streams.push([&b"GET /"[..], &vec![b'a'; 9000], b" HTTP/1.1\r\n\r\n"].concat());
        streams.push([&b"GET / HTTP/1.1\r\nX: "[..], &vec![b'a'; 70_000], b"\r\n\r\n"].concat());
        for stream in &streams {
            let (whole_out, whole_heads, whole_refusal) = run(&[stream]);
            let bytes: Vec<&[u8]> = stream.chunks(1).collect();
            let (out, heads, refusal) = run(&bytes);
            let shown = String::from_utf8_lossy(&stream[..stream.len().min(80)]);
            assert_eq!(whole_out, out, "{shown}");
            assert_eq!(whole_heads, heads, "{shown}");
            assert_eq!(
                whole_refusal.map(|r| r.status),
                refusal.map(|r| r.status),
                "{shown}"
            );
        }
    }

    const SMUGGLING: &[(&[u8], u16)] = &[
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
            400,
        ),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\n", 400),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\n", 400),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
            400,
        ),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
            400,
        ),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
            400,
        ),
        (b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x1bb\r\n\r\n", 400),
        (b"POST / HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400),
        (b"GET /\r\n\r\n", 400),
        (b"GET / HTTP/2.0\r\n\r\n", 505),
        (b"CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n", 405),
        (b"POST / HTTP/1.1\r\nHost: x\r\nExpect: bogus\r\n\r\n", 417),
    ];

    #[test]
    fn a_bad_request_line_is_refused_before_the_head_ends() {
        for (raw, want) in [
            (&b"GET /\r\n"[..], 400),
            (b"GET / HTTP/2.0\r\n", 505),
            (b"POST / HTTP/1.1 extra\r\n", 400),
        ] {
            assert_eq!(status(raw), Some(want), "{}", String::from_utf8_lossy(raw));
        }
        assert_eq!(status(b"GET / HTTP/1.1\r\n"), None);
    }

    #[test]
    fn nothing_after_a_refusal_passes() {
        let stream = [&b"GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n"[..], GET].concat();
        let (out, heads, refusal) = run(&[&stream]);
        assert_eq!(refusal.unwrap().status, 400);
        assert!(out.is_empty() && heads.is_empty());
    }

    #[test]
    fn limits_answer_414_and_431_before_the_head_ends() {
        let long_line = [&b"GET /"[..], &vec![b'a'; 9000]].concat();
        assert_eq!(run(&[&long_line]).2.unwrap().status, 414);
        let mut framer = Framer::new(LIMITS);
        let (mut out, mut heads) = (Vec::new(), Vec::new());
        framer.feed(b"GET / HTTP/1.1\r\nX-A: ", &mut out, &mut heads);
        let mut refused = None;
        for _ in 0..100 {
            if let Some(r) = framer.feed(&[b'a'; 4096], &mut out, &mut heads) {
                refused = Some(r);
                break;
            }
        }
        assert_eq!(refused.unwrap().status, 431);
        let many: Vec<u8> = (0..101)
            .flat_map(|i| format!("X-{i}: v\r\n").into_bytes())
            .collect();
        let head = [&b"GET / HTTP/1.1\r\nHost: x\r\n"[..], &many, b"\r\n"].concat();
        assert_eq!(status(&head), Some(431));
    }

    #[test]
    fn the_header_count_limit_holds_below_and_above_the_default() {
        // Heads of exactly `limit` fields pass and of `limit + 1` are refused, whether the
        // limit is below, at or above the default (the slots live on the stack up to it).
        for limit in [3, 99, 100, 101, 300] {
            let limits = Limits {
                headers: limit,
                ..LIMITS
            };
            let head = |n: usize| {
                let fields: Vec<u8> = (1..n)
                    .flat_map(|i| format!("X-{i}: v\r\n").into_bytes())
                    .collect();
                [&b"GET / HTTP/1.1\r\nHost: x\r\n"[..], &fields, b"\r\n"].concat()
            };
            assert!(
                check(&head(limit), limits).is_ok(),
                "{limit} fields under a limit of {limit}"
            );
            let refused = check(&head(limit + 1), limits).unwrap_err();
            assert_eq!(
                refused.status,
                431,
                "{} fields under a limit of {limit}",
                limit + 1
            );
        }
    }

    #[test]
    fn chunked_lines_without_crlf_are_left_to_hyper() {
        // hyper's decoder wants CRLF: after a bare LF (here ending the trailers, the size line,
        // a chunk's data) hyper alone judges, so everything passes untouched.
        let cases: [&[u8]; 3] = [
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\nGET / HTTP/1.1\r\n\r\n",
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n",
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n",
        ];
        for raw in cases {
            let mut framer = Framer::new(LIMITS);
            let (mut out, mut heads) = (Vec::new(), Vec::new());
            assert_eq!(framer.feed(raw, &mut out, &mut heads), None);
            assert_eq!(out, raw, "{}", String::from_utf8_lossy(raw));
            assert_eq!(heads.len(), 1);
            assert_eq!(framer.phase(), Phase::Lost);
        }
    }

    #[test]
    fn an_odd_chunked_body_is_left_to_hyper() {
        let raw = b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nGET";
        let mut framer = Framer::new(LIMITS);
        let (mut out, mut heads) = (Vec::new(), Vec::new());
        assert_eq!(framer.feed(raw, &mut out, &mut heads), None);
        assert_eq!(out, raw);
        assert_eq!(framer.phase(), Phase::Lost);
        let endless = vec![b'1'; 5000];
        let mut framer = Framer::new(LIMITS);
        framer.feed(&raw[..raw.len() - 7], &mut out, &mut heads);
        framer.feed(&endless, &mut out, &mut heads);
        assert_eq!(framer.phase(), Phase::Lost);
    }
}
