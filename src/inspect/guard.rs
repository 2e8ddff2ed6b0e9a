//! Who may talk to the inspector. It holds every delivery in full and can send requests, so:
//! - every request carries the random token printed in the banner (`?token=` in the page's
//!   URL; the page sends it back in the `X-Hookctl-Token` header, which a page of another
//!   site cannot make a browser send, and in the query only where it cannot, for the event
//!   stream);
//! - `Host` must name the loopback address and port it listens on: a page on a hostile DNS
//!   name that resolves to 127.0.0.1 (DNS rebinding) sends its own name and is refused;
//! - an `Origin`, when sent, must be the inspector's own: a foreign page's request is refused.
//!
//! Actions (POST) take the token from the header only.

use crate::providers::scheme::ct_eq;

/// The header the page sends the token in.
pub const TOKEN_HEADER: &str = "x-hookctl-token";

/// How many random characters a token has (about 190 bits).
const TOKEN_LEN: usize = 32;

#[derive(Debug, Clone)]
pub struct Guard {
    token: String,
    port: u16,
}

/// What a request shows the guard.
pub struct Asked<'a> {
    pub method: &'a str,
    pub host: Option<&'a str>,
    pub origin: Option<&'a str>,
    pub header_token: Option<&'a str>,
    pub query: Option<&'a str>,
}

impl Guard {
    /// A fresh random token, for a server on `port`.
    pub fn new(port: u16) -> Guard {
        Guard::with_token(
            crate::random_id::random_chars(crate::random_id::ALNUM, TOKEN_LEN),
            port,
        )
    }

    pub fn with_token(token: String, port: u16) -> Guard {
        Guard { token, port }
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    /// The page's address, token included.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/?token={}", self.port, self.token)
    }

    /// `Ok` when the request may be served, else why not (answered 403).
    pub fn check(&self, asked: &Asked<'_>) -> std::result::Result<(), &'static str> {
        let host = asked.host.ok_or("no Host header")?;
        if !self.own_authority(host) {
            return Err("Host is not this inspector's loopback address");
        }
        if let Some(origin) = asked.origin {
            let own = origin
                .strip_prefix("http://")
                .is_some_and(|authority| self.own_authority(authority));
            if !own {
                return Err("Origin is another site");
            }
        }
        let from_query = || {
            asked.query.and_then(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .find(|(k, _)| k == "token")
                    .map(|(_, v)| v.into_owned())
            })
        };
        let given = match (asked.header_token, asked.method) {
            (Some(t), _) => Some(t.to_string()),
            // An action must carry the token in the header: a link or a form cannot.
            (None, "POST") => None,
            (None, _) => from_query(),
        };
        match given {
            Some(t) if ct_eq(t.as_bytes(), self.token.as_bytes()) => Ok(()),
            Some(_) => Err("wrong token"),
            None => Err("no token: open the URL the banner printed"),
        }
    }

    /// `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`, exactly.
    fn own_authority(&self, authority: &str) -> bool {
        let Some((host, port)) = authority.rsplit_once(':') else {
            return false;
        };
        let loopback = matches!(
            host.to_ascii_lowercase().as_str(),
            "127.0.0.1" | "localhost" | "[::1]"
        );
        loopback && port.parse::<u16>() == Ok(self.port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked<'a>(
        method: &'a str,
        host: Option<&'a str>,
        origin: Option<&'a str>,
        header: Option<&'a str>,
        query: Option<&'a str>,
    ) -> Asked<'a> {
        Asked {
            method,
            host,
            origin,
            header_token: header,
            query,
        }
    }

    #[test]
    fn the_token_host_and_origin_must_all_be_right() {
        let g = Guard::with_token("tok".into(), 4040);
        let ok = |a: Asked<'_>| g.check(&a).is_ok();
        assert!(ok(asked(
            "GET",
            Some("127.0.0.1:4040"),
            None,
            None,
            Some("token=tok")
        )));
        assert!(ok(asked(
            "GET",
            Some("localhost:4040"),
            Some("http://localhost:4040"),
            Some("tok"),
            None
        )));
        assert!(ok(asked(
            "POST",
            Some("[::1]:4040"),
            Some("http://127.0.0.1:4040"),
            Some("tok"),
            None
        )));
        // Token missing, wrong, or only in the query of an action.
        assert!(!ok(asked("GET", Some("127.0.0.1:4040"), None, None, None)));
        assert!(!ok(asked(
            "GET",
            Some("127.0.0.1:4040"),
            None,
            Some("tok2"),
            None
        )));
        assert!(!ok(asked(
            "GET",
            Some("127.0.0.1:4040"),
            None,
            None,
            Some("token=to")
        )));
        assert!(!ok(asked(
            "POST",
            Some("127.0.0.1:4040"),
            None,
            None,
            Some("token=tok")
        )));
        // DNS rebinding: another name, another port, no Host.
        assert!(!ok(asked(
            "GET",
            Some("evil.example:4040"),
            None,
            Some("tok"),
            None
        )));
        assert!(!ok(asked("GET", Some("evil.example"), None, Some("tok"), None)));
        assert!(!ok(asked("GET", Some("127.0.0.1:4041"), None, Some("tok"), None)));
        assert!(!ok(asked("GET", Some("127.0.0.1"), None, Some("tok"), None)));
        assert!(!ok(asked("GET", None, None, Some("tok"), None)));
        // A foreign page, or one with no origin of its own.
        for o in [
            "http://evil.example",
            "null",
            "https://127.0.0.1:4040",
            "http://127.0.0.1:4041",
        ] {
            assert!(
                !ok(asked("POST", Some("127.0.0.1:4040"), Some(o), Some("tok"), None)),
                "{o}"
            );
        }
    }

    #[test]
    fn tokens_are_fresh_and_long() {
        let (a, b) = (Guard::new(1), Guard::new(1));
        assert_eq!(a.token().len(), TOKEN_LEN);
        assert_ne!(a.token(), b.token());
        assert!(a.url().ends_with(a.token()));
    }
}
