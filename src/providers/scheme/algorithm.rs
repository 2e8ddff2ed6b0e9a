//! Which primitive signs a scheme, and which kind of key that primitive takes.

use serde::Deserialize;

use crate::error::Error;
use crate::providers::KeyNeed;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Algorithm {
    Sha1,
    Sha256,
    Sha512,
    /// Ed25519 detached signature (Discord, Standard Webhooks v1a, Noones ed25519).
    Ed25519,
    /// ECDSA over P-256 with SHA-256, DER signature (SendGrid).
    EcdsaP256,
}

impl Algorithm {
    pub fn label(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "HMAC-SHA1",
            Algorithm::Sha256 => "HMAC-SHA256",
            Algorithm::Sha512 => "HMAC-SHA512",
            Algorithm::Ed25519 => "Ed25519",
            Algorithm::EcdsaP256 => "ECDSA P-256",
        }
    }
    pub fn is_hmac(self) -> bool {
        matches!(self, Algorithm::Sha1 | Algorithm::Sha256 | Algorithm::Sha512)
    }
}

/// What a scheme needs from the user to sign (`signing`) or verify.
pub fn key_need(alg: Algorithm, signing: bool) -> KeyNeed {
    match (alg, signing) {
        (Algorithm::Ed25519, true) => KeyNeed::Ed25519Private,
        (Algorithm::Ed25519, false) => KeyNeed::Ed25519Public,
        (Algorithm::EcdsaP256, true) => KeyNeed::EcdsaPrivate,
        (Algorithm::EcdsaP256, false) => KeyNeed::EcdsaPublic,
        _ => KeyNeed::Secret,
    }
}

pub(super) fn wrong_key(alg: Algorithm) -> Error {
    Error::usage(format!(
        "the {} scheme needs a different kind of key",
        alg.label()
    ))
    .with_hint(
        "HMAC schemes take a secret; Ed25519 and ECDSA take --private-key to sign and --public-key to verify",
    )
}
