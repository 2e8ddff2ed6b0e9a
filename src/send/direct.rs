//! Load mode's plain-HTTP transport: one keep-alive HTTP/1.1 connection per worker, driven by
//! hyper's connection-level client. reqwest's pool, URL re-parsing and header-map clones cost
//! more per request than signing an event does, and load mode exists to measure the receiver.

use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderName, HeaderValue};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;

use super::client::Failure;
use crate::providers::Headers;

/// Where a plain-http URL's requests go, worked out once per run.
#[derive(Debug, Clone)]
pub struct Endpoint {
    authority: HeaderValue,
    host: String,
    port: u16,
    path_and_query: http::Uri,
}

impl Endpoint {
    /// `None` for https (TLS stays with reqwest), for URLs with credentials (reqwest turns them
    /// into Basic auth), and when a proxy is configured in the environment, which reqwest
    /// honours (NO_PROXY included) and this transport does not.
    pub fn for_url(url: &reqwest::Url) -> Option<Endpoint> {
        if url.scheme() != "http"
            || !url.username().is_empty()
            || url.password().is_some()
            || proxy_configured()
        {
            return None;
        }
        let host = url.host_str()?.to_string();
        let port = url.port_or_known_default()?;
        let authority = match url.port() {
            Some(p) => format!("{host}:{p}"),
            None => host.clone(),
        };
        Some(Endpoint {
            authority: HeaderValue::from_str(&authority).ok()?,
            host: host.trim_start_matches('[').trim_end_matches(']').to_string(),
            port,
            path_and_query: path_and_query(url)?,
        })
    }
}

/// The request target of `url`: its path and query.
fn path_and_query(url: &reqwest::Url) -> Option<http::Uri> {
    let mut target = url.path().to_string();
    if let Some(q) = url.query() {
        target.push('?');
        target.push_str(q);
    }
    target.parse().ok()
}

/// One worker's connection, opened on first use and again after the receiver closes it.
pub struct Connection {
    endpoint: Endpoint,
    sender: Option<SendRequest<Full<Bytes>>>,
    /// Headers already parsed, by position: every event of a run carries the same names in
    /// the same order, and most values (content type, user agent, event type) do not change.
    slots: Vec<Slot>,
}

struct Slot {
    name: String,
    /// `None` for a hop-by-hop header.
    header: Option<HeaderName>,
    /// The value last sent.
    value: Option<HeaderValue>,
}

impl Connection {
    pub fn new(endpoint: Endpoint) -> Connection {
        Connection {
            endpoint,
            sender: None,
            slots: Vec::new(),
        }
    }

    async fn ready(&mut self) -> Result<&mut SendRequest<Full<Bytes>>, String> {
        if let Some(s) = &mut self.sender {
            if s.ready().await.is_ok() {
                return Ok(self.sender.as_mut().expect("just checked"));
            }
        }
        self.sender = None;
        let stream = tokio::net::TcpStream::connect((self.endpoint.host.as_str(), self.endpoint.port))
            .await
            .map_err(|e| crate::error::io_reason(&e))?;
        let _ = stream.set_nodelay(true);
        let (sender, conn) = http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| e.to_string())?;
        // The connection task ends by itself when the sender is dropped or the peer closes.
        tokio::spawn(conn);
        Ok(self.sender.insert(sender))
    }

    /// The `i`th header as hyper takes it, or `None` to leave it out (hop-by-hop headers,
    /// which hyper writes itself).
    fn header(
        &mut self,
        i: usize,
        name: &str,
        value: &str,
    ) -> Result<Option<(HeaderName, HeaderValue)>, Failure> {
        if self.slots.get(i).is_none_or(|slot| slot.name != name) {
            let header = if crate::hop_headers::is_framing(name) {
                None
            } else {
                Some(
                    HeaderName::from_bytes(name.as_bytes())
                        .map_err(|e| Failure::Connect(format!("cannot send header `{name}`: {e}")))?,
                )
            };
            let slot = Slot {
                name: name.to_string(),
                header,
                value: None,
            };
            match self.slots.get_mut(i) {
                Some(old) => *old = slot,
                None => self.slots.push(slot),
            }
        }
        let slot = &mut self.slots[i];
        let Some(header) = slot.header.clone() else {
            return Ok(None);
        };
        let value = match &slot.value {
            Some(same) if same.as_bytes() == value.as_bytes() => same.clone(),
            _ => {
                // Checked as reqwest checks the headers of a single send.
                let parsed = HeaderValue::from_str(value).map_err(|e| {
                    Failure::Connect(format!("cannot send the value of header `{name}`: {e}"))
                })?;
                slot.value.insert(parsed).clone()
            }
        };
        Ok(Some((header, value)))
    }

    /// POST `body` with exactly `headers`; status and latency of the whole answer. `url`, of
    /// the same endpoint, when this delivery goes to a URL of its own (`Delivery::posted_to`).
    pub async fn post(
        &mut self,
        url: Option<&reqwest::Url>,
        headers: &Headers,
        body: Vec<u8>,
        deadline: Duration,
    ) -> Result<(u16, Duration), Failure> {
        let mut req = http::Request::new(Full::new(Bytes::from(body)));
        *req.method_mut() = http::Method::POST;
        *req.uri_mut() = match url {
            None => self.endpoint.path_and_query.clone(),
            Some(url) => path_and_query(url)
                .ok_or_else(|| Failure::Connect(format!("cannot send to `{}`", super::client::shown(url))))?,
        };
        let mut map = http::HeaderMap::with_capacity(headers.0.len() + 2);
        map.insert(http::header::HOST, self.endpoint.authority.clone());
        for (i, (name, value)) in headers.0.iter().enumerate() {
            if let Some((name, value)) = self.header(i, name, value)? {
                map.append(name, value);
            }
        }
        // What reqwest adds to single sends, so both modes deliver the same headers.
        if !map.contains_key(http::header::ACCEPT) {
            map.insert(http::header::ACCEPT, HeaderValue::from_static("*/*"));
        }
        *req.headers_mut() = map;
        let started = Instant::now();
        let exchange = async {
            let sender = self.ready().await?;
            let resp = sender.send_request(req).await.map_err(|e| e.to_string())?;
            let status = resp.status().as_u16();
            // Read the answer to its end so the connection can carry the next request.
            let mut body = resp.into_body();
            while let Some(frame) = body.frame().await {
                frame.map_err(|e| e.to_string())?;
            }
            Ok::<_, String>(status)
        };
        match tokio::time::timeout(deadline, exchange).await {
            Err(_) => {
                // A late answer would arrive on this connection out of turn: start afresh.
                self.sender = None;
                Err(Failure::Slow { deadline })
            }
            Ok(Ok(status)) => Ok((status, started.elapsed())),
            Ok(Err(why)) => {
                self.sender = None;
                Err(Failure::Connect(why))
            }
        }
    }
}

fn proxy_configured() -> bool {
    ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}
