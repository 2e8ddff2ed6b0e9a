//! How a signature is written as text in its header.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    Hex,
    Base64,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Hex => "hex",
            Encoding::Base64 => "base64",
        }
    }
    pub fn encode(self, bytes: &[u8]) -> String {
        match self {
            Encoding::Hex => {
                // hex::encode goes a char at a time; this is on every signature of load mode.
                let mut out = vec![0u8; bytes.len() * 2];
                hex::encode_to_slice(bytes, &mut out).expect("the output is twice the input");
                String::from_utf8(out).expect("hex digits are ASCII")
            }
            Encoding::Base64 => B64.encode(bytes),
        }
    }
    pub fn decode(self, text: &str) -> Option<Vec<u8>> {
        match self {
            Encoding::Hex => {
                // hex::decode collects a char pair at a time; this is on every delivery `listen`
                // verifies.
                let mut out = vec![0u8; text.len() / 2];
                hex::decode_to_slice(text, &mut out).ok().map(|()| out)
            }
            Encoding::Base64 => B64.decode(text).ok(),
        }
    }
}
