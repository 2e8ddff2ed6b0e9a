//! `listen`'s side of the URL-verification handshakes in `crate::handshakes`: which one a
//! request is, and its answer. Unsigned ones arrive before any provider is known and are
//! recognised by their shape; signed ones by the handshake their provider declares, once the
//! signature is checked.

use crate::handshakes::ALL;
use crate::providers::{Headers, Provider};

pub use crate::handshakes::{Context, Incoming, Response};

/// Headers every response must carry back, whatever the request (Noones checks its challenge
/// on every one).
pub fn echo_headers(headers: &Headers) -> Vec<(String, String)> {
    ALL.iter()
        .filter_map(|h| h.echo_header())
        .filter_map(|name| headers.get(name).map(|v| (name.to_string(), v.to_string())))
        .collect()
}

/// The handshake `request` is, answered before (or instead of) signature verification, with
/// the provider it is labelled with: the first handshake in the registry's order that answers.
pub fn unverified(request: &Incoming<'_>, cx: &Context<'_>) -> Option<(&'static str, Response)> {
    ALL.iter().find_map(|h| {
        h.answer_unverified(request, cx)
            .map(|answer| (h.provider(), answer))
    })
}

/// The answer to a handshake message of `provider`, checked after its signature.
pub fn verified(
    provider: &dyn Provider,
    body: Option<&serde_json::Value>,
    verification_code: Option<&str>,
) -> Option<Response> {
    provider
        .info()
        .handshake_kind?
        .answer_verified(body?, verification_code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::builtins;
    use serde_json::json;

    fn builtin(id: &str) -> &'static dyn Provider {
        builtins().iter().find(|p| p.id() == id).unwrap().as_ref()
    }

    #[test]
    fn signed_handshakes_per_provider() {
        let slack = json!({"type": "url_verification", "challenge": "ch4l"});
        assert_eq!(
            verified(builtin("slack"), Some(&slack), None),
            Some(Response::text("ch4l"))
        );
        assert_eq!(verified(builtin("noko"), Some(&slack), None), None);
        assert_eq!(verified(builtin("stripe"), Some(&slack), None), None);
        assert_eq!(verified(builtin("slack"), None, None), None);
    }

    #[test]
    fn the_first_handshake_in_registry_order_answers() {
        let s = |_: &str| Err("none".to_string());
        let cx = crate::handshakes::Context {
            verify_token: None,
            secret: &s,
            fixed: None,
            adopt: &|_, _| panic!("nothing to adopt"),
        };
        let mut h = Headers::default();
        h.push("X-Hook-Secret", "hs-1");
        let request = |method, url| Incoming {
            method,
            url,
            headers: &h,
            body: b"",
            json: None,
        };
        // Microsoft Graph's token wins over Asana's header, Dropbox's challenge over Graph's.
        let (provider, _) = unverified(&request("POST", "/?validationToken=t"), &cx).unwrap();
        assert_eq!(provider, "msgraph");
        let (provider, _) = unverified(&request("GET", "/?challenge=c&validationToken=t"), &cx).unwrap();
        assert_eq!(provider, "dropbox");
        assert_eq!(unverified(&request("GET", "/"), &cx), None);
    }
}
