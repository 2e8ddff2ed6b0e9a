//! Files that hold secrets must be private: the config file, the OAuth token cache, and key
//! files the config names.

use std::path::Path;

use super::{Finding, Status};
use crate::config::Config;

/// The config file: where it is, whether it parses, whether others can read it. Returns the
/// parsed config when there is one to check further.
pub fn config(path: Option<&Path>) -> (Finding, Option<Config>) {
    let Some(path) = path else {
        return (
            Finding::new(
                "config.file",
                Status::Warn,
                "no config path: neither HOME nor XDG_CONFIG_HOME is set",
            )
            .hint("pass --config PATH or set HOOKCTL_CONFIG"),
            None,
        );
    };
    if !path.exists() {
        return (
            Finding::new(
                "config.file",
                Status::Ok,
                format!("{} does not exist (nothing configured there)", path.display()),
            )
            .hint("`hookctl config set providers.<id>.secret` creates it, private"),
            Some(Config::default()),
        );
    }
    match Config::load(Some(path.to_path_buf())) {
        Err(e) => (
            Finding::new("config.file", Status::Fail, e.message.clone())
                .hint(e.hint.unwrap_or_else(|| "fix the file by hand".into())),
            None,
        ),
        Ok((config, _)) => {
            let finding = private("config.file", path, "config file");
            (finding, Some(config))
        }
    }
}

/// A file that must be readable by its owner only.
pub fn private(id: &str, path: &Path, what: &str) -> Finding {
    match mode(path) {
        Err(e) => Finding::new(id, Status::Fail, format!("{what} {}: {e}", path.display())),
        Ok(Some(m)) if m & 0o077 != 0 => Finding::new(
            id,
            Status::Fail,
            format!(
                "{what} {} is readable by group or others (mode {:o})",
                path.display(),
                m & 0o777
            ),
        )
        .hint(format!("chmod 600 {}", path.display())),
        Ok(Some(m)) => Finding::new(
            id,
            Status::Ok,
            format!("{what} {} is private (mode {:o})", path.display(), m & 0o777),
        ),
        Ok(None) => Finding::new(id, Status::Ok, format!("{what} {} exists", path.display())),
    }
}

#[cfg(unix)]
fn mode(path: &Path) -> std::io::Result<Option<u32>> {
    use std::os::unix::fs::PermissionsExt;
    Ok(Some(std::fs::metadata(path)?.permissions().mode()))
}

#[cfg(not(unix))]
fn mode(path: &Path) -> std::io::Result<Option<u32>> {
    std::fs::metadata(path).map(|_| None)
}

/// The token cache beside the config file, and key files named by `private_key` settings.
pub fn secrets_on_disk(config: &Config, config_path: Option<&Path>) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(cache) = config_path
        .and_then(Path::parent)
        .map(|d| d.join("token-cache.json"))
    {
        if cache.exists() {
            out.push(private("files.token_cache", &cache, "token cache"));
        }
    }
    let Some(providers) = config.doc.get("providers").and_then(toml::Value::as_table) else {
        return out;
    };
    for (id, table) in providers {
        let Some(value) = table.get("private_key").and_then(toml::Value::as_str) else {
            continue;
        };
        // A key given inline (base64/hex seed) is guarded by the config file's own mode.
        let path = Path::new(value);
        if path.is_file() {
            out.push(private(
                &format!("files.key.{id}"),
                path,
                &format!("{id} private key"),
            ));
        }
    }
    out
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_file_others_can_read_fails_and_says_how_to_fix_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.pem");
        std::fs::write(&p, "x").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        let f = private("k", &p, "key");
        assert_eq!(f.status, Status::Fail);
        assert!(f.hint.unwrap().starts_with("chmod 600"));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(private("k", &p, "key").status, Status::Ok);
    }
}
