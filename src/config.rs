//! The TOML config file (README, "Secrets"): per-provider secrets, tokens, base URLs, keys.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::private_file::{self, Existing};

/// The parsed config file; an absent file is an empty config.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub doc: toml::Table,
    /// The same file as an editable document: `set`/`unset` change only what they name, so the
    /// user's comments and layout survive a save, as `cargo add` keeps a Cargo.toml's.
    edit: toml_edit::DocumentMut,
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
                        ..Config::default()
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
        let edit = text
            .parse::<toml_edit::DocumentMut>()
            .map_err(|e| e.message().trim().replace('\n', "; "))?;
        Ok(Config {
            path: None,
            doc,
            edit,
        })
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

    /// A list of strings under `[providers.<id>]` (`secrets = ["new", "old"]`), empty entries
    /// left out; `None` when the key is absent or is not a list of strings.
    pub fn provider_list(&self, provider: &str, key: &str) -> Option<Vec<&str>> {
        let items = self.doc.get("providers")?.get(provider)?.get(key)?.as_array()?;
        let texts: Option<Vec<&str>> = items.iter().map(|v| v.as_str()).collect();
        Some(texts?.into_iter().filter(|s| !s.is_empty()).collect())
    }
}

/// What hookctl reads under `[providers.<id>]`, with what each holds: `config set` accepts these
/// and nothing else, so a typo is caught when it is made, not when a delivery fails later.
pub const PROVIDER_SETTINGS: &[(&str, &str)] = &[
    ("secret", "the webhook signing secret"),
    ("token", "the API token (webhooks commands)"),
    ("base_url", "the API base URL (a sandbox or a mock)"),
    ("token_url", "the OAuth2 token endpoint"),
    ("client_id", "the OAuth2 client id"),
    ("client_secret", "the OAuth2 client secret"),
    ("private_key", "a PEM private key file for asymmetric signing"),
    ("public_key", "the public key used to verify"),
    (
        "cert_url",
        "the certificate URL sent with RSA signatures (SNS SigningCertURL, PayPal PAYPAL-CERT-URL)",
    ),
];

/// Check that `key` is a setting hookctl reads (`providers.<id>.<setting>`); provider ids are
/// the caller's to check, since they depend on the user's schemes. The error names the bad part
/// and the closest known word.
pub fn check_settable(key: &str) -> Result<()> {
    let parts = split_key(key)?;
    let settings = || PROVIDER_SETTINGS.iter().map(|(k, _)| *k);
    let all = settings().collect::<Vec<_>>().join(", ");
    match parts.as_slice() {
        ["providers", _, setting] if settings().any(|k| k == *setting) => Ok(()),
        ["providers", id, "secrets"] => Err(Error::usage(format!(
            "`{key}` is a list of secrets (a rotation), which `config set` does not write"
        ))
        .with_hint(format!(
            "edit the file: secrets = [\"new\", \"old\"] under [providers.{id}] (`hookctl config path` prints where it is)"
        ))),
        ["providers", id, setting] => {
            let guess = crate::providers::closest(setting, settings())
                .map(|k| format!("did you mean `providers.{id}.{k}`? "))
                .unwrap_or_default();
            Err(
                Error::usage(format!("`{setting}` is not a provider setting (in `{key}`)"))
                    .with_hint(format!("{guess}settings are: {all}")),
            )
        }
        [first, ..]
            if *first != "providers"
                && crate::providers::closest(first, ["providers"].into_iter()).is_some() =>
        {
            Err(Error::usage(format!("`{key}` is not a config key"))
                .with_hint(format!("did you mean `providers.{}`?", parts[1..].join("."))))
        }
        ["schemes", ..] => Err(
            Error::usage(format!("`{key}` is part of a scheme definition")).with_hint(
                "define [schemes.<id>] by editing the file (`hookctl config path` prints where it is)",
            ),
        ),
        _ => Err(
            Error::usage(format!("`{key}` is not a config key")).with_hint(format!(
                "keys are providers.<id>.<setting>, e.g. providers.noko.base_url; settings are: {all}"
            )),
        ),
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
            table = entry
                .as_table_mut()
                .ok_or_else(|| not_a_table(key, &tables[..=i]))?;
        }
        let edited = edit_value(&value)?;
        table.insert(last.to_string(), value);
        let mut item: &mut dyn toml_edit::TableLike = self.edit.as_table_mut();
        for (i, part) in tables.iter().enumerate() {
            if !item.contains_key(part) {
                let mut t = toml_edit::Table::new();
                // `[providers.noko]` alone, without an empty `[providers]` above it.
                t.set_implicit(i + 1 < tables.len());
                item.insert(part, toml_edit::Item::Table(t));
            }
            item = item
                .get_mut(part)
                .and_then(toml_edit::Item::as_table_like_mut)
                .ok_or_else(|| not_a_table(key, &tables[..=i]))?;
        }
        match item.get_mut(last) {
            // Keep the comment that follows the old value on its line.
            Some(toml_edit::Item::Value(old)) => {
                let decor = old.decor().clone();
                *old = edited;
                *old.decor_mut() = decor;
            }
            _ => {
                item.insert(last, toml_edit::Item::Value(edited));
            }
        }
        Ok(())
    }

    /// Remove a dotted key; returns whether it was there. Tables left empty are removed too.
    pub fn unset(&mut self, key: &str) -> Result<bool> {
        let parts = split_key(key)?;
        let removed = remove_path(&mut self.doc, &parts);
        remove_edit_path(self.edit.as_table_mut(), &parts);
        Ok(removed)
    }

    /// Every leaf as (dotted key, value), in file order.
    pub fn entries(&self) -> Vec<(String, toml::Value)> {
        let mut out = Vec::new();
        flatten("", &self.doc, &mut out);
        out
    }

    /// Write the file as a private file (`private_file`: temp file, 0600, fsync, rename); a
    /// symlinked config stays a symlink. A file on disk that does not parse is never replaced:
    /// the user's hand edits win.
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
        if let Some(dir) = path.parent() {
            if std::fs::symlink_metadata(&path).is_err() {
                private_file::ensure_private_dir(dir)?;
            }
        }
        let text = self.edit.to_string();
        private_file::write(&path, text.as_bytes(), Existing::Replace, "config file")?;
        Ok(path)
    }
}

fn not_a_table(key: &str, table: &[&str]) -> Error {
    Error::usage(format!(
        "`{}` is a value, not a table, so `{key}` cannot be set",
        table.join(".")
    ))
    .with_hint(format!("unset `{}` first", table.join(".")))
}

/// A TOML value as the editable document holds it, written in its plain form.
fn edit_value(value: &toml::Value) -> Result<toml_edit::Value> {
    let text = toml::Value::to_string(value);
    text.parse::<toml_edit::Value>()
        .map_err(|e| Error::usage(format!("cannot write the value: {e}")))
}

fn remove_edit_path(table: &mut dyn toml_edit::TableLike, parts: &[&str]) -> bool {
    match parts {
        [] => false,
        [last] => table.remove(last).is_some(),
        [first, rest @ ..] => {
            let Some(child) = table.get_mut(first).and_then(toml_edit::Item::as_table_like_mut) else {
                return false;
            };
            let removed = remove_edit_path(child, rest);
            if removed && child.is_empty() {
                table.remove(first);
            }
            removed
        }
    }
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

fn loose_permissions(path: &Path) -> Option<String> {
    private_file::loose_warning(path, "config")
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
    fn only_known_settings_are_settable_and_typos_get_a_guess() {
        for (k, _) in PROVIDER_SETTINGS {
            check_settable(&format!("providers.noko.{k}")).unwrap();
        }
        let e = check_settable("providers.noko.secrt").unwrap_err();
        assert_eq!(
            e.hint
                .as_deref()
                .map(|h| h.starts_with("did you mean `providers.noko.secret`?")),
            Some(true)
        );
        let e = check_settable("provider.noko.secret").unwrap_err();
        assert_eq!(e.hint.as_deref(), Some("did you mean `providers.noko.secret`?"));
        for bad in [
            "foo.bar",
            "providers.noko",
            "providers.noko.secret.x",
            "schemes.acme.template",
        ] {
            assert!(check_settable(bad).is_err(), "{bad}");
        }
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

    #[test]
    fn provider_lists_are_read_in_order() {
        let c =
            Config::from_toml("[providers.noko]\nsecrets = [\"new\", \"\", \"old\"]\nbad = [1]\n").unwrap();
        assert_eq!(c.provider_list("noko", "secrets"), Some(vec!["new", "old"]));
        assert_eq!(c.provider_list("noko", "bad"), None);
        assert_eq!(c.provider_list("noko", "secret"), None);
    }
}
