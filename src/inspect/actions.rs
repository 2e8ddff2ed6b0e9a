//! The page's send actions, all POSTed as JSON:
//! - **Replay**: the recorded request as it was (method, headers, body);
//! - **Replay re-signed**: the same body signed now, with the provider's scheme and the
//!   configured secret (a fresh timestamp, the same event id), its signature headers put in
//!   place of the recorded ones;
//! - **Edit and send**: the page's edited headers and body, re-signed the same way unless
//!   the page asks to send them as they are.
//!
//! Each goes to the listener it came through (so it shows up in the list again), the first
//! `--forward-to` target, or a URL typed in; its answer comes back as status, latency and the
//! first `SHOWN_BODY` bytes of the body.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{json, Value};

use super::detail::Recorded;
use super::Inspector;
use crate::providers::delivery::{Delivery, Signer};
use crate::providers::{Headers, Variant};
use crate::send::client::{self, Failure};

/// How much of an answer's body the page is shown.
pub const SHOWN_BODY: usize = 64 * 1024;

/// The deadline when the provider names none.
const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);

/// What the page asks for.
#[derive(Debug, Deserialize)]
pub struct Ask {
    /// The delivery to start from.
    pub id: u64,
    /// Sign afresh (Replay re-signed, Edit and send) rather than send as recorded.
    #[serde(default)]
    pub resign: bool,
    /// Where to send it; the listener (or the forward target) when absent.
    #[serde(default)]
    pub target: Option<String>,
    /// Edited headers, `[name, value]` pairs, in place of the recorded ones.
    #[serde(default)]
    pub headers: Option<Vec<(String, String)>>,
    /// An edited body (text) in place of the recorded one.
    #[serde(default)]
    pub body: Option<String>,
}

/// Why an action was not even sent (answered 400 with this text).
pub type Refused = String;

/// Carry out `ask`; the JSON the page shows beside the action.
pub async fn run(inspector: &Inspector, ask: Ask) -> std::result::Result<Value, Refused> {
    let entry = inspector
        .feed
        .get(ask.id)
        .ok_or_else(|| format!("delivery {} is no longer kept (see --ui-keep)", ask.id))?;
    let recorded = Recorded::parse(&entry)?;
    let target = target(inspector, ask.target.as_deref())?;
    let mut headers = match &ask.headers {
        None => recorded.headers.clone(),
        Some(pairs) => checked_headers(pairs)?,
    };
    // The HTTP stack writes the framing headers for the URL it sends to.
    headers.0.retain(|(n, _)| !crate::hop_headers::is_framing(n));
    let body = match &ask.body {
        None => recorded.body.clone(),
        Some(text) => text.as_bytes().to_vec(),
    };
    let provider = recorded.provider(inspector);
    let delivery = if ask.resign {
        let provider = provider.as_deref().ok_or_else(|| {
            format!(
                "cannot re-sign: provider `{}` is not known to this run",
                recorded.text("provider").unwrap_or("none")
            )
        })?;
        // URL-signing schemes (Twilio, Square, HubSpot) sign the URL it now goes to.
        let variant = Variant {
            url: Some(target.to_string()),
            method: Some(recorded.method().to_string()),
            ..inspector.variant.clone()
        };
        let key =
            (inspector.keys)(provider, &variant, true).map_err(|why| format!("cannot re-sign: {why}"))?;
        let json = serde_json::from_slice::<Value>(&body).ok();
        let id = provider.event_id(&headers, json.as_ref());
        let event_type = provider
            .event_type(&headers, json.as_ref())
            .or_else(|| recorded.text("event_type").map(str::to_string));
        let signer = Signer {
            provider,
            key: &key,
            variant: &variant,
            event_type: event_type.as_deref(),
            extra: &Headers::default(),
        };
        let signed = signer
            .sign(body, id.as_deref())
            .map_err(|e| format!("cannot re-sign: {}", e.message))?;
        // The provider's new signature headers over the recorded (or edited) ones.
        for (name, value) in signed.headers.0 {
            headers.set(&name, value);
        }
        Delivery { headers, ..signed }
    } else {
        Delivery::new(headers, body)
    };
    let method = reqwest::Method::from_bytes(recorded.method().as_bytes()).unwrap_or(reqwest::Method::POST);
    let deadline = provider
        .as_ref()
        .map_or(DEFAULT_DEADLINE, |p| p.info().delivery_timeout);
    let target = delivery.posted_to(&target).into_owned();
    let sent = client::send(
        &inspector.client,
        method,
        &target,
        &delivery.headers,
        delivery.body,
        deadline,
    )
    .await;
    let shown_target = client::shown(&target);
    Ok(match sent {
        Ok(answer) => {
            let cut = answer.body.len().min(SHOWN_BODY);
            json!({
                "target": shown_target,
                "resigned": ask.resign,
                "status": answer.status,
                "latency_ms": answer.latency.as_secs_f64() * 1000.0,
                "body": String::from_utf8_lossy(&answer.body[..cut]),
                "body_truncated": answer.body.len() > cut,
            })
        }
        Err(failure) => {
            let name = provider
                .as_ref()
                .map_or("the provider", |p| p.info().name.as_str())
                .to_string();
            json!({
                "target": shown_target,
                "resigned": ask.resign,
                "error": failure.describe(&name),
                "error_kind": match failure { Failure::Slow { .. } => "timeout", Failure::Connect(_) => "connect" },
            })
        }
    })
}

/// The URL an action goes to: typed in, else the listener, else the forward target.
fn target(inspector: &Inspector, typed: Option<&str>) -> std::result::Result<reqwest::Url, Refused> {
    let typed = typed.map(str::trim).filter(|t| !t.is_empty());
    let chosen = match (typed, &inspector.source) {
        (Some(t), _) => t.to_string(),
        (None, super::Source::Listener { url }) => url.clone(),
        (None, super::Source::File { .. }) => inspector
            .forward_to
            .clone()
            .ok_or("type the URL to send to: `inspect` has no listener to send back through")?,
    };
    client::parse_url(&chosen).map_err(|e| e.message)
}

/// Edited headers, each a valid HTTP name and value.
fn checked_headers(pairs: &[(String, String)]) -> std::result::Result<Headers, Refused> {
    let mut headers = Headers::default();
    for (name, value) in pairs {
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        Headers::parse_line(&format!("{name}: {value}")).map_err(|e| e.message)?;
        headers.push(name, value.trim());
    }
    Ok(headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edited_headers_must_be_http_headers() {
        let ok = checked_headers(&[("X-A".into(), " 1 ".into()), ("".into(), "skipped".into())]).unwrap();
        assert_eq!(ok.0, [("X-A".to_string(), "1".to_string())]);
        assert!(checked_headers(&[("Bad Name".into(), "v".into())]).is_err());
        assert!(checked_headers(&[("X-B".into(), "a\r\nInjected: 1".into())]).is_err());
    }
}
