//! Amazon SNS subscription confirmation (AWS docs, "Confirm your subscription",
//! https://docs.aws.amazon.com/sns/latest/dg/SendMessageToHttp.confirm.html): a new HTTP/S
//! subscription receives a signed `SubscriptionConfirmation` message; the endpoint confirms it
//! by visiting (GET) its `SubscribeURL` within three days; until then SNS delivers nothing.
//!
//! `listen` answers the (verified) message with 200 and shows the SubscribeURL; with
//! `--confirm-sns` it visits it too (see `confirm_url`). `send-test --challenge` signs a
//! confirmation whose SubscribeURL is a one-shot local stand-in for SNS, and passes when the
//! receiver answered 2xx and visited it with the token.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::parts::{random_chars, signed_json, HEX};
use super::{Asked, Handshake, Judgement, Request, Response};
use crate::error::{Error, Result};
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct SnsSubscriptionConfirmation;

/// How long `send-test` waits, after the answer, for the receiver to visit SubscribeURL.
const VISIT_WAIT: Duration = Duration::from_secs(10);
/// How long the local stand-in for SNS keeps accepting visits.
const STAND_IN_LIFETIME: Duration = Duration::from_secs(60);
const TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:hookctl-test";

/// Tokens whose SubscribeURL was visited, by the stand-ins this process started.
static VISITED: Mutex<Option<HashSet<String>>> = Mutex::new(None);

fn mark_visited(token: &str) {
    let mut v = VISITED.lock().unwrap_or_else(|p| p.into_inner());
    v.get_or_insert_with(HashSet::new).insert(token.to_string());
}

fn was_visited(token: &str) -> bool {
    let v = VISITED.lock().unwrap_or_else(|p| p.into_inner());
    v.as_ref().is_some_and(|set| set.contains(token))
}

/// Whether `listen --confirm-sns` may visit `url`: an SNS host (`https://sns.<region>.amazonaws.com`,
/// as `SigningCertURL` must be) or a loopback address, where `send-test --challenge` stands in
/// for SNS. Anything else is refused, so a message cannot point the listener at another host.
pub fn confirm_url_allowed(url: &str) -> bool {
    if crate::providers::is_aws_sns_url(url) {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://")) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return false;
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Serve GETs of `/?Action=ConfirmSubscription&…&Token=<token>` until the lifetime ends,
/// answering each as SNS does (an XML `ConfirmSubscriptionResponse`).
fn stand_in(listener: TcpListener, token: String) {
    let until = Instant::now() + STAND_IN_LIFETIME;
    let _ = listener.set_nonblocking(true);
    while Instant::now() < until {
        match listener.accept() {
            Ok((stream, _)) => {
                if answer_visit(stream, &token) {
                    mark_visited(&token);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(_) => return,
        }
    }
}

/// Read one request head (bounded in size and time) and answer it; whether it carried the token.
fn answer_visit(mut stream: TcpStream, token: &str) -> bool {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 2048];
    let path = loop {
        let Ok(n) = stream.read(&mut chunk) else {
            return false;
        };
        if n == 0 || buf.len() > 16 * 1024 {
            return false;
        }
        buf.extend_from_slice(&chunk[..n]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&buf) {
            Ok(httparse::Status::Complete(_)) if req.method == Some("GET") => {
                break req.path.unwrap_or_default().to_string();
            }
            Ok(httparse::Status::Partial) => continue,
            _ => return false,
        }
    };
    let query = path.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let ok = field("Action") == Some("ConfirmSubscription") && field("Token") == Some(token);
    let (status, body) = if ok {
        let arn = format!("{TOPIC}:{}", crate::random_id::random_uuid());
        (
            "200 OK",
            format!(
                "<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">\
                 <ConfirmSubscriptionResult><SubscriptionArn>{arn}</SubscriptionArn></ConfirmSubscriptionResult>\
                 </ConfirmSubscriptionResponse>"
            ),
        )
    } else {
        ("400 Bad Request", "<ErrorResponse><Error><Code>InvalidParameter</Code></Error></ErrorResponse>".into())
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    ok
}

impl Handshake for SnsSubscriptionConfirmation {
    fn id(&self) -> &'static str {
        "sns_subscription_confirmation"
    }
    fn signed(&self) -> bool {
        true
    }
    fn deadline(&self, delivery_timeout: Duration) -> Duration {
        delivery_timeout
    }
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .map_err(|e| Error::network(format!("cannot open the local SubscribeURL stand-in: {e}")))?;
        let port = listener
            .local_addr()
            .map_err(|e| Error::network(format!("cannot read the stand-in's port: {e}")))?
            .port();
        let token = random_chars(HEX, 256);
        let subscribe_url = format!(
            "http://127.0.0.1:{port}/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={token}"
        );
        let body = serde_json::json!({
            "Type": "SubscriptionConfirmation",
            "MessageId": crate::random_id::random_uuid().to_string(),
            "Token": token,
            "TopicArn": TOPIC,
            "Message": format!("You have chosen to subscribe to the topic {TOPIC}.\nTo confirm the subscription, visit the SubscribeURL included in this message."),
            "SubscribeURL": subscribe_url,
            "Timestamp": "",
            "SignatureVersion": "1",
        });
        let delivery = signed_json(signer, &body)?;
        let stand_in_token = token.clone();
        std::thread::spawn(move || stand_in(listener, stand_in_token));
        Ok(Request::post(delivery, Some(token)))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        if !(200..300).contains(&answer.status) {
            return Err(format!(
                "status {}: SNS counts a non-2xx answer as a failed delivery and retries",
                answer.status
            ));
        }
        let until = Instant::now() + VISIT_WAIT;
        while !was_visited(asked.challenge) {
            if Instant::now() >= until {
                return Err(format!(
                    "answered {} but did not visit SubscribeURL within {}s: SNS leaves the subscription pending until it is visited (hookctl listen --confirm-sns does)",
                    answer.status,
                    VISIT_WAIT.as_secs()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(format!(
            "{} and SubscribeURL visited with the token: the subscription is confirmed",
            answer.status
        ))
    }

    fn answer_verified(&self, body: &serde_json::Value, _verification_code: Option<&str>) -> Option<Response> {
        if body.get("Type").and_then(|t| t.as_str()) != Some("SubscriptionConfirmation") {
            return None;
        }
        let url = body.get("SubscribeURL").and_then(|u| u.as_str())?;
        let topic = body.get("TopicArn").and_then(|t| t.as_str()).unwrap_or("?");
        let mut response = Response::new(200, None, Vec::new());
        response.announce = Some(crate::output::sanitize(
            &format!("SNS subscription to {topic}: confirm it by visiting SubscribeURL {url}"),
            false,
        ));
        response.follow = Some(url.to_string());
        Some(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::send::challenge::Challenge;
    use serde_json::json;

    #[test]
    fn a_confirmation_is_answered_200_with_its_subscribe_url_to_follow() {
        let msg = json!({"Type": "SubscriptionConfirmation", "TopicArn": "arn:aws:sns:us-west-2:1:T",
            "SubscribeURL": "https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&Token=t"});
        let a = SnsSubscriptionConfirmation.answer_verified(&msg, None).unwrap();
        assert_eq!(a.status, 200);
        assert_eq!(a.follow.as_deref(), msg["SubscribeURL"].as_str());
        assert!(a.announce.unwrap().contains("arn:aws:sns:us-west-2:1:T"));
        let note = json!({"Type": "Notification", "SubscribeURL": "x"});
        assert!(SnsSubscriptionConfirmation.answer_verified(&note, None).is_none());
    }

    #[test]
    fn only_sns_hosts_and_loopback_may_be_visited() {
        for ok in [
            "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&Token=t",
            "http://127.0.0.1:4000/?Action=ConfirmSubscription",
            "http://[::1]:4000/",
            "http://localhost/",
        ] {
            assert!(confirm_url_allowed(ok), "{ok}");
        }
        for bad in [
            "http://sns.eu-west-1.amazonaws.com/",
            "https://169.254.169.254/latest/meta-data",
            "http://127.0.0.1@evil.test/",
            "http://10.0.0.1/",
            "file:///etc/passwd",
        ] {
            assert!(!confirm_url_allowed(bad), "{bad}");
        }
    }

    #[test]
    fn the_stand_in_counts_only_a_visit_with_the_token() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let token = random_chars(HEX, 32);
        let t = token.clone();
        std::thread::spawn(move || stand_in(listener, t));
        let get = |query: &str| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            write!(s, "GET /?{query} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut out = String::new();
            let _ = s.read_to_string(&mut out);
            out
        };
        assert!(get("Action=ConfirmSubscription&Token=wrong").starts_with("HTTP/1.1 400"));
        assert!(!was_visited(&token));
        assert!(get(&format!("Action=ConfirmSubscription&Token={token}")).starts_with("HTTP/1.1 200"));
        let judge = Challenge::new(&SnsSubscriptionConfirmation, None);
        assert!(judge.judge(Some(&token), &answer(200, &[], ""), None).is_ok());
        assert!(judge.judge(Some(&token), &answer(500, &[], ""), None).is_err());
    }
}
