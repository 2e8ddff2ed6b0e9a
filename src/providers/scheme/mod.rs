//! The HMAC scheme engine: every HMAC provider is a `SchemeDef` (plain data) run by this code.
//!
//! A definition says which header carries the signature and how to parse it, what string is
//! signed, with which hash, how the result is encoded, how the secret is decoded into a key, and
//! where the timestamp lives and which direction of clock skew is rejected.

//! Each concern has its own file: `template` (the signed input), `mac` and `asymmetric` (the
//! primitives), `header` (the signature header's layout), `url` (URL forms a provider may have
//! signed), `timestamp` (units and the tolerance window), `sign` and `verify` (the two
//! directions), plus the small enums a definition is made of.

mod algorithm;
mod asymmetric;
mod body_hash;
mod encoding;
mod header;
mod key_decoding;
mod mac;
mod sign;
mod template;
mod timestamp;
mod url;
mod verify;

pub use algorithm::{key_need, Algorithm};
pub use body_hash::{body_sha256, query_value, with_query_value};
pub use encoding::Encoding;
pub use header::SignatureFormat;
pub use key_decoding::KeyDecoding;
pub use mac::{ct_eq, hmac, hmac_rendered};
pub use sign::SchemeSignature;
pub use template::{message_bytes, render, validate_template, Rendered, TemplateValues};
pub use timestamp::{check_window, TimeUnit, TimestampRule, Window};
pub(crate) use url::url_variants;

use super::KeyNeed;

/// One signature scheme, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeDef {
    pub signature_header: String,
    pub format: SignatureFormat,
    /// The signed input. `{body}` (raw bytes) or `{params}` (form fields sorted by name, each
    /// name followed by its value: Twilio) appears once; also `{timestamp}`, `{id}`, `{url}`,
    /// `{method}`.
    pub template: String,
    pub algorithm: Algorithm,
    pub encoding: Encoding,
    pub key: KeyDecoding,
    pub timestamp: Option<TimestampRule>,
    /// Header carrying the message id, for schemes that sign it.
    pub id_header: Option<String>,
    /// The provider sends one signature per active secret during a rotation (Stripe's `v1=`
    /// twice, Standard Webhooks' space-separated list), so signing takes several secrets.
    pub several_signatures: bool,
    /// A URL query parameter that, when present, carries the hex SHA-256 of the body, which is
    /// then left out of the signed input (Twilio's `bodySHA256` for JSON deliveries).
    pub body_hash_param: Option<String>,
    /// A second header with the same signature made under a second key (Box's
    /// `BOX-SIGNATURE-SECONDARY`): verifying accepts a match in either; signing with two
    /// secrets puts the second one's signature there.
    pub secondary_header: Option<String>,
}

impl SchemeDef {
    pub fn key_need(&self, signing: bool) -> KeyNeed {
        if self.format == SignatureFormat::Token {
            return KeyNeed::Secret;
        }
        key_need(self.algorithm, signing)
    }

    /// The body hash a URL carries, for a scheme that signs bodies by their hash there.
    pub fn url_body_hash(&self, url: Option<&str>) -> Option<String> {
        query_value(url?, self.body_hash_param.as_deref()?)
    }

    /// Whether the signed template needs a timestamp at all.
    pub fn uses_timestamp(&self) -> bool {
        self.timestamp.is_some() || self.template.contains("{timestamp}")
    }
}
