//! The checked-in completion scripts match what the binary generates.

use crate::support::{hookctl, repo_path};

const SHELLS: [(&str, &str); 5] = [
    ("bash", "hookctl.bash"),
    ("zsh", "_hookctl"),
    ("fish", "hookctl.fish"),
    ("powershell", "_hookctl.ps1"),
    ("elvish", "hookctl.elv"),
];

#[test]
fn checked_in_completions_are_current() {
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let out = hookctl().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "completions {shell} failed");
        let path = repo_path(&format!("completions/{file}"));
        let on_disk = std::fs::read(&path).unwrap_or_default();
        if on_disk != out.stdout {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions {stale:?}; refresh them with: ./completions/generate.sh"
    );
}

#[test]
fn bash_completion_knows_every_command() {
    let out = hookctl().args(["completions", "bash"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for cmd in [
        "sign",
        "verify",
        "send-test",
        "listen",
        "webhooks",
        "providers",
        "events",
        "keygen",
    ] {
        assert!(text.contains(cmd), "bash completion lacks {cmd}");
    }
}
