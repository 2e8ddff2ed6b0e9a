//! One reqwest client per run (rustls), and one request with a provider's deadline.

use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::providers::delivery::Answer;
use crate::providers::Headers;

/// Build the client. `--insecure` accepts self-signed certificates of local receivers.
pub fn build(insecure: bool, pool: usize) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .danger_accept_invalid_certs(insecure)
        .pool_max_idle_per_host(pool)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| Error::network(format!("cannot set up the HTTP client: {e}")))
}

/// The receiver URL, checked before anything is signed.
pub fn parse_url(raw: &str) -> Result<reqwest::Url> {
    let raw = &*with_default_scheme(raw);
    let url = reqwest::Url::parse(raw).map_err(|e| {
        Error::usage(format!("`{raw}` is not a URL: {e}"))
            .with_hint("give a full URL such as http://127.0.0.1:3000/webhooks")
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::usage(format!("`{raw}` is not an http(s) URL"))
            .with_hint("webhooks are delivered over http:// or https://"));
    }
    Ok(url)
}

/// A receiver URL written without a scheme (`localhost:3000/hooks`) means `http://`, as xh,
/// HTTPie and `stripe listen --forward-to localhost:3000` take it.
pub fn with_default_scheme(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.contains("://") {
        raw.into()
    } else {
        format!("http://{raw}").into()
    }
}

/// The URL a scheme that signs its target URL (Twilio, Square, Noones ed25519) signs by
/// default: the request's own, as it goes out (`HTTP://Host:80/a/../` is sent as
/// `http://host/`, and a receiver rebuilds the URL from what it was sent).
pub fn signed_url(url: &reqwest::Url) -> String {
    url.as_str().to_owned()
}

/// `url` as it may be shown: a password in it is masked.
pub fn shown(url: &reqwest::Url) -> String {
    crate::output::url(url).to_string()
}

/// Why no answer came.
#[derive(Debug, Clone)]
pub enum Failure {
    /// Connected, but no full answer within the deadline: what the provider counts as a failure.
    Slow { deadline: Duration },
    /// Refused, DNS, TLS, reset: nothing a provider could deliver to.
    Connect(String),
}

impl Failure {
    pub fn describe(&self, provider_name: &str) -> String {
        match self {
            Failure::Slow { deadline } => format!(
                "no answer within {}: {provider_name} would have counted a failed attempt (deadline {})",
                humantime::format_duration(*deadline),
                humantime::format_duration(*deadline)
            ),
            Failure::Connect(why) => format!("cannot reach the receiver: {why}"),
        }
    }
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Slow { .. } => "timeout",
            Failure::Connect(_) => "connect",
        }
    }
}

/// The most of a receiver's answer that is read: enough to show any real acknowledgement, and
/// a receiver that answers without end cannot fill the memory. An answer this long is shown
/// as truncated.
pub const MAX_ANSWER_BODY: usize = 4 << 20;

/// Whether `body` was cut at `MAX_ANSWER_BODY`.
pub fn truncated(body: &[u8]) -> bool {
    body.len() >= MAX_ANSWER_BODY
}

async fn read_capped(mut resp: reqwest::Response) -> std::result::Result<Vec<u8>, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        let room = MAX_ANSWER_BODY - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= MAX_ANSWER_BODY {
            // Dropping the response closes the connection: the rest is never read.
            break;
        }
    }
    Ok(body)
}

/// POST `body` with exactly `headers` and wait at most `deadline` for the whole answer.
pub async fn post(
    client: &reqwest::Client,
    url: &reqwest::Url,
    headers: &Headers,
    body: Vec<u8>,
    deadline: Duration,
) -> std::result::Result<Answer, Failure> {
    send(client, reqwest::Method::POST, url, headers, body, deadline).await
}

pub async fn send(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: &reqwest::Url,
    headers: &Headers,
    body: Vec<u8>,
    deadline: Duration,
) -> std::result::Result<Answer, Failure> {
    let mut req = client.request(method, url.clone());
    for (name, value) in &headers.0 {
        if crate::hop_headers::is_framing(name) {
            continue;
        }
        req = req.header(name.as_str(), value.as_str());
    }
    let started = Instant::now();
    let exchange = async {
        let resp = req.body(body).send().await?;
        let status = resp.status().as_u16();
        let mut got = Headers::default();
        for (name, value) in resp.headers() {
            got.push(
                name.as_str(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            );
        }
        let body = read_capped(resp).await?;
        Ok::<_, reqwest::Error>((status, got, body))
    };
    match tokio::time::timeout(deadline, exchange).await {
        Err(_) => Err(Failure::Slow { deadline }),
        Ok(Ok((status, headers, body))) => Ok(Answer {
            status,
            headers,
            body,
            latency: started.elapsed(),
        }),
        Ok(Err(e)) => Err(Failure::Connect(crate::net_error::describe(
            &e,
            crate::net_error::Detail::Distinct,
        ))),
    }
}
