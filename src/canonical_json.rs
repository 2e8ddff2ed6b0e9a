//! Byte-exact reimplementation of JavaScript's `JSON.stringify(JSON.parse(text))`
//! as Node.js (V8) performs it. Noones signs that re-serialization of the body
//! with HMAC, so we must reproduce its bytes exactly.
//!
//! Why not `serde_json`: it rejects lone surrogates (`"\ud800"`, which JS keeps
//! and re-escapes) and does not model JS property order (array-index keys first,
//! ascending; duplicate keys keep the first position and the last value).
//!
//! Design:
//! * The input is validated as UTF-8 once up front, so raw text can be copied
//!   through without per-character decoding.
//! * Scalars (strings, numbers, literals) are serialized *while parsing* into a
//!   shared scratch buffer; the tree only stores byte ranges into it. Because
//!   JS string escaping is injective, two keys are equal exactly when their
//!   serialized bytes are equal, and a key is an array index exactly when its
//!   serialized form (without quotes) is a canonical decimal integer.
//! * Containers live in a flat arena (`Vec<Node>`) and both parsing and
//!   serialization use explicit stacks, so nesting depth never touches the
//!   native stack and dropping the tree is not recursive.

use std::collections::HashMap;

/// Maximum nesting depth of arrays/objects.
///
/// Node's `JSON.parse` is iterative, but `JSON.stringify` recurses and throws
/// `RangeError: Maximum call stack size exceeded` at roughly 4,175 levels with
/// the default V8 stack, so Noones cannot sign anything much deeper. We allow
/// more than that (the implementation is iterative, so depth costs no native
/// stack) but still bound it to reject pathological input early.
pub const MAX_DEPTH: usize = 10_000;

/// Largest JS array index (2^32 - 2); larger integer keys are ordinary keys.
const MAX_ARRAY_INDEX: u64 = 4_294_967_294;

/// Objects with more members than this use a hash map for duplicate detection
/// instead of a quadratic scan.
const LINEAR_DEDUP_LIMIT: usize = 16;

#[derive(Debug, thiserror::Error)]
#[error("{message} at line {line}, column {column}")]
pub struct CanonicalError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Returns the bytes `JSON.stringify(JSON.parse(input))` produces in Node.js.
///
/// Fails wherever `JSON.parse` would throw (plus for invalid UTF-8, which a JS
/// string cannot hold, and nesting deeper than [`MAX_DEPTH`]). Error positions
/// are 1-based; columns count Unicode scalar values and lines are split on LF.
pub fn canonicalize(input: &[u8]) -> Result<Vec<u8>, CanonicalError> {
    if let Err(e) = std::str::from_utf8(input) {
        return Err(error_at(
            input,
            e.valid_up_to(),
            "input is not valid UTF-8".to_string(),
        ));
    }
    let mut parser = Parser {
        input,
        pos: 0,
        nodes: Vec::new(),
        scratch: Vec::with_capacity(input.len()),
    };
    let root = parser.parse()?;
    Ok(parser.serialize(root))
}

/// True if `input` is already byte-for-byte in canonical form.
pub fn is_canonical(input: &[u8]) -> bool {
    canonicalize(input).is_ok_and(|c| c == input)
}

/// Builds an error whose position is derived from a byte offset into `input`.
/// Only called on failure, so the rescan cost does not matter.
fn error_at(input: &[u8], pos: usize, message: String) -> CanonicalError {
    let before = &input[..pos.min(input.len())];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    // Count scalar values: every byte that is not a UTF-8 continuation byte.
    let column = before[line_start..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
        + 1;
    CanonicalError {
        message,
        line,
        column,
    }
}

/// Byte range `start..end` into the scratch buffer (already serialized bytes).
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Clone, Copy)]
struct Member {
    /// Serialized key including its quotes.
    key: Span,
    /// Arena index of the value; `usize::MAX` marks a removed duplicate.
    value: usize,
}

enum Node {
    Scalar(Span),
    Array(Vec<usize>),
    Object(Vec<Member>),
}

/// Open container during parsing. For objects, `key` is the key whose value is
/// currently being parsed.
enum Frame {
    Array(usize),
    Object(usize, Span),
}

struct Parser<'a> {
    input: &'a [u8],
    pos: usize,
    nodes: Vec<Node>,
    scratch: Vec<u8>,
}

impl Parser<'_> {
    fn err(&self, message: impl Into<String>) -> CanonicalError {
        error_at(self.input, self.pos, message.into())
    }

    /// Error for the byte at `self.pos` (or end of input) being unexpected.
    fn unexpected(&self) -> CanonicalError {
        let rest = &self.input[self.pos..];
        // The input is valid UTF-8 and `pos` is always on a char boundary here.
        let c = match std::str::from_utf8(&rest[..rest.len().min(4)]) {
            Ok(s) => s.chars().next(),
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()])
                .ok()
                .and_then(|s| s.chars().next()),
        };
        match c {
            None => self.err("unexpected end of input"),
            Some('\u{FEFF}') => self.err("unexpected byte order mark (U+FEFF)"),
            Some(c) if c.is_ascii_graphic() => self.err(format!("unexpected character '{c}'")),
            Some(c) => self.err(format!("unexpected character U+{:04X}", c as u32)),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.input.get(self.pos).copied()
    }

    /// Skips JSON whitespace (exactly space, tab, LF, CR — no NBSP, VT, BOM).
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn push_node(&mut self, node: Node) -> usize {
        self.nodes.push(node);
        self.nodes.len() - 1
    }

    /// Parses the whole input and returns the arena index of the root value.
    fn parse(&mut self) -> Result<usize, CanonicalError> {
        let mut stack: Vec<Frame> = Vec::new();
        'value: loop {
            // Expecting a value.
            self.skip_ws();
            let mut value = match self.peek() {
                Some(b'{') => {
                    self.check_depth(stack.len())?;
                    self.pos += 1;
                    let idx = self.push_node(Node::Object(Vec::new()));
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        idx
                    } else {
                        let key = self.parse_key()?;
                        stack.push(Frame::Object(idx, key));
                        continue 'value;
                    }
                }
                Some(b'[') => {
                    self.check_depth(stack.len())?;
                    self.pos += 1;
                    let idx = self.push_node(Node::Array(Vec::new()));
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        idx
                    } else {
                        stack.push(Frame::Array(idx));
                        continue 'value;
                    }
                }
                Some(b'"') => {
                    let span = self.parse_string()?;
                    self.push_node(Node::Scalar(span))
                }
                Some(b'-' | b'0'..=b'9') => {
                    let span = self.parse_number()?;
                    self.push_node(Node::Scalar(span))
                }
                Some(b't') => self.parse_literal(b"true")?,
                Some(b'f') => self.parse_literal(b"false")?,
                Some(b'n') => self.parse_literal(b"null")?,
                _ => return Err(self.unexpected()),
            };

            // A value is complete: attach it to its parent and close as many
            // containers as the input closes.
            loop {
                let Some(frame) = stack.last_mut() else {
                    self.skip_ws();
                    if self.pos != self.input.len() {
                        return Err(self.err("trailing characters after JSON value"));
                    }
                    return Ok(value);
                };
                match frame {
                    Frame::Array(idx) => {
                        let idx = *idx;
                        if let Node::Array(children) = &mut self.nodes[idx] {
                            children.push(value);
                        }
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                continue 'value;
                            }
                            Some(b']') => {
                                self.pos += 1;
                                stack.pop();
                                value = idx;
                            }
                            None => return Err(self.err("unterminated array")),
                            _ => return Err(self.err("expected ',' or ']' after array element")),
                        }
                    }
                    Frame::Object(idx, key) => {
                        let idx = *idx;
                        let member = Member { key: *key, value };
                        if let Node::Object(members) = &mut self.nodes[idx] {
                            members.push(member);
                        }
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                self.skip_ws();
                                *key = self.parse_key()?;
                                continue 'value;
                            }
                            Some(b'}') => {
                                self.pos += 1;
                                stack.pop();
                                if let Node::Object(members) = &mut self.nodes[idx] {
                                    order_members(members, &self.scratch);
                                }
                                value = idx;
                            }
                            None => return Err(self.err("unterminated object")),
                            _ => return Err(self.err("expected ',' or '}' after object member")),
                        }
                    }
                }
            }
        }
    }

    fn check_depth(&self, open: usize) -> Result<(), CanonicalError> {
        if open >= MAX_DEPTH {
            return Err(self.err(format!("nesting deeper than {MAX_DEPTH} levels")));
        }
        Ok(())
    }

    /// Parses `"key" :` (leading whitespace already skipped) and returns the
    /// serialized key.
    fn parse_key(&mut self) -> Result<Span, CanonicalError> {
        if self.peek() != Some(b'"') {
            return Err(match self.peek() {
                None => self.err("unterminated object"),
                _ => self.err("expected string key"),
            });
        }
        let key = self.parse_string()?;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(self.err("expected ':' after object key"));
        }
        self.pos += 1;
        Ok(key)
    }

    fn parse_literal(&mut self, word: &'static [u8]) -> Result<usize, CanonicalError> {
        if !self.input[self.pos..].starts_with(word) {
            // Point at the first byte that differs.
            let matched = self.input[self.pos..]
                .iter()
                .zip(word)
                .take_while(|(a, b)| a == b)
                .count();
            self.pos += matched;
            return Err(self.unexpected());
        }
        self.pos += word.len();
        let start = self.scratch.len();
        self.scratch.extend_from_slice(word);
        let span = Span {
            start,
            end: self.scratch.len(),
        };
        Ok(self.push_node(Node::Scalar(span)))
    }

    /// Validates the strict JSON number grammar, converts to f64 (correctly
    /// rounded) and writes the JS `Number::toString` form.
    fn parse_number(&mut self) -> Result<Span, CanonicalError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.err("leading zeros are not allowed in numbers"));
                }
            }
            Some(b'1'..=b'9') => self.skip_digits(),
            _ => return Err(self.err("expected digit in number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.err("expected digit after decimal point"));
            }
            self.skip_digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.err("expected digit in exponent"));
            }
            self.skip_digits();
        }
        let text = std::str::from_utf8(&self.input[start..self.pos]).expect("number text is ASCII");
        // Rust's float parser is correctly rounded and accepts every string the
        // grammar above admits; overflow yields ±inf, underflow ±0.
        let value: f64 = text
            .parse()
            .map_err(|_| error_at(self.input, start, "invalid number".to_string()))?;
        let out_start = self.scratch.len();
        if value.is_finite() {
            // ryu-js matches Number::prototype.toString, including -0 → "0".
            let mut buf = ryu_js::Buffer::new();
            self.scratch.extend_from_slice(buf.format(value).as_bytes());
        } else {
            // JSON.parse("1e400") is Infinity, which JSON.stringify writes as null.
            self.scratch.extend_from_slice(b"null");
        }
        Ok(Span {
            start: out_start,
            end: self.scratch.len(),
        })
    }

    fn skip_digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// Parses a string literal at `self.pos` (on the opening quote) and writes
    /// its `JSON.stringify` form, quotes included, to the scratch buffer.
    fn parse_string(&mut self) -> Result<Span, CanonicalError> {
        let out_start = self.scratch.len();
        let open = self.pos;
        self.pos += 1;
        self.scratch.push(b'"');
        loop {
            // Fast path: copy the run of bytes that need no attention. The
            // input is valid UTF-8 and all bytes we stop on are ASCII, so runs
            // always split on character boundaries.
            let run_start = self.pos;
            while let Some(&b) = self.input.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            self.scratch.extend_from_slice(&self.input[run_start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    self.scratch.push(b'"');
                    return Ok(Span {
                        start: out_start,
                        end: self.scratch.len(),
                    });
                }
                Some(b'\\') => self.parse_escape()?,
                Some(_) => return Err(self.err("control character in string")),
                None => return Err(error_at(self.input, open, "unterminated string".to_string())),
            }
        }
    }

    /// Decodes one escape sequence at `self.pos` (on the backslash) and writes
    /// the code unit(s) in `JSON.stringify` form.
    fn parse_escape(&mut self) -> Result<(), CanonicalError> {
        let esc = self.input.get(self.pos + 1).copied();
        let unit = match esc {
            Some(b'"') => 0x22,
            Some(b'\\') => 0x5C,
            Some(b'/') => 0x2F,
            Some(b'b') => 0x08,
            Some(b'f') => 0x0C,
            Some(b'n') => 0x0A,
            Some(b'r') => 0x0D,
            Some(b't') => 0x09,
            Some(b'u') => {
                let unit = self.hex4(self.pos + 2)?;
                self.pos += 6;
                if (0xD800..0xDC00).contains(&unit) {
                    // A high surrogate combines only with an immediately
                    // following escaped low surrogate (raw surrogates cannot
                    // occur in valid UTF-8).
                    if self.input[self.pos..].starts_with(b"\\u") {
                        if let Ok(low @ 0xDC00..=0xDFFF) = self.hex4(self.pos + 2) {
                            self.pos += 6;
                            let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                            self.write_char(c);
                            return Ok(());
                        }
                    }
                }
                self.write_unit(unit);
                return Ok(());
            }
            None => {
                self.pos += 1;
                return Err(self.err("unterminated string"));
            }
            Some(_) => {
                self.pos += 1;
                return Err(self.err("invalid escape"));
            }
        };
        self.pos += 2;
        self.write_unit(unit);
        Ok(())
    }

    /// Reads four hex digits at byte offset `at`.
    fn hex4(&self, at: usize) -> Result<u32, CanonicalError> {
        let mut v = 0u32;
        for i in 0..4 {
            let d = match self.input.get(at + i) {
                Some(&b @ b'0'..=b'9') => b - b'0',
                Some(&b @ b'a'..=b'f') => b - b'a' + 10,
                Some(&b @ b'A'..=b'F') => b - b'A' + 10,
                _ => {
                    return Err(error_at(
                        self.input,
                        at + i,
                        "invalid \\u escape (expected 4 hex digits)".to_string(),
                    ))
                }
            };
            v = (v << 4) | u32::from(d);
        }
        Ok(v)
    }

    /// Writes a single UTF-16 code unit (from an escape) as JSON.stringify does.
    fn write_unit(&mut self, unit: u32) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let short = match unit {
            0x22 => Some(b'"'),
            0x5C => Some(b'\\'),
            0x08 => Some(b'b'),
            0x0C => Some(b'f'),
            0x0A => Some(b'n'),
            0x0D => Some(b'r'),
            0x09 => Some(b't'),
            _ => None,
        };
        if let Some(s) = short {
            self.scratch.extend_from_slice(&[b'\\', s]);
        } else if unit < 0x20 || (0xD800..=0xDFFF).contains(&unit) {
            // Other controls and lone surrogates: lowercase \uXXXX.
            self.scratch.extend_from_slice(&[
                b'\\',
                b'u',
                HEX[(unit >> 12) as usize & 0xF],
                HEX[(unit >> 8) as usize & 0xF],
                HEX[(unit >> 4) as usize & 0xF],
                HEX[unit as usize & 0xF],
            ]);
        } else {
            self.write_char(unit);
        }
    }

    /// Writes a non-surrogate code point as literal UTF-8.
    fn write_char(&mut self, c: u32) {
        let c = char::from_u32(c).expect("caller passes a valid scalar value");
        let mut buf = [0u8; 4];
        self.scratch.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Writes the tree rooted at `root` without recursion.
    fn serialize(&self, root: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.scratch.len() + self.nodes.len() * 2);
        // (container node, index of next child to emit)
        let mut stack: Vec<(usize, usize)> = Vec::new();
        let mut next = Some(root);
        loop {
            if let Some(n) = next.take() {
                match &self.nodes[n] {
                    Node::Scalar(s) => out.extend_from_slice(&self.scratch[s.start..s.end]),
                    Node::Array(_) => {
                        out.push(b'[');
                        stack.push((n, 0));
                    }
                    Node::Object(_) => {
                        out.push(b'{');
                        stack.push((n, 0));
                    }
                }
            }
            let Some(top) = stack.last_mut() else {
                return out;
            };
            let (n, i) = *top;
            match &self.nodes[n] {
                Node::Array(children) => {
                    if let Some(&child) = children.get(i) {
                        if i > 0 {
                            out.push(b',');
                        }
                        top.1 += 1;
                        next = Some(child);
                    } else {
                        out.push(b']');
                        stack.pop();
                    }
                }
                Node::Object(members) => {
                    if let Some(m) = members.get(i) {
                        if i > 0 {
                            out.push(b',');
                        }
                        out.extend_from_slice(&self.scratch[m.key.start..m.key.end]);
                        out.push(b':');
                        top.1 += 1;
                        next = Some(m.value);
                    } else {
                        out.push(b'}');
                        stack.pop();
                    }
                }
                Node::Scalar(_) => unreachable!("only containers are pushed"),
            }
        }
    }
}

/// Returns the array index a serialized key denotes, if any: a canonical
/// decimal integer in `0..=2^32-2` ("0", "7", "10"; not "01", "-1", "1.5").
fn array_index(key: &[u8]) -> Option<u32> {
    let digits = &key[1..key.len() - 1]; // strip quotes
    if digits.is_empty() || digits.len() > 10 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits.len() > 1 && digits[0] == b'0' {
        return None;
    }
    let v = digits.iter().fold(0u64, |acc, &d| acc * 10 + u64::from(d - b'0'));
    if v <= MAX_ARRAY_INDEX {
        u32::try_from(v).ok()
    } else {
        None
    }
}

/// Applies JS own-property semantics to an object's members in place:
/// duplicate keys keep the first position and the last value; array-index keys
/// move to the front in ascending numeric order; others keep insertion order.
fn order_members(members: &mut Vec<Member>, scratch: &[u8]) {
    if members.len() < 2 {
        return;
    }
    let key = |m: &Member| &scratch[m.key.start..m.key.end];

    // Duplicates: move the later value into the first occurrence and mark the
    // later member removed.
    let mut removed = false;
    if members.len() <= LINEAR_DEDUP_LIMIT {
        for i in 1..members.len() {
            if let Some(j) =
                (0..i).find(|&j| members[j].value != usize::MAX && key(&members[j]) == key(&members[i]))
            {
                members[j].value = members[i].value;
                members[i].value = usize::MAX;
                removed = true;
            }
        }
    } else {
        let mut first: HashMap<&[u8], usize> = HashMap::with_capacity(members.len());
        for i in 0..members.len() {
            if let Some(&j) = first.get(key(&members[i])) {
                members[j].value = members[i].value;
                members[i].value = usize::MAX;
                removed = true;
            } else {
                first.insert(key(&members[i]), i);
            }
        }
    }
    if removed {
        members.retain(|m| m.value != usize::MAX);
    }

    // Integer-index keys first (ascending), then the rest in insertion order.
    if members.iter().any(|m| array_index(key(m)).is_some()) {
        let mut indexed: Vec<(u32, Member)> = Vec::new();
        let mut named: Vec<Member> = Vec::with_capacity(members.len());
        for m in members.drain(..) {
            match array_index(key(&m)) {
                Some(i) => indexed.push((i, m)),
                None => named.push(m),
            }
        }
        // Keys are unique after deduplication, so an unstable sort is exact.
        indexed.sort_unstable_by_key(|&(i, _)| i);
        members.extend(indexed.into_iter().map(|(_, m)| m));
        members.extend(named);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;

    const VECTORS: &str = include_str!("../vectors/canonical_json.jsonl");

    #[test]
    fn known_answer_vectors_from_node() {
        let mut count = 0;
        for line in VECTORS.lines().filter(|l| !l.trim().is_empty()) {
            let rec: serde_json::Value = serde_json::from_str(line).expect("vector line is JSON");
            let name = rec["name"].as_str().expect("name");
            let input = STANDARD
                .decode(rec["input_b64"].as_str().expect("input_b64"))
                .expect("input base64");
            let got = canonicalize(&input);
            if rec.get("error").and_then(|e| e.as_bool()) == Some(true) {
                assert!(got.is_err(), "{name}: expected error, got {got:?}");
            } else {
                let want = STANDARD
                    .decode(rec["output_b64"].as_str().expect("output_b64"))
                    .expect("output base64");
                let got = got.unwrap_or_else(|e| panic!("{name}: unexpected error: {e}"));
                assert_eq!(
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(&want),
                    "{name}"
                );
                assert_eq!(got, want, "{name}");
                assert!(is_canonical(&want), "{name}: output is not a fixed point");
            }
            count += 1;
        }
        assert!(count >= 40, "only {count} vectors");
    }

    #[test]
    fn invalid_utf8_is_rejected() {
        let err = canonicalize(b"{\"a\":\"\xff\"}").unwrap_err();
        assert!(err.message.contains("UTF-8"), "{err}");
        assert_eq!((err.line, err.column), (1, 7));
        // Overlong encoding and a raw (CESU-8 style) surrogate are invalid too.
        assert!(canonicalize(b"\"\xc0\xaf\"").is_err());
        assert!(canonicalize(b"\"\xed\xa0\x80\"").is_err());
    }

    #[test]
    fn nesting_beyond_limit_errors_instead_of_overflowing() {
        let run = |depth: usize| {
            std::thread::Builder::new()
                .stack_size(2 * 1024 * 1024)
                .spawn(move || {
                    let input = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
                    canonicalize(input.as_bytes()).map(|out| out.len())
                })
                .unwrap()
                .join()
                .unwrap()
        };
        assert_eq!(run(MAX_DEPTH).unwrap(), 2 * MAX_DEPTH);
        let err = run(MAX_DEPTH + 1).unwrap_err();
        assert!(err.message.contains("nesting"), "{err}");
        assert_eq!(err.column, MAX_DEPTH + 1);
        // Far past the limit still fails cleanly.
        assert!(run(1_000_000).is_err());
    }

    #[test]
    fn error_positions_are_one_based_line_and_column() {
        let err = canonicalize(b"{\n  \"a\": 1,\n  \"b\": x\n}").unwrap_err();
        assert_eq!(err.message, "unexpected character 'x'");
        assert_eq!((err.line, err.column), (3, 8));
        assert_eq!(err.to_string(), "unexpected character 'x' at line 3, column 8");
        // Columns count characters, not bytes.
        let err = canonicalize("[\"é\" 1]".as_bytes()).unwrap_err();
        assert_eq!((err.line, err.column), (1, 6));
        let err = canonicalize(b"\"a\x01\"").unwrap_err();
        assert_eq!(err.message, "control character in string");
        assert_eq!((err.line, err.column), (1, 3));
        let err = canonicalize(b"").unwrap_err();
        assert_eq!(err.message, "unexpected end of input");
        let err = canonicalize("\u{feff}1".as_bytes()).unwrap_err();
        assert!(err.message.contains("byte order mark"), "{err}");
        let err = canonicalize(b"[1] x").unwrap_err();
        assert_eq!(err.message, "trailing characters after JSON value");
        assert_eq!((err.line, err.column), (1, 5));
    }

    #[test]
    fn duplicate_keys_in_large_objects_use_hash_path() {
        let mut input = String::from("{");
        for i in 0..100 {
            input.push_str(&format!("\"k{i}\":{i},"));
        }
        input.push_str("\"k5\":\"last\",\"7\":0}");
        let out = String::from_utf8(canonicalize(input.as_bytes()).unwrap()).unwrap();
        assert!(out.starts_with("{\"7\":0,\"k0\":0,"), "{out}");
        assert!(out.contains(",\"k5\":\"last\",\"k6\":6,"), "{out}");
        assert!(out.ends_with("\"k99\":99}"), "{out}");
    }

    /// A realistic ~1 MiB webhook-style body with whitespace, escapes, numbers
    /// needing reformatting and nested objects.
    fn realistic_body(target: usize) -> (String, String) {
        let mut raw = String::from("{\n  \"events\": [\n");
        let mut canon = String::from("{\"events\":[");
        let mut i = 0u64;
        while raw.len() < target {
            if i > 0 {
                raw.push_str(",\n");
                canon.push(',');
            }
            raw.push_str(&format!(
                "    {{\"id\": \"{i:024x}\", \"type\": \"trade.chat_message_received\", \
                 \"timestamp\": 1585672459.250, \"amount\": {i}.10, \"rate\": 1.0e0, \
                 \"payload\": {{\"text\": \"Paid via https:\\/\\/bank.example \\u2713 caf\u{e9} \
                 \\ud83d\\ude00\", \"tags\": [\"a\", \"b\"], \"ok\": true, \"note\": null}}}}"
            ));
            canon.push_str(&format!(
                "{{\"id\":\"{i:024x}\",\"type\":\"trade.chat_message_received\",\
                 \"timestamp\":1585672459.25,\"amount\":{i}.1,\"rate\":1,\
                 \"payload\":{{\"text\":\"Paid via https://bank.example \u{2713} caf\u{e9} \
                 \u{1F600}\",\"tags\":[\"a\",\"b\"],\"ok\":true,\"note\":null}}}}"
            ));
            i += 1;
        }
        raw.push_str("\n  ]\n}\n");
        canon.push_str("]}");
        (raw, canon)
    }

    #[test]
    fn one_mebibyte_round_trip() {
        let (raw, canon) = realistic_body(1 << 20);
        let out = canonicalize(raw.as_bytes()).unwrap();
        assert_eq!(out, canon.as_bytes());
        assert!(is_canonical(&out));
        assert_eq!(canonicalize(&out).unwrap(), out);
    }
}
