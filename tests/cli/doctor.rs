//! `hookctl doctor`: each check against a real config, real file modes, a real local API for
//! the clock, and the completion folders a shell reads.

use crate::support::send::{Receiver, Resp};
use crate::support::{hookctl, stderr, stdout};

fn doctor(config: &std::path::Path) -> assert_cmd::Command {
    let mut c = hookctl();
    c.env("HOOKCTL_CONFIG", config)
        .env("SHELL", "/bin/sh")
        .arg("doctor");
    c
}

fn write_private(dir: &tempfile::TempDir, text: &str) -> std::path::PathBuf {
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

fn checks(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

fn status_of<'a>(doc: &'a serde_json::Value, id: &str) -> &'a str {
    doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id} in {doc}"))["status"]
        .as_str()
        .unwrap()
}

#[test]
fn a_malformed_config_is_a_failure_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_private(&dir, "[providers.noko]\nsecret = \n");
    let out = doctor(&path).args(["--offline", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = checks(&out);
    assert_eq!(doc["ok"], false);
    assert_eq!(status_of(&doc, "config.file"), "fail");
    assert!(stdout(&out).contains("line 2"), "{}", stdout(&out));
}

#[cfg(unix)]
#[test]
fn a_config_others_can_read_fails_with_the_chmod_to_run() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write_private(&dir, "[providers.noko]\nsecret = \"s3cr3t-value\"\n");
    let out = doctor(&path).arg("--offline").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = doctor(&path).arg("--offline").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains(&format!("chmod 600 {}", path.display())),
        "{}",
        stdout(&out)
    );
}

#[test]
fn every_broken_scheme_is_named_with_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_private(
        &dir,
        "[schemes.good]\nsignature_header = \"X-Good\"\n\n\
         [schemes.bad1]\nsignature_header = \"X-Bad\"\nalgorithm = \"md5\"\n\n\
         [schemes.bad2]\nsignature_header = \"X-Bad2\"\nencoding = \"base32\"\n",
    );
    let out = doctor(&path).args(["--offline", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc = checks(&out);
    assert_eq!(status_of(&doc, "scheme.good"), "ok");
    assert_eq!(status_of(&doc, "scheme.bad1"), "fail");
    assert_eq!(status_of(&doc, "scheme.bad2"), "fail");
    let text = stdout(&out);
    assert!(text.contains("md5") && text.contains("base32"), "{text}");
}

#[test]
fn credential_sources_are_named_and_their_values_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_private(
        &dir,
        "[providers.noko]\nsecret = \"cfg-secret-value\"\n[providers.noones]\ntoken = \"cfg-token-value\"\n",
    );
    let out = doctor(&path)
        .env("HOOKCTL_STRIPE_SECRET", "env-secret-value")
        .args(["--offline", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = format!("{}{}", stdout(&out), stderr(&out));
    for value in ["cfg-secret-value", "cfg-token-value", "env-secret-value"] {
        assert!(!text.contains(value), "{value} shown: {text}");
    }
    let doc = checks(&out);
    assert_eq!(status_of(&doc, "secret.noko"), "ok");
    assert_eq!(status_of(&doc, "secret.stripe"), "ok");
    assert_eq!(status_of(&doc, "token.noones"), "ok");
    assert!(text.contains("$HOOKCTL_STRIPE_SECRET"), "{text}");
}

#[test]
fn the_clock_is_compared_with_the_configured_api_unless_offline() {
    let dir = tempfile::tempdir().unwrap();
    let an_hour_ago =
        || httpdate::fmt_http_date(std::time::SystemTime::now() - std::time::Duration::from_secs(3600));
    let api = Receiver::start(move |_, _| Resp::status(200).header("Date", &an_hour_ago()));
    let path = write_private(&dir, &format!("[providers.noko]\nbase_url = \"{}\"\n", api.url));
    let out = doctor(&path).args(["-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(status_of(&checks(&out), "clock"), "fail");
    // HTTP dates have whole seconds: the skew read back is an hour, give or take one.
    let text = stdout(&out);
    let secs: i64 = text
        .split("local clock is ")
        .nth(1)
        .and_then(|t| t.split('s').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        (3599..=3601).contains(&secs) && text.contains("ahead of noko"),
        "{text}"
    );
    let asked = api.requests().len();
    assert!(asked >= 1);

    let out = doctor(&path).args(["--offline", "-o", "json"]).output().unwrap();
    assert_eq!(status_of(&checks(&out), "clock"), "skip");
    assert_eq!(api.requests().len(), asked, "--offline sent a request");

    let now_api = Receiver::start(|_, _| {
        Resp::status(200).header("Date", &httpdate::fmt_http_date(std::time::SystemTime::now()))
    });
    let path = write_private(
        &dir,
        &format!("[providers.noko]\nbase_url = \"{}\"\n", now_api.url),
    );
    let out = doctor(&path).args(["-o", "json"]).output().unwrap();
    assert_eq!(status_of(&checks(&out), "clock"), "ok", "{}", stdout(&out));
}

#[test]
fn completions_are_looked_for_where_the_shell_reads_them_and_must_be_current() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_private(&dir, "");
    let run = || {
        doctor(&path)
            .env("HOME", dir.path())
            .env("SHELL", "/usr/bin/bash")
            .args(["--offline", "-o", "json"])
            .output()
            .unwrap()
    };
    assert_eq!(status_of(&checks(&run()), "completions"), "warn");
    let script = dir
        .path()
        .join(".local/share/bash-completion/completions/hookctl");
    std::fs::create_dir_all(script.parent().unwrap()).unwrap();
    let current = hookctl().args(["completions", "bash"]).output().unwrap().stdout;
    std::fs::write(&script, &current).unwrap();
    assert_eq!(status_of(&checks(&run()), "completions"), "ok");
    std::fs::write(&script, "# an older script\n").unwrap();
    let out = run();
    assert_eq!(status_of(&checks(&out), "completions"), "warn");
    assert!(
        stdout(&out).contains("another hookctl version"),
        "{}",
        stdout(&out)
    );
}
