//! `--forward-to URL`: relay each event to the user's app from one async runtime thread.
//!
//! Workers are plain threads; they hand a job to the runtime over a channel and wait for the
//! outcome, so there is one HTTP client stack and one runtime however many workers there are.

use std::sync::mpsc as std_mpsc;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::error::{Error, Result};
use crate::providers::Headers;

/// Headers that describe one hop, not the message: never copied.
const HOP_BY_HOP: &[&str] = &[
    "host",
    "content-length",
    "connection",
    "transfer-encoding",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "upgrade",
    // The listener already answered any 100-continue; the app gets the whole body at once.
    "expect",
];

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

struct Job {
    method: String,
    headers: Headers,
    body: Vec<u8>,
    timeout: Duration,
    reply: std_mpsc::Sender<Outcome>,
}

pub struct Forwarder {
    jobs: mpsc::UnboundedSender<Job>,
}

impl Forwarder {
    /// Check the URL and start the runtime thread.
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
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::network(format!("cannot start the async runtime: {e}")))?;
        let (tx, mut rx) = mpsc::unbounded_channel::<Job>();
        std::thread::Builder::new()
            .name("forward".into())
            .spawn(move || {
                rt.block_on(async move {
                    while let Some(job) = rx.recv().await {
                        tokio::spawn(run(client.clone(), url.clone(), job));
                    }
                })
            })
            .map_err(|e| Error::network(format!("cannot start the forwarding thread: {e}")))?;
        Ok(Forwarder { jobs: tx })
    }

    /// Send the request as received and wait for the app's answer.
    pub fn forward(&self, method: &str, headers: &Headers, body: &[u8], timeout: Duration) -> Outcome {
        let (reply, answer) = std_mpsc::channel();
        let job = Job {
            method: method.to_string(),
            headers: headers.clone(),
            body: body.to_vec(),
            timeout,
            reply,
        };
        if self.jobs.send(job).is_err() {
            return Outcome::Down("the forwarding thread has stopped".into());
        }
        answer
            .recv()
            .unwrap_or_else(|_| Outcome::Down("the forwarding thread has stopped".into()))
    }
}

async fn run(client: reqwest::Client, url: reqwest::Url, job: Job) {
    let outcome = match tokio::time::timeout(job.timeout, send(&client, url, &job)).await {
        Ok(Ok(o)) => o,
        Ok(Err(e)) => Outcome::Down(describe(&e)),
        Err(_) => Outcome::TimedOut(job.timeout),
    };
    let _ = job.reply.send(outcome);
}

async fn send(client: &reqwest::Client, url: reqwest::Url, job: &Job) -> reqwest::Result<Outcome> {
    let method = reqwest::Method::from_bytes(job.method.as_bytes()).unwrap_or(reqwest::Method::POST);
    let mut req = client.request(method, url).body(job.body.clone());
    for (name, value) in &job.headers.0 {
        if !HOP_BY_HOP.iter().any(|h| name.eq_ignore_ascii_case(h)) {
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
        let mut text = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            text = format!("{text}: {s}");
            source = s.source();
        }
        text
    }
}
