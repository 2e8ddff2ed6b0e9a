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

#[test]
fn data_at_a_file_signs_the_text_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("body.json"), "{}").unwrap();
    let out = hookctl()
        .args(["sign", "-p", "github", "-d", "@body.json", "-o", "value"])
        .env("HOOKCTL_SECRET", "k")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("did you mean --file body.json?"),
        "{}",
        stderr(&out)
    );
    // Still the literal text, as the help says.
    let literal = crate::support::listen::hmac256(b"k", b"@body.json");
    assert_eq!(stdout(&out).trim(), hex(&literal));
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(unix)]
#[test]
fn data_takes_bytes_that_are_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let raw = std::ffi::OsStr::from_bytes(b"\xff\xfe{}");
    let out = hookctl()
        .args(["sign", "-p", "github", "-o", "value", "--data"])
        .arg(raw)
        .env("HOOKCTL_SECRET", "k")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mac = crate::support::listen::hmac256(b"k", b"\xff\xfe{}");
    let sig = hex(&mac);
    assert_eq!(stdout(&out).trim(), sig);
    hookctl()
        .args(["verify", "-p", "github", "--signature", &sig, "--data"])
        .arg(raw)
        .env("HOOKCTL_SECRET", "k")
        .assert()
        .success();
}

/// One rule for sign and verify: an empty body given on purpose is used; an empty stdin that no
/// flag asked for is a forgotten payload.
#[test]
fn an_empty_payload_follows_one_rule() {
    let empty_sig = hex(&crate::support::listen::hmac256(b"k", b""));
    let out = hookctl()
        .args(["sign", "-p", "github", "-o", "value", "--data", ""])
        .env("HOOKCTL_SECRET", "k")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), empty_sig);
    hookctl()
        .args(["verify", "-p", "github", "--signature", &empty_sig, "--data", ""])
        .env("HOOKCTL_SECRET", "k")
        .assert()
        .success();
    for cmd in [
        vec!["sign", "-p", "github"],
        vec!["verify", "-p", "github", "--signature", &empty_sig],
    ] {
        let out = hookctl()
            .args(&cmd)
            .env("HOOKCTL_SECRET", "k")
            .write_stdin("")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("the payload is empty"),
            "{cmd:?}: {}",
            stderr(&out)
        );
    }
}
