//! Cryptohopper: `X-Hub-Signature`, HMAC-SHA512 lowercase hex (no prefix) over the raw body.

use std::time::Duration;

use super::scheme::*;
use super::scheme_provider::SchemeProvider;

/// GitHub's legacy header has the same name but holds `sha1=<40 hex>`; Cryptohopper's is bare.
fn is_sha512_hex(value: &str) -> bool {
    value.len() == 128 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

pub fn provider() -> SchemeProvider {
    let def = SchemeDef {
        signature_header: "X-Hub-Signature".into(),
        format: SignatureFormat::Plain {
            prefix: String::new(),
        },
        template: "{body}".into(),
        algorithm: Algorithm::Sha512,
        encoding: Encoding::Hex,
        key: KeyDecoding::Utf8,
        timestamp: None,
        id_header: None,
    };
    SchemeProvider::new("cryptohopper", "Cryptohopper", def, include_str!("catalog/cryptohopper.json"))
        .static_header("Content-Type", "application/json")
        .type_paths(&["messages.0.type", "type"])
        .id_paths(&[])
        .detect_value(is_sha512_hex)
        .handshake("`validate` → 200, body = code")
        .handshake_kind("cryptohopper_validate")
        .management_api()
        .delivery_timeout(Duration::from_secs(10))
        .note("a newer, unverified sample uses X-Cryptohopper-Signature with SHA-256; hookctl follows the documented scheme")
        .note("no event id is sent: duplicates are detected by a hash of the body")
        .note("delivery timeout unknown: 10 s assumed")
}
