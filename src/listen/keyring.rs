//! Keys for every provider that may hit one listener, resolved lazily and cached.
//!
//! Order per provider: `--secret-for P=…` → the `--secret*` flags (apply to all providers) →
//! `HOOKCTL_SECRET` → `HOOKCTL_<P>_SECRET` → config `[providers.<P>] secret`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::handshakes::{Adoption, Refusal};
use crate::keys::{self, KeyFlags};
use crate::output::Ui;
use crate::providers::{Key, KeyNeed, Provider, Variant};
use crate::secret::{self, Credential, Flags, Secret};

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
    /// Where each preset secret came from, named without its value (for the banner).
    preset_sources: HashMap<String, String>,
    /// From the `--secret*` flags, which apply to every provider.
    flags: Option<Secret>,
    flags_source: Option<String>,
    config: Config,
    key_flags: KeyFlags,
    ui: Ui,
    cache: Mutex<HashMap<String, Arc<Key>>>,
    /// Secrets adopted from handshakes (Asana's `X-Hook-Secret`), per provider id: consulted
    /// only after every configured source, and written once per provider per run.
    adopted: Mutex<HashMap<String, Secret>>,
}

impl Keyring {
    /// Read every secret the flags name now, so a wrong path fails at start-up (exit 2).
    pub fn new(
        secret_flags: Flags<'_>,
        secret_for: &[SecretFor],
        key_flags: &KeyFlags,
        config: &Config,
        ui: &Ui,
    ) -> Result<Keyring> {
        let mut preset = HashMap::new();
        let mut preset_sources = HashMap::new();
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
                ui,
                &env,
            )? {
                let from = match &s.source {
                    Source::File(p) => format!("--secret-for {}=@{}", s.provider, p.display()),
                    Source::Env(v) => format!("--secret-for {}=env:{v}", s.provider),
                };
                preset.insert(s.provider.clone(), secret);
                preset_sources.insert(s.provider.clone(), from);
            }
        }
        let given = secret_flags;
        let (flags, flags_source) = if given.file.is_some() || given.env.is_some() || given.value.is_some() {
            let env = |k: &str| std::env::var_os(k);
            match secret::find(Credential::Secret, given, "", &Config::default(), ui, &env)? {
                Some((s, from)) => (Some(s), Some(from.0)),
                None => (None, None),
            }
        } else {
            (None, None)
        };
        Ok(Keyring {
            preset,
            preset_sources,
            flags,
            flags_source,
            config: config.clone(),
            key_flags: key_flags.clone(),
            ui: *ui,
            cache: Mutex::new(HashMap::new()),
            adopted: Mutex::new(HashMap::new()),
        })
    }

    /// Fix the key of the one provider a listener was started for (may prompt), with the
    /// config and output settings the keyring was made with.
    /// A public or private key (not a shared secret), from the key flags or the config.
    fn key_file(&self, provider: &dyn Provider, variant: &Variant) -> Result<Key> {
        keys::resolve(
            provider,
            variant,
            false,
            Flags::default(),
            &self.key_flags,
            &self.config,
            &self.ui,
        )
    }

    pub fn settle_fixed(&mut self, provider: &dyn Provider, variant: &Variant) -> Result<()> {
        if provider.key_need(variant, false) != KeyNeed::Secret {
            // Fails now, with its hint, rather than on every request.
            self.key_file(provider, variant)?;
            return Ok(());
        }
        if self.preset.contains_key(provider.id()) || self.flags.is_some() {
            return Ok(());
        }
        let env = |k: &str| std::env::var_os(k);
        let found = secret::find(
            Credential::Secret,
            Flags::default(),
            provider.id(),
            &self.config,
            &self.ui,
            &env,
        )?;
        let (secret, from) = match found {
            Some(found) => found,
            // Asana hands its secret over in the handshake that creates the webhook, before
            // the user could know it: neither prompt for it nor refuse to start.
            None if hands_over_secret(provider) => {
                self.ui.status(format!(
                    "no {} secret configured: the X-Hook-Secret of its first handshake will be adopted",
                    provider.id()
                ));
                return Ok(());
            }
            None => secret::resolve(
                Credential::Secret,
                Flags::default(),
                provider.id(),
                &self.config,
                &self.ui,
            )?,
        };
        self.preset.insert(provider.id().to_string(), secret);
        self.preset_sources.insert(provider.id().to_string(), from.0);
        Ok(())
    }

    /// Which providers have a secret and where it comes from, never its value: `(provider id
    /// or "every provider", source)`, for the banner. `ids` are the providers that may arrive.
    pub fn sources<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        if let Some(from) = &self.flags_source {
            out.push(("every provider".into(), from.clone()));
        }
        let env = |k: &str| std::env::var_os(k);
        for id in ids {
            let from = match self.preset_sources.get(id) {
                Some(from) => Some(from.clone()),
                None if self.flags.is_some() => None,
                None => secret::find(
                    Credential::Secret,
                    Flags::default(),
                    id,
                    &self.config,
                    &self.ui,
                    &env,
                )
                .ok()
                .flatten()
                .map(|(_, from)| from.0),
            };
            if let Some(from) = from {
                out.push((id.to_string(), from));
            }
        }
        out
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
            _ => self.key_file(provider, variant).map_err(|e: Error| e.message)?,
        };
        let key = Arc::new(key);
        cache.insert(slot, key.clone());
        Ok(key)
    }

    /// Adopt a secret a provider handed over in an unsigned handshake (Asana's `X-Hook-Secret`)
    /// so its later deliveries verify with it. Anyone can send such a handshake, so it is
    /// adopted only when no secret is configured for `id`, and only the first one per run:
    /// otherwise a forger could swap in a secret of their own. Checked and written under one
    /// lock, so two concurrent handshakes cannot both win.
    pub fn adopt_once(&self, id: &str, secret: Secret) -> std::result::Result<Adoption, Refusal> {
        let mut adopted = self.adopted.lock().unwrap_or_else(|p| p.into_inner());
        let same = |known: &Secret| crate::providers::scheme::ct_eq(known.expose(), secret.expose());
        match self.configured(id) {
            Ok(Some(known)) if same(&known) => return Ok(Adoption::Configured),
            Ok(Some(_)) => return Err(Refusal::Configured),
            Ok(None) => {}
            Err(why) => return Err(Refusal::Unreadable(why)),
        }
        match adopted.get(id) {
            Some(known) if same(known) => Ok(Adoption::Again),
            Some(_) => Err(Refusal::Taken),
            None => {
                adopted.insert(id.to_string(), secret);
                Ok(Adoption::New)
            }
        }
    }

    /// The shared secret for a provider, for handshakes that answer with an HMAC (Zoom, X).
    pub fn secret_bytes(&self, id: &str) -> std::result::Result<Vec<u8>, String> {
        let provider = crate::providers::lookup(id, &Default::default()).map_err(|e| e.message)?;
        match self.key_for(provider.as_ref(), &Variant::default())?.as_ref() {
            Key::Secret(s) => Ok(s.expose().to_vec()),
            _ => Err(format!("{id} does not use a shared secret")),
        }
    }

    /// A configured secret first, so one adopted from a handshake can never override it.
    fn secret_for(&self, id: &str) -> std::result::Result<Secret, String> {
        if let Some(s) = self.configured(id)? {
            return Ok(s);
        }
        let adopted = self.adopted.lock().unwrap_or_else(|p| p.into_inner());
        adopted
            .get(id)
            .cloned()
            .ok_or_else(|| format!("no secret configured for {id}"))
    }

    /// The secret the user gave for `id`, by flag, environment or config; never an adopted one.
    fn configured(&self, id: &str) -> std::result::Result<Option<Secret>, String> {
        if let Some(s) = self.preset.get(id).or(self.flags.as_ref()) {
            return Ok(Some(s.clone()));
        }
        let env = |k: &str| std::env::var_os(k);
        secret::find(
            Credential::Secret,
            Flags::default(),
            id,
            &self.config,
            &self.ui,
            &env,
        )
        .map(|found| found.map(|(s, _)| s))
        .map_err(|e| e.message)
    }
}

/// Whether `provider` hands its secret over in its handshake (Asana) rather than the user
/// configuring it beforehand.
fn hands_over_secret(provider: &dyn Provider) -> bool {
    provider
        .info()
        .handshake_kind
        .is_some_and(|h| h.hands_over_secret())
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

    /// A keyring with `preset` secrets. Lookups still read HOOKCTL_* from the environment,
    /// which the test runs leave unset for the made-up provider id used here.
    fn ring(preset: &[(&str, &str)]) -> Keyring {
        Keyring {
            preset: preset
                .iter()
                .map(|(id, s)| (id.to_string(), Secret::new(s.as_bytes())))
                .collect(),
            preset_sources: HashMap::new(),
            flags: None,
            flags_source: None,
            config: Config::default(),
            key_flags: KeyFlags::default(),
            ui: Ui {
                quiet: true,
                verbose: false,
                color: false,
                interactive: false,
            },
            cache: Mutex::new(HashMap::new()),
            adopted: Mutex::new(HashMap::new()),
        }
    }

    const ID: &str = "adopt-test-provider";

    #[test]
    fn a_handed_over_secret_is_adopted_once_and_stays() {
        let k = ring(&[]);
        let s = |v: &str| Secret::new(v.as_bytes());
        assert_eq!(
            k.secret_for(ID).unwrap_err(),
            format!("no secret configured for {ID}")
        );
        assert_eq!(k.adopt_once(ID, s("first")), Ok(Adoption::New));
        assert_eq!(k.adopt_once(ID, s("first")), Ok(Adoption::Again));
        assert_eq!(k.adopt_once(ID, s("second")), Err(Refusal::Taken));
        assert_eq!(k.secret_for(ID).unwrap().expose(), b"first");
    }

    #[test]
    fn a_configured_secret_is_never_replaced() {
        let k = ring(&[(ID, "real")]);
        let s = |v: &str| Secret::new(v.as_bytes());
        assert_eq!(k.adopt_once(ID, s("forged")), Err(Refusal::Configured));
        assert_eq!(k.adopt_once(ID, s("real")), Ok(Adoption::Configured));
        assert_eq!(k.secret_for(ID).unwrap().expose(), b"real");
        assert!(k.adopted.lock().unwrap().is_empty());
    }

    #[test]
    fn concurrent_handshakes_adopt_exactly_one_secret() {
        let k = ring(&[]);
        let wins: Vec<_> = std::thread::scope(|scope| {
            let tries: Vec<_> = (0..8)
                .map(|i| {
                    let k = &k;
                    scope.spawn(move || k.adopt_once(ID, Secret::new(format!("s{i}").into_bytes())))
                })
                .collect();
            tries.into_iter().map(|t| t.join().unwrap()).collect()
        });
        assert_eq!(
            wins.iter().filter(|w| **w == Ok(Adoption::New)).count(),
            1,
            "{wins:?}"
        );
        assert_eq!(wins.iter().filter(|w| **w == Err(Refusal::Taken)).count(), 7);
    }
}
