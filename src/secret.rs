//! A secret that never prints itself, and the resolution order the README's "Secrets" section documents.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::Ui;

/// Secret bytes. `Debug` and `Display` print `(redacted)` so a secret cannot leak through logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

impl Secret {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Secret(bytes.into())
    }
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// Which credential: a signing secret or an API token. They resolve the same way.
#[derive(Debug, Clone, Copy)]
pub enum Credential {
    Secret,
    Token,
}

impl Credential {
    fn word(self) -> &'static str {
        match self {
            Credential::Secret => "secret",
            Credential::Token => "token",
        }
    }
    fn env_suffix(self) -> &'static str {
        match self {
            Credential::Secret => "SECRET",
            Credential::Token => "TOKEN",
        }
    }
}

/// The three flag sources of one credential.
#[derive(Debug, Clone, Copy, Default)]
pub struct Flags<'a> {
    pub file: Option<&'a Path>,
    pub env: Option<&'a str>,
    pub value: Option<&'a str>,
}

/// Where a credential was found, named without its value (for 401 messages and `-v`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source(pub String);

/// `HOOKCTL_NOONES_SECRET` for provider `noones`.
pub fn provider_env_var(provider: &str, what: Credential) -> String {
    env_var(provider, what.env_suffix())
}

/// `HOOKCTL_<PROVIDER>_<NAME>`, the one spelling of a provider's variables: letters upper-cased,
/// anything else (`standard-v1a`) an underscore, as shells allow.
pub fn env_var(provider: &str, name: &str) -> String {
    let id: String = provider
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("HOOKCTL_{id}_{}", name.to_ascii_uppercase())
}

/// Resolve a credential: flags → HOOKCTL_SECRET → HOOKCTL_<PROVIDER>_SECRET → config → prompt.
pub fn resolve(
    what: Credential,
    flags: Flags<'_>,
    provider: &str,
    config: &Config,
    ui: &Ui,
) -> Result<(Secret, Source)> {
    match find(what, flags, provider, config, ui, &|k| std::env::var_os(k))? {
        Some(found) => Ok(found),
        None if ui.interactive => prompt(what, provider),
        None => Err(missing(what, provider)),
    }
}

/// `HOOKCTL_SECRET`, then `HOOKCTL_<PROVIDER>_SECRET` (or the `TOKEN` pair).
fn from_environment(
    what: Credential,
    provider: &str,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> Option<(Secret, Source)> {
    let global = format!("HOOKCTL_{}", what.env_suffix());
    [global, provider_env_var(provider, what)]
        .into_iter()
        .find_map(|var| {
            let v = env(&var).filter(|v| !v.is_empty())?;
            Some((Secret::new(os_bytes(v)), Source(format!("${var}"))))
        })
}

/// One signing-secret flag as the user gave it; several make a rotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    File(PathBuf),
    Env(String),
    Value(String),
}

impl Given {
    fn flags(&self) -> Flags<'_> {
        match self {
            Given::File(p) => Flags {
                file: Some(p),
                ..Flags::default()
            },
            Given::Env(v) => Flags {
                env: Some(v),
                ..Flags::default()
            },
            Given::Value(v) => Flags {
                value: Some(v),
                ..Flags::default()
            },
        }
    }
}

/// Every signing secret for `provider`, newest first, for a rotation: each flag in the order
/// given; else the one of `HOOKCTL_SECRET` or `HOOKCTL_<PROVIDER>_SECRET`; else the config's
/// `secrets = [...]` list, which replaces its `secret` when both are set. Empty when no source
/// has one.
pub fn find_all(
    given: &[Given],
    provider: &str,
    config: &Config,
    ui: &Ui,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> Result<Vec<(Secret, Source)>> {
    let mut found = Vec::with_capacity(given.len().max(1));
    for g in given {
        found.extend(find(Credential::Secret, g.flags(), provider, config, ui, env)?);
    }
    if !given.is_empty() {
        return Ok(found);
    }
    if let Some(found) = from_environment(Credential::Secret, provider, env) {
        return Ok(vec![found]);
    }
    if let Some(list) = config
        .provider_list(provider, "secrets")
        .filter(|l| !l.is_empty())
    {
        let n = list.len();
        return Ok(list
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let from = format!("config [providers.{provider}] secrets ({} of {n})", i + 1);
                (Secret::new(s.as_bytes()), Source(from))
            })
            .collect());
    }
    Ok(
        find(Credential::Secret, Flags::default(), provider, config, ui, env)?
            .into_iter()
            .collect(),
    )
}

/// `find_all`, then the prompt (one secret), then the exit-2 error naming every source.
pub fn resolve_all(
    given: &[Given],
    provider: &str,
    config: &Config,
    ui: &Ui,
) -> Result<Vec<(Secret, Source)>> {
    let found = find_all(given, provider, config, ui, &|k| std::env::var_os(k))?;
    if !found.is_empty() {
        return Ok(found);
    }
    if ui.interactive {
        return Ok(vec![prompt(Credential::Secret, provider)?]);
    }
    Err(missing(Credential::Secret, provider))
}

/// Every source but the prompt; `None` when none has it.
pub fn find(
    what: Credential,
    flags: Flags<'_>,
    provider: &str,
    config: &Config,
    ui: &Ui,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> Result<Option<(Secret, Source)>> {
    let word = what.word();
    if let Some(path) = flags.file {
        if let Some(w) = crate::private_file::loose_warning(path, word) {
            ui.warn(w);
        }
        return Ok(Some((
            read_file(path, word)?,
            Source(format!("--{word}-file {}", path.display())),
        )));
    }
    if let Some(var) = flags.env {
        return match env(var) {
            Some(v) if !v.is_empty() => Ok(Some((
                Secret::new(os_bytes(v)),
                Source(format!("--{word}-env {var}")),
            ))),
            _ => Err(Error::usage(format!(
                "environment variable {var} (named by --{word}-env) is not set"
            ))
            .with_hint(format!("export {var}=… or use --{word}-file"))),
        };
    }
    if let Some(value) = flags.value {
        ui.warn(format!(
            "--{word} is visible in shell history and `ps`; prefer --{word}-file or --{word}-env"
        ));
        return Ok(Some((Secret::new(value.as_bytes()), Source(format!("--{word}")))));
    }
    if let Some(found) = from_environment(what, provider, env) {
        return Ok(Some(found));
    }
    let from_config = match what {
        Credential::Secret => config.provider_value(provider, "secret"),
        Credential::Token => config.provider_value(provider, "token"),
    };
    if let Some(v) = from_config {
        return Ok(Some((
            Secret::new(v.as_bytes()),
            Source(format!("config [providers.{provider}] {word}")),
        )));
    }
    Ok(None)
}

fn prompt(what: Credential, provider: &str) -> Result<(Secret, Source)> {
    let value = dialoguer::Password::new()
        .with_prompt(format!("{provider} {}", what.word()))
        .interact()
        .map_err(|e| {
            Error::usage(format!(
                "could not read the {} from the terminal: {e}",
                what.word()
            ))
        })?;
    Ok((Secret::new(value.into_bytes()), Source("prompt".into())))
}

/// The exit-2 error that names every source.
pub fn missing(what: Credential, provider: &str) -> Error {
    let word = what.word();
    Error::usage(format!("no {word} for {provider}")).with_hint(format!(
        "pass --{word}-file PATH, --{word}-env VAR or --{word} VALUE; or set HOOKCTL_{} or {}; \
         or run `hookctl config set providers.{provider}.{word}`",
        what.env_suffix(),
        provider_env_var(provider, what)
    ))
}

/// A secret kept in a file (`--secret-file`, `--token-file`, `--client-secret-file`): one
/// trailing line end is dropped, an empty file is an error.
pub fn read_file(path: &Path, word: &str) -> Result<Secret> {
    let bytes = std::fs::read(path).map_err(|e| Error::file(path, &format!("read {word} file"), &e))?;
    let trimmed = trim_line_end(&bytes);
    if trimmed.is_empty() {
        return Err(Error::usage(format!("{word} file {} is empty", path.display()))
            .with_hint(format!("write the {word} into the file, or use another source")));
    }
    Ok(Secret::new(trimmed))
}

fn trim_line_end(bytes: &[u8]) -> Vec<u8> {
    let mut end = bytes.len();
    while end > 0 && matches!(bytes[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    bytes[..end].to_vec()
}

#[cfg(unix)]
fn os_bytes(v: std::ffi::OsString) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    v.into_vec()
}

#[cfg(not(unix))]
fn os_bytes(v: std::ffi::OsString) -> Vec<u8> {
    v.to_string_lossy().into_owned().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_spelling_of_a_providers_variables_even_with_a_dash() {
        assert_eq!(
            provider_env_var("standard-v1a", Credential::Secret),
            "HOOKCTL_STANDARD_V1A_SECRET"
        );
        assert_eq!(
            provider_env_var("noones", Credential::Token),
            "HOOKCTL_NOONES_TOKEN"
        );
        assert_eq!(
            env_var("cryptohopper", "client_id"),
            "HOOKCTL_CRYPTOHOPPER_CLIENT_ID"
        );
    }

    fn ui() -> Ui {
        Ui {
            quiet: true,
            verbose: false,
            color: false,
            interactive: false,
        }
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let s = Secret::new("whsec_topsecret");
        assert_eq!(format!("{s:?} {s}"), "(redacted) (redacted)");
    }

    #[test]
    fn resolution_order_follows_the_spec() {
        let config = Config::from_toml("[providers.noko]\nsecret = \"from-config\"\n").unwrap();
        let env = |k: &str| match k {
            "HOOKCTL_SECRET" => Some("global".into()),
            "HOOKCTL_NOKO_SECRET" => Some("per-provider".into()),
            "MINE" => Some("from-env-flag".into()),
            _ => None,
        };
        let get = |flags: Flags, env: &dyn Fn(&str) -> Option<std::ffi::OsString>| {
            let (s, _) = find(Credential::Secret, flags, "noko", &config, &ui(), env)
                .unwrap()
                .unwrap();
            String::from_utf8(s.expose().to_vec()).unwrap()
        };
        let all = Flags {
            file: None,
            env: Some("MINE"),
            value: Some("flag"),
        };
        assert_eq!(get(all, &env), "from-env-flag");
        assert_eq!(get(Flags { env: None, ..all }, &env), "flag");
        assert_eq!(get(Flags::default(), &env), "global");
        let no_global = |k: &str| if k == "HOOKCTL_SECRET" { None } else { env(k) };
        assert_eq!(get(Flags::default(), &no_global), "per-provider");
        assert_eq!(get(Flags::default(), &|_| None), "from-config");
    }

    #[test]
    fn missing_secret_hint_names_every_source() {
        let e = missing(Credential::Secret, "noones");
        let hint = e.hint.unwrap();
        for source in [
            "--secret-file",
            "--secret-env",
            "HOOKCTL_SECRET",
            "HOOKCTL_NOONES_SECRET",
            "config set",
        ] {
            assert!(hint.contains(source), "{hint}");
        }
    }

    #[test]
    fn a_rotation_keeps_the_order_given_and_the_config_list() {
        let config =
            Config::from_toml("[providers.noko]\nsecret = \"one\"\nsecrets = [\"new\", \"old\"]\n").unwrap();
        let env = |k: &str| match k {
            "A" => Some("from-a".into()),
            "HOOKCTL_STRIPE_SECRET" => Some("env".into()),
            _ => None,
        };
        let texts = |given: &[Given], id: &str| -> Vec<String> {
            find_all(given, id, &config, &ui(), &env)
                .unwrap()
                .into_iter()
                .map(|(s, _)| String::from_utf8(s.expose().to_vec()).unwrap())
                .collect()
        };
        let given = [Given::Value("v".into()), Given::Env("A".into())];
        assert_eq!(texts(&given, "noko"), ["v", "from-a"]);
        assert_eq!(texts(&[], "noko"), ["new", "old"]);
        assert_eq!(
            texts(&[], "stripe"),
            ["env"],
            "the environment comes before the config"
        );
        assert!(texts(&[], "github").is_empty());
        let sources: Vec<String> = find_all(&[], "noko", &config, &ui(), &env)
            .unwrap()
            .into_iter()
            .map(|(_, from)| from.0)
            .collect();
        assert_eq!(sources[1], "config [providers.noko] secrets (2 of 2)");
        assert!(find_all(&[Given::Env("UNSET".into())], "noko", &config, &ui(), &env).is_err());
    }
}
