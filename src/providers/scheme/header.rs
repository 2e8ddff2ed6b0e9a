//! The signature header's layout: writing it when signing, and parsing it (prefixes, key=value
//! lists, several signatures at once) when verifying.

use serde::Deserialize;

use super::SchemeDef;
use crate::providers::{Check, Reason, Verdict};

/// How the signature header's value is laid out.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum SignatureFormat {
    /// `<prefix><signature>`, e.g. `sha256=<hex>`, `v0=<hex>`, or a bare value.
    Plain {
        #[serde(default)]
        prefix: String,
    },
    /// `t=<ts>,v1=<sig>[,v1=<sig>…]` (Stripe, Novatrade24); Paddle uses `;` between pairs.
    KeyValue {
        timestamp_key: String,
        signature_key: String,
        #[serde(default = "comma")]
        separator: String,
    },
    /// `v1,<sig> v1,<sig>` (Standard Webhooks): space-separated `version,signature` pairs.
    VersionedList { version: String },
    /// The header carries the shared secret itself (GitLab `X-Gitlab-Token`, Okta).
    Token,
}

fn comma() -> String {
    ",".into()
}

/// What the signature header (and the scheme's timestamp and id headers) held.
#[derive(Default)]
pub(crate) struct ParsedHeader {
    pub signatures: Vec<String>,
    pub timestamp_text: Option<String>,
    pub timestamp: Option<i64>,
    pub id: Option<String>,
}

impl SignatureFormat {
    /// The signature header's value carrying each of `signatures` in order (a rotation): the
    /// timestamp once, then every signature (`t=…,v1=a,v1=b`; `v1,a v1,b`).
    pub(super) fn header_value_all(&self, ts: &str, signatures: &[String]) -> String {
        match self {
            SignatureFormat::KeyValue {
                signature_key,
                separator,
                ..
            } => {
                let mut value = self.header_value(ts, &signatures[0]);
                for s in &signatures[1..] {
                    value.extend([separator.as_str(), signature_key, "=", s]);
                }
                value
            }
            SignatureFormat::VersionedList { .. } => signatures
                .iter()
                .map(|s| self.header_value(ts, s))
                .collect::<Vec<_>>()
                .join(" "),
            _ => self.header_value(ts, &signatures[0]),
        }
    }

    /// The signature header's value for `signature`, signed at timestamp text `ts`.
    pub(super) fn header_value(&self, ts: &str, signature: &str) -> String {
        match self {
            SignatureFormat::Plain { prefix } => [prefix.as_str(), signature].concat(),
            SignatureFormat::KeyValue {
                timestamp_key,
                signature_key,
                separator,
            } => [
                timestamp_key.as_str(),
                "=",
                ts,
                separator,
                signature_key,
                "=",
                signature,
            ]
            .concat(),
            SignatureFormat::VersionedList { version } => [version.as_str(), ",", signature].concat(),
            SignatureFormat::Token => signature.to_string(),
        }
    }
}

fn malformed(what: String) -> Verdict {
    Verdict::invalid(Reason::MalformedHeader, what)
}

/// The signature after `prefix` in header `name`'s value `raw`.
fn plain_signature(name: &str, prefix: &str, raw: &str) -> Result<String, Verdict> {
    let sig = raw
        .strip_prefix(prefix)
        .ok_or_else(|| malformed(format!("{name} does not start with `{prefix}`")))?;
    if sig.is_empty() {
        return Err(malformed(format!("{name} has no signature after `{prefix}`")));
    }
    Ok(sig.to_string())
}

/// The `signature_key=` signatures and the `timestamp_key=` timestamp in a key=value list; both
/// must be present.
fn key_value_fields(
    name: &str,
    raw: &str,
    timestamp_key: &str,
    signature_key: &str,
    separator: &str,
) -> Result<(Vec<String>, String), Verdict> {
    let mut signatures = Vec::new();
    let mut timestamp = None;
    for part in raw.split(separator) {
        let Some((k, v)) = part.trim().split_once('=') else {
            return Err(malformed(format!("`{part}` in {name} is not key=value")));
        };
        if k == timestamp_key {
            timestamp = Some(v.to_string());
        } else if k == signature_key && !v.is_empty() {
            signatures.push(v.to_string());
        }
    }
    if signatures.is_empty() {
        return Err(malformed(format!("{name} has no {signature_key}= signature")));
    }
    let Some(timestamp) = timestamp else {
        return Err(malformed(format!("{name} has no {timestamp_key}= timestamp")));
    };
    Ok((signatures, timestamp))
}

/// The signatures of `version` in a space-separated list of `version,signature` pairs.
fn versioned_signatures(name: &str, version: &str, raw: &str) -> Result<Vec<String>, Verdict> {
    let mut signatures = Vec::new();
    for entry in raw.split_whitespace() {
        let Some((v, sig)) = entry.split_once(',') else {
            return Err(malformed(format!("`{entry}` in {name} is not version,signature")));
        };
        if v == version && !sig.is_empty() {
            signatures.push(sig.to_string());
        }
    }
    if signatures.is_empty() {
        return Err(malformed(format!("{name} has no {version} signature")));
    }
    Ok(signatures)
}

/// Header `header`'s value, else the one given apart from the headers.
fn header_or_given(check: &Check<'_>, header: &str, given: Option<&str>) -> Result<String, Verdict> {
    match check.headers.get(header).or(given) {
        Some(v) => Ok(v.trim().to_string()),
        None => Err(Verdict::invalid(
            Reason::MissingSignature,
            format!("no {header} header"),
        )),
    }
}

/// The body field at `path` (the body is JSON), else the timestamp given apart from it.
fn body_field_or_given(check: &Check<'_>, path: &str) -> Result<String, Verdict> {
    let field = crate::providers::scheme_provider::peek_json(check.body)
        .and_then(|body| crate::json_path::get(&body, path).and_then(crate::providers::scalar_text));
    match field.or_else(|| check.timestamp.map(str::to_string)) {
        Some(v) => Ok(v.trim().to_string()),
        None => Err(Verdict::invalid(
            Reason::MissingSignature,
            format!("the body has no `{path}` timestamp"),
        )),
    }
}

impl SchemeDef {
    pub(crate) fn parse_header(
        &self,
        raw: &str,
        check: &Check<'_>,
    ) -> std::result::Result<ParsedHeader, Verdict> {
        let name = self.signature_header.as_str();
        let raw = raw.trim();
        let mut out = ParsedHeader::default();
        match &self.format {
            SignatureFormat::Plain { prefix } => out.signatures.push(plain_signature(name, prefix, raw)?),
            SignatureFormat::KeyValue {
                timestamp_key,
                signature_key,
                separator,
            } => {
                let (signatures, timestamp) =
                    key_value_fields(name, raw, timestamp_key, signature_key, separator)?;
                out.signatures = signatures;
                out.timestamp_text = Some(timestamp);
            }
            SignatureFormat::VersionedList { version } => {
                out.signatures = versioned_signatures(name, version, raw)?;
            }
            SignatureFormat::Token => out.signatures.push(raw.to_string()),
        }
        if let Some(rule) = &self.timestamp {
            if let Some(h) = &rule.header {
                out.timestamp_text = Some(header_or_given(check, h, check.timestamp)?);
            } else if let Some(path) = &rule.body_path {
                out.timestamp_text = Some(body_field_or_given(check, path)?);
            }
            let text = out.timestamp_text.as_deref().unwrap_or_default();
            out.timestamp = Some(rule.unit.parse(text).map_err(malformed)?);
        }
        if let Some(h) = &self.id_header {
            out.id = Some(header_or_given(check, h, check.id)?);
        }
        // Templates may sign values that no header of the scheme carries (generic schemes).
        if out.timestamp_text.is_none() {
            out.timestamp_text = check.timestamp.map(str::to_string);
        }
        if out.id.is_none() {
            out.id = check.id.map(str::to_string);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_header_values_parse_back() {
        let pairs = SignatureFormat::KeyValue {
            timestamp_key: "t".into(),
            signature_key: "v1".into(),
            separator: ";".into(),
        };
        let value = pairs.header_value("12", "abc");
        assert_eq!(value, "t=12;v1=abc");
        assert_eq!(
            key_value_fields("S", &value, "t", "v1", ";").unwrap(),
            (vec!["abc".to_string()], "12".to_string())
        );
        let list = SignatureFormat::VersionedList { version: "v1".into() };
        let value = format!("v1a,other {}", list.header_value("12", "abc"));
        assert_eq!(versioned_signatures("S", "v1", &value).unwrap(), ["abc"]);
        let plain = SignatureFormat::Plain {
            prefix: "sha256=".into(),
        };
        let value = plain.header_value("12", "abc");
        assert_eq!(plain_signature("S", "sha256=", &value).unwrap(), "abc");
    }

    #[test]
    fn a_rotation_writes_every_signature_and_parses_back() {
        let two = ["new".to_string(), "old".to_string()];
        let pairs = SignatureFormat::KeyValue {
            timestamp_key: "t".into(),
            signature_key: "v1".into(),
            separator: ",".into(),
        };
        let value = pairs.header_value_all("12", &two);
        assert_eq!(value, "t=12,v1=new,v1=old");
        assert_eq!(
            key_value_fields("S", &value, "t", "v1", ",").unwrap(),
            (two.to_vec(), "12".to_string())
        );
        let list = SignatureFormat::VersionedList { version: "v1".into() };
        let value = list.header_value_all("12", &two);
        assert_eq!(value, "v1,new v1,old");
        assert_eq!(versioned_signatures("S", "v1", &value).unwrap(), two);
    }
}
