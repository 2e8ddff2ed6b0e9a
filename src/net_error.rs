//! The text of a network error. reqwest's own message names only the outermost layer ("error
//! sending request for url …"); the reason a person can act on ("Connection refused", "invalid
//! peer certificate") sits further down its `source()` chain.

use std::error::Error;

/// How much of the chain a message shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Only the innermost cause, for messages that already say which host failed.
    Innermost,
    /// Every layer, outermost first, joined by ": ".
    Full,
    /// Every layer whose text an earlier one does not already contain, without reqwest's
    /// "error sending request for url (…)" (the caller shows the URL itself).
    Distinct,
}

/// The error and its causes, outermost first.
pub fn chain<'a>(e: &'a (dyn Error + 'static)) -> impl Iterator<Item = &'a (dyn Error + 'static)> {
    std::iter::successors(Some(e), |&e| e.source())
}

/// The chain of `e` as one line.
pub fn describe(e: &(dyn Error + 'static), detail: Detail) -> String {
    match detail {
        Detail::Innermost => text(chain(e).last().unwrap_or(e)),
        Detail::Full => chain(e).map(text).collect::<Vec<_>>().join(": "),
        Detail::Distinct => {
            let mut parts: Vec<String> = Vec::new();
            for text in chain(e).map(text) {
                if !parts.iter().any(|p| p.contains(&text)) {
                    parts.push(text);
                }
            }
            parts.retain(|p| !p.starts_with("error sending request for url"));
            if parts.is_empty() {
                e.to_string()
            } else {
                parts.join(": ")
            }
        }
    }
}

/// One layer's text; a refused TLS certificate in words a person can act on, not rustls'
/// Debug form (`Other(OtherError(CaUsedAsEndEntity))`).
fn text(layer: &(dyn Error + 'static)) -> String {
    match certificate_problem(layer) {
        Some(why) => format!("TLS certificate refused: {why}"),
        None => layer.to_string(),
    }
}

/// Why a peer's certificate was refused, when `e` (or a cause of it) says so.
pub fn certificate_problem(e: &(dyn Error + 'static)) -> Option<String> {
    use rustls::CertificateError as C;
    // io::Error wraps rustls' error (sometimes inside another io::Error) without naming it as
    // its `source()`: look inside each one.
    let cert = chain(e).find_map(|layer| {
        let mut l = layer;
        loop {
            if let Some(rustls::Error::InvalidCertificate(c)) = l.downcast_ref::<rustls::Error>() {
                return Some(c);
            }
            let inner = l.downcast_ref::<std::io::Error>()?.get_ref()?;
            l = inner as &(dyn Error + 'static);
        }
    })?;
    Some(match cert {
        C::UnknownIssuer => {
            "it is not signed by a CA the client trusts (self-signed, or a private CA)".into()
        }
        C::Expired | C::ExpiredContext { .. } => "it has expired".into(),
        C::NotValidYet | C::NotValidYetContext { .. } => "it is not valid yet".into(),
        C::NotValidForName | C::NotValidForNameContext { .. } => "it is not valid for this host name".into(),
        C::Revoked => "it has been revoked".into(),
        C::Other(other) if format!("{other:?}").contains("CaUsedAsEndEntity") => {
            "the server presents a CA certificate as its own (a self-signed test certificate)".into()
        }
        other => format!("it was rejected ({other:?})"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_certificates_are_told_in_words_through_nested_io_errors() {
        use rustls::CertificateError as C;
        let wrapped = |c: C| {
            let inner = std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                rustls::Error::InvalidCertificate(c),
            );
            std::io::Error::other(inner)
        };
        for (cert, words) in [
            (C::Expired, "expired"),
            (C::NotValidForName, "not valid for this host name"),
            (C::UnknownIssuer, "not signed by a CA"),
        ] {
            let e = wrapped(cert);
            assert!(certificate_problem(&e).unwrap().contains(words), "{words}");
            assert!(
                describe(&e, Detail::Full).starts_with("TLS certificate refused: "),
                "{}",
                describe(&e, Detail::Full)
            );
        }
        let plain = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "Connection refused");
        assert_eq!(certificate_problem(&plain), None);
        assert_eq!(describe(&plain, Detail::Full), "Connection refused");
    }

    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<Layer>>);

    impl std::fmt::Display for Layer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }

    impl Error for Layer {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            self.1.as_deref().map(|l| l as &(dyn Error + 'static))
        }
    }

    fn layers(texts: &[&'static str]) -> Layer {
        texts
            .iter()
            .rev()
            .fold(None, |inner, t| Some(Box::new(Layer(t, inner))))
            .map(|b| *b)
            .expect("at least one layer")
    }

    #[test]
    fn each_detail_shows_its_part_of_the_chain() {
        let e = layers(&[
            "error sending request for url (http://127.0.0.1:9/)",
            "client error (Connect)",
            "tcp connect error: Connection refused",
            "Connection refused",
        ]);
        assert_eq!(describe(&e, Detail::Innermost), "Connection refused");
        assert_eq!(
            describe(&e, Detail::Full),
            "error sending request for url (http://127.0.0.1:9/): client error (Connect): \
             tcp connect error: Connection refused: Connection refused"
        );
        assert_eq!(
            describe(&e, Detail::Distinct),
            "client error (Connect): tcp connect error: Connection refused"
        );
    }

    #[test]
    fn a_lone_error_is_its_own_text() {
        let e = layers(&["error sending request for url (http://x/)"]);
        for d in [Detail::Innermost, Detail::Full, Detail::Distinct] {
            assert_eq!(describe(&e, d), "error sending request for url (http://x/)");
        }
    }
}
