//! The answer to one delivery (a POST on the listening path): challenge, verify, deduplicate,
//! forward. No sockets here; `server` does the I/O around it.

use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

use super::forward::{Forwarder, Outcome};
use super::{handshake, route};
use super::{Exchange, Shared, Signature, Stats};
use crate::payload::Body;
use crate::providers::{Check, Headers, Reason};

pub struct Reply {
    pub status: u16,
    pub content_type: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub exchange: Exchange,
    /// The deduplication key taken by this delivery; released if the answer ends up not 2xx.
    pub dedup_key: Option<(String, String)>,
}

impl Reply {
    fn new(exchange: Exchange, echo: Vec<(String, String)>) -> Reply {
        Reply {
            status: 200,
            content_type: None,
            headers: echo,
            body: Vec::new(),
            exchange,
            dedup_key: None,
        }
    }
    fn text(mut self, status: u16, text: impl Into<String>) -> Reply {
        self.status = status;
        self.content_type = Some("text/plain; charset=utf-8".into());
        self.body = text.into().into_bytes();
        self
    }
}

pub fn delivery(shared: &Shared, method: &str, url: &str, headers: Headers, body: Vec<u8>) -> Reply {
    let echo = handshake::echo_headers(&headers);
    let mut ex = exchange(method, url, headers, body, Signature::Missing);
    Stats::add(&shared.stats.received);

    // Parsed once: handshake detection, event type and id all read the same tree.
    let json: Option<serde_json::Value> = serde_json::from_slice(&ex.body).ok();
    if let Some(answer) = unverified(shared, method, url, &ex.headers, &ex.body, json.as_ref()) {
        return answered(shared, ex, echo, answer);
    }

    let provider = shared
        .provider
        .clone()
        .or_else(|| shared.providers.detect(&ex.headers));
    let Some(provider) = provider else {
        Stats::add(&shared.stats.invalid);
        ex.reason = Some("no signature header of a known provider".into());
        return refuse_or_accept(shared, ex, echo);
    };
    ex.provider = Some(provider.id().to_string());
    // A form-encoded provider's type and id are among its form fields (Twilio).
    let fields = crate::providers::event_type::fields(provider.form_encoded(), &ex.body, json.as_ref());
    ex.event_type = provider.event_type(&ex.headers, fields.as_deref());
    ex.event_id = provider.event_id(&ex.headers, fields.as_deref());

    let (signature, reason) = check_signature(shared, provider.as_ref(), method, url, &mut ex);
    ex.signature = signature;
    ex.reason = reason;
    if signature != Signature::Valid {
        Stats::add(&shared.stats.invalid);
        if !shared.accept_invalid {
            return refuse_or_accept(shared, ex, echo);
        }
    }

    if json.is_none() && expects_json(&ex.headers) {
        Stats::add(&shared.stats.rejected);
        ex.reason = Some("body is not valid JSON".into());
        return Reply::new(ex, echo).text(400, "body is not valid JSON\n");
    }

    if let Some(answer) = handshake::verified(
        provider.as_ref(),
        json.as_ref(),
        shared.verification_code.as_deref(),
    ) {
        if let Some(url) = &answer.follow {
            super::confirm::follow(shared, url, signature == Signature::Valid);
        }
        if signature == Signature::Valid {
            ex.signature = Signature::Challenge;
        }
        Stats::add(&shared.stats.challenges);
        return with_answer(shared, ex, echo, answer);
    }

    if !shared.events.admits(ex.event_type.as_deref()) {
        // Answered as the provider expects, so it does not retry; kept in the record.
        ex.filtered = true;
        Stats::add(&shared.stats.filtered);
        return Reply::new(ex, echo);
    }

    let id = ex
        .event_id
        .clone()
        .unwrap_or_else(|| format!("sha256:{}", hex::encode(Sha256::digest(&ex.body))));
    let key = (provider.id().to_string(), id);
    let fresh = shared.seen.insert(&key.0, &key.1);
    if !fresh {
        ex.duplicate = true;
        Stats::add(&shared.stats.duplicates);
        return Reply::new(ex, echo);
    }

    let mut reply = Reply::new(ex, echo);
    reply.dedup_key = Some(key);
    if let Some(fwd) = &shared.forwarder {
        let timeout = shared
            .forward_timeout
            .unwrap_or_else(|| provider.info().delivery_timeout)
            .max(Duration::from_millis(1));
        reply = forward(shared, fwd, timeout, reply);
    }
    if signature == Signature::Valid && (200..300).contains(&reply.status) {
        Stats::add(&shared.stats.valid);
    }
    reply
}

/// A request as received, before anything is known about it.
fn exchange(method: &str, url: &str, headers: Headers, body: Vec<u8>, signature: Signature) -> Exchange {
    Exchange {
        received_at: SystemTime::now(),
        provider: None,
        event_type: None,
        event_id: None,
        signature,
        reason: None,
        duplicate: false,
        filtered: false,
        secret: None,
        forwarded: Vec::new(),
        method: method.to_string(),
        path: url.to_string(),
        headers,
        body,
        status: 200,
        latency: Duration::ZERO,
        notes: Vec::new(),
    }
}

/// The delivery's signature state, and why it is not valid.
fn check_signature(
    shared: &Shared,
    provider: &dyn crate::providers::Provider,
    method: &str,
    url: &str,
    ex: &mut Exchange,
) -> (Signature, Option<String>) {
    let mut variant = shared.variant.clone();
    provider.settle_variant(&mut variant, &ex.headers);
    if variant.url.is_none() {
        // The URL the sender posted to, as it named it; --url overrides it behind a proxy.
        if let Some(host) = ex.headers.get("host") {
            variant.url = Some(format!("{}://{host}{url}", shared.scheme));
        }
    }
    variant.method = Some(method.to_string());
    let key = match shared.keyring.key_for(provider, &variant) {
        Err(why) => return (Signature::Invalid, Some(why)),
        Ok(key) => key,
    };
    let body = Body::Bytes(std::mem::take(&mut ex.body));
    let verdict = crate::providers::rotation::verify_any(
        provider,
        &key,
        &Check {
            headers: &ex.headers,
            body: &body,
            now: crate::clock::unix_now(),
            tolerance: shared.tolerance,
            variant: &variant,
            timestamp: None,
            id: None,
        },
    );
    let Body::Bytes(bytes) = body else {
        unreachable!("built as bytes above")
    };
    ex.body = bytes;
    match verdict {
        Ok((v, which)) if v.valid => {
            ex.notes.extend(v.notes);
            ex.secret = which;
            (Signature::Valid, None)
        }
        Ok((v, _)) => {
            let state = match v.reason {
                Some(Reason::MissingSignature) => Signature::Missing,
                Some(Reason::StaleTimestamp) => Signature::Stale,
                _ => Signature::Invalid,
            };
            let word = v.reason.map(Reason::as_str).unwrap_or("invalid");
            let text = match v.detail {
                Some(d) => format!("{word}: {d}"),
                None => word.to_string(),
            };
            (state, Some(text))
        }
        Err(e) => (Signature::Invalid, Some(e.message)),
    }
}

/// The primary route's answer in place of ours, or a gateway error saying why there is none;
/// every route's outcome is kept on the exchange. No matching route: answered by us.
fn forward(shared: &Shared, fwd: &Forwarder, timeout: Duration, mut reply: Reply) -> Reply {
    let ex = &reply.exchange;
    let routes = route::select(
        fwd.routes(),
        ex.provider.as_deref(),
        ex.event_type.as_deref(),
        shared.fan_out,
    );
    if routes.is_empty() {
        return reply;
    }
    let outcomes = fwd.forward(&routes, &ex.method, &ex.headers, &ex.body, timeout);
    let mut primary = None;
    for (outcome, shown) in outcomes {
        if shown.status.is_none() {
            Stats::add(&shared.stats.forward_failures);
        }
        reply.exchange.forwarded.push(shown);
        if primary.is_none() {
            primary = Some(outcome);
        }
    }
    let shown = crate::send::client::shown(&routes[0].url);
    match primary.expect("at least one route was taken") {
        Outcome::Answered {
            status,
            content_type,
            body,
        } => {
            reply.status = status;
            reply.content_type = content_type;
            reply.body = body;
        }
        Outcome::Down(why) => {
            reply = reply.text(502, format!("forward target is down: {why}\n"));
            reply
                .exchange
                .notes
                .push(format!("forward failed, answered 502: {why} ({shown})"));
        }
        Outcome::TimedOut(after) => {
            reply = reply.text(504, "forward target timed out\n");
            reply.exchange.notes.push(format!(
                "forward timed out after {}, answered 504: the provider would give up and retry ({shown})",
                humantime::format_duration(after)
            ));
        }
    }
    reply
}

/// A GET handshake (Meta, X, Dropbox, Okta), or `None` for a plain GET.
pub fn query_handshake(shared: &Shared, method: &str, url: &str, headers: Headers) -> Option<Reply> {
    let answer = unverified(shared, method, url, &headers, &[], None)?;
    let echo = handshake::echo_headers(&headers);
    Stats::add(&shared.stats.received);
    let ex = exchange(method, url, headers, Vec::new(), Signature::Challenge);
    Some(answered(shared, ex, echo, answer))
}

/// The handshake this request is before any provider is known, if any; a secret it hands over
/// is adopted by the keyring when its rules allow.
fn unverified(
    shared: &Shared,
    method: &str,
    url: &str,
    headers: &Headers,
    body: &[u8],
    json: Option<&serde_json::Value>,
) -> Option<(&'static str, handshake::Response)> {
    let secret = |id: &str| shared.keyring.secret_bytes(id);
    let adopt = |id: &str, s: &str| {
        shared
            .keyring
            .adopt_once(id, crate::secret::Secret::new(s.as_bytes()))
    };
    handshake::unverified(
        &handshake::Incoming {
            method,
            url,
            headers,
            body,
            json,
        },
        &handshake::Context {
            verify_token: shared.verify_token.as_deref(),
            secret: &secret,
            fixed: shared.provider.as_ref().map(|p| p.id()),
            adopt: &adopt,
        },
    )
}

/// An unverified handshake's answer: the request counts as a challenge when it was answered
/// 2xx, as refused otherwise.
fn answered(
    shared: &Shared,
    mut ex: Exchange,
    echo: Vec<(String, String)>,
    (provider, answer): (&'static str, handshake::Response),
) -> Reply {
    ex.provider = Some(provider.to_string());
    if (200..300).contains(&answer.status) {
        ex.signature = Signature::Challenge;
        Stats::add(&shared.stats.challenges);
    } else {
        ex.signature = Signature::Invalid;
        Stats::add(&shared.stats.invalid);
    }
    with_answer(shared, ex, echo, answer)
}

/// The reply carrying a handshake's answer, its note and announcement shown or recorded.
fn with_answer(
    shared: &Shared,
    mut ex: Exchange,
    mut echo: Vec<(String, String)>,
    answer: handshake::Response,
) -> Reply {
    if let Some(line) = &answer.announce {
        shared.ui.warn(line);
    }
    if let Some(note) = answer.note {
        if !(200..300).contains(&answer.status) {
            shared.ui.warn(crate::output::sanitize(&note, false));
            ex.reason = Some(note);
        } else {
            ex.notes.push(note);
        }
    }
    echo.extend(answer.headers);
    let mut reply = Reply::new(ex, echo);
    reply.status = answer.status;
    reply.content_type = answer.content_type.map(str::to_string);
    reply.body = answer.body;
    reply
}

/// 401 with the reason, or 200 when `--accept-invalid`.
fn refuse_or_accept(shared: &Shared, ex: Exchange, echo: Vec<(String, String)>) -> Reply {
    if shared.accept_invalid {
        return Reply::new(ex, echo);
    }
    let why = ex.reason.clone().unwrap_or_else(|| "invalid signature".into());
    Reply::new(ex, echo).text(401, format!("{why}\n"))
}

/// Whether a body must parse as JSON: declared JSON, or undeclared from a JSON provider.
fn expects_json(headers: &Headers) -> bool {
    match headers.get("content-type") {
        Some(ct) => ct.to_ascii_lowercase().contains("json"),
        None => true,
    }
}
