//! Keys for every provider that may hit one listener, resolved lazily and cached.
//!
//! Order per provider: `--secret-for P=…` → the `--secret*` flags (apply to all providers) →
//! `HOOKCTL_SECRET` → `HOOKCTL_<P>_SECRET` → config `[providers.<P>] secret`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::cli::{KeyArgs, SecretArgs};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::keys;
use crate::output::Ui;
use crate::providers::{Key, KeyNeed, Provider, Variant};
use crate::secret::{self, Credential, Flags, Secret};
use crate::Context;

/// One `--secret-for PROVIDER=@FILE|env:VAR` flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretFor {
    pub provider: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Env(String),
}

/// Parse `noko=@path/to/file` or `noko=env:NOKO_SECRET`. Literal values are refused so secrets
/// stay out of shell history.
pub fn parse_secret_for(text: &str) -> std::result::Result<SecretFor, String> {
    let (provider, source) = text
        .split_once('=')
        .ok_or_else(|| "expects PROVIDER=@FILE or PROVIDER=env:VAR".to_string())?;
    let provider = provider.trim().to_ascii_lowercase();
    if provider.is_empty() {
        return Err("names no provider (PROVIDER=@FILE)".into());
    }
    let source = if let Some(path) = source.strip_prefix('@').filter(|p| !p.is_empty()) {
        Source::File(PathBuf::from(path))
    } else if let Some(var) = source.strip_prefix("env:").filter(|v| !v.is_empty()) {
        Source::Env(var.to_string())
    } else {
        // The value is not repeated: it may be the secret itself.
        return Err(format!(
            "for {provider}: give the secret as @FILE or env:VAR, not as a value (it would show in `ps`)"
        ));
    };
    Ok(SecretFor { provider, source })
}

pub struct Keyring {
    /// Secrets fixed at start-up, per provider id (`--secret-for`, or the fixed provider's).
    preset: HashMap<String, Secret>,
    /// From the `--secret*` flags, which apply to every provider.
    flags: Option<Secret>,
    config: Config,
    key_args: KeyArgs,
    ui: Ui,
    cache: Mutex<HashMap<String, Arc<Key>>>,
}

impl Keyring {
    /// Read every secret the flags name now, so a wrong path fails at start-up (exit 2).
    pub fn new(
        secret_args: &SecretArgs,
        secret_for: &[SecretFor],
        key_args: &KeyArgs,
        ctx: &Context,
    ) -> Result<Keyring> {
        let mut preset = HashMap::new();
        for s in secret_for {
            let flags = match &s.source {
                Source::File(p) => Flags {
                    file: Some(p),
                    ..Flags::default()
                },
                Source::Env(v) => Flags {
                    env: Some(v),
                    ..Flags::default()
                },
            };
            let env = |k: &str| std::env::var_os(k);
            if let Some((secret, _)) = secret::find(
                Credential::Secret,
                flags,
                &s.provider,
                &Config::default(),
                &ctx.ui,
                &env,
            )? {
                preset.insert(s.provider.clone(), secret);
            }
        }
        let flags = Flags::from(secret_args);
        let flags = if flags.file.is_some() || flags.env.is_some() || flags.value.is_some() {
            let env = |k: &str| std::env::var_os(k);
            secret::find(Credential::Secret, flags, "", &Config::default(), &ctx.ui, &env)?.map(|(s, _)| s)
        } else {
            None
        };
        Ok(Keyring {
            preset,
            flags,
            config: ctx.config.clone(),
            key_args: key_args.clone(),
            ui: ctx.ui,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// Fix the key of the one provider a listener was started for (may prompt).
    pub fn settle_fixed(&mut self, provider: &dyn Provider, variant: &Variant, ctx: &Context) -> Result<()> {
        if provider.key_need(variant, false) != KeyNeed::Secret {
            // Fails now, with its hint, rather than on every request.
            keys::resolve(
                provider,
                variant,
                false,
                &SecretArgs::default(),
                &self.key_args,
                ctx,
            )?;
            return Ok(());
        }
        if self.preset.contains_key(provider.id()) || self.flags.is_some() {
            return Ok(());
        }
        let (secret, _) = secret::resolve(
            Credential::Secret,
            Flags::default(),
            provider.id(),
            &ctx.config,
            &ctx.ui,
        )?;
        self.preset.insert(provider.id().to_string(), secret);
        Ok(())
    }

    /// The key for `provider`; `Err` holds the reason shown with the 401.
    pub fn key_for(
        &self,
        provider: &dyn Provider,
        variant: &Variant,
    ) -> std::result::Result<Arc<Key>, String> {
        let need = provider.key_need(variant, false);
        let slot = format!("{}/{need:?}", provider.id());
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(k) = cache.get(&slot) {
            return Ok(k.clone());
        }
        let key = match need {
            KeyNeed::Secret => Key::Secret(self.secret_for(provider.id())?),
            _ => {
                let ctx = Context {
                    ui: self.ui,
                    config: self.config.clone(),
                    config_path: None,
                };
                keys::resolve(
                    provider,
                    variant,
                    false,
                    &SecretArgs::default(),
                    &self.key_args,
                    &ctx,
                )
                .map_err(|e: Error| e.message)?
            }
        };
        let key = Arc::new(key);
        cache.insert(slot, key.clone());
        Ok(key)
    }

    /// Keep a secret a provider handed over in its handshake (Asana's `X-Hook-Secret`), so its
    /// later deliveries verify with it.
    pub fn remember(&self, id: &str, secret: Secret) {
        let slot = format!("{id}/{:?}", KeyNeed::Secret);
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        cache.insert(slot, Arc::new(Key::Secret(secret)));
    }

    /// The shared secret for a provider, for handshakes that answer with an HMAC (Zoom, X).
    pub fn secret_bytes(&self, id: &str) -> std::result::Result<Vec<u8>, String> {
        let provider = crate::providers::lookup(id, &Default::default()).map_err(|e| e.message)?;
        match self.key_for(provider.as_ref(), &Variant::default())?.as_ref() {
            Key::Secret(s) => Ok(s.expose().to_vec()),
            _ => Err(format!("{id} does not use a shared secret")),
        }
    }

    fn secret_for(&self, id: &str) -> std::result::Result<Secret, String> {
        if let Some(s) = self.preset.get(id).or(self.flags.as_ref()) {
            return Ok(s.clone());
        }
        let env = |k: &str| std::env::var_os(k);
        match secret::find(
            Credential::Secret,
            Flags::default(),
            id,
            &self.config,
            &self.ui,
            &env,
        ) {
            Ok(Some((s, _))) => Ok(s),
            Ok(None) => Err(format!("no secret configured for {id}")),
            Err(e) => Err(e.message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_for_takes_files_and_env_vars_only() {
        assert_eq!(
            parse_secret_for("Noko=@/tmp/s").unwrap(),
            SecretFor {
                provider: "noko".into(),
                source: Source::File("/tmp/s".into())
            }
        );
        assert_eq!(
            parse_secret_for("stripe=env:STRIPE_SECRET").unwrap().source,
            Source::Env("STRIPE_SECRET".into())
        );
        for bad in ["noko", "=@f", "noko=whsec_plain", "noko=@", "noko=env:"] {
            assert!(parse_secret_for(bad).is_err(), "{bad}");
        }
    }
}
