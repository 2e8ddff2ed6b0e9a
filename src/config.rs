//! The TOML config file (spec §3): per-provider secrets, tokens, base URLs, keys.

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
            let msg = e.message().to_string();
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
    fn provider_values_are_read() {
        let c = Config::from_toml("[providers.noko]\nsecret = \"abc\"\nbase_url = \"\"\n").unwrap();
        assert_eq!(c.provider_value("noko", "secret"), Some("abc"));
        assert_eq!(c.provider_value("noko", "base_url"), None);
        assert_eq!(c.provider_value("stripe", "secret"), None);
    }
}
