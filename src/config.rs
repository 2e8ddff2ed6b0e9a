//! The TOML config file (README, "Secrets"): per-provider secrets, tokens, base URLs, keys.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The parsed config file; an absent file is an empty config.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub doc: toml::Table,
}

impl Config {
    /// `--config`/`HOOKCTL_CONFIG`, else `$XDG_CONFIG_HOME/hookctl/config.toml`, else `~/.config/…`.
    pub fn default_path(explicit: Option<&Path>) -> Option<PathBuf> {
        if let Some(p) = explicit {
            return Some(p.to_path_buf());
        }
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
        Some(base.join("hookctl").join("config.toml"))
    }

    /// Read the file if it exists. A malformed file is an error naming the line, never ignored.
    pub fn load(path: Option<PathBuf>) -> Result<(Config, Option<String>)> {
        let Some(path) = path else {
            return Ok((Config::default(), None));
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok((
                    Config {
                        path: Some(path),
                        doc: toml::Table::new(),
                    },
                    None,
                ))
            }
            Err(e) => return Err(Error::file(&path, "read config file", &e)),
        };
        let warning = loose_permissions(&path);
        let mut config = Config::from_toml(&text).map_err(|e| {
            Error::usage(format!("config file {} is malformed: {e}", path.display()))
                .with_hint("fix the file by hand; hookctl will not overwrite it")
        })?;
        config.path = Some(path);
        Ok((config, warning))
    }

    pub fn from_toml(text: &str) -> std::result::Result<Config, String> {
        let doc: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            let msg = e.message().trim().replace('\n', "; ");
            match line {
                Some(l) => format!("line {l}: {msg}"),
                None => msg,
            }
        })?;
        Ok(Config { path: None, doc })
    }

    /// `[providers.<id>] <key>` as a string.
    pub fn provider_value(&self, provider: &str, key: &str) -> Option<&str> {
        self.doc
            .get("providers")?
            .get(provider)?
            .get(key)?
            .as_str()
            .filter(|s| !s.is_empty())
    }
}

/// Setting names whose values are credentials: masked by `config list` and `config get`.
pub fn is_secret_key(key: &str) -> bool {
    let last = key.rsplit('.').next().unwrap_or(key).to_ascii_lowercase();
    let token = last.contains("token") && last != "token_url";
    last.contains("secret") || token || last == "password"
}

impl Config {
    /// A value by dotted key (`providers.noones.secret`).
    pub fn get(&self, key: &str) -> Option<&toml::Value> {
        let mut parts = key.split('.');
        let mut value = self.doc.get(parts.next()?)?;
        for part in parts {
            value = value.as_table()?.get(part)?;
        }
        Some(value)
    }

    /// Set a dotted key, creating the tables on the way. A non-table in the way is an error.
    pub fn set(&mut self, key: &str, value: toml::Value) -> Result<()> {
        let parts = split_key(key)?;
        let (last, tables) = parts.split_last().expect("split_key returns at least one part");
        let mut table = &mut self.doc;
        for (i, part) in tables.iter().enumerate() {
            let entry = table
                .entry(part.to_string())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            table = entry.as_table_mut().ok_or_else(|| {
                Error::usage(format!(
                    "`{}` is a value, not a table, so `{key}` cannot be set",
                    tables[..=i].join(".")
                ))
                .with_hint(format!("unset `{}` first", tables[..=i].join(".")))
            })?;
        }
        table.insert(last.to_string(), value);
        Ok(())
    }

    /// Remove a dotted key; returns whether it was there. Tables left empty are removed too.
    pub fn unset(&mut self, key: &str) -> Result<bool> {
        let parts = split_key(key)?;
        Ok(remove_path(&mut self.doc, &parts))
    }

    /// Every leaf as (dotted key, value), in file order.
    pub fn entries(&self) -> Vec<(String, toml::Value)> {
        let mut out = Vec::new();
        flatten("", &self.doc, &mut out);
        out
    }

    /// Write the file atomically (temp file in the same directory, then rename) with mode 0600.
    /// A file on disk that does not parse is never replaced: the user's hand edits win.
    pub fn save(&self) -> Result<PathBuf> {
        let path = self.path.clone().ok_or_else(|| {
            Error::usage("no config file location: HOME and XDG_CONFIG_HOME are unset")
                .with_hint("pass --config PATH or set HOOKCTL_CONFIG")
        })?;
        if let Ok(existing) = std::fs::read_to_string(&path) {
            if let Err(e) = Config::from_toml(&existing) {
                return Err(
                    Error::usage(format!("config file {} is malformed: {e}", path.display()))
                        .with_hint("fix the file by hand; hookctl will not overwrite it"),
                );
            }
        }
        let text = toml::to_string(&self.doc)
            .map_err(|e| Error::usage(format!("cannot serialise the config: {e}")))?;
        write_private(&path, text.as_bytes())?;
        Ok(path)
    }
}

/// Write `bytes` to `path` atomically with mode 0600, creating the directory (0700) if needed.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let mut tmp = tempfile_in(dir).map_err(|e| Error::file(dir, "create a file in", &e))?;
    tmp.1
        .write_all(bytes)
        .and_then(|_| tmp.1.sync_all())
        .map_err(|e| Error::file(&tmp.0, "write", &e))?;
    drop(tmp.1);
    std::fs::rename(&tmp.0, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp.0);
        Error::file(path, "replace", &e)
    })
}

/// A new file next to the target, opened exclusively with mode 0600 from the start so the secret
/// is never readable by others, not even briefly.
fn tempfile_in(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    loop {
        let name = format!(".hookctl-{}.tmp", uuid::Uuid::new_v4().simple());
        let p = dir.join(name);
        match options.open(&p) {
            Ok(f) => return Ok((p, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::file(dir, "create directory", &e))
}

fn split_key(key: &str) -> Result<Vec<&str>> {
    let parts: Vec<&str> = key.split('.').collect();
    let valid = |p: &&str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    if parts.iter().all(valid) {
        Ok(parts)
    } else {
        Err(Error::usage(format!("`{key}` is not a config key"))
            .with_hint("keys are dotted names, e.g. providers.noones.secret"))
    }
}

fn remove_path(table: &mut toml::Table, parts: &[&str]) -> bool {
    match parts {
        [] => false,
        [last] => table.remove(*last).is_some(),
        [first, rest @ ..] => {
            let Some(child) = table.get_mut(*first).and_then(|v| v.as_table_mut()) else {
                return false;
            };
            let removed = remove_path(child, rest);
            if removed && child.is_empty() {
                table.remove(*first);
            }
            removed
        }
    }
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut Vec<(String, toml::Value)>) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::Table(t) => flatten(&key, t, out),
            other => out.push((key, other.clone())),
        }
    }
}

#[cfg(unix)]
fn loose_permissions(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode();
    (mode & 0o077 != 0).then(|| {
        format!(
            "config file {} is readable by group or others (mode {:o}); run chmod 600 on it",
            path.display(),
            mode & 0o777
        )
    })
}

#[cfg(not(unix))]
fn loose_permissions(_: &Path) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_config_names_the_line() {
        let err = Config::from_toml("[providers.noko]\nsecret = \n").unwrap_err();
        assert!(err.starts_with("line 2"), "{err}");
    }

    #[test]
    fn set_get_unset_round_trip() {
        let mut c = Config::from_toml("[providers.noko]\ntoken = \"t\"\n").unwrap();
        c.set("providers.noones.secret", "s".into()).unwrap();
        assert_eq!(c.get("providers.noones.secret").unwrap().as_str(), Some("s"));
        assert!(c.unset("providers.noones.secret").unwrap());
        assert!(c.get("providers.noones").is_none(), "empty table removed");
        assert!(!c.unset("providers.noones.secret").unwrap());
        assert!(c.set("providers.noko.token.x", "y".into()).is_err());
        assert!(c.set("providers..x", "y".into()).is_err());
        let keys: Vec<String> = c.entries().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["providers.noko.token"]);
    }

    #[test]
    fn secret_keys_are_recognised() {
        for k in [
            "providers.a.secret",
            "providers.a.token",
            "providers.a.client_secret",
        ] {
            assert!(is_secret_key(k), "{k}");
        }
        for k in [
            "providers.a.base_url",
            "providers.a.token_url",
            "providers.a.client_id",
        ] {
            assert!(!is_secret_key(k), "{k}");
        }
    }

    #[test]
    fn provider_values_are_read() {
        let c = Config::from_toml("[providers.noko]\nsecret = \"abc\"\nbase_url = \"\"\n").unwrap();
        assert_eq!(c.provider_value("noko", "secret"), Some("abc"));
        assert_eq!(c.provider_value("noko", "base_url"), None);
        assert_eq!(c.provider_value("stripe", "secret"), None);
    }
}
