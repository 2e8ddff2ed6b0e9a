//! Decoding the secret a user holds (as is, `whsec_` base64, hex, base64) into key bytes.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::Deserialize;

use crate::error::{Error, Result};

/// How the secret a user holds becomes the HMAC key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyDecoding {
    /// The secret's bytes as they are (Stripe, Novatrade24: `whsec_` included).
    Utf8,
    /// Base64-decode what follows a `whsec_` prefix (Standard Webhooks / Svix).
    WhsecBase64,
    Hex,
    Base64,
}

impl KeyDecoding {
    pub fn decode(self, secret: &[u8]) -> Result<Vec<u8>> {
        let text = || {
            std::str::from_utf8(secret)
                .map(str::trim)
                .map_err(|_| Error::usage("the secret is not valid UTF-8 text"))
        };
        match self {
            KeyDecoding::Utf8 => Ok(secret.to_vec()),
            KeyDecoding::WhsecBase64 => {
                let t = text()?;
                let b64 = t.strip_prefix("whsec_").unwrap_or(t);
                B64.decode(b64).map_err(|_| {
                    Error::usage("the secret is not base64 after its whsec_ prefix")
                        .with_hint("Standard Webhooks secrets look like whsec_ followed by base64")
                })
            }
            KeyDecoding::Hex => hex::decode(text()?)
                .map_err(|_| Error::usage("the secret is not hex, which this scheme's keys are")),
            KeyDecoding::Base64 => B64
                .decode(text()?)
                .map_err(|_| Error::usage("the secret is not base64, which this scheme's keys are")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whsec_keys_decode_base64_after_the_prefix() {
        assert_eq!(
            KeyDecoding::WhsecBase64.decode(b"whsec_aGVsbG8=").unwrap(),
            b"hello"
        );
        assert_eq!(
            KeyDecoding::Utf8.decode(b"whsec_aGVsbG8=").unwrap(),
            b"whsec_aGVsbG8="
        );
        assert!(KeyDecoding::WhsecBase64.decode(b"whsec_!!").is_err());
    }
}
