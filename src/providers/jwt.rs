//! Providers that sign a delivery with an HS256 JWT (RFC 7519) in a header, keyed with the
//! shared secret, from the `jsonwebtoken` crate: Vonage, Netlify, Monday.com. What differs is
//! data (`JwtScheme`): the header and its `Bearer ` prefix, the claim that carries the body's
//! SHA-256 (when the body is covered at all), the issuer, and the claims a token is made of.

use std::time::Duration;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::event_type::TypeSource;
use super::scheme::url_variants;
use super::scheme::{check_window, ct_eq, TimeUnit, TimestampRule, Window};
use super::scheme_provider::secret_of;
use super::{
    scalar_text, Catalog, Check, Headers, Info, Key, LazyCatalog, Message, Provider, Reason, Signed, Verdict,
};
use crate::error::{Error, Result};
use crate::json_path;

/// What one provider's tokens look like.
pub struct JwtScheme {
    pub header: &'static str,
    /// The header's value is `Bearer <token>` rather than the bare token.
    pub bearer: bool,
    /// The claim holding the lowercase hex SHA-256 of the raw body, if the token covers it.
    pub body_hash: Option<&'static str>,
    /// The `iss` a token must carry, if any.
    pub issuer: Option<&'static str>,
    /// The token carries `iat`, checked against the tolerance.
    pub issued_at: bool,
    /// Seconds from `iat` to the `exp` a signed token carries, if it carries one.
    pub expires_in: Option<u64>,
    /// The token's `aud` is the URL it was posted to (Monday.com), checked when the URL is known.
    pub audience_is_url: bool,
    /// A claim only this provider's tokens carry, for auto-detection.
    pub detect_claim: &'static str,
    /// The provider's own claims for a token signing `msg` (ids, account fields), before the
    /// scheme's `iat`, `exp`, `iss` and body hash are added.
    pub claims: fn(&Message<'_>) -> Map<String, Value>,
}

/// A JWT-signed provider: its scheme as data and where its events keep their type and id.
pub struct JwtProvider {
    pub info: Info,
    pub catalog: LazyCatalog,
    pub scheme: JwtScheme,
    /// Where the event type is, tried in order (paths, templates and rules, as a scheme's
    /// `event_type_paths`).
    pub type_sources: Vec<TypeSource>,
    pub id_paths: &'static [&'static str],
    /// Headers every delivery carries besides the token.
    pub delivery_headers: &'static [(&'static str, &'static str)],
}

const IAT: TimestampRule = TimestampRule {
    body_path: None,
    tolerance: None,
    header: None,
    unit: TimeUnit::Seconds,
    window: Window::PastOnly,
};

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

impl JwtScheme {
    /// The token in a header value, without the `Bearer ` prefix where there is one.
    fn token<'a>(&self, value: &'a str) -> Option<&'a str> {
        let value = value.trim();
        let token = if self.bearer {
            value
                .strip_prefix("Bearer ")
                .or_else(|| value.strip_prefix("bearer "))?
        } else {
            value
        };
        (token.split('.').count() == 3).then_some(token.trim())
    }
}

impl JwtProvider {
    fn first(&self, paths: &[&str], body: Option<&Value>) -> Option<String> {
        let body = body?;
        paths
            .iter()
            .find_map(|p| json_path::get(body, p).and_then(scalar_text))
    }
}

/// The claims of a token that verified, or the verdict that it did not.
fn verified_claims(token: &str, secret: &[u8]) -> std::result::Result<Map<String, Value>, Verdict> {
    let mut validation = Validation::new(Algorithm::HS256);
    // Times, issuer and body hash are checked below, each with its own reason.
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    match jsonwebtoken::decode::<Map<String, Value>>(token, &DecodingKey::from_secret(secret), &validation) {
        Ok(data) => Ok(data.claims),
        Err(e) => Err(match e.kind() {
            jsonwebtoken::errors::ErrorKind::InvalidSignature => Verdict::invalid(
                Reason::Mismatch,
                "the JWT's HS256 signature does not match the secret",
            ),
            jsonwebtoken::errors::ErrorKind::InvalidAlgorithm => {
                Verdict::invalid(Reason::MalformedHeader, "the JWT is not signed with HS256")
            }
            _ => Verdict::invalid(Reason::MalformedHeader, format!("the JWT does not decode: {e}")),
        }),
    }
}

impl Provider for JwtProvider {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        self.scheme.header
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn timestamped(&self) -> bool {
        self.scheme.issued_at
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let secret = secret_of(key)?;
        let s = &self.scheme;
        let mut claims = (s.claims)(msg);
        if s.issued_at {
            claims.insert("iat".into(), msg.timestamp.into());
        }
        if let Some(secs) = s.expires_in {
            claims.insert("exp".into(), (msg.timestamp + secs as i64).into());
        }
        if let Some(iss) = s.issuer {
            claims.insert("iss".into(), iss.into());
        }
        if let Some(claim) = s.body_hash {
            claims.insert(claim.into(), sha256_hex(&msg.body.to_bytes()?).into());
        }
        let token = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(secret),
        )
        .map_err(|e| Error::usage(format!("cannot sign the JWT: {e}")))?;
        let mut headers = Headers::default();
        for (name, value) in self.delivery_headers {
            headers.push(*name, *value);
        }
        let value = if s.bearer {
            format!("Bearer {token}")
        } else {
            token.clone()
        };
        headers.push(s.header, value);
        Ok(Signed {
            url: None,
            headers,
            signed_bytes: token.len() as u64,
            signature: token,
            body: None,
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let s = &self.scheme;
        let Some(raw) = check.headers.get(s.header) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {} header", s.header),
            ));
        };
        let Some(token) = s.token(raw) else {
            let shape = if s.bearer { "Bearer <JWT>" } else { "a JWT" };
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{} is not {shape}", s.header),
            ));
        };
        let claims = match verified_claims(token, secret_of(key)?) {
            Ok(c) => c,
            Err(v) => return Ok(v),
        };
        if let Some(iss) = s.issuer {
            let got = claims.get("iss").and_then(Value::as_str);
            if got != Some(iss) {
                return Ok(Verdict::invalid(
                    Reason::Mismatch,
                    format!("the JWT's iss is {got:?}, not \"{iss}\""),
                ));
            }
        }
        if let Some(claim) = s.body_hash {
            let Some(given) = claims.get(claim).and_then(Value::as_str) else {
                return Ok(Verdict::invalid(
                    Reason::MalformedHeader,
                    format!("the JWT has no {claim} claim"),
                ));
            };
            let actual = sha256_hex(&check.body.to_bytes()?);
            if !ct_eq(given.to_ascii_lowercase().as_bytes(), actual.as_bytes()) {
                return Ok(Verdict::invalid(
                    Reason::Mismatch,
                    format!("the JWT is valid but its {claim} is not the SHA-256 of this body"),
                ));
            }
        }
        if s.issued_at {
            let Some(iat) = claims.get("iat").and_then(Value::as_i64) else {
                return Ok(Verdict::invalid(
                    Reason::MalformedHeader,
                    "the JWT has no numeric iat claim",
                ));
            };
            if let Some(stale) = check_window(&IAT, iat, check) {
                return Ok(stale);
            }
        }
        if let Some(exp) = claims.get("exp").and_then(Value::as_i64) {
            if check.now > exp {
                return Ok(Verdict::invalid(
                    Reason::StaleTimestamp,
                    format!(
                        "the JWT expired {} ago",
                        humantime::format_duration(Duration::from_secs((check.now - exp) as u64))
                    ),
                ));
            }
        }
        let mut verdict = Verdict::valid();
        if s.audience_is_url {
            let aud = claims.get("aud").and_then(Value::as_str).unwrap_or_default();
            match check.variant.url.as_deref() {
                Some(url) => {
                    let forms = url_variants(Some(url), true);
                    if !forms.iter().flatten().any(|u| u == aud) {
                        return Ok(Verdict::invalid(
                            Reason::Mismatch,
                            format!(
                                "the JWT's aud `{}` is not the URL `{}`",
                                crate::output::sanitize(aud, false),
                                crate::output::sanitize(url, false)
                            ),
                        ));
                    }
                }
                None => {
                    verdict = verdict
                        .with_note("the JWT's aud (the URL called) was not checked: pass --url to check it");
                }
            }
        }
        if s.body_hash.is_none() {
            verdict = verdict.with_note(format!(
                "{}'s token authenticates the sender, not the body: the body is not signed",
                self.info.name
            ));
        }
        Ok(verdict)
    }

    fn detect(&self, headers: &Headers) -> bool {
        let Some(token) = headers.get(self.scheme.header).and_then(|v| self.scheme.token(v)) else {
            return false;
        };
        jsonwebtoken::dangerous::insecure_decode::<Map<String, Value>>(token)
            .is_ok_and(|t| t.claims.contains_key(self.scheme.detect_claim))
    }

    fn event_type(&self, _: &Headers, body: Option<&Value>) -> Option<String> {
        super::event_type::first(&self.type_sources, body)
    }

    fn event_id(&self, _: &Headers, body: Option<&Value>) -> Option<String> {
        self.first(self.id_paths, body)
    }
}
