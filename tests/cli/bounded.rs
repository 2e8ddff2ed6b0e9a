//! What hookctl reads from a server is bounded: answer bodies and pagination.

use crate::support::fakes::webhooks;
use crate::support::send::{secret_for, Receiver, Resp};
use crate::support::{hookctl, stderr, stdout};

#[test]
fn a_next_page_link_to_a_page_already_read_ends_the_listing() {
    let rx = Receiver::start(|req, _| {
        Resp::status(200)
            .header("Content-Type", "application/json")
            .header("Link", &format!("<{}>; rel=\"next\"", req.url))
            .body(r#"[{"id":1,"name":"only","payload_uri":"https://a.example/h","state":"enabled","events":["entry.created"]}]"#)
    });
    let base = rx.url.trim_end_matches("/hooks").to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = webhooks(&base, "noko", &dir)
        .env("HOOKCTL_NOKO_TOKEN", "t0ken-noko-abcdef")
        .args(["list"])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("points back to a page already read"),
        "{}",
        stderr(&out)
    );
    assert_eq!(rx.requests().len(), 1, "the page was read once");
}

#[test]
fn a_gigantic_api_answer_is_refused_not_held() {
    let huge = format!("[{}{{}}]", "{},".repeat(3 << 20));
    let rx = Receiver::start(move |_, _| {
        Resp::status(200)
            .header("Content-Type", "application/json")
            .body(&huge)
    });
    let base = rx.url.trim_end_matches("/hooks").to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = webhooks(&base, "noko", &dir)
        .env("HOOKCTL_NOKO_TOKEN", "t0ken-noko-abcdef")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("more than 8 MiB; stopped reading (truncated)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_long_receiver_answer_is_cut_and_marked() {
    let long = "x".repeat(5 << 20);
    let rx = Receiver::start(move |_, _| Resp::status(200).body(&long));
    let out = hookctl()
        .args(["send-test", &rx.url, "-p", "github", "-o", "json"])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["response"]["body_truncated"], true);
    assert_eq!(v["response"]["body"].as_str().unwrap().len(), 4 << 20);

    let out = hookctl()
        .args(["send-test", &rx.url, "-p", "github"])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert!(stdout(&out).contains("truncated: hookctl reads at most 4 MiB of an answer"));
}
