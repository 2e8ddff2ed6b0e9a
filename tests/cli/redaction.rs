//! A password inside a URL (`--base-url`, `--token-url`) never reaches the terminal, an error
//! or the token cache; masked secrets show little (issue #14, "Data and secrets").

use crate::support::fakes::noones::{self, CLIENT_ID, TOKEN_PATH};
use crate::support::fakes::webhooks;
use crate::support::{hookctl, stderr, stdout};

fn with_password(url: &str, password: &str) -> String {
    url.replacen("http://", &format!("http://user:{password}@"), 1)
}

#[test]
fn verbose_lines_and_errors_mask_a_base_url_password() {
    let out = hookctl()
        .args([
            "webhooks",
            "list",
            "-v",
            "-p",
            "noko",
            "--token",
            "t",
            "--retries",
            "0",
        ])
        .args(["--base-url", "http://user:hunter2@127.0.0.1:1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(err.contains("debug: GET http://user:***@127.0.0.1:1/"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
    let out = hookctl()
        .args(["webhooks", "list", "-p", "noko", "--token", "t"])
        .args(["--base-url", "http://user:hunter2@127.0.0.1:1/x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains("hunter2"), "{}", stderr(&out));
}

#[test]
fn a_token_url_password_is_neither_printed_nor_cached() {
    let fake = noones::start();
    let dir = tempfile::tempdir().unwrap();
    let run = |secret: &str| {
        webhooks(&fake.url, "noones", &dir)
            .env("HOOKCTL_NOONES_CLIENT_ID", CLIENT_ID)
            .env("HOOKCTL_NOONES_CLIENT_SECRET", secret)
            .args([
                "--token-url",
                &with_password(&format!("{}{TOKEN_PATH}", fake.url), "tokpass"),
            ])
            .args(["-v", "list"])
            .output()
            .unwrap()
    };
    let out = run("wrong-secret");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("token exchange at"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("tokpass"), "{}", stderr(&out));
    let out = run(noones::CLIENT_SECRET);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("tokpass") && !stdout(&out).contains("tokpass"));
    let cache = std::fs::read_to_string(dir.path().join("token-cache.json")).unwrap();
    assert!(cache.contains("access_token"), "{cache}");
    assert!(
        !cache.contains("tokpass"),
        "the cache key carries the password: {cache}"
    );
}

#[test]
fn config_list_masks_all_but_an_eighth_of_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    hookctl()
        .env("HOOKCTL_CONFIG", &path)
        .args(["config", "set", "providers.noko.secret", "-"])
        .write_stdin("123456789")
        .assert()
        .success();
    let list = stdout(
        &hookctl()
            .env("HOOKCTL_CONFIG", &path)
            .args(["config", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(list, "providers.noko.secret = …\n", "9 characters show none");
}
