//! Spawn the binary with a scrubbed environment; small helpers shared by the tests.
#![allow(dead_code)]
pub mod send;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// `hookctl` with no HOOKCTL_*, colour, HOME or XDG variables from the developer's shell, and
/// a config path that does not exist, so nothing outside the test leaks in.
pub fn hookctl() -> Command {
    let mut cmd = Command::cargo_bin("hookctl").expect("binary built");
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        if k.starts_with("HOOKCTL_")
            || k.starts_with("XDG_")
            || k == "NO_COLOR"
            || k == "CLICOLOR_FORCE"
            || k == "COLUMNS"
        {
            cmd.env_remove(&k);
        }
    }
    cmd.env_remove("HOME");
    cmd.env("HOOKCTL_CONFIG", "/nonexistent/hookctl-test/config.toml");
    cmd.env("CI", "true");
    cmd
}

/// A file under a fresh temporary directory.
pub fn temp_file(dir: &tempfile::TempDir, name: &str, contents: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, contents).expect("write temp file");
    p
}

pub fn repo_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// stdout of a finished command as text.
pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
pub mod fakes;
pub mod listen;
