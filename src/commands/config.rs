//! `hookctl config`: read and write the TOML config file.
//!
//! `get` masks credentials like `list` does unless `--reveal` is given: a value printed to a
//! terminal ends up in scrollback and screen shares, so revealing it is an explicit choice.

use crate::cli::{ConfigAction, ConfigArgs, Format};
use std::io::{IsTerminal, Read};

use crate::config::{check_settable, is_secret_key, Config};
use crate::error::{Error, Result};
use crate::output;
use crate::Context;

pub fn run(args: &ConfigArgs, ctx: &Context) -> Result<()> {
    let json = args.output == Format::Json;
    match &args.action {
        ConfigAction::Path => {
            let path = location(ctx)?;
            if json {
                output::json(
                    &serde_json::json!({"path": path.display().to_string(), "exists": path.exists()}),
                    false,
                );
            } else {
                output::data_line(path.display().to_string());
            }
            Ok(())
        }
        ConfigAction::List { .. } => {
            let entries = ctx.config.entries();
            if json {
                let map: serde_json::Map<String, serde_json::Value> = entries
                    .iter()
                    .map(|(k, v)| (k.clone(), shown(k, v, false)))
                    .collect();
                output::json(&serde_json::Value::Object(map), true);
            } else if entries.is_empty() {
                ctx.ui.status(format!("no settings in {}", describe(ctx)));
            } else {
                for (k, v) in &entries {
                    output::data_line(format!("{k} = {}", text(&shown(k, v, false))));
                }
            }
            Ok(())
        }
        ConfigAction::Get { key, reveal } => {
            check_key(key, ctx)?;
            let Some(value) = ctx.config.get(key) else {
                return Err(
                    Error::usage(format!("`{key}` is not set in {}", describe(ctx))).with_hint(format!(
                        "`hookctl config set {key} VALUE` sets it; `hookctl config list` shows what is set"
                    )),
                );
            };
            let mut leaves = Vec::new();
            match value {
                toml::Value::Table(_) => {
                    for (k, v) in ctx.config.entries() {
                        if k.starts_with(&format!("{key}.")) {
                            leaves.push((k, v));
                        }
                    }
                }
                other => leaves.push((key.clone(), other.clone())),
            }
            let single = !value.is_table();
            if json {
                let map: serde_json::Map<String, serde_json::Value> = leaves
                    .iter()
                    .map(|(k, v)| (k.clone(), shown(k, v, *reveal)))
                    .collect();
                output::json(&serde_json::Value::Object(map), false);
            } else if single {
                output::data_line(text(&shown(key, value, *reveal)));
            } else {
                for (k, v) in &leaves {
                    output::data_line(format!("{k} = {}", text(&shown(k, v, *reveal))));
                }
            }
            Ok(())
        }
        ConfigAction::Set { key, value, .. } => {
            check_key(key, ctx)?;
            check_settable(key)?;
            let value = match value.as_deref() {
                Some("-") => from_stdin(key)?,
                None if !std::io::stdin().is_terminal() => from_stdin(key)?,
                Some(v) => {
                    if is_secret_key(key) {
                        ctx.ui.warn(format!(
                            "a {} on the command line is visible in shell history and `ps`; \
                             omit VALUE to be prompted",
                            key.rsplit('.').next().unwrap_or("secret")
                        ));
                    }
                    v.to_string()
                }
                None if ctx.ui.interactive => prompt(key)?,
                None => return Err(no_value(key)),
            };
            let mut config = writable(ctx)?;
            config.set(key, toml::Value::String(value))?;
            let path = config.save()?;
            ctx.ui.status(format!("set {key} in {}", path.display()));
            Ok(())
        }
        ConfigAction::Unset { key, .. } => {
            check_key(key, ctx)?;
            let mut config = writable(ctx)?;
            if !config.unset(key)? {
                return Err(Error::usage(format!("`{key}` is not set in {}", describe(ctx)))
                    .with_hint("`hookctl config list` shows what is set"));
            }
            let path = config.save()?;
            ctx.ui.status(format!("removed {key} from {}", path.display()));
            Ok(())
        }
    }
}

/// Save the secret a provider just returned as `[providers.<id>] secret`.
pub fn save_provider_secret(ctx: &Context, provider: &str, secret: &str) -> Result<std::path::PathBuf> {
    let mut config = writable(ctx)?;
    config.set(
        &format!("providers.{provider}.secret"),
        toml::Value::String(secret.to_string()),
    )?;
    config.save()
}

fn writable(ctx: &Context) -> Result<Config> {
    let mut config = ctx.config.clone();
    config.path = Some(location(ctx)?);
    Ok(config)
}

fn location(ctx: &Context) -> Result<std::path::PathBuf> {
    ctx.config_path.clone().ok_or_else(|| {
        Error::usage("no config file location: HOME and XDG_CONFIG_HOME are unset")
            .with_hint("pass --config PATH or set HOOKCTL_CONFIG")
    })
}

fn describe(ctx: &Context) -> String {
    match &ctx.config_path {
        Some(p) => p.display().to_string(),
        None => "the config".into(),
    }
}

/// `providers.<id>.…` must name a provider hookctl knows (the user's own schemes included), so
/// a typo is caught on `set`.
fn check_key(key: &str, ctx: &Context) -> Result<()> {
    let mut parts = key.split('.');
    if parts.next() == Some("providers") {
        if let Some(id) = parts.next().filter(|id| !id.is_empty()) {
            ctx.providers.require(id)?;
        }
    }
    Ok(())
}

fn no_value(key: &str) -> Error {
    Error::usage(format!("no value given for `{key}`")).with_hint(format!(
        "run `hookctl config set {key} VALUE`, pipe it in (`… | hookctl config set {key} -`), \
         or run it on a terminal to be prompted (hidden)"
    ))
}

/// `-` or a piped stdin carries the value, as `gh secret set` and `docker login
/// --password-stdin` read theirs: it stays out of shell history and `ps`. One trailing newline
/// (what `echo` adds) is not part of it.
fn from_stdin(key: &str) -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::usage(format!("cannot read the value of `{key}` from stdin: {e}")))?;
    let value = text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&text);
    if value.is_empty() {
        return Err(no_value(key));
    }
    Ok(value.to_string())
}

/// Hidden even for settings that are not secret: one prompt, no surprises.
/// An empty answer ends with an error saying so: a prompt that silently asks again looks hung.
fn prompt(key: &str) -> Result<String> {
    let value = dialoguer::Password::new()
        .with_prompt(key.to_string())
        .allow_empty_password(true)
        .interact()
        .map_err(|e| Error::usage(format!("could not read the value from the terminal: {e}")))?;
    if value.is_empty() {
        return Err(
            Error::usage(format!("nothing was typed for `{key}`; it is unchanged"))
                .with_hint(format!("run `hookctl config set {key}` again and type the value")),
        );
    }
    Ok(value)
}

/// A value as JSON, masked when it is a credential.
fn shown(key: &str, value: &toml::Value, reveal: bool) -> serde_json::Value {
    match value {
        toml::Value::String(s) if is_secret_key(key) && !reveal => serde_json::Value::String(output::mask(s)),
        toml::Value::String(s) => serde_json::Value::String(s.clone()),
        toml::Value::Integer(i) => (*i).into(),
        toml::Value::Float(f) => serde_json::json!(f),
        toml::Value::Boolean(b) => (*b).into(),
        other if is_secret_key(key) && !reveal => serde_json::Value::String(output::mask(&other.to_string())),
        other => serde_json::Value::String(other.to_string()),
    }
}

fn text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => output::sanitize(s, false),
        other => other.to_string(),
    }
}
