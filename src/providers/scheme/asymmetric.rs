//! Ed25519 and ECDSA P-256 signatures over the rendered message, from the `ed25519-dalek` and
//! `p256` crates. Neither streams, so the message is assembled in memory first.

use super::template::{message_bytes, Rendered};
use crate::error::Result;
use crate::payload::Body;

/// An Ed25519 signature of the message, and the signed length.
pub(super) fn ed25519_sign(
    sk: &ed25519_dalek::SigningKey,
    rendered: &Rendered,
    body: &Body,
) -> Result<(Vec<u8>, u64)> {
    use ed25519_dalek::Signer;
    let m = message_bytes(rendered, body)?;
    Ok((sk.sign(&m).to_bytes().to_vec(), m.len() as u64))
}

/// A DER-encoded ECDSA P-256 signature of the message, and the signed length.
pub(super) fn ecdsa_p256_sign(
    sk: &p256::ecdsa::SigningKey,
    rendered: &Rendered,
    body: &Body,
) -> Result<(Vec<u8>, u64)> {
    use p256::ecdsa::signature::Signer;
    let m = message_bytes(rendered, body)?;
    let sig: p256::ecdsa::Signature = sk.sign(&m);
    Ok((sig.to_der().as_bytes().to_vec(), m.len() as u64))
}

/// Whether any candidate is a valid Ed25519 signature of the message.
pub(super) fn ed25519_any_valid(
    pk: &ed25519_dalek::VerifyingKey,
    rendered: &Rendered,
    body: &Body,
    candidates: &[Vec<u8>],
) -> Result<bool> {
    use ed25519_dalek::Verifier;
    let m = message_bytes(rendered, body)?;
    Ok(candidates
        .iter()
        .any(|c| ed25519_dalek::Signature::from_slice(c).is_ok_and(|sig| pk.verify(&m, &sig).is_ok())))
}

/// Whether any candidate is a valid ECDSA P-256 signature of the message, DER or fixed-size.
pub(super) fn ecdsa_p256_any_valid(
    pk: &p256::ecdsa::VerifyingKey,
    rendered: &Rendered,
    body: &Body,
    candidates: &[Vec<u8>],
) -> Result<bool> {
    use p256::ecdsa::signature::Verifier;
    let m = message_bytes(rendered, body)?;
    Ok(candidates.iter().any(|c| {
        p256::ecdsa::Signature::from_der(c)
            .or_else(|_| p256::ecdsa::Signature::from_slice(c))
            .is_ok_and(|sig| pk.verify(&m, &sig).is_ok())
    }))
}
