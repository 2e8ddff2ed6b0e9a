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
        Detail::Innermost => chain(e).last().unwrap_or(e).to_string(),
        Detail::Full => chain(e).map(|c| c.to_string()).collect::<Vec<_>>().join(": "),
        Detail::Distinct => {
            let mut parts: Vec<String> = Vec::new();
            for text in chain(e).map(|c| c.to_string()) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
