//! A body signed by its hash in the URL: Twilio's JSON deliveries carry `bodySHA256=<hex
//! SHA-256 of the body>` in the query, and the URL alone is signed, with no parameters after it
//! (https://www.twilio.com/docs/usage/security#validating-requests; twilio-node's
//! `validateRequestWithBody`).

use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::payload::Body;

/// The decoded value of query parameter `name` in `url`, if the URL has it.
pub fn query_value(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    let query = query.split_once('#').map_or(query, |(q, _)| q);
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The lowercase hex SHA-256 of `body`, streamed.
pub fn body_sha256(body: &Body) -> Result<String> {
    let mut hasher = Sha256::new();
    body.feed(|chunk| hasher.update(chunk))?;
    Ok(hex::encode(hasher.finalize()))
}

/// `url` with parameter `name` set to `value`: an existing one is replaced where it stands,
/// else it is appended; every other byte of the URL stays as it was, since it is signed.
pub fn with_query_value(url: &str, name: &str, value: &str) -> String {
    let (base, fragment) = match url.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (url, None),
    };
    let pair = format!("{name}={value}");
    let out = match base.split_once('?') {
        None => format!("{base}?{pair}"),
        Some((path, query)) => {
            let mut found = false;
            let mut pieces: Vec<&str> = Vec::new();
            for piece in query.split('&') {
                let is_it = form_urlencoded::parse(piece.as_bytes())
                    .next()
                    .is_some_and(|(k, _)| k == name);
                if is_it && !found {
                    found = true;
                    pieces.push(&pair);
                } else {
                    pieces.push(piece);
                }
            }
            if !found {
                if query.is_empty() {
                    pieces.clear();
                }
                pieces.push(&pair);
            }
            format!("{path}?{}", pieces.join("&"))
        }
    };
    match fragment {
        Some(f) => format!("{out}#{f}"),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parameter_is_read_and_replaced_in_place() {
        let url = "https://x.test/h?a=1&bodySHA256=old&b=%2B2";
        assert_eq!(query_value(url, "bodySHA256").as_deref(), Some("old"));
        assert_eq!(query_value(url, "b").as_deref(), Some("+2"));
        assert_eq!(query_value("https://x.test/h", "a"), None);
        assert_eq!(
            with_query_value(url, "bodySHA256", "abc"),
            "https://x.test/h?a=1&bodySHA256=abc&b=%2B2"
        );
        assert_eq!(
            with_query_value("https://x.test/h", "p", "v"),
            "https://x.test/h?p=v"
        );
        assert_eq!(
            with_query_value("https://x.test/h?", "p", "v"),
            "https://x.test/h?p=v"
        );
        assert_eq!(
            with_query_value("https://x.test/h?a=1#f", "p", "v"),
            "https://x.test/h?a=1&p=v#f"
        );
    }

    #[test]
    fn the_hash_is_hex_sha256() {
        // printf 'abc' | openssl dgst -sha256
        assert_eq!(
            body_sha256(&Body::Bytes(b"abc".to_vec())).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
