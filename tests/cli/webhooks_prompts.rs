//! Prompts under a pseudo-terminal: Confirm before delete, MultiSelect/Input for missing create
//! values, Password for a missing token. Without a terminal these paths exit 2 (tested per
//! provider); here a real terminal is attached so hookctl may ask.

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

use crate::support::fakes::noko::{self, TOKEN};

fn spawn(fake: &str, dir: &tempfile::TempDir, token: bool, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hookctl"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("HOOKCTL_CONFIG", dir.path().join("config.toml"))
        .args([
            "webhooks",
            "--provider",
            "noko",
            "--base-url",
            fake,
            "--retry-base",
            "10ms",
        ])
        .args(args);
    if token {
        cmd.env("HOOKCTL_NOKO_TOKEN", TOKEN);
    }
    rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn under a pty")
}

fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("hookctl did not exit normally: {other:?}"),
    }
}

#[test]
fn delete_asks_first_and_a_no_sends_nothing() {
    let fake = noko::start();
    let url = fake.url.clone();
    let id = fake
        .state()
        .seed("hook", "https://a.example/h", &["entry.created"], &url)
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&fake.url, &dir, true, &["delete", &id]);
    p.exp_string(&format!("delete Noko webhook {id}?")).unwrap();
    p.send("n").unwrap();
    p.flush().unwrap();
    p.exp_string("cancelled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);
    assert!(fake.requests().is_empty());

    let mut p = spawn(&fake.url, &dir, true, &["delete", &id]);
    p.exp_string("?").unwrap();
    p.send("y").unwrap();
    p.flush().unwrap();
    p.exp_string(&format!("deleted {id}")).unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    assert_eq!(fake.lines(), [format!("DELETE /v2/webhooks/{id}")]);
}

#[test]
fn create_prompts_for_url_events_and_name() {
    let fake = noko::start();
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&fake.url, &dir, true, &["create"]);
    p.exp_string("Receiver URL").unwrap();
    p.send_line("https://prompted.example/h").unwrap();
    p.exp_string("Noko events").unwrap();
    // Select the first catalog entry (entry.created) with space, then confirm.
    p.send(" ").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Webhook name").unwrap();
    p.send_line("prompted hook").unwrap();
    p.exp_string("about to create a Noko webhook named \"prompted hook\" to https://prompted.example/h for 1 event (entry.created)").unwrap();
    p.exp_string("Create?").unwrap();
    p.send("y").unwrap();
    p.flush().unwrap();
    p.exp_string("signing secret").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(
        reqs[0].json(),
        serde_json::json!({"name": "prompted hook", "payload_uri": "https://prompted.example/h", "events": ["entry.created"]})
    );
}

#[test]
fn a_missing_token_is_asked_for_hidden() {
    let fake = noko::start();
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&fake.url, &dir, false, &["list"]);
    p.exp_string("Noko API token").unwrap();
    p.send_line(TOKEN).unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains(TOKEN), "the token was echoed: {rest}");
    assert_eq!(exit_code(&p), 0);
    assert_eq!(fake.requests()[0].header("x-nokotoken"), Some(TOKEN));
}

/// Esc in the event picker, or anything but yes at the summary, creates nothing.
#[test]
fn create_can_be_cancelled_at_the_picker_and_at_the_summary() {
    let fake = noko::start();
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&fake.url, &dir, true, &["create", "--url", "https://x.example/h"]);
    p.exp_string("Noko events").unwrap();
    p.send("\x1b").unwrap();
    p.flush().unwrap();
    p.exp_string("cancelled; nothing was created").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);

    let mut p = spawn(
        &fake.url,
        &dir,
        true,
        &["create", "--url", "https://x.example/h", "--name", "n"],
    );
    p.exp_string("Noko events").unwrap();
    // `a` toggles every event; the summary says how many before anything is sent.
    p.send("a").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("more)").unwrap();
    p.exp_string("Create?").unwrap();
    p.send("n").unwrap();
    p.flush().unwrap();
    p.exp_string("cancelled; nothing was created").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);
    assert!(
        fake.requests().is_empty(),
        "a cancelled create sent {:?}",
        fake.requests().len()
    );
}
