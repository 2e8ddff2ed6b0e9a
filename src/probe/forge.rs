//! Making probe deliveries: fresh catalog bodies whose event ids start with `probe_`, signed by
//! the provider's own signer at any timestamp, with any key, for any URL.

use crate::error::{Error, Result};
use crate::payload::Body;
use crate::providers::delivery::Delivery;
use crate::providers::scheme::{KeyDecoding, SchemeDef, SignatureFormat};
use crate::providers::{Headers, Key, Message, Provider, Variant};
use crate::random_id::{random_chars, ALNUM};
use crate::secret::Secret;
use crate::send::synth::Payload;

/// Every probe event id starts with this, so the receiver's logs show which events were probes.
pub const ID_PREFIX: &str = "probe_";

/// Everything needed to sign deliveries as the provider does.
pub struct Forge<'a> {
    pub provider: &'a dyn Provider,
    pub key: &'a Key,
    pub variant: &'a Variant,
    pub payload: &'a Payload,
    /// The catalog event the bodies are samples of.
    pub event: Option<&'a str>,
}

/// A signed delivery and what went into it.
#[derive(Debug, Clone)]
pub struct Forged {
    pub delivery: Delivery,
    /// The encoded signature as it appears in the signature header.
    pub signature: String,
    pub timestamp: i64,
    pub id: String,
}

/// How to sign one delivery; `Default` is the provider's own way, now.
#[derive(Default)]
pub struct How<'k> {
    pub timestamp: Option<i64>,
    pub key: Option<&'k Key>,
    /// Tell the signer the body is already in the form it signs (Noones signs it as it is).
    pub canonical: bool,
    pub event_type: Option<&'k str>,
    pub url: Option<&'k str>,
    pub id: Option<&'k str>,
}

impl Forge<'_> {
    /// A fresh body and its event id, both carrying `probe_`.
    pub fn body(&self) -> Result<(Vec<u8>, String)> {
        let body = self.payload.fresh()?;
        Ok(probe_id(self.provider, body))
    }

    /// A valid delivery of a fresh body, signed now.
    pub fn valid(&self) -> Result<Forged> {
        let (body, id) = self.body()?;
        self.sign(
            &body,
            &How {
                id: Some(&id),
                ..How::default()
            },
        )
    }

    /// Sign `body` as `how` says.
    pub fn sign(&self, body: &[u8], how: &How<'_>) -> Result<Forged> {
        let timestamp = how.timestamp.unwrap_or_else(crate::clock::unix_now);
        let variant;
        let variant = match how.url {
            Some(url) => {
                variant = Variant {
                    url: Some(url.to_string()),
                    ..self.variant.clone()
                };
                &variant
            }
            None => self.variant,
        };
        let id = how
            .id
            .map(str::to_string)
            .unwrap_or_else(|| format!("{ID_PREFIX}{}", random_chars(ALNUM, 16)));
        let wrapped = Body::Bytes(body.to_vec());
        let signed = self.provider.sign(
            how.key.unwrap_or(self.key),
            &Message {
                id: Some(&id),
                event_type: how.event_type.or(self.event),
                canonical: how.canonical,
                ..Message::new(&wrapped, variant, timestamp)
            },
        )?;
        Ok(Forged {
            delivery: Delivery {
                headers: signed.headers,
                body: signed.body.unwrap_or_else(|| body.to_vec()),
                url: signed.url,
            },
            signature: signed.signature,
            timestamp,
            id,
        })
    }

    /// Refuse a rotation up front: each forgery is judged against one signature.
    pub fn check_key(key: &Key) -> Result<()> {
        match key {
            Key::Rotation(_) => Err(one_secret()),
            _ => Ok(()),
        }
    }

    /// A key of the same kind as the real one that the receiver cannot know.
    pub fn other_key(&self) -> Result<Key> {
        let scheme = self.provider.scheme();
        Ok(match self.key {
            Key::Secret(_) => Key::Secret(Secret::new(other_secret(scheme))),
            Key::Ed25519Signing(_) => {
                Key::Ed25519Signing(Box::new(ed25519_dalek::SigningKey::from_bytes(&random32())))
            }
            Key::EcdsaSigning(_) => loop {
                if let Ok(k) = p256::ecdsa::SigningKey::from_slice(&random32()) {
                    break Key::EcdsaSigning(Box::new(k));
                }
            },
            // A fresh RSA key takes seconds to make; the probe's own test key is unknown to
            // the receiver all the same.
            Key::RsaSigning {
                cert_url,
                endpoint_id,
                ..
            } => Key::RsaSigning {
                key: Box::new(other_rsa_key()?),
                cert_url: cert_url.clone(),
                endpoint_id: endpoint_id.clone(),
            },
            Key::Ed25519Verifying(_) | Key::EcdsaVerifying(_) | Key::RsaVerifying { .. } => {
                return Err(Error::usage("probe signs deliveries, so it needs a private key"))
            }
            Key::Rotation(_) => return Err(one_secret()),
        })
    }

    /// Header values with the secret itself in them (token schemes send it), masked for output.
    pub fn masked(&self, delivery: &Delivery) -> Delivery {
        let Key::Secret(s) = self.key else {
            return delivery.clone();
        };
        let Ok(secret) = std::str::from_utf8(s.expose()) else {
            return delivery.clone();
        };
        let secret = secret.trim();
        if secret.is_empty() {
            return delivery.clone();
        }
        let headers = delivery
            .headers
            .0
            .iter()
            .map(|(n, v)| (n.clone(), v.replace(secret, "***")))
            .collect();
        Delivery {
            headers: Headers(headers),
            ..delivery.clone()
        }
    }
}

/// A secret the scheme's key decoding accepts, of random bytes.
fn other_secret(scheme: Option<&SchemeDef>) -> Vec<u8> {
    use base64::Engine;
    let raw = random32();
    let b64 = || base64::engine::general_purpose::STANDARD.encode(raw);
    let text = match scheme {
        Some(def) if def.format == SignatureFormat::Token => {
            format!("probe-other-token-{}", hex::encode(raw))
        }
        Some(def) => match def.key {
            KeyDecoding::WhsecBase64 => format!("whsec_{}", b64()),
            KeyDecoding::Base64 => b64(),
            KeyDecoding::Hex => hex::encode(raw),
            KeyDecoding::Utf8 => format!("probe-other-secret-{}", hex::encode(raw)),
        },
        // A scheme in code may decode its secret (Adyen's hex key): hex is valid text too.
        None => hex::encode(raw),
    };
    text.into_bytes()
}

fn random32() -> [u8; 32] {
    let mut b = [0u8; 32];
    getrandom::getrandom(&mut b).expect("OS randomness is available");
    b
}

/// Give the body's event id the `probe_` prefix (JSON or form bodies), and return the id the
/// delivery carries: that one, or a fresh `probe_…` id when the body has none of its own.
fn probe_id(provider: &dyn Provider, body: Vec<u8>) -> (Vec<u8>, String) {
    let fresh = || format!("{ID_PREFIX}{}", random_chars(ALNUM, 16));
    if let Ok(mut doc) = serde_json::from_slice::<serde_json::Value>(&body) {
        let Some(old) = provider.event_id(&Headers::default(), Some(&doc)) else {
            return (body, fresh());
        };
        let new = format!("{ID_PREFIX}{old}");
        if !replace_strings(&mut doc, &old, &new) {
            return (body, fresh());
        }
        let bytes = serde_json::to_vec(&doc).unwrap_or(body);
        return (bytes, new);
    }
    // A form body (Twilio): its fields seen as a JSON object find the id.
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let doc = serde_json::Value::Object(
        pairs
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect(),
    );
    let Some(old) = provider.event_id(&Headers::default(), Some(&doc)) else {
        return (body, fresh());
    };
    let new = format!("{ID_PREFIX}{old}");
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in &pairs {
        out.append_pair(k, if *v == old { &new } else { v });
    }
    (out.finish().into_bytes(), new)
}

/// Replace every string value equal to `old`; whether any was.
pub fn replace_strings(doc: &mut serde_json::Value, old: &str, new: &str) -> bool {
    match doc {
        serde_json::Value::String(s) if s == old => {
            *s = new.to_string();
            true
        }
        serde_json::Value::Array(items) => items
            .iter_mut()
            .fold(false, |any, v| replace_strings(v, old, new) | any),
        serde_json::Value::Object(map) => map
            .values_mut()
            .fold(false, |any, v| replace_strings(v, old, new) | any),
        _ => false,
    }
}

/// `probe` judges each forgery against one signature, so it takes one secret.
fn one_secret() -> Error {
    Error::usage("probe signs with one secret, and several were given")
        .with_hint("give one --secret* flag: the one the receiver should accept")
}

/// An RSA key no receiver trusts: made once per run.
fn other_rsa_key() -> Result<rsa::RsaPrivateKey> {
    static KEY: std::sync::OnceLock<std::result::Result<rsa::RsaPrivateKey, String>> =
        std::sync::OnceLock::new();
    KEY.get_or_init(|| {
        let mut rng = rsa::rand_core::OsRng;
        rsa::RsaPrivateKey::new(&mut rng, 2048).map_err(|e| e.to_string())
    })
    .clone()
    .map_err(|e| Error::usage(format!("cannot make an RSA key: {e}")))
}
