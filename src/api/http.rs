//! The shared HTTP client of the management APIs: one reqwest client, auth header, retries with
//! exponential backoff and jitter that honour `Retry-After`, client-side throttling, timeouts,
//! and provider errors rendered as one line naming where the credential came from.

use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, Url};
use serde_json::Value;

use super::auth::{self, Credentials};
use super::{AuthStyle, Spec};
use crate::error::{Error, Kind, Result};
use crate::output::Ui;
use crate::secret::Secret;

/// The longest `Retry-After` we sleep through; a provider asking for more gets an error instead
/// of a CLI that hangs for an hour.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
const MAX_BACKOFF: Duration = Duration::from_secs(30);
const MAX_REDIRECTS: usize = 5;
const USER_AGENT: &str = concat!("hookctl/", env!("CARGO_PKG_VERSION"));

/// Settings from the command line.
#[derive(Debug, Clone)]
pub struct Settings {
    pub base: Url,
    pub timeout: Duration,
    pub retries: u32,
    pub retry_base: Duration,
}

/// One request: a path under the API root (segments are percent-encoded) or an absolute URL.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub target: Target,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
}

#[derive(Debug, Clone)]
pub enum Target {
    Path(Vec<String>),
    Url(Url),
}

impl Request {
    pub fn new(method: Method, segments: &[&str]) -> Self {
        Request {
            method,
            target: Target::Path(segments.iter().map(|s| s.to_string()).collect()),
            query: Vec::new(),
            body: None,
        }
    }
    pub fn get(segments: &[&str]) -> Self {
        Self::new(Method::GET, segments)
    }
    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
    pub fn query(mut self, key: &str, value: Option<&str>) -> Self {
        if let Some(v) = value {
            self.query.push((key.to_string(), v.to_string()));
        }
        self
    }
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

/// A token ready to send, and where it came from (named in 401/403 errors, never shown).
struct Auth {
    token: Secret,
    source: String,
    /// Client credentials to fetch a fresh token with after a 401.
    refresh: Option<(auth::ClientCredentials, auth::TokenCache)>,
}

pub struct Client {
    pub spec: &'static Spec,
    pub settings: Settings,
    pub ui: Ui,
    http: reqwest::Client,
    auth: Option<Auth>,
    extra_headers: Vec<(&'static str, String)>,
    last_sent: Option<Instant>,
}

impl Client {
    pub fn new(spec: &'static Spec, settings: Settings, ui: Ui) -> Result<Client> {
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            // Redirects are followed in `execute`, where they can repeat the request verbatim.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::network(format!("cannot build the HTTP client: {e}")))?;
        Ok(Client {
            spec,
            settings,
            ui,
            http,
            auth: None,
            extra_headers: Vec::new(),
            last_sent: None,
        })
    }

    /// A header sent on every API request (Cryptohopper's optional app key).
    pub fn add_header(&mut self, name: &'static str, value: String) {
        self.extra_headers.push((name, value));
    }

    /// Settle the token: use it as given, or exchange client credentials (cached).
    pub async fn authorize(&mut self, creds: Credentials, cache: auth::TokenCache) -> Result<()> {
        self.auth = Some(match creds {
            Credentials::Token { token, source } => Auth {
                token,
                source,
                refresh: None,
            },
            Credentials::Client(cc) => {
                let token = auth::token(self, &cc, &cache, false).await?;
                Auth {
                    token,
                    source: cc.describe(),
                    refresh: Some((cc, cache)),
                }
            }
        });
        Ok(())
    }

    /// The URL a request goes to.
    pub fn url(&self, req: &Request) -> Url {
        let mut url = match &req.target {
            Target::Url(u) => u.clone(),
            Target::Path(segments) => {
                let mut u = self.settings.base.clone();
                {
                    let mut path = u.path_segments_mut().expect("base URL is http(s)");
                    path.pop_if_empty();
                    for s in self.spec.api_path.split('/').filter(|s| !s.is_empty()) {
                        path.push(s);
                    }
                    path.extend(segments);
                }
                u
            }
        };
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&req.query);
        }
        url
    }

    /// Send and demand a 2xx; anything else becomes the provider's error, rendered.
    pub async fn send(&mut self, req: &Request) -> Result<Response> {
        let resp = self.send_any(req).await?;
        if (200..300).contains(&resp.status) {
            Ok(resp)
        } else {
            Err(self.error(&resp))
        }
    }

    /// Send with retries; return whatever status came last.
    pub async fn send_any(&mut self, req: &Request) -> Result<Response> {
        let url = self.url(req);
        let is_write = matches!(
            req.method,
            Method::POST | Method::PATCH | Method::PUT | Method::DELETE
        );
        // One key per logical request, reused by every retry so the provider can deduplicate.
        let idempotency_key = (self.spec.idempotency_keys && req.method != Method::GET && is_write)
            .then(|| uuid::Uuid::new_v4().to_string());
        let mut refreshed = false;
        loop {
            let resp = self
                .execute(&req.method, &url, true, |b| {
                    let mut b = b;
                    if let Some(k) = &idempotency_key {
                        b = b.header("Idempotency-Key", k);
                    }
                    if let Some(body) = &req.body {
                        b = b
                            .header("Content-Type", "application/json")
                            .body(serde_json::to_vec(body).expect("JSON value serialises"));
                    }
                    b
                })
                .await?;
            // An exchanged token may have been revoked or expired early: fetch one fresh token
            // and try once more (Noones §8: refresh on a 401).
            if resp.status == 401 && !refreshed {
                if let Some((cc, cache)) = self.auth.as_ref().and_then(|a| a.refresh.clone()) {
                    refreshed = true;
                    self.ui.debug("401 with a cached token: fetching a fresh one");
                    let token = auth::token(self, &cc, &cache, true).await?;
                    if let Some(a) = self.auth.as_mut() {
                        a.token = token;
                    }
                    continue;
                }
            }
            return Ok(resp);
        }
    }

    /// Send a request built by `build` (called afresh for every attempt), retrying 429, 5xx and
    /// dropped connections with exponential backoff and jitter on top of `Retry-After`.
    pub async fn execute(
        &mut self,
        method: &Method,
        url: &Url,
        authed: bool,
        build: impl Fn(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Result<Response> {
        let mut attempt: u32 = 0;
        let mut url = url.clone();
        let mut redirects = 0;
        loop {
            self.throttle().await;
            let mut b = self
                .http
                .request(method.clone(), url.clone())
                .header("Accept", "application/json");
            if let Some(a) = self.auth.as_ref().filter(|_| authed) {
                let token = String::from_utf8_lossy(a.token.expose()).into_owned();
                let value = match self.spec.auth {
                    AuthStyle::Bearer => format!("Bearer {token}"),
                    AuthStyle::NokoToken | AuthStyle::AccessToken => token,
                };
                let mut value = HeaderValue::from_str(&value).map_err(|_| {
                    Error::usage("the token contains characters that cannot go in an HTTP header")
                        .with_hint(format!("check the token from {}", a.source))
                })?;
                value.set_sensitive(true);
                let name = match self.spec.auth {
                    AuthStyle::Bearer => "Authorization",
                    AuthStyle::NokoToken => "X-NokoToken",
                    AuthStyle::AccessToken => "access-token",
                };
                b = b.header(name, value);
            }
            for (n, v) in self.extra_headers.iter().filter(|_| authed) {
                b = b.header(*n, v);
            }
            let b = build(b);
            self.ui.debug(format!("{method} {url}"));
            let started = Instant::now();
            let outcome = b.send().await;
            self.last_sent = Some(Instant::now());
            let retry_left = attempt < self.settings.retries;
            match outcome {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let headers = resp.headers().clone();
                    let final_url = resp.url().clone();
                    let body = resp
                        .bytes()
                        .await
                        .map_err(|e| transport(&e, &url, self.settings.timeout))?
                        .to_vec();
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
                                self.ui.debug(format!("{status}: following to {next}"));
                                url = next;
                                redirects += 1;
                                continue;
                            }
                            Some(next) => self.ui.warn(format!(
                                "not following a redirect to another host ({next}): the token would go with it"
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

    /// A non-2xx response as an error: status, the provider's message, and for 401/403 the
    /// credential's source (never its value).
    pub fn error(&self, resp: &Response) -> Error {
        let message = (self.spec.render_error)(resp.status, &resp.body);
        let reason = reqwest::StatusCode::from_u16(resp.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        let mut line = format!("{} API answered {} {reason}", self.spec.name, resp.status);
        if !message.is_empty() {
            line.push_str(": ");
            line.push_str(&message);
        }
        let kind = if resp.status >= 500 || resp.status == 429 {
            Kind::Network
        } else {
            Kind::Check
        };
        let mut err = match kind {
            Kind::Network => Error::network(line),
            _ => Error::check(line),
        };
        match resp.status {
            401 | 403 => {
                let source = self
                    .auth
                    .as_ref()
                    .map(|a| a.source.clone())
                    .unwrap_or_else(|| "nowhere".into());
                let what = if resp.status == 401 {
                    "the token was refused"
                } else {
                    "the token lacks a permission"
                };
                err = err.with_hint(format!(
                    "{what}; it came from {source}; check it or give another (--token-file, HOOKCTL_{}_TOKEN)",
                    self.spec.id.to_ascii_uppercase()
                ));
            }
            404 => {
                err = err.with_hint(format!("the request went to {}", resp.url));
            }
            429 => {
                err = err.with_hint(format!(
                    "rate limited after {} retries; wait and run the command again",
                    self.settings.retries
                ));
            }
            s if s >= 500 => {
                err = err.with_hint("the provider had a server error; try again later");
            }
            _ => {}
        }
        err
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
    let mut detail = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        detail = s.to_string();
        source = s.source();
    }
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

/// The start of a body, sanitised, for error lines.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    let cut: String = text.chars().take(300).collect();
    let cut = crate::output::sanitize(&cut, false);
    if text.chars().count() > 300 {
        format!("{cut}…")
    } else {
        cut
    }
}

/// A fallback rendering for error bodies: a `message`/`error`/`detail` field, else the raw start.
pub fn render_generic(_status: u16, body: &[u8]) -> String {
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        for key in ["message", "error_description", "detail", "error", "title"] {
            if let Some(s) = v.get(key).and_then(Value::as_str) {
                return crate::output::sanitize(s, false);
            }
        }
    }
    snippet(body)
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

    #[test]
    fn generic_errors_prefer_the_message() {
        assert_eq!(
            render_generic(400, br#"{"message":"JSON Parsing Error"}"#),
            "JSON Parsing Error"
        );
        assert_eq!(
            render_generic(502, b"<html>bad gateway</html>"),
            "<html>bad gateway</html>"
        );
    }
}
