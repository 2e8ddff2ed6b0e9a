//! One delivery signed exactly as the provider signs it (with the user's extra headers on
//! top), and the answer a receiver gave it: what `send-test`, `replay`, `probe` and the
//! handshakes exchange.

use std::borrow::Cow;
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
    /// The URL the delivery was signed for, when signing wrote into it something the request
    /// must carry (Twilio signs a JSON body by its SHA-256 in the query, `bodySHA256`, which
    /// the receiver reads back from the request URL): `posted_to` says where it goes.
    pub url: Option<String>,
}

impl Delivery {
    /// A delivery whose URL is the one it is posted to, whatever that is.
    pub fn new(headers: Headers, body: Vec<u8>) -> Delivery {
        Delivery {
            headers,
            body,
            url: None,
        }
    }

    /// The URL this delivery is posted to when sent to `given`: `given` itself, or `given`
    /// with the query of the URL it was signed for. The query, not the whole URL: the request
    /// goes to the receiver given (which may sit behind the URL registered with the provider,
    /// `--url`), and what the receiver reads back from it to check the signature is the
    /// query. The signed text is kept byte for byte (`set_query` only escapes what a URL
    /// cannot hold, as parsing the signed URL would).
    pub fn posted_to<'u>(&self, given: &'u reqwest::Url) -> Cow<'u, reqwest::Url> {
        let Some(signed) = &self.url else {
            return Cow::Borrowed(given);
        };
        let without_fragment = signed.split('#').next().unwrap_or(signed);
        let query = without_fragment.split_once('?').map(|(_, q)| q);
        if query == given.query() {
            return Cow::Borrowed(given);
        }
        let mut url = given.clone();
        url.set_query(query);
        Cow::Owned(url)
    }
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
        Ok(Delivery {
            headers,
            body,
            url: signed.url,
        })
    }

    /// The event/delivery id a delivery carries (header or body), for `--repeat` and reports.
    pub fn event_id(&self, d: &Delivery) -> Option<String> {
        let json = serde_json::from_slice::<serde_json::Value>(&d.body).ok();
        self.provider.event_id(&d.headers, json.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delivery_goes_to_the_given_url_with_the_query_it_was_signed_with() {
        let given = reqwest::Url::parse("http://127.0.0.1:3000/hooks?site=1").unwrap();
        let mut d = Delivery::new(Headers::default(), b"{}".to_vec());
        assert!(matches!(d.posted_to(&given), Cow::Borrowed(_)));
        // Signed for the URL registered with the provider: its query, on the receiver given.
        d.url = Some("https://public.example/twilio?site=1&bodySHA256=44136fa3#frag".into());
        assert_eq!(
            d.posted_to(&given).as_str(),
            "http://127.0.0.1:3000/hooks?site=1&bodySHA256=44136fa3"
        );
        // The signed query's bytes are kept as they are (no re-encoding of `%20` or `+`).
        d.url = Some("http://127.0.0.1:3000/hooks?q=a%20b+c&bodySHA256=00".into());
        assert_eq!(d.posted_to(&given).query(), Some("q=a%20b+c&bodySHA256=00"));
        // Already the given URL's query: nothing to change.
        d.url = Some("http://127.0.0.1:3000/hooks?site=1".into());
        assert!(matches!(d.posted_to(&given), Cow::Borrowed(_)));
    }
}
