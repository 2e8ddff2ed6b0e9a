//! Verifying a request against a scheme: every signature in the header, every URL form the
//! provider may have signed, then the timestamp window.

use super::algorithm::{wrong_key, Algorithm};
use super::asymmetric::{ecdsa_p256_any_valid, ed25519_any_valid};
use super::header::ParsedHeader;
use super::mac::{ct_eq, hmac_rendered};
use super::template::{render, Rendered, TemplateValues};
use super::timestamp::check_window;
use super::url::url_variants;
use super::{SchemeDef, SignatureFormat};
use crate::error::Result;
use crate::payload::Body;
use crate::providers::{Check, Key, Reason, Verdict};

impl SchemeDef {
    /// Whether any candidate signature is valid for the rendered message. Every candidate is
    /// checked, so timing does not reveal which one matched.
    pub(crate) fn any_valid(
        &self,
        key: &Key,
        rendered: &Rendered,
        body: &Body,
        candidates: &[Vec<u8>],
    ) -> Result<bool> {
        match (self.algorithm, key) {
            (alg, Key::Secret(secret)) if alg.is_hmac() => {
                let (expected, _) = hmac_rendered(alg, &self.key.decode(secret.expose())?, rendered, body)?;
                Ok(candidates.iter().fold(false, |acc, c| acc | ct_eq(c, &expected)))
            }
            (Algorithm::Ed25519, Key::Ed25519Verifying(pk)) => {
                ed25519_any_valid(pk, rendered, body, candidates)
            }
            (Algorithm::EcdsaP256, Key::EcdsaVerifying(pk)) => {
                ecdsa_p256_any_valid(pk, rendered, body, candidates)
            }
            (alg, _) => Err(wrong_key(alg)),
        }
    }

    /// Check the request's signature header against `body`.
    pub fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let Some(raw) = check.headers.get(&self.signature_header) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {} header", self.signature_header),
            ));
        };
        if self.format == SignatureFormat::Token {
            return self.verify_token(key, raw);
        }
        let parsed = match self.parse_header(raw, check) {
            Ok(p) => p,
            Err(v) => return Ok(v),
        };
        let mut candidates: Vec<Vec<u8>> = parsed
            .signatures
            .iter()
            .filter_map(|c| self.encoding.decode(c))
            .collect();
        // The same signature under the second key (Box): either header may match.
        if let Some(raw) = self.secondary_header.as_ref().and_then(|h| check.headers.get(h)) {
            if let Ok(second) = self.parse_header(raw, check) {
                candidates.extend(second.signatures.iter().filter_map(|c| self.encoding.decode(c)));
            }
        }
        if candidates.is_empty() {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!(
                    "{} does not hold a {} signature",
                    self.signature_header,
                    self.encoding.label()
                ),
            ));
        }
        let urls = url_variants(check.variant.url.as_deref(), self.template.contains("{url}"));
        // A body signed by its hash in the URL: the URL alone is signed, then the hash is checked.
        let hashed = self.url_body_hash(check.variant.url.as_deref());
        let empty = Body::Bytes(Vec::new());
        let signed_body = if hashed.is_some() { &empty } else { check.body };
        let Some(which) = self.first_matching_url(key, check, signed_body, &parsed, &candidates, &urls)?
        else {
            let what = if hashed.is_some() { "the URL" } else { "the body" };
            return Ok(Verdict::invalid(
                Reason::Mismatch,
                format!("no signature in {} matches {what}", self.signature_header),
            ));
        };
        if let (Some(given), Some(param)) = (&hashed, &self.body_hash_param) {
            if !ct_eq(given.as_bytes(), super::body_sha256(check.body)?.as_bytes()) {
                return Ok(Verdict::invalid(
                    Reason::Mismatch,
                    format!("{param} in the URL is not the SHA-256 of the body"),
                ));
            }
        }
        if let (Some(rule), Some(ts)) = (&self.timestamp, parsed.timestamp) {
            if let Some(v) = check_window(rule, ts, check) {
                return Ok(v);
            }
        }
        let mut verdict = Verdict::valid();
        if which > 0 {
            if let Some(Some(u)) = urls.get(which) {
                verdict = verdict.with_note(format!("matched with URL `{u}`, not the one given"));
            }
        }
        Ok(verdict)
    }

    /// A token scheme's header must equal the secret itself.
    fn verify_token(&self, key: &Key, raw: &str) -> Result<Verdict> {
        let Key::Secret(secret) = key else {
            return Err(wrong_key(self.algorithm));
        };
        Ok(if ct_eq(raw.trim().as_bytes(), secret.expose()) {
            Verdict::valid()
        } else {
            Verdict::invalid(
                Reason::Mismatch,
                format!("{} does not equal the secret token", self.signature_header),
            )
        })
    }

    /// The index of the first URL form under which a candidate signature is valid.
    fn first_matching_url(
        &self,
        key: &Key,
        check: &Check<'_>,
        body: &Body,
        parsed: &ParsedHeader,
        candidates: &[Vec<u8>],
        urls: &[Option<String>],
    ) -> Result<Option<usize>> {
        let method = check.variant.method.as_deref().unwrap_or("POST");
        for (i, url) in urls.iter().enumerate() {
            let values = TemplateValues {
                timestamp: parsed.timestamp_text.as_deref(),
                id: parsed.id.as_deref(),
                url: url.as_deref(),
                method: Some(method),
            };
            let rendered = render(&self.template, &values)?;
            if self.any_valid(key, &rendered, body, candidates)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }
}
