//! `config set`/`unset` edit the file in place (comments and layout kept, symlinks kept), accept
//! only keys hookctl reads, and take a value from stdin (issue #14, "Data and secrets").

use crate::support::{hookctl, stderr, stdout};

const HAND_WRITTEN: &str = r#"# my hookctl config

[providers.noko]   # the Noko account
token = "abc"      # rotate monthly
base_url = "http://old"  # staging

[schemes.acme]
name = "Acme"
signature_header = "X-Acme-Signature"
format = { kind = "key_value", timestamp_key = "ts", signature_key = "sig", separator = ";" }
template = "{timestamp}|{body}"       # {body} or {params}
"#;

fn config_at(path: &std::path::Path) -> assert_cmd::Command {
    let mut c = hookctl();
    c.env("HOOKCTL_CONFIG", path).arg("config");
    c
}

#[test]
fn set_and_unset_keep_comments_and_layout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, HAND_WRITTEN).unwrap();
    config_at(&path)
        .args(["set", "providers.noko.base_url", "https://x"])
        .assert()
        .success();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        HAND_WRITTEN.replace(r#""http://old""#, r#""https://x""#),
        "only the value changed"
    );
    config_at(&path)
        .args(["set", "providers.noones.secret", "-"])
        .write_stdin("s3cret\n")
        .assert()
        .success();
    config_at(&path)
        .args(["unset", "providers.noones.secret"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "set then unset leaves the file as it was"
    );
}

#[cfg(unix)]
#[test]
fn a_symlinked_config_stays_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("dotfiles")).unwrap();
    let target = dir.path().join("dotfiles").join("hookctl.toml");
    std::fs::write(&target, HAND_WRITTEN).unwrap();
    let link = dir.path().join("config.toml");
    std::os::unix::fs::symlink("dotfiles/hookctl.toml", &link).unwrap();
    config_at(&link)
        .args(["set", "providers.noko.base_url", "https://x"])
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&target).unwrap().contains("https://x"));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&target).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn unknown_settings_are_refused_with_a_guess() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    for (key, hint) in [
        ("providers.noko.secrt", "did you mean `providers.noko.secret`?"),
        ("provider.noko.secret", "did you mean `providers.noko.secret`?"),
        ("foo.bar", "providers.<id>.<setting>"),
    ] {
        let out = config_at(&path).args(["set", key, "x"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{key}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 2, "{err}");
        assert!(err.contains(hint), "{key}: {err}");
    }
    assert!(!path.exists(), "nothing was written");
}

#[test]
fn a_dash_or_a_pipe_reads_the_value_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let out = config_at(&path)
        .args(["set", "providers.noones.secret", "-"])
        .write_stdin("from-a-dash\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("shell history"),
        "no warning: the value was not on the command line"
    );
    let got = config_at(&path)
        .args(["get", "providers.noones.secret", "--reveal"])
        .output()
        .unwrap();
    assert_eq!(stdout(&got), "from-a-dash\n");
    config_at(&path)
        .args(["set", "providers.noko.token"])
        .write_stdin("piped-token")
        .assert()
        .success();
    let got = config_at(&path)
        .args(["get", "providers.noko.token", "--reveal"])
        .output()
        .unwrap();
    assert_eq!(stdout(&got), "piped-token\n");
    let out = config_at(&path)
        .args(["set", "providers.noko.token", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no value given"), "{}", stderr(&out));
}
