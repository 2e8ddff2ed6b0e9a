//! `--forward-to URL`: relay each event to the user's app, on the listener's own runtime.
//!
//! The handler is synchronous and runs on tokio's blocking pool when forwarding, so it waits
//! for the app there without holding an async worker; one HTTP client stack serves all.

use std::time::Duration;

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
    /// Connection refused or another transport failure → 502.
    Down(String),
    /// Slower than the timeout → 504.
    TimedOut(Duration),
}

struct Job<'a> {
    method: &'a str,
    headers: &'a Headers,
    body: &'a [u8],
}

pub struct Forwarder {
    client: reqwest::Client,
    url: reqwest::Url,
}

impl Forwarder {
    /// Check the URL and build the client.
    pub fn start(url: &str) -> Result<Forwarder> {
        let url = reqwest::Url::parse(url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| {
                Error::usage(format!("--forward-to `{url}` is not an http(s) URL"))
                    .with_hint("give the full URL of your app, e.g. http://127.0.0.1:8080/webhooks")
            })?;
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::network(format!("cannot build the HTTP client: {e}")))?;
        Ok(Forwarder { client, url })
    }

    /// Send the request as received and wait for the app's answer. Call it from a blocking
    /// task of the listener's runtime (`spawn_blocking`), never from an async worker.
    pub fn forward(&self, method: &str, headers: &Headers, body: &[u8], timeout: Duration) -> Outcome {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return Outcome::Down("no runtime to forward from".into());
        };
        let job = Job {
            method,
            headers,
            body,
        };
        runtime.block_on(async {
            match tokio::time::timeout(timeout, send(&self.client, self.url.clone(), &job)).await {
                Ok(Ok(o)) => o,
                Ok(Err(e)) => Outcome::Down(describe(&e)),
                Err(_) => Outcome::TimedOut(timeout),
            }
        })
    }
}

async fn send(client: &reqwest::Client, url: reqwest::Url, job: &Job<'_>) -> reqwest::Result<Outcome> {
    let method = reqwest::Method::from_bytes(job.method.as_bytes()).unwrap_or(reqwest::Method::POST);
    let mut req = client.request(method, url).body(job.body.to_vec());
    for (name, value) in job.headers.0.iter() {
        if !crate::hop_headers::is_hop_by_hop(name) {
            req = req.header(name.as_str(), value.as_str());
        }
    }
    let resp = req.send().await?;
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

fn describe(e: &reqwest::Error) -> String {
    if e.is_connect() {
        "connection refused (is your app running?)".into()
    } else {
        crate::net_error::describe(e, crate::net_error::Detail::Full)
    }
}
