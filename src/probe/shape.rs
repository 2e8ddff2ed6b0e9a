//! What a provider's scheme looks like from the outside, which decides the attacks that apply:
//! read from its `SchemeDef` where it is one, and found by signing where the scheme is code
//! (Noones' canonical JSON, a signed URL).

use super::forge::{Forge, Forged, How};
use super::mutate;
use crate::error::Result;
use crate::providers::scheme::{Algorithm, SchemeDef, SignatureFormat, TimeUnit, Window};

/// The version tag in front of a signature, and how it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tag {
    /// `sha256=<sig>`, `v0=<sig>`: the tag and what separates it from the signature.
    Prefix { tag: String, separator: String },
    /// `t=…,v1=<sig>`: the key that names a signature.
    Key { key: String },
    /// `v1,<sig> …`: the version of each list entry.
    Version { version: String },
}

impl Tag {
    pub fn name(&self) -> &str {
        match self {
            Tag::Prefix { tag, .. } => tag,
            Tag::Key { key } => key,
            Tag::Version { version } => version,
        }
    }
}

/// Where the timestamp travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stamp {
    /// Its own header.
    Header(String),
    /// A `key=` pair in the signature header.
    InSignature { key: String, separator: String },
    /// A field of the JSON body, signed with it (Linear's `webhookTimestamp`): a forged time
    /// is written there before signing.
    Body { path: String, unit: TimeUnit },
    /// Somewhere the probe cannot remove on its own (the body).
    Elsewhere,
}

#[derive(Debug, Clone)]
pub struct Shape {
    pub def: Option<SchemeDef>,
    pub header: String,
    /// The signature travels in `header` (not in the body, as Mailgun's does).
    pub in_header: bool,
    /// Changing the body changes the signature.
    pub signs_body: bool,
    /// The signed bytes are the body exactly as received.
    pub raw_body: bool,
    /// The provider signs a canonical JSON form of the body rather than its bytes (Noones).
    pub canonical: bool,
    pub json: bool,
    /// The URL posted to is part of the signed input.
    pub signs_url: bool,
    pub timestamped: bool,
    pub stamp: Option<Stamp>,
    pub rejects_future: bool,
    /// The header may carry several signatures, any of which may match (key rotation).
    pub multi: bool,
    pub tag: Option<Tag>,
    /// The tag names the hash (`sha256=`), so a receiver may be talked into a weaker one.
    pub hash_tag: bool,
    /// The event type can be set to an unknown one (it travels in a header or the body).
    pub typed: bool,
}

impl Shape {
    /// Derive the shape from the provider's definition and from signing `sample` again.
    pub fn of(forge: &Forge<'_>, sample: &Forged, url: &str) -> Result<Shape> {
        let provider = forge.provider;
        let def = provider.scheme().cloned();
        let header = provider.signature_header().to_string();
        let in_header = sample.delivery.headers.has(&header);
        let body = &sample.delivery.body;
        let same = |how: How<'_>| -> Result<Forged> {
            forge.sign(
                body,
                &How {
                    timestamp: Some(sample.timestamp),
                    id: Some(&sample.id),
                    ..how
                },
            )
        };
        let signs_body = match mutate::flip_byte(body) {
            Some(other) => {
                let again = forge.sign(
                    &other,
                    &How {
                        timestamp: Some(sample.timestamp),
                        id: Some(&sample.id),
                        ..How::default()
                    },
                )?;
                again.signature != sample.signature
            }
            None => false,
        };
        let json = serde_json::from_slice::<serde_json::Value>(body).is_ok();
        // A signer that sends another body than it was given signs a form of its own.
        let canonical = json
            && match mutate::whitespace(body) {
                Some(spaced) => forge.sign(&spaced, &How::default())?.delivery.body != spaced,
                None => false,
            };
        let other_url = mutate::other_url(url);
        let signs_url = in_header
            && same(How {
                url: Some(&other_url),
                ..How::default()
            })?
            .signature
                != sample.signature;
        let raw_body = signs_body && !canonical && !provider.form_encoded();
        let mut shape = Shape {
            def: def.clone(),
            header,
            in_header,
            signs_body,
            raw_body,
            canonical,
            json,
            signs_url,
            timestamped: provider.timestamped(),
            stamp: provider.timestamped().then_some(Stamp::Elsewhere),
            rejects_future: false,
            multi: false,
            tag: None,
            hash_tag: false,
            typed: false,
        };
        if let Some(def) = &def {
            shape.apply_def(def);
        }
        shape.typed = forge
            .event
            .is_some_and(|name| typed(forge, sample, name).unwrap_or(false));
        Ok(shape)
    }

    fn apply_def(&mut self, def: &SchemeDef) {
        match &def.format {
            SignatureFormat::Plain { prefix } if !prefix.is_empty() => {
                let tag = prefix.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
                if !tag.is_empty() {
                    self.hash_tag = def.algorithm.is_hmac()
                        && def.algorithm != Algorithm::Sha1
                        && tag.eq_ignore_ascii_case(&format!("{:?}", def.algorithm));
                    self.tag = Some(Tag::Prefix {
                        tag: tag.to_string(),
                        separator: prefix[tag.len()..].to_string(),
                    });
                }
            }
            SignatureFormat::KeyValue { signature_key, .. } => {
                self.multi = true;
                self.tag = Some(Tag::Key {
                    key: signature_key.clone(),
                });
            }
            SignatureFormat::VersionedList { version } => {
                self.multi = true;
                self.tag = Some(Tag::Version {
                    version: version.clone(),
                });
            }
            _ => {}
        }
        self.timestamped = def.timestamp.is_some();
        self.rejects_future = def.timestamp.as_ref().is_some_and(|t| t.window == Window::Both);
        self.stamp = def.timestamp.as_ref().map(|t| match (&t.header, &def.format) {
            (Some(h), _) => Stamp::Header(h.clone()),
            (None, _) if t.body_path.is_some() => Stamp::Body {
                path: t.body_path.clone().unwrap_or_default(),
                unit: t.unit,
            },
            (
                None,
                SignatureFormat::KeyValue {
                    timestamp_key,
                    separator,
                    ..
                },
            ) => Stamp::InSignature {
                key: timestamp_key.clone(),
                separator: separator.clone(),
            },
            _ => Stamp::Elsewhere,
        });
    }
}

/// Whether a delivery of an unknown type differs from one of `name`: the type travels in a
/// header or in the body, so a receiver can tell and may refuse it.
fn typed(forge: &Forge<'_>, sample: &Forged, name: &str) -> Result<bool> {
    if name.is_empty() || name.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(false);
    }
    let unknown = mutate::unknown_type(name);
    if mutate::retype(&sample.delivery.body, name, &unknown).is_some() {
        return Ok(true);
    }
    let other = forge.sign(
        &sample.delivery.body,
        &How {
            timestamp: Some(sample.timestamp),
            id: Some(&sample.id),
            event_type: Some(&unknown),
            ..How::default()
        },
    )?;
    Ok(other.delivery.headers != sample.delivery.headers)
}
