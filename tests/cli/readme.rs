//! The README's runnable examples run as shown: the tour's commands print what the README says
//! they print, the providers excerpt is what `providers` prints, and the `[schemes.acme]`
//! example loads and signs. A drift between the docs and the binary fails here.

use std::process::Command;

use crate::support::listen::scrub;
use crate::support::{hookctl, repo_path, stderr, stdout, temp_file};

fn readme() -> String {
    std::fs::read_to_string(repo_path("README.md")).expect("README.md")
}

/// The first fenced block of `lang` after the heading line `heading`.
fn block_after(text: &str, heading: &str, lang: &str) -> String {
    let at = text
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?} in README"));
    let fence = format!("```{lang}\n");
    let start = at + text[at..].find(&fence).expect("a fenced block") + fence.len();
    let end = start + text[start..].find("```\n").expect("a closing fence");
    text[start..end].to_string()
}

/// `$ command` lines and the output shown under each (up to the next command).
fn transcript(block: &str) -> Vec<(String, String)> {
    let mut steps: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        if let Some(cmd) = line.strip_prefix("$ ") {
            steps.push((cmd.to_string(), String::new()));
        } else if let Some((_, out)) = steps.last_mut() {
            out.push_str(line);
            out.push('\n');
        }
    }
    for (_, out) in &mut steps {
        *out = out.trim_end().to_string();
    }
    steps
}

/// Run the steps in one `sh`, as a reader pasting them would, with this build's `hookctl` first
/// on PATH; each step's stdout and stderr, in order.
fn run_in_sh(steps: &[(String, String)]) -> Vec<String> {
    const MARK: &str = "@@step@@";
    let mut script = String::new();
    for (cmd, _) in steps {
        script.push_str(&format!("echo {MARK}\n{cmd} 2>&1\n"));
    }
    let bin = assert_cmd::cargo::cargo_bin("hookctl");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut sh = Command::new("sh");
    scrub(&mut sh);
    let out = sh.arg("-c").arg(&script).env("PATH", path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    text.split(&format!("{MARK}\n"))
        .skip(1)
        .map(|s| s.trim_end().to_string())
        .collect()
}

#[test]
fn the_tour_prints_what_the_readme_shows() {
    let steps = transcript(&block_after(&readme(), "## 30-second tour", "console"));
    assert!(steps.len() >= 5, "{steps:?}");
    let actual = run_in_sh(&steps);
    assert_eq!(actual.len(), steps.len());
    for ((cmd, shown), got) in steps.iter().zip(&actual) {
        assert_eq!(got, shown, "README step `{cmd}` prints something else");
    }
}

#[test]
fn the_providers_excerpt_is_what_providers_prints() {
    let steps = transcript(&block_after(
        &readme(),
        "### Providers and their schemes",
        "console",
    ));
    assert_eq!(steps.len(), 1, "{steps:?}");
    let actual = run_in_sh(&steps);
    assert_eq!(actual[0], steps[0].1, "README's `{}` is out of date", steps[0].0);
}

#[test]
fn the_readme_scheme_example_loads_and_round_trips() {
    let toml = block_after(&readme(), "### Your own scheme, as data", "toml");
    assert!(toml.contains("[schemes.acme]"), "{toml}");
    let dir = tempfile::tempdir().unwrap();
    let config = temp_file(
        &dir,
        "config.toml",
        toml.replace("\"…\"", "\"acme-secret\"").as_bytes(),
    );
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &config)
        .args(["providers", "-p", "acme"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Acme (acme)"), "{}", stdout(&out));
    assert_eq!(stderr(&out), "", "the example must load without a warning");
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &config)
        .args(["sign", "-p", "acme", "--data", "{\"kind\":\"x\"}", "-o", "value"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sig = stdout(&out).trim().to_string();
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &config)
        .args(["sign", "-p", "acme", "--data", "{\"kind\":\"x\"}"])
        .output()
        .unwrap();
    let header = stdout(&out)
        .lines()
        .find(|l| l.starts_with("X-Acme-Signature: "))
        .unwrap()
        .to_string();
    assert!(header.contains(";sig="), "{header}");
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &config)
        .args(["verify", "-H", &header, "--data", "{\"kind\":\"x\"}"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(!sig.is_empty());
}

#[test]
fn a_broken_user_scheme_is_reported_not_silently_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let config = temp_file(
        &dir,
        "config.toml",
        b"[schemes.bad]\nsignature_header = \"X-Bad\"\nformat = { kind = \"nope\" }\n",
    );
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    for args in [
        &["providers"][..],
        &["events", "-p", "stripe"][..],
        &["sign", "-p", "github", "--data", "{}"][..],
    ] {
        let out = hookctl()
            .env("HOOKCTL_CONFIG", &config)
            .env("HOOKCTL_SECRET", "s")
            .args(args)
            .output()
            .unwrap();
        let err = stderr(&out);
        assert!(
            err.contains("scheme `bad` is malformed") && err.contains("left out"),
            "{args:?}: {err}"
        );
    }
}
