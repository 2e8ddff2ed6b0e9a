//! Signing a body with a scheme: the signature and the headers that carry it.

use super::algorithm::{wrong_key, Algorithm};
use super::asymmetric::{ecdsa_p256_sign, ed25519_sign};
use super::mac::hmac_rendered;
use super::template::{render, Rendered, TemplateValues};
use super::timestamp::TimeUnit;
use super::{SchemeDef, SignatureFormat};
use crate::error::{Error, Result};
use crate::payload::Body;
use crate::providers::{Key, Variant};

/// The output of signing: the header values this scheme sets.
pub struct SchemeSignature {
    pub headers: Vec<(String, String)>,
    pub value: String,
    pub signed_bytes: u64,
}

impl SchemeDef {
    fn format_timestamp(&self, unix: i64) -> String {
        self.timestamp
            .as_ref()
            .map_or(TimeUnit::Seconds, |t| t.unit)
            .format(unix)
    }

    /// Sign `body` at `timestamp` (Unix seconds) with message `id`, for `variant`'s URL.
    pub fn sign(
        &self,
        key: &Key,
        body: &Body,
        timestamp: i64,
        id: &str,
        variant: &Variant,
    ) -> Result<SchemeSignature> {
        let ts = self.format_timestamp(timestamp);
        let (value, signed_bytes) = if self.format == SignatureFormat::Token {
            (self.token(key)?, 0)
        } else {
            let rendered = render(
                &self.template,
                &TemplateValues {
                    timestamp: Some(&ts),
                    id: Some(id),
                    url: variant.url.as_deref(),
                    method: Some(variant.method.as_deref().unwrap_or("POST")),
                },
            )?;
            match key {
                Key::Rotation(_) if !self.several_signatures => {
                    return Err(Error::usage(
                        "this scheme sends one signature per delivery, so it signs with one secret",
                    ))
                }
                Key::Rotation(secrets) => {
                    let mut values = Vec::with_capacity(secrets.len());
                    let mut n = 0;
                    for secret in secrets {
                        let (raw, signed) =
                            self.raw_signature(&Key::Secret(secret.clone()), &rendered, body)?;
                        values.push(self.encoding.encode(&raw));
                        n = signed;
                    }
                    let header_value = self.format.header_value_all(&ts, &values);
                    return Ok(self.signature_headers(id, &ts, header_value, values.join("\n"), n));
                }
                _ => {
                    let (raw, n) = self.raw_signature(key, &rendered, body)?;
                    (self.encoding.encode(&raw), n)
                }
            }
        };
        let header_value = self.format.header_value(&ts, &value);
        Ok(self.signature_headers(id, &ts, header_value, value, signed_bytes))
    }

    /// The headers that carry a signature: the id and timestamp headers the scheme has, then
    /// the signature header.
    fn signature_headers(
        &self,
        id: &str,
        ts: &str,
        header_value: String,
        value: String,
        signed_bytes: u64,
    ) -> SchemeSignature {
        let mut headers = Vec::new();
        if let Some(h) = &self.id_header {
            headers.push((h.clone(), id.to_string()));
        }
        if let Some(h) = self.timestamp.as_ref().and_then(|t| t.header.as_ref()) {
            headers.push((h.clone(), ts.to_string()));
        }
        headers.push((self.signature_header.clone(), header_value));
        SchemeSignature {
            headers,
            value,
            signed_bytes,
        }
    }

    /// The token a token scheme sends: the secret itself.
    fn token(&self, key: &Key) -> Result<String> {
        let secret = match key {
            Key::Secret(s) => s.expose(),
            _ => return Err(wrong_key(self.algorithm)),
        };
        let token = std::str::from_utf8(secret).map_err(|_| Error::usage("the token is not UTF-8 text"))?;
        Ok(token.to_string())
    }

    pub(crate) fn raw_signature(
        &self,
        key: &Key,
        rendered: &Rendered,
        body: &Body,
    ) -> Result<(Vec<u8>, u64)> {
        match (self.algorithm, key) {
            (alg, Key::Secret(secret)) if alg.is_hmac() => {
                hmac_rendered(alg, &self.key.decode(secret.expose())?, rendered, body)
            }
            (Algorithm::Ed25519, Key::Ed25519Signing(sk)) => ed25519_sign(sk, rendered, body),
            (Algorithm::EcdsaP256, Key::EcdsaSigning(sk)) => ecdsa_p256_sign(sk, rendered, body),
            (alg, _) => Err(wrong_key(alg)),
        }
    }
}
