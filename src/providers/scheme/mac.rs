//! HMAC and constant-time comparison, from the `hmac`, `sha1`, `sha2`, `ring` and `subtle`
//! crates. HMAC-SHA512 runs on ring's assembly (the same code family as OpenSSL's): on a quiet
//! 2-core x86_64 machine `sign --file` of 200 MB runs at 1.03-1.06× openssl's throughput with
//! it, where sha2 reaches about 0.92× and graviola 0.77× (`benches/sign.sh`,
//! `benches/hmac_backends.sh`); SHA-256 and SHA-1 stay on sha2/sha1, which match openssl.

use hmac::{Hmac, Mac};
use subtle::ConstantTimeEq;

use super::algorithm::Algorithm;
use super::template::{feed_message, Rendered};
use crate::error::Result;
use crate::payload::Body;

enum AnyMac {
    Sha1(Hmac<sha1::Sha1>),
    Sha256(Hmac<sha2::Sha256>),
    Sha512(ring::hmac::Context),
}

impl AnyMac {
    fn new(alg: Algorithm, key: &[u8]) -> Self {
        // HMAC accepts keys of any length, so new_from_slice cannot fail.
        match alg {
            Algorithm::Sha1 => AnyMac::Sha1(Hmac::new_from_slice(key).expect("any key length")),
            Algorithm::Sha512 => AnyMac::Sha512(ring::hmac::Context::with_key(&ring::hmac::Key::new(
                ring::hmac::HMAC_SHA512,
                key,
            ))),
            _ => AnyMac::Sha256(Hmac::new_from_slice(key).expect("any key length")),
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            AnyMac::Sha1(m) => m.update(data),
            AnyMac::Sha256(m) => m.update(data),
            AnyMac::Sha512(m) => m.update(data),
        }
    }
    fn finalize(self) -> Vec<u8> {
        match self {
            AnyMac::Sha1(m) => m.finalize().into_bytes().to_vec(),
            AnyMac::Sha256(m) => m.finalize().into_bytes().to_vec(),
            AnyMac::Sha512(m) => m.sign().as_ref().to_vec(),
        }
    }
}

/// HMAC over the rendered message, streaming the body. Returns the MAC and the signed length.
pub fn hmac_rendered(alg: Algorithm, key: &[u8], rendered: &Rendered, body: &Body) -> Result<(Vec<u8>, u64)> {
    let mut mac = AnyMac::new(alg, key);
    let n = feed_message(rendered, body, |c| mac.update(c))?;
    Ok((mac.finalize(), n))
}

/// Plain HMAC over bytes in memory.
pub fn hmac(alg: Algorithm, key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = AnyMac::new(alg, key);
    mac.update(data);
    mac.finalize()
}

/// Constant-time equality (different lengths are unequal).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4231_case_2_hmac_sha256_and_sha512() {
        // RFC 4231 §4.3, test case 2: key "Jefe", data "what do ya want for nothing?".
        let data = b"what do ya want for nothing?";
        assert_eq!(
            hex::encode(hmac(Algorithm::Sha256, b"Jefe", data)),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            hex::encode(hmac(Algorithm::Sha512, b"Jefe", data)),
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
        );
        // RFC 2202 §3, test case 2 for HMAC-SHA1.
        assert_eq!(
            hex::encode(hmac(Algorithm::Sha1, b"Jefe", data)),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
    }

    #[test]
    fn rfc4231_hmac_sha512_with_long_keys_and_streamed_data() {
        // RFC 4231 §4.7, test case 6: a 131-byte key (longer than the block, so it is hashed).
        let key = [0xaa; 131];
        let data = b"Test Using Larger Than Block-Size Key - Hash Key First";
        assert_eq!(
            hex::encode(hmac(Algorithm::Sha512, &key, data)),
            "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"
        );
        // The same MAC fed in pieces, as a streamed body is.
        let mut mac = AnyMac::new(Algorithm::Sha512, &key);
        for piece in data.chunks(7) {
            mac.update(piece);
        }
        assert_eq!(mac.finalize(), hmac(Algorithm::Sha512, &key, data));
    }

    #[test]
    fn ct_eq_rejects_different_lengths() {
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abcd"));
        assert!(!ct_eq(b"abc", b"abd"));
    }
}
