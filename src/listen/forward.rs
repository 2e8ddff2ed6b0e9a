//! `--forward-to [ROUTE=]URL`: relay each event to the user's app, on the listener's own runtime.
//!
//! The handler is synchronous and runs on tokio's blocking pool when forwarding, so it waits
//! for the apps there without holding an async worker; one HTTP client stack serves all routes.
//! The body and the headers go as received, less the hop-by-hop ones; the `Host` header is the
//! app's (reqwest writes it from the route's URL), never the listener's.

use std::time::{Duration, Instant};

use reqwest::header::{HeaderName, HeaderValue};
use serde::Serialize;

use super::route::Route;
use crate::error::{Error, Result};
use crate::providers::Headers;

/// What the app did with a forwarded request.
#[derive(Debug)]
pub enum Outcome {
    Answered {
        status: u16,
        content_type: Option<String>,
        body: Vec<u8>,
    },
    /// Connection refused, TLS refused or another transport failure → 502.
    Down(String),
    /// Slower than the timeout → 504.
    TimedOut(Duration),
}

/// One forward as the record and the console show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Forwarded {
    /// How the console names the route: `app` for the default one, else its selector.
    #[serde(skip)]
    pub label: String,
    /// The route's URL, any password masked.
    pub url: String,
    /// The app's status; `None` when it did not answer.
    pub status: Option<u16>,
    pub ms: u64,
    pub error: Option<String>,
}

/// How the forwarder talks to the apps: `--forward-insecure`, `--forward-ca`, `--forward-header`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Accept any certificate the app shows (a self-signed development server).
    pub insecure: bool,
    /// PEM certificates trusted in addition to the built-in roots.
    pub ca_pem: Option<Vec<u8>>,
    /// `Name: value` pairs added to (or replacing) the forwarded headers.
    pub headers: Vec<String>,
}

/// `--forward-header 'Name: value'` as a header pair, or why not.
pub fn parse_header(text: &str) -> std::result::Result<(HeaderName, HeaderValue), String> {
    let (name, value) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not `Name: value`"))?;
    let name = HeaderName::from_bytes(name.trim().as_bytes())
        .map_err(|_| format!("`{}` is not a header name", name.trim()))?;
    if crate::hop_headers::is_hop_by_hop(name.as_str()) {
        return Err(format!(
            "{name} describes the connection, not the delivery: the HTTP stack writes it"
        ));
    }
    let value = HeaderValue::from_str(value.trim())
        .map_err(|_| format!("the value of {name} holds bytes a header cannot carry"))?;
    Ok((name, value))
}

pub struct Forwarder {
    client: reqwest::Client,
    routes: Vec<Route>,
    extra: Vec<(HeaderName, HeaderValue)>,
}

struct Job<'a> {
    method: &'a str,
    headers: &'a Headers,
    body: &'a [u8],
}

impl Forwarder {
    /// Build the client for these routes (at least one).
    pub fn start(routes: Vec<Route>, options: &Options) -> Result<Forwarder> {
        let extra = options
            .headers
            .iter()
            .map(|h| {
                parse_header(h).map_err(|why| {
                    Error::usage(format!("--forward-header {why}"))
                        .with_hint("write --forward-header 'Authorization: Bearer dev-token'")
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .danger_accept_invalid_certs(options.insecure);
        if let Some(pem) = &options.ca_pem {
            let certs = reqwest::Certificate::from_pem_bundle(pem)
                .ok()
                .filter(|c| !c.is_empty())
                .ok_or_else(|| {
                    Error::usage("--forward-ca holds no PEM certificate")
                        .with_hint("give a file of `-----BEGIN CERTIFICATE-----` blocks, e.g. your dev CA's")
                })?;
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let client = builder
            .build()
            .map_err(|e| Error::network(format!("cannot build the HTTP client: {e}")))?;
        Ok(Forwarder {
            client,
            routes,
            extra,
        })
    }

    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// Send the request as received to each route at once and wait for every answer, in the
    /// order of `routes`. Call it from a blocking task of the listener's runtime
    /// (`spawn_blocking`), never from an async worker.
    pub fn forward(
        &self,
        routes: &[&Route],
        method: &str,
        headers: &Headers,
        body: &[u8],
        timeout: Duration,
    ) -> Vec<(Outcome, Forwarded)> {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            let why = "no runtime to forward from".to_string();
            return routes
                .iter()
                .map(|r| {
                    (
                        Outcome::Down(why.clone()),
                        forwarded(r, &Outcome::Down(why.clone()), 0),
                    )
                })
                .collect();
        };
        let job = Job {
            method,
            headers,
            body,
        };
        runtime.block_on(async {
            let sends = routes.iter().map(|route| async {
                let started = Instant::now();
                let outcome = match tokio::time::timeout(timeout, self.send(route.url.clone(), &job)).await {
                    Ok(Ok(o)) => o,
                    Ok(Err(e)) => Outcome::Down(describe(&e)),
                    Err(_) => Outcome::TimedOut(timeout),
                };
                let ms = started.elapsed().as_millis() as u64;
                let shown = forwarded(route, &outcome, ms);
                (outcome, shown)
            });
            join_all(sends).await
        })
    }

    async fn send(&self, url: reqwest::Url, job: &Job<'_>) -> reqwest::Result<Outcome> {
        let method = reqwest::Method::from_bytes(job.method.as_bytes()).unwrap_or(reqwest::Method::POST);
        let mut headers = reqwest::header::HeaderMap::new();
        for (name, value) in job.headers.0.iter() {
            if crate::hop_headers::is_hop_by_hop(name) {
                continue;
            }
            if let (Ok(n), Ok(v)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                headers.append(n, v);
            }
        }
        for (name, value) in &self.extra {
            headers.insert(name.clone(), value.clone());
        }
        let resp = self
            .client
            .request(method, url)
            .headers(headers)
            .body(job.body.to_vec())
            .send()
            .await?;
        let status = resp.status().as_u16();
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = resp.bytes().await?.to_vec();
        Ok(Outcome::Answered {
            status,
            content_type,
            body,
        })
    }
}

/// Every future to its end, results in the order given (the few routes of one delivery).
async fn join_all<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut futures: Vec<_> = futures.map(Box::pin).collect();
    let mut done: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, slot) in futures.iter_mut().zip(done.iter_mut()) {
            if slot.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    done.into_iter()
        .map(|v| v.expect("every future finished"))
        .collect()
}

fn forwarded(route: &Route, outcome: &Outcome, ms: u64) -> Forwarded {
    let url = crate::send::client::shown(&route.url);
    let (status, error) = match outcome {
        Outcome::Answered { status, .. } => (Some(*status), None),
        Outcome::Down(why) => (None, Some(why.clone())),
        Outcome::TimedOut(after) => (
            None,
            Some(format!("timed out after {}", humantime::format_duration(*after))),
        ),
    };
    let label = match route.selector().as_str() {
        "default" => "app".to_string(),
        sel => sel.to_string(),
    };
    Forwarded {
        label,
        url,
        status,
        ms,
        error,
    }
}

/// Why the app gave no answer, in words a person can act on.
fn describe(e: &reqwest::Error) -> String {
    if let Some(why) = crate::net_error::certificate_problem(e) {
        return format!(
            "TLS: the app's certificate was refused: {why}; pass --forward-ca FILE with the CA that signed it, or --forward-insecure"
        );
    }
    let inner = crate::net_error::describe(e, crate::net_error::Detail::Innermost);
    if inner.contains("InvalidContentType") || inner.contains("corrupt message") {
        return "TLS: the app did not speak TLS (is it plain http?)".into();
    }
    if e.is_connect() {
        if inner.to_ascii_lowercase().contains("refused") {
            return "connection refused (is your app running?)".into();
        }
        return format!("cannot connect: {inner}");
    }
    crate::net_error::describe(e, crate::net_error::Detail::Distinct)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_headers_are_name_value_pairs_of_the_delivery() {
        let (n, v) = parse_header("X-Env:  dev ").unwrap();
        assert_eq!((n.as_str(), v.to_str().unwrap()), ("x-env", "dev"));
        assert!(parse_header("no colon").unwrap_err().contains("Name: value"));
        assert!(parse_header("Bad Name: x").is_err());
        assert!(parse_header("Transfer-Encoding: chunked")
            .unwrap_err()
            .contains("connection"));
    }
}
