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

/// `spawn`, on a terminal of `rows` × `cols` (set with stty before hookctl starts).
fn spawn_sized(fake: &str, dir: &tempfile::TempDir, rows: u16, cols: u16, args: &[&str]) -> PtySession {
    let mut cmd = Command::new("sh");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("HOOKCTL_CONFIG", dir.path().join("config.toml"))
        .env("HOOKCTL_NOKO_TOKEN", TOKEN)
        .args([
            "-c",
            &format!("stty rows {rows} cols {cols} && exec \"$0\" \"$@\""),
        ])
        .arg(env!("CARGO_BIN_EXE_hookctl"))
        .args(["webhooks", "--provider", "noko", "--base-url", fake])
        .args(args);
    rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn under a pty")
}

/// Text as it shows on the screen: terminal control sequences removed. rexpect hands the
/// terminal's bytes over one char each, so UTF-8 is decoded here.
fn visible(raw: &str) -> String {
    let bytes: Vec<u8> = raw.chars().map(|c| c as u32 as u8).collect();
    let text = String::from_utf8_lossy(&bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.next_if_eq(&'[').is_some() {
                // CSI: parameters, then one final letter.
                for p in chars.by_ref() {
                    if p.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
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

/// The picker on a 20-row, 80-column terminal lists Noko's 38 events a page at a time: no page
/// takes more lines than the screen has, no line wraps (either would leave copies in the
/// scrollback at each redraw), and the arrow keys page through all of them.
#[test]
fn the_event_picker_pages_to_the_terminal() {
    let fake = noko::start();
    let dir = tempfile::tempdir().unwrap();
    let (rows, cols) = (20usize, 80usize);
    let mut p = spawn_sized(
        &fake.url,
        &dir,
        rows as u16,
        cols as u16,
        &["create", "--url", "https://x.example/h"],
    );
    p.exp_string("[Page 1/3]").unwrap();
    // What is drawn up to the next page's marker is one whole page.
    let mut pages = Vec::new();
    for next in ["[Page 2/3]", "[Page 3/3]", "cancelled"] {
        p.send(if next == "cancelled" { "\x1b" } else { "\x1b[C" })
            .unwrap();
        p.flush().unwrap();
        pages.push(visible(&p.exp_string(next).unwrap()));
    }
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 2);
    let catalog: Vec<String> = hookctl::providers::builtins()
        .iter()
        .find(|p| p.id() == "noko")
        .unwrap()
        .catalog()
        .events
        .iter()
        .map(|e| e.name.clone())
        .collect();
    assert_eq!(catalog.len(), 38);
    let mut seen = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let items: Vec<&str> = page
            .split("\r\n")
            .filter(|l| l.starts_with("> [") || l.starts_with("  ["))
            .collect();
        // The prompt (one line, the marker's included), the items, the cursor's line.
        let height = 1 + items.len() + 1;
        assert!(height <= rows, "page {}: {height} lines", i + 1);
        for line in page.split("\r\n") {
            assert!(line.chars().count() < cols, "page {}: `{line}` wraps", i + 1);
        }
        seen.extend(
            items
                .iter()
                .map(|l| l[6..].split(' ').next().unwrap().to_string()),
        );
    }
    assert_eq!(seen, catalog, "paging shows every event, in order");
    assert!(fake.requests().is_empty());
}
