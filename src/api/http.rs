//! The client the provider modules call: requests addressed under the provider's API path, the
//! token in the provider's header, `Idempotency-Key` on writes, one fresh token after a 401, and
//! provider errors rendered as one line naming where the credential came from.

use reqwest::header::HeaderValue;
use reqwest::{Method, Url};
use serde_json::Value;

use super::auth::{ClientCredentials, Credentials};
use super::token::{self, TokenCache};
use super::transport::{Response, Settings, Transport};
use super::{AuthStyle, Spec};
use crate::error::{Error, Kind, Result};
use crate::output::Ui;
use crate::secret::Secret;

/// One request: a path under the API root (segments are percent-encoded) or an absolute URL.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub target: Target,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
}

/// The pages a listing has read, so a next-page link back to one of them ends the listing
/// instead of looping until the page limit.
#[derive(Debug, Default)]
pub struct PageTrail(std::collections::HashSet<Url>);

impl PageTrail {
    /// Record `url`; `false` when it was read before: a pagination loop.
    pub fn first_visit(&mut self, url: &Url) -> bool {
        self.0.insert(url.clone())
    }

    pub fn loop_note(url: &Url) -> String {
        format!(
            "the next-page link points back to a page already read ({}): stopped there",
            crate::output::url(url)
        )
    }
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

/// A token ready to send, and where it came from (named in 401/403 errors, never shown).
struct Auth {
    token: Secret,
    source: String,
    /// Client credentials to fetch a fresh token with after a 401.
    refresh: Option<(ClientCredentials, TokenCache)>,
}

pub struct Client {
    transport: Transport,
    auth: Option<Auth>,
    extra_headers: Vec<(&'static str, String)>,
}

impl Client {
    pub fn new(spec: &'static Spec, settings: Settings, ui: Ui) -> Result<Client> {
        Ok(Client {
            transport: Transport::new(spec, settings, ui)?,
            auth: None,
            extra_headers: Vec::new(),
        })
    }

    /// The provider this client talks to.
    pub fn spec(&self) -> &'static Spec {
        self.transport.spec
    }

    /// A header sent on every API request (Cryptohopper's optional app key).
    pub fn add_header(&mut self, name: &'static str, value: String) {
        self.extra_headers.push((name, value));
    }

    /// Settle the token: use it as given, or exchange client credentials (cached).
    pub async fn authorize(&mut self, creds: Credentials, cache: TokenCache) -> Result<()> {
        self.auth = Some(match creds {
            Credentials::Token { token, source } => Auth {
                token,
                source,
                refresh: None,
            },
            Credentials::Client(cc) => {
                let token = token::fetch(&mut self.transport, &cc, &cache, false).await?;
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
                let mut u = self.transport.settings.base.clone();
                {
                    let mut path = u.path_segments_mut().expect("base URL is http(s)");
                    path.pop_if_empty();
                    for s in self.spec().api_path.split('/').filter(|s| !s.is_empty()) {
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
        let idempotency_key = (self.spec().idempotency_keys && req.method != Method::GET && is_write)
            .then(|| uuid::Uuid::new_v4().to_string());
        let mut refreshed = false;
        loop {
            let token_header = self.token_header()?;
            let extra_headers = &self.extra_headers;
            let resp = self
                .transport
                .execute(&req.method, &url, |b| {
                    let mut b = b;
                    if let Some((name, value)) = &token_header {
                        b = b.header(*name, value.clone());
                    }
                    for (n, v) in extra_headers {
                        b = b.header(*n, v);
                    }
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
            // and try once more (the usual OAuth2 client-credentials practice: refresh on a 401).
            if resp.status == 401 && !refreshed {
                if let Some((cc, cache)) = self.auth.as_ref().and_then(|a| a.refresh.clone()) {
                    refreshed = true;
                    self.transport
                        .ui
                        .debug("401 with a cached token: fetching a fresh one");
                    let token = token::fetch(&mut self.transport, &cc, &cache, true).await?;
                    if let Some(a) = self.auth.as_mut() {
                        a.token = token;
                    }
                    continue;
                }
            }
            return Ok(resp);
        }
    }

    /// The token as the provider's header, marked sensitive so it never shows in debug output.
    fn token_header(&self) -> Result<Option<(&'static str, HeaderValue)>> {
        let Some(a) = &self.auth else { return Ok(None) };
        let spec = self.spec();
        let token = String::from_utf8_lossy(a.token.expose()).into_owned();
        let value = match spec.auth {
            AuthStyle::Bearer => format!("Bearer {token}"),
            AuthStyle::NokoToken | AuthStyle::AccessToken => token,
        };
        let mut value = HeaderValue::from_str(&value).map_err(|_| {
            Error::usage("the token contains characters that cannot go in an HTTP header")
                .with_hint(format!("check the token from {}", a.source))
        })?;
        value.set_sensitive(true);
        let name = match spec.auth {
            AuthStyle::Bearer => "Authorization",
            AuthStyle::NokoToken => "X-NokoToken",
            AuthStyle::AccessToken => "access-token",
        };
        Ok(Some((name, value)))
    }

    /// A non-2xx response as an error: status, the provider's message, and for 401/403 the
    /// credential's source (never its value).
    pub fn error(&self, resp: &Response) -> Error {
        let message = (self.spec().render_error)(resp.status, &resp.body);
        let reason = reqwest::StatusCode::from_u16(resp.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        let mut line = format!("{} API answered {} {reason}", self.spec().name, resp.status);
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
                    "{what}; it came from {source}; check it or give another (--token-file, {})",
                    crate::secret::provider_env_var(self.spec().id, crate::secret::Credential::Token)
                ));
            }
            404 => {
                err = err.with_hint(format!("the request went to {}", crate::output::url(&resp.url)));
            }
            429 => {
                err = err.with_hint(format!(
                    "rate limited after {} retries; wait and run the command again",
                    self.transport.settings.retries
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
