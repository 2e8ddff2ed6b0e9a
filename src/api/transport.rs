//! How a management-API request travels: one reqwest client, retries with exponential backoff
//! and jitter that honour `Retry-After`, client-side throttling, same-origin redirects and
//! timeouts. It knows nothing of tokens: the caller's `build` adds every header.

use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, Url};
use serde_json::Value;

use super::error_body::snippet;
use super::Spec;
use crate::error::{Error, Result};
use crate::net_error::{self, Detail};
use crate::output::Ui;

/// The longest `Retry-After` we sleep through; a provider asking for more gets an error instead
/// of a CLI that hangs for an hour.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
const MAX_BACKOFF: Duration = Duration::from_secs(30);
const MAX_REDIRECTS: usize = 5;
/// The largest answer body read from a management API (8 MiB is thousands of endpoints).
const MAX_BODY: usize = 8 << 20;
const USER_AGENT: &str = concat!("hookctl/", env!("CARGO_PKG_VERSION"));

/// Settings from the command line.
#[derive(Debug, Clone)]
pub struct Settings {
    pub base: Url,
    pub timeout: Duration,
    pub retries: u32,
    pub retry_base: Duration,
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub url: Url,
}

impl Response {
    /// The body as JSON; an empty body is `null`.
    pub fn json(&self) -> Result<Value> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|e| {
            Error::check(format!(
                "the API answered {} with a body that is not JSON ({e}): {}",
                self.status,
                snippet(&self.body)
            ))
        })
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// The retrying sender shared by API calls and token exchanges, so both keep the provider's
/// request rate.
pub struct Transport {
    pub spec: &'static Spec,
    pub settings: Settings,
    pub ui: Ui,
    http: reqwest::Client,
    last_sent: Option<Instant>,
}

impl Transport {
    pub fn new(spec: &'static Spec, settings: Settings, ui: Ui) -> Result<Transport> {
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            // Redirects are followed in `execute`, where they can repeat the request verbatim.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::network(format!("cannot build the HTTP client: {e}")))?;
        Ok(Transport {
            spec,
            settings,
            ui,
            http,
            last_sent: None,
        })
    }

    /// Send a request built by `build` (called afresh for every attempt, so it adds the
    /// headers and body each time), retrying 429, 5xx and dropped connections with exponential
    /// backoff and jitter on top of `Retry-After`.
    pub async fn execute(
        &mut self,
        method: &Method,
        url: &Url,
        build: impl Fn(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Result<Response> {
        let mut attempt: u32 = 0;
        let mut url = url.clone();
        let mut redirects = 0;
        loop {
            self.throttle().await;
            let b = build(
                self.http
                    .request(method.clone(), url.clone())
                    .header("Accept", "application/json"),
            );
            self.ui.debug(format!("{method} {}", crate::output::url(&url)));
            let started = Instant::now();
            let outcome = b.send().await;
            self.last_sent = Some(Instant::now());
            let retry_left = attempt < self.settings.retries;
            match outcome {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let headers = resp.headers().clone();
                    let final_url = resp.url().clone();
                    let body = self.read_capped(resp, &url).await?;
                    self.ui
                        .debug(format!("{status} in {} ms", started.elapsed().as_millis()));
                    // Noko: "any request may result in a redirection"; repeat it verbatim
                    // (same method, headers and body), but only within the API's origin: the
                    // token header must never follow a redirect to another host.
                    if matches!(status, 301 | 302 | 307 | 308) && redirects < MAX_REDIRECTS {
                        let next = headers
                            .get("location")
                            .and_then(|v| v.to_str().ok())
                            .and_then(|l| url.join(l).ok());
                        match next {
                            Some(next) if next.origin() == url.origin() => {
                                self.ui
                                    .debug(format!("{status}: following to {}", crate::output::url(&next)));
                                url = next;
                                redirects += 1;
                                continue;
                            }
                            Some(next) => self.ui.warn(format!(
                                "not following a redirect to another host ({}): the token would go with it",
                                crate::output::url(&next)
                            )),
                            None => {}
                        }
                    }
                    let retryable = status == 429 || status >= 500;
                    if retryable && retry_left {
                        let wait = self.delay(attempt, headers.get("Retry-After"))?;
                        self.ui.status(format!(
                            "{} answered {status}; retrying in {:.1}s ({} of {})",
                            self.spec.name,
                            wait.as_secs_f64(),
                            attempt + 1,
                            self.settings.retries
                        ));
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                        continue;
                    }
                    return Ok(Response {
                        status,
                        headers,
                        body,
                        url: final_url,
                    });
                }
                Err(e) if retry_left && dropped(&e) => {
                    let wait = self.delay(attempt, None)?;
                    self.ui.status(format!(
                        "connection to {} failed; retrying in {:.1}s ({} of {})",
                        url.host_str().unwrap_or("the API"),
                        wait.as_secs_f64(),
                        attempt + 1,
                        self.settings.retries
                    ));
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                Err(e) => return Err(transport(&e, &url, self.settings.timeout)),
            }
        }
    }

    /// Backoff `base·2^attempt` with equal jitter, added to the provider's `Retry-After`.
    /// The answer's body, refused past `MAX_BODY`: a management API's JSON is small, and a
    /// server that answers without end must not fill the memory.
    async fn read_capped(&self, mut resp: reqwest::Response, url: &Url) -> Result<Vec<u8>> {
        let mut body = Vec::new();
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| transport(&e, url, self.settings.timeout))?
        {
            if body.len() + chunk.len() > MAX_BODY {
                return Err(Error::network(format!(
                    "{} answered with more than {} MiB; stopped reading (truncated)",
                    self.spec.name,
                    MAX_BODY >> 20
                ))
                .with_hint(format!(
                    "is {} the provider's API? (--base-url, config base_url)",
                    crate::output::url(url)
                )));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn delay(&self, attempt: u32, retry_after: Option<&HeaderValue>) -> Result<Duration> {
        let exp = self
            .settings
            .retry_base
            .saturating_mul(2u32.saturating_pow(attempt))
            .min(MAX_BACKOFF);
        let jitter = exp.mul_f64(random_unit() / 2.0);
        let backoff = exp / 2 + jitter;
        let asked = retry_after
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        if let Some(asked) = asked {
            if asked > MAX_RETRY_AFTER {
                return Err(Error::network(format!(
                    "{} asked to retry after {} s",
                    self.spec.name,
                    asked.as_secs()
                ))
                .with_hint("wait and run the command again"));
            }
            return Ok(asked + backoff);
        }
        Ok(backoff)
    }

    /// Keep at least the provider's minimum gap between requests (Noko: 2 per second).
    async fn throttle(&self) {
        if let (Some(gap), Some(last)) = (self.spec.min_interval, self.last_sent) {
            let since = last.elapsed();
            if since < gap {
                tokio::time::sleep(gap - since).await;
            }
        }
    }
}

/// Whether a transport error is a dropped connection worth retrying (refused, reset, closed
/// before the answer). Timeouts are not: the request may still be running on the server.
fn dropped(e: &reqwest::Error) -> bool {
    if e.is_timeout() {
        return false;
    }
    if e.is_connect() {
        return true;
    }
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            if matches!(
                io.kind(),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof
            ) {
                return true;
            }
        }
        if s.to_string()
            .contains("connection closed before message completed")
        {
            return true;
        }
        source = s.source();
    }
    false
}

fn transport(e: &reqwest::Error, url: &Url, timeout: Duration) -> Error {
    let host = url.host_str().unwrap_or("the API");
    if e.is_timeout() {
        return Error::network(format!(
            "no answer from {host} within {}",
            humantime::format_duration(timeout)
        ))
        .with_hint("raise --timeout, or check the provider's status");
    }
    let detail = net_error::describe(e, Detail::Innermost);
    Error::network(format!("cannot reach {host}: {detail}"))
        .with_hint("check the network, --base-url and the config's base_url")
}

/// `Retry-After`: delta-seconds or an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

fn random_unit() -> f64 {
    let mut b = [0u8; 4];
    if getrandom::getrandom(&mut b).is_err() {
        return 0.5;
    }
    u32::from_le_bytes(b) as f64 / u32::MAX as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_takes_seconds_and_dates() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        let later = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(120));
        let d = parse_retry_after(&later).unwrap();
        assert!(
            d > Duration::from_secs(100) && d <= Duration::from_secs(120),
            "{d:?}"
        );
        assert_eq!(parse_retry_after("soon"), None);
    }
}
