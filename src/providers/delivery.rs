//! One delivery signed exactly as the provider signs it (with the user's extra headers on
//! top), and the answer a receiver gave it: what `send-test`, `replay`, `probe` and the
//! handshakes exchange.

use std::time::Duration;

use crate::error::Result;
use crate::payload::Body;
use crate::providers::{Headers, Key, Message, Provider, Variant};

/// What the receiver answered.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub headers: Headers,
    pub body: Vec<u8>,
    pub latency: Duration,
}

/// Everything needed to sign deliveries for one run.
pub struct Signer<'a> {
    pub provider: &'a dyn Provider,
    pub key: &'a Key,
    pub variant: &'a Variant,
    pub event_type: Option<&'a str>,
    /// `-H` headers, set after the provider's (so they can override, e.g. to test a bad signature).
    pub extra: &'a Headers,
}

/// A request ready to send.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub headers: Headers,
    pub body: Vec<u8>,
}

impl Signer<'_> {
    /// Sign `body` now. `id: None` lets the provider make a fresh delivery id; a provider's
    /// re-delivery passes the first one again.
    pub fn sign(&self, body: Vec<u8>, id: Option<&str>) -> Result<Delivery> {
        self.sign_parsed(body, None, false, id)
    }

    /// `sign`, for a caller that already holds `body` parsed as JSON, and knows whether it is
    /// in JavaScript's canonical form (`Message::canonical`).
    pub fn sign_parsed(
        &self,
        body: Vec<u8>,
        parsed: Option<&serde_json::Value>,
        canonical: bool,
        id: Option<&str>,
    ) -> Result<Delivery> {
        let body = Body::Bytes(body);
        let signed = self.provider.sign(
            self.key,
            &Message {
                body: &body,
                timestamp: crate::clock::unix_now(),
                id,
                event_type: self.event_type,
                variant: self.variant,
                parsed,
                canonical,
            },
        )?;
        let Body::Bytes(raw) = body else {
            unreachable!("built from bytes")
        };
        // Noones sends the canonical JSON it signed, not the bytes it was given.
        let body = signed.body.unwrap_or(raw);
        let mut headers = signed.headers;
        for (name, value) in &self.extra.0 {
            headers.set(name, value.clone());
        }
        Ok(Delivery { headers, body })
    }

    /// The event/delivery id a delivery carries (header or body), for `--repeat` and reports.
    pub fn event_id(&self, d: &Delivery) -> Option<String> {
        let json = serde_json::from_slice::<serde_json::Value>(&d.body).ok();
        self.provider.event_id(&d.headers, json.as_ref())
    }
}
