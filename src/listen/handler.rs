//! The answer to one delivery (a POST on the listening path): challenge, verify, deduplicate,
//! forward. No sockets here; `server` does the I/O around it.

use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

use super::forward::Outcome;
use super::handshake::{self, Handshake};
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
    let mut ex = Exchange {
        received_at: SystemTime::now(),
        provider: None,
        event_type: None,
        event_id: None,
        signature: Signature::Missing,
        reason: None,
        duplicate: false,
        method: method.to_string(),
        path: url.to_string(),
        headers,
        body,
        status: 200,
        latency: Duration::ZERO,
        notes: Vec::new(),
    };
    Stats::add(&shared.stats.received);

    if handshake::is_noones_url_save(&ex.headers, &ex.body) {
        ex.provider = Some("noones".into());
        ex.signature = Signature::Challenge;
        Stats::add(&shared.stats.challenges);
        return Reply::new(ex, echo);
    }
    // Parsed once: handshake detection, event type and id all read the same tree.
    let json: Option<serde_json::Value> = serde_json::from_slice(&ex.body).ok();
    if let Some(answer) = unsigned(shared, method, url, &ex.headers, json.as_ref()) {
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
    ex.event_type = provider.event_type(&ex.headers, json.as_ref());
    ex.event_id = provider.event_id(&ex.headers, json.as_ref());

    let mut variant = shared.variant.clone();
    provider.settle_variant(&mut variant, &ex.headers);
    if variant.url.is_none() {
        // The URL the sender posted to, as it named it; --url overrides it behind a proxy.
        if let Some(host) = ex.headers.get("host") {
            variant.url = Some(format!("{}://{host}{url}", shared.scheme));
        }
    }
    variant.method = Some(method.to_string());
    let (signature, reason) = match shared.keyring.key_for(provider.as_ref(), &variant) {
        Err(why) => (Signature::Invalid, Some(why)),
        Ok(key) => {
            let body = Body::Bytes(std::mem::take(&mut ex.body));
            let verdict = provider.verify(
                &key,
                &Check {
                    headers: &ex.headers,
                    body: &body,
                    now: crate::commands::unix_now(),
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
                Ok(v) if v.valid => {
                    ex.notes.extend(v.notes);
                    (Signature::Valid, None)
                }
                Ok(v) => {
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
    };
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

    match handshake::signed(
        provider.info().handshake_kind,
        json.as_ref(),
        shared.verification_code.as_deref(),
    ) {
        Some(Handshake::Answer(text)) => {
            if signature == Signature::Valid {
                ex.signature = Signature::Challenge;
            }
            Stats::add(&shared.stats.challenges);
            return Reply::new(ex, echo).text(200, text);
        }
        Some(Handshake::Json(text)) => {
            if signature == Signature::Valid {
                ex.signature = Signature::Challenge;
            }
            Stats::add(&shared.stats.challenges);
            let mut reply = Reply::new(ex, echo).text(200, text);
            reply.content_type = Some("application/json".into());
            return reply;
        }
        Some(Handshake::MissingCode) => {
            if signature == Signature::Valid {
                ex.signature = Signature::Challenge;
            }
            Stats::add(&shared.stats.challenges);
            shared.ui.warn(
                "Cryptohopper sent `validate`: restart with --verification-code CODE (from its developer \
                 dashboard) or it will not accept this endpoint",
            );
            ex.notes.push(
                "Cryptohopper sent `validate` but no --verification-code is set: it will not accept \
                 this endpoint until the code is answered"
                    .into(),
            );
            return Reply::new(ex, echo);
        }
        None => {}
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
        let ex = &reply.exchange;
        match fwd.forward(&ex.method, &ex.headers, &ex.body, timeout) {
            Outcome::Answered {
                status,
                content_type,
                body,
            } => {
                reply.status = status;
                reply.content_type = content_type;
                reply.body = body;
                reply
                    .exchange
                    .notes
                    .push(format!("forwarded: your app answered {status}"));
            }
            Outcome::Down(why) => {
                reply = reply.text(502, "forward target is down\n");
                reply
                    .exchange
                    .notes
                    .push(format!("forward failed, answered 502: {why}"));
            }
            Outcome::TimedOut(after) => {
                reply = reply.text(504, "forward target timed out\n");
                reply.exchange.notes.push(format!(
                    "forward timed out after {}, answered 504: the provider would give up and retry",
                    humantime::format_duration(after)
                ));
            }
        }
    }
    if signature == Signature::Valid && (200..300).contains(&reply.status) {
        Stats::add(&shared.stats.valid);
    }
    reply
}

/// A GET handshake (Meta, X, Dropbox, Okta), or `None` for a plain GET.
pub fn query_handshake(shared: &Shared, method: &str, url: &str, headers: Headers) -> Option<Reply> {
    let answer = unsigned(shared, method, url, &headers, None)?;
    let echo = handshake::echo_headers(&headers);
    Stats::add(&shared.stats.received);
    let ex = Exchange {
        received_at: SystemTime::now(),
        provider: None,
        event_type: None,
        event_id: None,
        signature: Signature::Challenge,
        reason: None,
        duplicate: false,
        method: method.to_string(),
        path: url.to_string(),
        headers,
        body: Vec::new(),
        status: 200,
        latency: Duration::ZERO,
        notes: Vec::new(),
    };
    Some(answered(shared, ex, echo, answer))
}

/// The unsigned handshake this request is, if any; a secret it hands over is adopted by the
/// keyring when its rules allow.
fn unsigned(
    shared: &Shared,
    method: &str,
    url: &str,
    headers: &Headers,
    json: Option<&serde_json::Value>,
) -> Option<handshake::Answer> {
    let secret = |id: &str| shared.keyring.secret_bytes(id);
    let adopt = |id: &str, s: &str| {
        shared
            .keyring
            .adopt_once(id, crate::secret::Secret::new(s.as_bytes()))
    };
    handshake::unsigned(
        method,
        url,
        headers,
        json,
        &handshake::Context {
            verify_token: shared.verify_token.as_deref(),
            secret: &secret,
            fixed: shared.provider.as_ref().map(|p| p.id()),
            adopt: &adopt,
        },
    )
}

fn answered(
    shared: &Shared,
    mut ex: Exchange,
    mut echo: Vec<(String, String)>,
    answer: handshake::Answer,
) -> Reply {
    ex.provider = Some(answer.provider.to_string());
    if (200..300).contains(&answer.status) {
        ex.signature = Signature::Challenge;
        Stats::add(&shared.stats.challenges);
    } else {
        ex.signature = Signature::Invalid;
        Stats::add(&shared.stats.invalid);
    }
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
