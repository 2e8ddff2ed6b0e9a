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
    /// The URL that was signed, when signing put the body's hash in it (Twilio's JSON
    /// deliveries): the request must go there.
    pub url: Option<String>,
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
        // A body signed by its hash in the URL: the hash goes into the URL, which is signed
        // alone (the body contributes nothing else).
        let hashed_url = self.hashed_url(body, variant)?;
        let empty = Body::Bytes(Vec::new());
        let body = if hashed_url.is_some() { &empty } else { body };
        let url = hashed_url.as_deref().or(variant.url.as_deref());
        let mut signature = self.sign_inner(key, body, &ts, id, url, variant)?;
        signature.url = hashed_url;
        Ok(signature)
    }

    /// The URL with the body's hash in it, for a scheme that signs bodies so: when the URL
    /// already has the parameter, or the body is a JSON object or array (Twilio adds it to
    /// every JSON delivery).
    fn hashed_url(&self, body: &Body, variant: &Variant) -> Result<Option<String>> {
        let (Some(param), Some(url)) = (&self.body_hash_param, &variant.url) else {
            return Ok(None);
        };
        let json = || {
            crate::providers::scheme_provider::peek_json(body).is_some_and(|v| v.is_object() || v.is_array())
        };
        if super::query_value(url, param).is_none() && !json() {
            return Ok(None);
        }
        Ok(Some(super::with_query_value(
            url,
            param,
            &super::body_sha256(body)?,
        )))
    }

    fn sign_inner(
        &self,
        key: &Key,
        body: &Body,
        ts: &str,
        id: &str,
        url: Option<&str>,
        variant: &Variant,
    ) -> Result<SchemeSignature> {
        let ts = ts.to_string();
        let (value, signed_bytes) = if self.format == SignatureFormat::Token {
            (self.token(key)?, 0)
        } else {
            let rendered = render(
                &self.template,
                &TemplateValues {
                    timestamp: Some(&ts),
                    id: Some(id),
                    url,
                    method: Some(variant.method.as_deref().unwrap_or("POST")),
                },
            )?;
            match key {
                Key::Rotation(secrets) if self.secondary_header.is_some() => {
                    let [first, second] = secrets.as_slice() else {
                        return Err(Error::usage(format!(
                            "this scheme carries two signatures (primary and secondary), and {} secrets were given",
                            secrets.len()
                        ))
                        .with_hint("give the primary secret, then the secondary one"));
                    };
                    let mut values = Vec::with_capacity(2);
                    let mut n = 0;
                    for secret in [first, second] {
                        let (raw, signed) =
                            self.raw_signature(&Key::Secret(secret.clone()), &rendered, body)?;
                        values.push(self.encoding.encode(&raw));
                        n = signed;
                    }
                    let primary = self.format.header_value(&ts, &values[0]);
                    let mut signed = self.signature_headers(id, &ts, primary, values.join("\n"), n);
                    let secondary = self.secondary_header.clone().expect("matched above");
                    signed
                        .headers
                        .push((secondary, self.format.header_value(&ts, &values[1])));
                    return Ok(signed);
                }
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
            url: None,
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
