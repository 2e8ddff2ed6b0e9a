//! Key material for an operation: a shared secret (see `crate::secret`) or an Ed25519 key.

use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey};
use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::Ui;
use crate::providers::{Key, KeyNeed, Provider, SigningScheme, Variant};
use crate::secret::{self, Given};

/// Key material the flags name, for schemes signed with a key pair (Noones ed25519).
#[derive(Debug, Clone, Default)]
pub struct KeyFlags {
    pub scheme: Option<SigningScheme>,
    pub private_key: Option<PathBuf>,
    pub public_key: Option<String>,
    /// The target URL as registered with the provider.
    pub signed_url: Option<String>,
}

/// The scheme variant the flags ask for.
pub fn variant(flags: &KeyFlags) -> Variant {
    Variant {
        scheme: flags.scheme,
        url: flags.signed_url.clone(),
        method: None,
    }
}

/// Resolve the key `provider` needs to sign (`signing`) or verify. Several secrets make a
/// `Key::Rotation`: verifying accepts any of them; signing puts one signature per secret given
/// as a flag, where the scheme carries several, and is refused where it carries one.
pub fn resolve(
    provider: &dyn Provider,
    variant: &Variant,
    signing: bool,
    secrets: &[Given],
    key_flags: &KeyFlags,
    config: &Config,
    ui: &Ui,
) -> Result<Key> {
    let id = provider.id();
    match provider.key_need(variant, signing) {
        KeyNeed::Secret => {
            let mut found = secret::resolve_all(secrets, id, config, ui)?;
            for (_, source) in &found {
                ui.debug(format!("secret from {}", source.0));
            }
            if signing && secrets.is_empty() {
                // A config `secrets` list is a receiver's rotation: a sender signs with the
                // newest, as the provider does once the old one has expired.
                found.truncate(1);
            }
            if found.len() == 1 {
                return Ok(Key::Secret(found.remove(0).0));
            }
            if signing && !provider.several_signatures() {
                return Err(Error::usage(format!(
                    "{} secrets given, but {} sends one signature per delivery",
                    found.len(),
                    provider.info().name
                ))
                .with_hint(
                    "give one --secret* flag; schemes that carry one signature per secret during a rotation (Stripe, Standard Webhooks, Svix, …) take several",
                ));
            }
            Ok(Key::Rotation(found.into_iter().map(|(s, _)| s).collect()))
        }
        KeyNeed::Ed25519Private => {
            let path = private_key_path(key_flags, config, id, "Ed25519", "ed25519")?;
            Ok(Key::Ed25519Signing(Box::new(load_signing_key(path)?)))
        }
        KeyNeed::Ed25519Public
            if id == "noones" && public_key_text(key_flags, config, id, "Ed25519").is_err() =>
        {
            Ok(Key::Ed25519Verifying(fetch_noones_public_key(config, ui)?))
        }
        KeyNeed::Ed25519Public => {
            let given = public_key_text(key_flags, config, id, "Ed25519")?;
            Ok(Key::Ed25519Verifying(parse_public_key(given)?))
        }
        KeyNeed::EcdsaPrivate => {
            let path = private_key_path(key_flags, config, id, "ECDSA P-256", "p256")?;
            let text =
                std::fs::read_to_string(path).map_err(|e| Error::file(path, "read private key", &e))?;
            let key = p256::ecdsa::SigningKey::from_pkcs8_pem(text.trim()).map_err(|_| {
                Error::usage(format!(
                    "{} is not a P-256 PKCS#8 PEM private key",
                    path.display()
                ))
            })?;
            Ok(Key::EcdsaSigning(Box::new(key)))
        }
        KeyNeed::EcdsaPublic => {
            let given = public_key_text(key_flags, config, id, "ECDSA P-256")?;
            Ok(Key::EcdsaVerifying(Box::new(parse_p256_public_key(given)?)))
        }
        KeyNeed::RsaPrivate => {
            let path = key_flags
                .private_key
                .as_deref()
                .or_else(|| config.provider_value(id, "private_key").map(Path::new))
                .ok_or_else(|| {
                    Error::usage(format!("no RSA private key for {id}")).with_hint(
                        "make one with `openssl genrsa -out key.pem 2048` (and its certificate with \
                         `openssl req -new -x509 -key key.pem -subj /CN=test -out cert.pem`), then pass --private-key key.pem",
                    )
                })?;
            Ok(Key::RsaSigning {
                key: Box::new(load_rsa_private_key(path)?),
                cert_url: config.provider_value(id, "cert_url").map(str::to_string),
                endpoint_id: webhook_id(id, config),
            })
        }
        KeyNeed::RsaCertificate => {
            let given = key_flags
                .public_key
                .as_deref()
                .or_else(|| config.provider_value(id, "public_key"))
                .ok_or_else(|| {
                    Error::usage(format!("no signing certificate for {id}")).with_hint(format!(
                        "hookctl never fetches certificates: download the one the delivery names, check its host, \
                         and pass --public-key cert.pem (or set [providers.{id}] public_key)"
                    ))
                })?;
            Ok(Key::RsaVerifying {
                key: Box::new(parse_rsa_public_key(given)?),
                endpoint_id: webhook_id(id, config),
            })
        }
    }
}

/// The id a provider gave the receiving endpoint, which certificate schemes sign (PayPal's
/// webhook ID): `HOOKCTL_<ID>_WEBHOOK_ID`, else config `[providers.<id>] webhook_id`.
fn webhook_id(id: &str, config: &Config) -> Option<String> {
    std::env::var(secret::env_var(id, "webhook_id"))
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| config.provider_value(id, "webhook_id").map(str::to_string))
}

/// A PEM RSA private key file: PKCS#8 (`BEGIN PRIVATE KEY`, as `openssl genpkey` writes) or
/// PKCS#1 (`BEGIN RSA PRIVATE KEY`, as older `openssl genrsa` writes).
pub fn load_rsa_private_key(path: &Path) -> Result<rsa::RsaPrivateKey> {
    use rsa::pkcs1::DecodeRsaPrivateKey;
    use rsa::pkcs8::DecodePrivateKey as _;
    let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, "read private key", &e))?;
    let text = text.trim();
    rsa::RsaPrivateKey::from_pkcs8_pem(text)
        .or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(text))
        .map_err(|_| {
            Error::usage(format!("{} is not a PEM RSA private key", path.display()))
                .with_hint("give a PKCS#8 (BEGIN PRIVATE KEY) or PKCS#1 (BEGIN RSA PRIVATE KEY) PEM file")
        })
}

/// The RSA public key of an X.509 certificate (PEM, as providers publish them, or base64 DER),
/// or of a public key (PEM `BEGIN PUBLIC KEY` or base64 DER), given inline or as a file.
pub fn parse_rsa_public_key(given: &str) -> Result<rsa::RsaPublicKey> {
    inline_or_file(
        given,
        "RSA certificate (or public key) in PEM or base64 DER",
        parse_rsa_public_key_text,
    )
}

fn parse_rsa_public_key_text(t: &str) -> Option<rsa::RsaPublicKey> {
    use rsa::pkcs8::DecodePublicKey as _;
    use x509_cert::der::{DecodePem, Encode};
    let t = t.trim();
    if t.contains("-----BEGIN CERTIFICATE-----") {
        // The first certificate of a chain is the signer's.
        let start = t.find("-----BEGIN CERTIFICATE-----")?;
        let end = t.find("-----END CERTIFICATE-----")? + "-----END CERTIFICATE-----".len();
        let cert = x509_cert::Certificate::from_pem(t.get(start..end)?).ok()?;
        let spki = cert.tbs_certificate.subject_public_key_info.to_der().ok()?;
        return rsa::RsaPublicKey::from_public_key_der(&spki).ok();
    }
    if t.starts_with("-----BEGIN") {
        return rsa::RsaPublicKey::from_public_key_pem(t).ok();
    }
    // Base64 DER: a certificate, or a SubjectPublicKeyInfo.
    use x509_cert::der::Decode;
    let der = B64.decode(t).ok()?;
    match x509_cert::Certificate::from_der(&der) {
        Ok(cert) => {
            let spki = cert.tbs_certificate.subject_public_key_info.to_der().ok()?;
            rsa::RsaPublicKey::from_public_key_der(&spki).ok()
        }
        Err(_) => rsa::RsaPublicKey::from_public_key_der(&der).ok(),
    }
}

/// `--private-key`, else config `[providers.<id>] private_key`.
fn private_key_path<'a>(
    key_flags: &'a KeyFlags,
    config: &'a Config,
    id: &str,
    kind: &str,
    keygen: &str,
) -> Result<&'a Path> {
    let configured = config.provider_value(id, "private_key").map(Path::new);
    key_flags.private_key.as_deref().or(configured).ok_or_else(|| {
        Error::usage(format!("no {kind} private key for {id}")).with_hint(format!(
            "make one with `hookctl keygen {keygen} --out key.pem`, then pass --private-key key.pem"
        ))
    })
}

/// `--public-key`, else config `[providers.<id>] public_key`.
fn public_key_text<'a>(key_flags: &'a KeyFlags, config: &'a Config, id: &str, kind: &str) -> Result<&'a str> {
    key_flags
        .public_key
        .as_deref()
        .or_else(|| config.provider_value(id, "public_key"))
        .ok_or_else(|| {
            Error::usage(format!("no {kind} public key for {id}")).with_hint(format!(
                "pass --public-key BASE64|FILE (the key the provider shows) or set [providers.{id}] public_key in the config"
            ))
        })
}

/// A PKCS#8 PEM file (as `hookctl keygen` writes), or a base64 or hex 32-byte seed.
pub fn load_signing_key(path: &Path) -> Result<SigningKey> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, "read private key", &e))?;
    let text = text.trim();
    if text.starts_with("-----BEGIN") {
        return SigningKey::from_pkcs8_pem(text)
            .map_err(|_| Error::usage(format!("{} is not an Ed25519 PKCS#8 private key", path.display())));
    }
    let seed = seed_bytes(text).ok_or_else(|| {
        Error::usage(format!(
            "{} holds no Ed25519 private key (PEM, or a base64/hex 32-byte seed)",
            path.display()
        ))
    })?;
    Ok(SigningKey::from_bytes(&seed))
}

fn seed_bytes(text: &str) -> Option<[u8; 32]> {
    let bytes = B64
        .decode(text)
        .ok()
        .filter(|b| b.len() == 32)
        .or_else(|| hex::decode(text).ok())?;
    bytes.try_into().ok()
}

/// Base64 (32 bytes), PEM SPKI, or a file holding either.
pub fn parse_public_key(given: &str) -> Result<VerifyingKey> {
    inline_or_file(
        given,
        "Ed25519 public key (base64, hex or PEM)",
        parse_public_key_text,
    )
}

/// A key given inline, or the path of a file holding it.
fn inline_or_file<K>(given: &str, what: &str, parse: impl Fn(&str) -> Option<K>) -> Result<K> {
    if let Some(k) = parse(given) {
        return Ok(k);
    }
    let path = Path::new(given);
    if path.exists() {
        let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, "read public key", &e))?;
        return parse(&text).ok_or_else(|| Error::usage(format!("{} holds no {what}", path.display())));
    }
    Err(
        Error::usage(format!("--public-key is neither an {what} nor a readable file"))
            .with_hint("pass the key the provider shows (or `hookctl keygen` printed), or a file holding it"),
    )
}

/// Base64 or hex (32 bytes, `whpk_` prefix allowed) or PEM SPKI text.
fn parse_public_key_text(t: &str) -> Option<VerifyingKey> {
    let t = t.trim();
    if t.starts_with("-----BEGIN") {
        return VerifyingKey::from_public_key_pem(t).ok();
    }
    // Standard Webhooks writes public keys as whpk_<base64>; Discord shows them in hex.
    let t = t.strip_prefix("whpk_").unwrap_or(t);
    let bytes = B64
        .decode(t)
        .ok()
        .filter(|b| b.len() == 32)
        .or_else(|| hex::decode(t).ok())?;
    VerifyingKey::from_bytes(&bytes.try_into().ok()?).ok()
}

/// Base64 DER (SubjectPublicKeyInfo, as SendGrid shows it), PEM, or a file holding either.
pub fn parse_p256_public_key(given: &str) -> Result<p256::ecdsa::VerifyingKey> {
    use p256::pkcs8::DecodePublicKey as _;
    let parse = |t: &str| -> Option<p256::ecdsa::VerifyingKey> {
        let t = t.trim();
        if t.starts_with("-----BEGIN") {
            return p256::ecdsa::VerifyingKey::from_public_key_pem(t).ok();
        }
        let der = B64.decode(t).ok()?;
        p256::ecdsa::VerifyingKey::from_public_key_der(&der)
            .ok()
            .or_else(|| p256::ecdsa::VerifyingKey::from_sec1_bytes(&der).ok())
    };
    inline_or_file(given, "ECDSA P-256 public key (base64 DER or PEM)", parse)
}

/// The key Noones publishes for its Developers-Portal webhooks (as in Paxful's Webhook API v1):
/// `GET <API root>/webhook/v1/public/.well-known/public.key`, whose body format is unknown, so
/// raw base64, PEM, or a JSON string field are all accepted. The API root is config
/// `[providers.noones] base_url` (scheme, host and port), else `https://api.noones.com`.
fn fetch_noones_public_key(config: &Config, ui: &Ui) -> Result<VerifyingKey> {
    let root = config
        .provider_value("noones", "base_url")
        .unwrap_or("https://api.noones.com")
        .trim_end_matches('/');
    let url = format!("{root}/webhook/v1/public/.well-known/public.key");
    ui.status(format!("fetching the Noones public key from {url}"));
    let hint = "pass --public-key BASE64|FILE or set [providers.noones] public_key in the config \
                (integrators pin fvcYFZlQl21obFbW5+RK2/foq8JzK/Y5fCEqg+NEy+k=, unconfirmed by Noones)";
    let body = crate::runtime::block_on(async {
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .build()?;
        let resp = client.get(&url).send().await?.error_for_status()?;
        resp.text().await
    })?
    .map_err(|e| {
        Error::network(format!("cannot fetch the Noones public key from {url}: {e}")).with_hint(hint)
    })?;
    let text = body.trim();
    let candidate = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Object(map)) => map
            .values()
            .find_map(|v| {
                v.as_str()
                    .filter(|s| parse_public_key_text(s).is_some())
                    .map(str::to_string)
            })
            .unwrap_or_default(),
        _ => text.to_string(),
    };
    parse_public_key_text(&candidate)
        .ok_or_else(|| Error::network(format!("{url} did not return an Ed25519 public key")).with_hint(hint))
}
