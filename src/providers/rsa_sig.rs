//! RSASSA-PKCS1-v1_5 signatures (RFC 8017 §8.2), from the `rsa` crate: what certificate-based
//! providers sign with (Amazon SNS `SHA1withRSA` / `SHA256withRSA`, PayPal `SHA256withRSA`).

use rsa::{Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};
use sha1::Sha1;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::providers::Key;

/// The digest inside the PKCS#1 v1.5 signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsaHash {
    Sha1,
    Sha256,
}

impl RsaHash {
    pub fn label(self) -> &'static str {
        match self {
            RsaHash::Sha1 => "SHA1withRSA",
            RsaHash::Sha256 => "SHA256withRSA",
        }
    }
    fn scheme_and_digest(self, message: &[u8]) -> (Pkcs1v15Sign, Vec<u8>) {
        match self {
            RsaHash::Sha1 => (Pkcs1v15Sign::new::<Sha1>(), Sha1::digest(message).to_vec()),
            RsaHash::Sha256 => (Pkcs1v15Sign::new::<Sha256>(), Sha256::digest(message).to_vec()),
        }
    }
}

/// What a certificate-based scheme needs: its private key to sign, the signer's certificate
/// (or public key) to verify.
pub fn key_need(signing: bool) -> super::KeyNeed {
    if signing {
        super::KeyNeed::RsaPrivate
    } else {
        super::KeyNeed::RsaCertificate
    }
}

/// The signature of `message`.
pub fn sign(key: &RsaPrivateKey, hash: RsaHash, message: &[u8]) -> Result<Vec<u8>> {
    let (scheme, digest) = hash.scheme_and_digest(message);
    key.sign(scheme, &digest)
        .map_err(|e| Error::usage(format!("RSA signing failed: {e}")))
}

/// Whether `signature` is a valid signature of `message`.
pub fn verify(key: &RsaPublicKey, hash: RsaHash, message: &[u8], signature: &[u8]) -> bool {
    let (scheme, digest) = hash.scheme_and_digest(message);
    key.verify(scheme, &digest, signature).is_ok()
}

/// What a `Key::RsaSigning` holds.
pub struct SigningKey<'a> {
    pub key: &'a RsaPrivateKey,
    pub cert_url: Option<&'a str>,
    pub endpoint_id: Option<&'a str>,
}

/// The parts of a `Key::RsaSigning`, or a usage error naming how to give one.
pub fn signing_key<'a>(key: &'a Key, provider: &str) -> Result<SigningKey<'a>> {
    match key {
        Key::RsaSigning {
            key,
            cert_url,
            endpoint_id,
        } => Ok(SigningKey {
            key,
            cert_url: cert_url.as_deref(),
            endpoint_id: endpoint_id.as_deref(),
        }),
        _ => Err(wrong_key(provider, true)),
    }
}

/// The public key and endpoint id of a `Key::RsaVerifying`, or a usage error naming how to
/// give one.
pub fn verifying_key<'a>(key: &'a Key, provider: &str) -> Result<(&'a RsaPublicKey, Option<&'a str>)> {
    match key {
        Key::RsaVerifying { key, endpoint_id } => Ok((key, endpoint_id.as_deref())),
        _ => Err(wrong_key(provider, false)),
    }
}

fn wrong_key(provider: &str, signing: bool) -> Error {
    if signing {
        Error::usage(format!("{provider} signs with an RSA private key")).with_hint(
            "pass --private-key FILE (a PEM RSA key, e.g. from `openssl genrsa -out key.pem 2048`)",
        )
    } else {
        Error::usage(format!("{provider} verifies with the signer's X.509 certificate"))
            .with_hint("pass --public-key FILE with the certificate (PEM) the signature names")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_for_its_message_and_digest() {
        use rsa::pkcs8::DecodePrivateKey;
        let key = RsaPrivateKey::from_pkcs8_pem(include_str!("../../vectors/rsa-test-key.pem")).unwrap();
        let public = RsaPublicKey::from(&key);
        let sig = sign(&key, RsaHash::Sha256, b"message").unwrap();
        assert!(verify(&public, RsaHash::Sha256, b"message", &sig));
        assert!(!verify(&public, RsaHash::Sha1, b"message", &sig));
        assert!(!verify(&public, RsaHash::Sha256, b"messagf", &sig));
    }
}
