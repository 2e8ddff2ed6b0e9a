//! Global output conventions: `-q`, `--color`, help, `--version`, the man page.

use crate::support::send::{secret_for, Receiver, Resp};
use crate::support::{hookctl, stderr, stdout};

#[test]
fn quiet_send_test_prints_the_result_line_only() {
    let rx = Receiver::start(|_, _| Resp::status(200).body("ok"));
    let out = hookctl()
        .args(["-q", "send-test", &rx.url, "-p", "github"])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with(&format!("✔ POST {}  HTTP 200", rx.url)),
        "{text}"
    );

    let out = hookctl()
        .args(["-q", "send-test", &rx.url, "-p", "github", "--count", "4"])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("sent 4 events to") && text.contains("200 × 4"),
        "{text}"
    );
}
