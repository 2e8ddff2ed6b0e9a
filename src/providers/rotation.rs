//! A secret rotation: while a provider rolls its signing secret, deliveries signed with the
//! old one and the new one both arrive, so a receiver accepts either and says which matched.

use super::{Check, Key, Provider, Verdict};
use crate::error::Result;

/// Which of a rotation's secrets matched: `n` of `of`, counted from 1 in the order given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matched {
    pub n: usize,
    pub of: usize,
}

impl std::fmt::Display for Matched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "secret {} of {}", self.n, self.of)
    }
}

/// Verify with `key`; a rotation tries each secret in order and the first match wins. When none
/// matches, the first secret's verdict is the answer, its detail saying how many were tried.
pub fn verify_any(
    provider: &dyn Provider,
    key: &Key,
    check: &Check<'_>,
) -> Result<(Verdict, Option<Matched>)> {
    let Key::Rotation(secrets) = key else {
        return Ok((provider.verify(key, check)?, None));
    };
    let of = secrets.len();
    let mut first = None;
    for (i, secret) in secrets.iter().enumerate() {
        let verdict = provider.verify(&Key::Secret(secret.clone()), check)?;
        if verdict.valid {
            return Ok((verdict, Some(Matched { n: i + 1, of })));
        }
        first.get_or_insert(verdict);
    }
    let mut verdict =
        first.unwrap_or_else(|| Verdict::invalid(super::Reason::Mismatch, "no secret to verify with"));
    let tried = format!("tried {of} secrets");
    verdict.detail = Some(match verdict.detail.take() {
        Some(d) => format!("{d} ({tried})"),
        None => tried,
    });
    Ok((verdict, None))
}

/// The secret a rotation names first (the newest), for what takes one: handshakes that answer
/// with an HMAC, `--explain`.
pub fn first(key: &Key) -> Option<&crate::secret::Secret> {
    match key {
        Key::Secret(s) => Some(s),
        Key::Rotation(all) => all.first(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payload::Body;
    use crate::providers::{Headers, Variant};
    use crate::secret::Secret;

    #[test]
    fn any_secret_of_a_rotation_verifies_and_is_named() {
        let github = crate::providers::lookup("github", &Default::default()).unwrap();
        let body = Body::Bytes(b"{}".to_vec());
        let variant = Variant::default();
        let signed = github
            .sign(
                &Key::Secret(Secret::new("old")),
                &crate::providers::Message::new(&body, &variant, 1_700_000_000),
            )
            .unwrap();
        let headers: Headers = signed.headers;
        let check = Check {
            headers: &headers,
            body: &body,
            now: 1_700_000_000,
            tolerance: std::time::Duration::from_secs(300),
            variant: &variant,
            timestamp: None,
            id: None,
        };
        let ring = |s: &[&str]| Key::Rotation(s.iter().map(|s| Secret::new(*s)).collect());
        let (v, which) = verify_any(github.as_ref(), &ring(&["new", "old"]), &check).unwrap();
        assert!(v.valid);
        assert_eq!(which, Some(Matched { n: 2, of: 2 }));
        assert_eq!(which.unwrap().to_string(), "secret 2 of 2");
        let (v, which) = verify_any(github.as_ref(), &ring(&["a", "b", "c"]), &check).unwrap();
        assert!(!v.valid);
        assert_eq!(which, None);
        assert!(
            v.detail.as_deref().unwrap().ends_with(" (tried 3 secrets)"),
            "{:?}",
            v.detail
        );
        let (v, which) = verify_any(github.as_ref(), &Key::Secret(Secret::new("old")), &check).unwrap();
        assert!(v.valid && which.is_none());
    }
}
