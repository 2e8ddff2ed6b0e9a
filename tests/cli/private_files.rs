//! Files that hold secrets (keys, the config, the token cache): 0600 whatever was there before,
//! symlinks written through, never a world-readable key (issue #14, "Data and secrets").

use crate::support::{hookctl, stderr};

#[cfg(unix)]
fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn chmod(p: &std::path::Path, m: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

#[cfg(unix)]
#[test]
fn keygen_force_over_a_world_readable_file_leaves_a_private_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    std::fs::write(&key, "").unwrap();
    chmod(&key, 0o644);
    let out = hookctl()
        .args(["keygen", "ed25519", "--force", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("(mode 0600)"));
    assert_eq!(mode(&key), 0o600, "the key must not stay world-readable");
    assert!(std::fs::read_to_string(&key).unwrap().contains("PRIVATE KEY"));
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temp file is left behind");
}

#[cfg(unix)]
#[test]
fn keygen_through_a_symlink_writes_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.pem");
    std::fs::write(&target, "").unwrap();
    chmod(&target, 0o644);
    let link = dir.path().join("link.pem");
    std::os::unix::fs::symlink("real.pem", &link).unwrap();
    hookctl()
        .args(["keygen", "ed25519", "--force", "--out"])
        .arg(&link)
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(mode(&target), 0o600);
    assert!(std::fs::read_to_string(&target).unwrap().contains("PRIVATE KEY"));
}

#[test]
fn keygen_without_force_never_replaces_and_refuses_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    std::fs::write(&key, "mine").unwrap();
    let out = hookctl()
        .args(["keygen", "ed25519", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&key).unwrap(), "mine");
    let out = hookctl()
        .current_dir(dir.path())
        .args(["keygen", "ed25519", "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--out -"), "{}", stderr(&out));
    assert!(!dir.path().join("-").exists(), "no file named `-`");
}

/// README: "3 network or I/O failure"; a full disk is I/O, not a usage error.
#[cfg(target_os = "linux")]
#[test]
fn keygen_to_a_full_device_exits_3() {
    let out = hookctl()
        .args(["keygen", "ed25519", "--force", "--out", "/dev/full"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("no space left"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn a_secret_file_readable_by_others_warns_like_the_config_does() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("s.txt");
    std::fs::write(&secret, "sekrit\n").unwrap();
    chmod(&secret, 0o644);
    let sign = |path: &std::path::Path| {
        hookctl()
            .args([
                "sign",
                "-p",
                "github",
                "--data",
                "{}",
                "-o",
                "value",
                "--secret-file",
            ])
            .arg(path)
            .output()
            .unwrap()
    };
    let out = sign(&secret);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("secret file") && stderr(&out).contains("readable by group or others"),
        "{}",
        stderr(&out)
    );
    chmod(&secret, 0o600);
    let out = sign(&secret);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
