//! Inputs checked up front: headers, URLs without a scheme, `@file` data, raw bytes, stdin.

use crate::support::send::{secret_for, Receiver, Resp};
use crate::support::{hookctl, stderr, stdout};

fn send(url: &str) -> assert_cmd::Command {
    let mut cmd = hookctl();
    cmd.args(["send-test", url, "-p", "github"])
        .env("HOOKCTL_SECRET", secret_for("github"));
    cmd
}

#[test]
fn a_header_with_a_control_character_is_an_input_error() {
    let rx = Receiver::start(|_, _| Resp::status(200));
    let out = send(&rx.url).args(["-H", "X-Ok: a\x01b"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("header `X-Ok` holds the control character U+0001"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("is the receiver running"),
        "{}",
        stderr(&out)
    );
    assert!(rx.requests().is_empty());

    let out = send(&rx.url).args(["-H", "X(y: ok"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("`X(y` is not a valid HTTP header name"),
        "{}",
        stderr(&out)
    );

    let out = hookctl()
        .args(["verify", "-p", "github", "--secret", "s", "--data", "{}"])
        .args(["-H", "X-Hub-Signature-256: sha256=ab\ncd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // The value is not echoed: a header may carry a token.
    assert!(!stderr(&out).contains("sha256=ab"), "{}", stderr(&out));
}

#[test]
fn a_url_without_a_scheme_means_http() {
    let rx = Receiver::start(|_, _| Resp::status(200));
    let bare = rx.url.strip_prefix("http://").unwrap().to_string();
    let out = send(&bare).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with(&format!("POST {}", rx.url)),
        "{}",
        stdout(&out)
    );
    assert_eq!(rx.requests().len(), 1);
    assert_eq!(rx.requests()[0].url, "/hooks");
}
