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
use crate::secret::{self, Given, Secret};

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
    /// Secrets fixed at start-up, per provider id (`--secret-for`, or the fixed provider's);
    /// several make a rotation, in the order given.
    preset: HashMap<String, Vec<Secret>>,
    /// Where each preset secret came from, named without its value (for the banner).
    preset_sources: HashMap<String, Vec<String>>,
    /// From the `--secret*` flags, which apply to every provider.
    flags: Vec<Secret>,
    flags_sources: Vec<String>,
    config: Config,
    key_flags: KeyFlags,
    ui: Ui,
    cache: Mutex<HashMap<String, Arc<Key>>>,
    /// Secrets adopted from handshakes (Asana's `X-Hook-Secret`), per provider id: consulted
    /// only after every configured source, and written once per provider per run.
    adopted: Mutex<HashMap<String, Secret>>,
}

/// One secret is a key; several are a rotation, any of which verifies.
fn key_of(mut secrets: Vec<Secret>) -> Key {
    if secrets.len() == 1 {
        Key::Secret(secrets.remove(0))
    } else {
        Key::Rotation(secrets)
    }
}

impl Keyring {
    /// Read every secret the flags name now, so a wrong path fails at start-up (exit 2).
    pub fn new(
        secret_flags: &[Given],
        secret_for: &[SecretFor],
        key_flags: &KeyFlags,
        config: &Config,
        ui: &Ui,
    ) -> Result<Keyring> {
        let mut preset: HashMap<String, Vec<Secret>> = HashMap::new();
        let mut preset_sources: HashMap<String, Vec<String>> = HashMap::new();
        let env = |k: &str| std::env::var_os(k);
        for s in secret_for {
            let given = match &s.source {
                Source::File(p) => Given::File(p.clone()),
                Source::Env(v) => Given::Env(v.clone()),
            };
            for (secret, _) in secret::find_all(&[given], &s.provider, &Config::default(), ui, &env)? {
                let from = match &s.source {
                    Source::File(p) => format!("--secret-for {}=@{}", s.provider, p.display()),
                    Source::Env(v) => format!("--secret-for {}=env:{v}", s.provider),
                };
                preset.entry(s.provider.clone()).or_default().push(secret);
                preset_sources.entry(s.provider.clone()).or_default().push(from);
            }
        }
        let (flags, flags_sources) = if secret_flags.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            secret::find_all(secret_flags, "", &Config::default(), ui, &env)?
                .into_iter()
                .map(|(s, from)| (s, from.0))
                .unzip()
        };
        Ok(Keyring {
            preset,
            preset_sources,
            flags,
            flags_sources,
            config: config.clone(),
            key_flags: key_flags.clone(),
            ui: *ui,
            cache: Mutex::new(HashMap::new()),
            adopted: Mutex::new(HashMap::new()),
        })
    }

    /// A public or private key (not a shared secret), from the key flags or the config.
    fn key_file(&self, provider: &dyn Provider, variant: &Variant) -> Result<Key> {
        keys::resolve(
            provider,
            variant,
            false,
            &[],
            &self.key_flags,
            &self.config,
            &self.ui,
        )
    }

    /// Fix the key of the one provider a listener was started for (may prompt), with the
    /// config and output settings the keyring was made with.
    pub fn settle_fixed(&mut self, provider: &dyn Provider, variant: &Variant) -> Result<()> {
        if provider.key_need(variant, false) != KeyNeed::Secret {
            // Fails now, with its hint, rather than on every request.
            self.key_file(provider, variant)?;
            return Ok(());
        }
        if self.preset.contains_key(provider.id()) || !self.flags.is_empty() {
            return Ok(());
        }
        let env = |k: &str| std::env::var_os(k);
        let mut found = secret::find_all(&[], provider.id(), &self.config, &self.ui, &env)?;
        if found.is_empty() {
            // Asana hands its secret over in the handshake that creates the webhook, before
            // the user could know it: neither prompt for it nor refuse to start.
            if hands_over_secret(provider) {
                self.ui.status(format!(
                    "no {} secret configured: the X-Hook-Secret of its first handshake will be adopted",
                    provider.id()
                ));
                return Ok(());
            }
            found = secret::resolve_all(&[], provider.id(), &self.config, &self.ui)?;
        }
        let (secrets, sources): (Vec<Secret>, Vec<String>) =
            found.into_iter().map(|(s, from)| (s, from.0)).unzip();
        self.preset.insert(provider.id().to_string(), secrets);
        self.preset_sources.insert(provider.id().to_string(), sources);
        Ok(())
    }

    /// Which providers have a secret and where it comes from, never its value: `(provider id
    /// or "every provider", source)`, for the banner; a rotation names each source and how many.
    /// `ids` are the providers that may arrive.
    pub fn sources<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
        let named = |from: &[String]| match from.len() {
            1 => from[0].clone(),
            n => format!("{} ({n} secrets, any verifies)", from.join(", ")),
        };
        let mut out: Vec<(String, String)> = Vec::new();
        if !self.flags_sources.is_empty() {
            out.push(("every provider".into(), named(&self.flags_sources)));
        }
        let env = |k: &str| std::env::var_os(k);
        for id in ids {
            let from = match self.preset_sources.get(id) {
                Some(from) => Some(named(from)),
                None if !self.flags.is_empty() => None,
                None => secret::find_all(&[], id, &self.config, &self.ui, &env)
                    .ok()
                    .filter(|found| !found.is_empty())
                    .map(|found| named(&found.into_iter().map(|(_, from)| from.0).collect::<Vec<_>>())),
            };
            if let Some(from) = from {
                out.push((id.to_string(), from));
            }
        }
        out
    }

    /// The key for `provider` (a `Key::Rotation` when it has several secrets); `Err` holds the
    /// reason shown with the 401.
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
            KeyNeed::Secret => key_of(self.secrets_for(provider.id())?),
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
            Ok(known) if known.iter().any(same) => return Ok(Adoption::Configured),
            Ok(known) if !known.is_empty() => return Err(Refusal::Configured),
            Ok(_) => {}
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

    /// The shared secret for a provider, for handshakes that answer with an HMAC (Zoom, X):
    /// during a rotation, the first (newest) one.
    pub fn secret_bytes(&self, id: &str) -> std::result::Result<Vec<u8>, String> {
        let provider = crate::providers::lookup(id, &Default::default()).map_err(|e| e.message)?;
        let key = self.key_for(provider.as_ref(), &Variant::default())?;
        match crate::providers::rotation::first(&key) {
            Some(s) => Ok(s.expose().to_vec()),
            None => Err(format!("{id} does not use a shared secret")),
        }
    }

    /// The configured secrets first, so one adopted from a handshake can never override them.
    fn secrets_for(&self, id: &str) -> std::result::Result<Vec<Secret>, String> {
        let configured = self.configured(id)?;
        if !configured.is_empty() {
            return Ok(configured);
        }
        let adopted = self.adopted.lock().unwrap_or_else(|p| p.into_inner());
        adopted
            .get(id)
            .map(|s| vec![s.clone()])
            .ok_or_else(|| format!("no secret configured for {id}"))
    }

    /// The secrets the user gave for `id`, by flag, environment or config (empty: none); never
    /// an adopted one.
    fn configured(&self, id: &str) -> std::result::Result<Vec<Secret>, String> {
        if let Some(s) = self.preset.get(id) {
            return Ok(s.clone());
        }
        if !self.flags.is_empty() {
            return Ok(self.flags.clone());
        }
        let env = |k: &str| std::env::var_os(k);
        secret::find_all(&[], id, &self.config, &self.ui, &env)
            .map(|found| found.into_iter().map(|(s, _)| s).collect())
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
                .map(|(id, s)| (id.to_string(), vec![Secret::new(s.as_bytes())]))
                .collect(),
            preset_sources: HashMap::new(),
            flags: Vec::new(),
            flags_sources: Vec::new(),
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
            k.secrets_for(ID).unwrap_err(),
            format!("no secret configured for {ID}")
        );
        assert_eq!(k.adopt_once(ID, s("first")), Ok(Adoption::New));
        assert_eq!(k.adopt_once(ID, s("first")), Ok(Adoption::Again));
        assert_eq!(k.adopt_once(ID, s("second")), Err(Refusal::Taken));
        assert_eq!(k.secrets_for(ID).unwrap()[0].expose(), b"first");
    }

    #[test]
    fn a_configured_secret_is_never_replaced() {
        let k = ring(&[(ID, "real")]);
        let s = |v: &str| Secret::new(v.as_bytes());
        assert_eq!(k.adopt_once(ID, s("forged")), Err(Refusal::Configured));
        assert_eq!(k.adopt_once(ID, s("real")), Ok(Adoption::Configured));
        assert_eq!(k.secrets_for(ID).unwrap()[0].expose(), b"real");
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
