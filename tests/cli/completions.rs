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

/// `-p <TAB>` completes provider ids, not file names: fish lists the values of `-p`.
#[test]
fn provider_flags_complete_provider_ids() {
    let out = hookctl().args(["completions", "fish"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // One `complete` entry may span lines: its values are listed one per line.
    let entry = |condition: &str| -> String {
        let at = text
            .find(&format!("{condition} -s p -l provider"))
            .unwrap_or_else(|| panic!("no fish entry for {condition} -p"));
        let rest = &text[at..];
        rest[..rest.find("\ncomplete -c").unwrap_or(rest.len())].to_string()
    };
    let sign_p = entry("__fish_hookctl_using_subcommand sign\"");
    for id in ["stripe", "github", "noones", "generic"] {
        assert!(
            sign_p.contains(&format!("{id}\\t")),
            "sign -p does not offer {id}: {sign_p}"
        );
    }
    let webhooks_p = entry("__fish_seen_subcommand_from list\"");
    assert!(
        webhooks_p.contains("noko\\t") && !webhooks_p.contains("stripe\\t"),
        "{webhooks_p}"
    );
}

/// Event flags complete the catalogs' event types.
#[test]
fn event_flags_complete_event_types() {
    let out = hookctl().args(["completions", "fish"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let at = text
        .find("__fish_hookctl_using_subcommand send-test\" -s e -l event")
        .expect("a fish entry for send-test -e");
    let entry = &text[at..];
    let entry = &entry[..entry.find("\ncomplete -c").unwrap_or(entry.len())];
    for name in ["payment_intent.succeeded", "entry.created", "push"] {
        assert!(
            entry.contains(&format!("{name}\\t")),
            "send-test -e does not offer {name}"
        );
    }
}
