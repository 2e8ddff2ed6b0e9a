//! `hookctl config`: path, list, get, set, unset; masking, 0600, atomic writes, malformed files.

use crate::support::{hookctl, stderr, stdout};

fn cfg(dir: &tempfile::TempDir) -> assert_cmd::Command {
    let mut c = hookctl();
    c.env("HOOKCTL_CONFIG", dir.path().join("sub").join("config.toml"));
    c.arg("config");
    c
}

#[cfg(unix)]
fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn set_get_list_unset_round_trip_with_masking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("config.toml");
    assert_eq!(
        stdout(&cfg(&dir).arg("path").output().unwrap()).trim(),
        path.display().to_string()
    );
    let out = cfg(&dir)
        .args(["set", "providers.noones.secret", "whsec_supersecretvalue"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("visible in shell history"));
    cfg(&dir)
        .args(["set", "providers.noones.base_url", "http://127.0.0.1:8080"])
        .assert()
        .success();
    cfg(&dir)
        .args(["set", "providers.noko.token", "noko-token-abcdef"])
        .assert()
        .success();
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let list = stdout(&cfg(&dir).arg("list").output().unwrap());
    assert!(list.contains("providers.noones.secret = wh…"), "{list}");
    assert!(list.contains("providers.noko.token = no…"), "{list}");
    assert!(
        list.contains("providers.noones.base_url = http://127.0.0.1:8080"),
        "{list}"
    );
    assert!(
        !list.contains("supersecret") && !list.contains("abcdef"),
        "{list}"
    );
    let got = stdout(
        &cfg(&dir)
            .args(["get", "providers.noones.secret"])
            .output()
            .unwrap(),
    );
    assert_eq!(got.trim(), "wh…");
    let revealed = stdout(
        &cfg(&dir)
            .args(["get", "providers.noones.secret", "--reveal"])
            .output()
            .unwrap(),
    );
    assert_eq!(revealed.trim(), "whsec_supersecretvalue");
    let json: serde_json::Value =
        serde_json::from_slice(&cfg(&dir).args(["list", "-o", "json"]).output().unwrap().stdout).unwrap();
    assert_eq!(json["providers.noones.secret"], "wh…");
    cfg(&dir)
        .args(["unset", "providers.noones.secret"])
        .assert()
        .success();
    let out = cfg(&dir)
        .args(["get", "providers.noones.secret"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("secret") && text.contains("base_url"), "{text}");
    // Atomic write: no temp file is left beside the config.
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("config.toml")]);
}

#[test]
fn a_malformed_config_is_an_error_naming_the_line_and_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("config.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let broken = "[providers.noko]\ntoken = \"ok\"\nsecret = \n";
    std::fs::write(&path, broken).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    for args in [
        &["set", "providers.noko.secret", "x"][..],
        &["unset", "providers.noko.token"],
        &["list"],
    ] {
        let out = cfg(&dir).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("malformed") && err.contains("line 3"), "{err}");
        assert_eq!(err.lines().count(), 2, "{err}");
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
}

#[test]
fn a_config_readable_by_others_warns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("config.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "[providers.noko]\ntoken = \"t\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = cfg(&dir).arg("list").output().unwrap();
        assert!(out.status.success());
        assert!(
            stderr(&out).contains("readable by group or others"),
            "{}",
            stderr(&out)
        );
        // Rewriting it restores 0600.
        cfg(&dir)
            .args(["set", "providers.noko.base_url", "http://127.0.0.1:1"])
            .assert()
            .success();
        assert_eq!(mode(&path), 0o600);
    }
}

#[test]
fn set_without_a_value_refuses_without_a_terminal_and_bad_keys_are_caught() {
    let dir = tempfile::tempdir().unwrap();
    let out = cfg(&dir)
        .args(["set", "providers.noones.secret"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("hookctl config set providers.noones.secret VALUE"),
        "{}",
        stderr(&out)
    );
    let out = cfg(&dir)
        .args(["set", "providers.noonse.secret", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("did you mean `noones`"));
    let out = cfg(&dir)
        .args(["set", "providers..secret", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cfg(&dir)
        .args(["unset", "providers.noko.token"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.path().join("sub").join("config.toml").exists());
}

#[test]
fn config_path_works_even_when_the_file_is_malformed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[providers\n").unwrap();
    let out = crate::support::hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        path.display().to_string()
    );
    let out = crate::support::hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["config", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The user scheme README shows is the one people copy first: it must load as written.
#[test]
fn the_readme_scheme_example_loads_and_signs() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("[schemes.acme]")
        .expect("README shows a [schemes.acme] example");
    let block: String = readme[start..]
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        format!("{block}\n\n[providers.acme]\nsecret = \"acme-secret\"\n"),
    )
    .unwrap();
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["providers", "-p", "acme"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("HMAC-SHA512"), "{}", stdout(&out));
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args([
            "sign",
            "-p",
            "acme",
            "--timestamp",
            "1700000000",
            "--data",
            "{\"kind\":\"widget.made\"}",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("X-Acme-Signature: ts=1700000000;sig="),
        "{}",
        stdout(&out)
    );
}
