//! `hookctl listen --record`: torn last lines healed on start, record files created 0600,
//! FIFOs refused before listening. Runs the real binary.
#![cfg(unix)]

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::listen::*;

const NOKO: &str = "noko-record-secret";

fn env() -> Vec<(&'static str, &'static str)> {
    vec![("HOOKCTL_NOKO_SECRET", NOKO)]
}

/// A complete record line as `listen --record` writes it, validly signed with `NOKO`.
fn old_record(id: &str) -> String {
    let body = json!({"payload_id": id, "type": "entry.created"}).to_string();
    let sig = hex::encode(hmac256(NOKO.as_bytes(), body.as_bytes()));
    json!({
        "received_at": "2024-01-01T00:00:00Z",
        "provider": "noko",
        "event_type": "entry.created",
        "event_id": id,
        "signature": "valid",
        "duplicate": false,
        "method": "POST",
        "path": "/",
        "headers": {
            "Host": "example.com",
            "Content-Length": body.len().to_string(),
            "Content-Type": "application/json",
            "X-Noko-Signature": sig,
        },
        "body": body,
        "status": 200,
    })
    .to_string()
}

fn torn_side_files(dir: &Path, name: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("{name}.torn-"))
        })
        .collect()
}

#[test]
fn a_torn_last_line_is_moved_aside_and_every_line_replays() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("events.jsonl");
    let torn = "{\"partial\":";
    std::fs::write(&rec, format!("{}\n{torn}", old_record("p-old"))).unwrap();

    let l = Listener::start(&["--provider", "noko", "--record", rec.to_str().unwrap()], &env());
    let err = l.stderr();
    assert!(
        err.contains("torn line (11 bytes, no newline)") && err.contains("events.jsonl.torn-"),
        "the healing is reported: {err}"
    );

    let body = json!({"payload_id": "p-new", "type": "entry.created"})
        .to_string()
        .into_bytes();
    let resp = post(l.port, &signed_headers("noko", NOKO, &body, now()), &body);
    assert_eq!(resp.status, 200, "{}", resp.text());
    drop(l);

    // Exactly the old line and the new one, each complete.
    let text = std::fs::read_to_string(&rec).unwrap();
    assert!(text.ends_with('\n'), "{text:?}");
    assert_eq!(text.lines().count(), 2, "{text:?}");
    let lines = records(&rec);
    assert_eq!(lines[0]["event_id"], "p-old");
    assert_eq!(lines[1]["event_id"], "p-new");
    assert_eq!(lines[1]["signature"], "valid");

    // The torn bytes are kept, privately, in the side file named on stderr.
    let sides = torn_side_files(dir.path(), "events.jsonl");
    assert_eq!(sides.len(), 1, "{sides:?}");
    assert_eq!(std::fs::read_to_string(&sides[0]).unwrap(), torn);
    assert!(err.contains(&sides[0].display().to_string()), "{err}");
    let mode = std::fs::metadata(&sides[0]).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);

    // `replay --strict` refuses a file with any unparsable line: it sends both to a second
    // listener, which verifies each.
    let l2 = Listener::start(&["--provider", "noko"], &env());
    let out = command()
        .args([
            "replay",
            rec.to_str().unwrap(),
            "--to",
            &format!("http://127.0.0.1:{}/", l2.port),
            "--strict",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "replay: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut ids: Vec<String> = (0..2)
        .map(|_| {
            let ev = l2.next_event();
            assert_eq!(ev["signature"], "valid", "{ev}");
            ev["event_id"].as_str().unwrap().to_string()
        })
        .collect();
    ids.sort();
    assert_eq!(ids, ["p-new", "p-old"]);
}

#[test]
fn record_to_a_fifo_exits_2_before_listening() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.jsonl");
    let ok = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success();
    assert!(ok, "mkfifo failed");

    let mut child = command()
        .args(["listen", "--port", "0", "-o", "json", "--provider", "noko"])
        .args(["--record", fifo.to_str().unwrap()])
        .env("HOOKCTL_NOKO_SECRET", NOKO)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("listen --record FIFO did not exit within 10 s (blocked opening the FIFO?)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains("FIFO"), "{err}");
    assert!(err.contains(&fifo.display().to_string()), "{err}");
    assert!(!err.contains("Listening on"), "{err}");
}

#[test]
fn a_new_record_file_is_created_0600() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("fresh.jsonl");
    let l = Listener::start(&["--provider", "noko", "--record", rec.to_str().unwrap()], &env());
    assert!(!l.stderr().contains("torn"), "{}", l.stderr());
    let mode = std::fs::metadata(&rec).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{:o}", mode);
    let body = br#"{"payload_id":"p-1","type":"entry.created"}"#;
    assert_eq!(
        post(l.port, &signed_headers("noko", NOKO, body, now()), body).status,
        200
    );
    drop(l);
    assert_eq!(records(&rec).len(), 1);
    assert!(torn_side_files(dir.path(), "fresh.jsonl").is_empty());
}
