//! The attack cases: each a delivery a correct receiver must refuse, or one it must accept.
//! Which apply is decided by the scheme's shape (`Shape`), never by the provider's name.

use super::forge::{Forge, Forged, How};
use super::mutate;
use super::shape::{Shape, Stamp, Tag};
use crate::error::Result;
use crate::providers::delivery::Delivery;
use crate::providers::scheme::{hmac, message_bytes, render, Algorithm, TemplateValues};
use crate::providers::Key;

/// What a correct receiver does with a case's delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Refuse,
    Accept,
}

impl Expect {
    pub fn as_str(self) -> &'static str {
        match self {
            Expect::Refuse => "refuse",
            Expect::Accept => "accept",
        }
    }
}

/// Every case, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    SignatureMissing,
    SignatureEmpty,
    SignatureWrongSecret,
    SignatureOtherBody,
    SignatureTruncated,
    BodyFlipped,
    BodyReserialised,
    VersionUnknown,
    VersionDowngrade,
    AlgorithmSha1,
    TimestampStale,
    TimestampFuture,
    TimestampRemoved,
    MultiOnlyInvalid,
    UrlOther,
    CanonicalRawSigned,
    HeaderCase,
    MultiValidLast,
    CanonicalReserialised,
    EventUnknownType,
    Replay,
}

pub const ALL: &[Case] = &[
    Case::SignatureMissing,
    Case::SignatureEmpty,
    Case::SignatureWrongSecret,
    Case::SignatureOtherBody,
    Case::SignatureTruncated,
    Case::BodyFlipped,
    Case::BodyReserialised,
    Case::VersionUnknown,
    Case::VersionDowngrade,
    Case::AlgorithmSha1,
    Case::TimestampStale,
    Case::TimestampFuture,
    Case::TimestampRemoved,
    Case::MultiOnlyInvalid,
    Case::UrlOther,
    Case::CanonicalRawSigned,
    Case::HeaderCase,
    Case::MultiValidLast,
    Case::CanonicalReserialised,
    Case::EventUnknownType,
    Case::Replay,
];

/// The id of the information row that says whether a repeated delivery was answered alike.
pub const REPLAY_ANSWER: &str = "replay.same_answer";

/// The deliveries of one case and what they are, for people.
pub struct Attack {
    pub deliveries: Vec<Delivery>,
    pub sent: String,
    /// Send header names in title case (`X-Hub-Signature-256`) rather than lower case.
    pub title_case: bool,
}

impl Attack {
    fn one(delivery: Delivery, sent: impl Into<String>) -> Attack {
        Attack {
            deliveries: vec![delivery],
            sent: sent.into(),
            title_case: false,
        }
    }
}

/// What the probe knows while building cases.
pub struct Setting<'a> {
    pub forge: &'a Forge<'a>,
    pub shape: &'a Shape,
    pub url: &'a str,
    /// How far outside the receiver's tolerance a bad timestamp is put.
    pub skew: i64,
}

impl Case {
    pub fn id(self) -> &'static str {
        match self {
            Case::SignatureMissing => "signature.missing",
            Case::SignatureEmpty => "signature.empty",
            Case::SignatureWrongSecret => "signature.wrong_secret",
            Case::SignatureOtherBody => "signature.other_body",
            Case::SignatureTruncated => "signature.truncated",
            Case::BodyFlipped => "body.byte_flipped",
            Case::BodyReserialised => "body.reserialised",
            Case::VersionUnknown => "version.unknown",
            Case::VersionDowngrade => "version.downgrade",
            Case::AlgorithmSha1 => "algorithm.sha1",
            Case::TimestampStale => "timestamp.stale",
            Case::TimestampFuture => "timestamp.future",
            Case::TimestampRemoved => "timestamp.removed",
            Case::MultiOnlyInvalid => "multi.only_invalid",
            Case::UrlOther => "url.other",
            Case::CanonicalRawSigned => "canonical.raw_signed",
            Case::HeaderCase => "accept.header_case",
            Case::MultiValidLast => "accept.multi_valid_last",
            Case::CanonicalReserialised => "accept.canonical_reserialised",
            Case::EventUnknownType => "accept.unknown_event_type",
            Case::Replay => "accept.replay",
        }
    }

    pub fn expect(self) -> Expect {
        match self {
            Case::HeaderCase
            | Case::MultiValidLast
            | Case::CanonicalReserialised
            | Case::EventUnknownType
            | Case::Replay => Expect::Accept,
            _ => Expect::Refuse,
        }
    }

    pub fn about(self) -> &'static str {
        match self {
            Case::SignatureMissing => "no signature header at all",
            Case::SignatureEmpty => "the signature header with an empty signature",
            Case::SignatureWrongSecret => "signed with a secret the receiver does not have",
            Case::SignatureOtherBody => "a valid signature of a different body",
            Case::SignatureTruncated => "the valid signature cut to half its length",
            Case::BodyFlipped => "the signed body with one letter changed",
            Case::BodyReserialised => "the signed JSON re-serialised with other whitespace",
            Case::VersionUnknown => "the valid signature under an unknown version tag",
            Case::VersionDowngrade => "the valid signature under another version tag",
            Case::AlgorithmSha1 => "a valid HMAC-SHA1 under the tag of the stronger hash",
            Case::TimestampStale => "correctly signed with a timestamp past the tolerance",
            Case::TimestampFuture => "correctly signed with a timestamp beyond the tolerance ahead",
            Case::TimestampRemoved => "the timestamp removed, the signature kept",
            Case::MultiOnlyInvalid => "several signatures, none of them valid",
            Case::UrlOther => "signed for another URL",
            Case::CanonicalRawSigned => "non-canonical JSON signed as sent, not in its canonical form",
            Case::HeaderCase => "a valid delivery with header names in title case",
            Case::MultiValidLast => "the valid signature last, after an invalid one",
            Case::CanonicalReserialised => "the signed JSON with other whitespace (same canonical form)",
            Case::EventUnknownType => "a valid delivery of an event type the provider may add",
            Case::Replay => "the identical delivery twice (at-least-once delivery)",
        }
    }

    /// How to fix a receiver that got this case wrong.
    pub fn fix(self) -> &'static str {
        match self {
            Case::SignatureMissing | Case::SignatureEmpty => {
                "refuse a request without a signature before anything else"
            }
            Case::SignatureWrongSecret | Case::SignatureOtherBody | Case::SignatureTruncated => {
                "compute the expected signature and compare it in constant time; refuse on any difference or error"
            }
            Case::BodyFlipped => "sign-check the exact bytes received, before parsing",
            Case::BodyReserialised => "verify the raw request body, not a parsed-and-re-serialised copy",
            Case::VersionUnknown | Case::VersionDowngrade => {
                "only accept signatures under the scheme's own version tag"
            }
            Case::AlgorithmSha1 => "never let the request pick the hash: use the scheme's own",
            Case::TimestampStale | Case::TimestampFuture => {
                "refuse timestamps outside the tolerance (replay protection)"
            }
            Case::TimestampRemoved => "require the timestamp; a missing one is a refusal",
            Case::MultiOnlyInvalid => "accept only if one of the signatures verifies",
            Case::UrlOther => "sign-check with the URL exactly as registered with the provider",
            Case::CanonicalRawSigned => "verify the canonical form the provider signs, not the raw bytes",
            Case::HeaderCase => "look header names up case-insensitively",
            Case::MultiValidLast => "check every signature in the header, not only the first",
            Case::CanonicalReserialised => "canonicalise the JSON before checking, as the provider does",
            Case::EventUnknownType => "acknowledge unknown event types with 2xx and ignore them",
            Case::Replay => "answer a redelivered event with 2xx (deduplicate by its id)",
        }
    }

    pub fn applies(self, s: &Shape) -> bool {
        match self {
            Case::SignatureMissing | Case::SignatureEmpty | Case::SignatureTruncated | Case::HeaderCase => {
                s.in_header
            }
            Case::SignatureWrongSecret | Case::Replay => true,
            Case::SignatureOtherBody | Case::BodyFlipped => s.in_header && s.signs_body,
            Case::BodyReserialised => s.in_header && s.raw_body && s.json,
            Case::VersionUnknown => s.tag.is_some(),
            Case::VersionDowngrade => s.tag.as_ref().is_some_and(|t| downgraded(t.name()).is_some()),
            Case::AlgorithmSha1 => s.hash_tag,
            Case::TimestampStale => s.timestamped,
            Case::TimestampFuture => s.rejects_future,
            Case::TimestampRemoved => matches!(s.stamp, Some(Stamp::Header(_) | Stamp::InSignature { .. })),
            Case::MultiOnlyInvalid | Case::MultiValidLast => s.multi,
            Case::UrlOther => s.signs_url,
            Case::CanonicalRawSigned | Case::CanonicalReserialised => s.in_header && s.canonical,
            Case::EventUnknownType => s.typed,
        }
    }

    pub fn build(self, cx: &Setting<'_>) -> Result<Attack> {
        let forge = cx.forge;
        let header = cx.shape.header.as_str();
        let valid = forge.valid()?;
        let edit_sig = |f: &dyn Fn(&str) -> String| -> Delivery {
            let mut d = valid.delivery.clone();
            if let Some(v) = d.headers.get(header).map(str::to_string) {
                d.headers
                    .set(header, v.replacen(&valid.signature, &f(&valid.signature), 1));
            }
            d
        };
        let same_as_valid = |body: &[u8], key: Option<&Key>| -> Result<Forged> {
            forge.sign(
                body,
                &How {
                    timestamp: Some(valid.timestamp),
                    id: Some(&valid.id),
                    key,
                    ..How::default()
                },
            )
        };
        Ok(match self {
            Case::SignatureMissing => {
                let mut d = valid.delivery.clone();
                d.headers.0.retain(|(n, _)| !n.eq_ignore_ascii_case(header));
                Attack::one(d, format!("valid delivery without {header}"))
            }
            Case::SignatureEmpty => Attack::one(
                edit_sig(&|_| String::new()),
                format!("{header} with the signature left empty"),
            ),
            Case::SignatureWrongSecret => {
                let other = forge.other_key()?;
                let bad = same_as_valid(&valid.delivery.body, Some(&other))?;
                Attack::one(bad.delivery, "signed with a random key of the same kind")
            }
            Case::SignatureOtherBody => {
                let other = mutate::flip_byte(&valid.delivery.body).expect("signs_body found a byte to flip");
                let signed = same_as_valid(&other, None)?;
                let d = Delivery {
                    body: valid.delivery.body.clone(),
                    ..signed.delivery
                };
                Attack::one(
                    d,
                    "the signature of the body with one letter changed, on the original body",
                )
            }
            Case::SignatureTruncated => Attack::one(
                edit_sig(&|s| s[..s.len() / 2].to_string()),
                format!("{header} with half the signature"),
            ),
            Case::BodyFlipped => {
                let mut d = valid.delivery.clone();
                d.body = mutate::flip_byte(&d.body).expect("signs_body found a byte to flip");
                Attack::one(d, "valid headers, one letter of the body changed")
            }
            Case::BodyReserialised => {
                let mut d = valid.delivery.clone();
                d.body = mutate::whitespace(&d.body).unwrap_or_else(|| d.body.clone());
                Attack::one(d, "valid headers, the same JSON pretty-printed")
            }
            Case::VersionUnknown | Case::VersionDowngrade => {
                let tag = cx.shape.tag.as_ref().expect("applies only with a tag");
                let new = match self {
                    Case::VersionUnknown => "v99".to_string(),
                    _ => downgraded(tag.name()).expect("applies only with a numbered tag"),
                };
                let mut d = valid.delivery.clone();
                if let Some(v) = d.headers.get(header).map(str::to_string) {
                    d.headers.set(header, retag(&v, tag, &new, &valid.signature));
                }
                Attack::one(
                    d,
                    format!("the valid signature tagged `{new}` instead of `{}`", tag.name()),
                )
            }
            Case::AlgorithmSha1 => {
                let (Some(def), Key::Secret(secret), Some(Tag::Prefix { separator, .. })) =
                    (&cx.shape.def, forge.key, &cx.shape.tag)
                else {
                    unreachable!("hash tags are on HMAC data schemes")
                };
                let ts = valid.timestamp.to_string();
                let rendered = render(
                    &def.template,
                    &TemplateValues {
                        timestamp: Some(&ts),
                        id: Some(&valid.id),
                        url: forge.variant.url.as_deref(),
                        method: Some("POST"),
                    },
                )?;
                let message = message_bytes(
                    &rendered,
                    &crate::payload::Body::Bytes(valid.delivery.body.clone()),
                )?;
                let sig = def.encoding.encode(&hmac(
                    Algorithm::Sha1,
                    &def.key.decode(secret.expose())?,
                    &message,
                ));
                let mut d = valid.delivery.clone();
                d.headers.set(header, format!("sha1{separator}{sig}"));
                Attack::one(d, format!("{header}: sha1{separator}<valid HMAC-SHA1>"))
            }
            Case::TimestampStale | Case::TimestampFuture => {
                let (body, id) = forge.body()?;
                let skew = if self == Case::TimestampStale {
                    -cx.skew
                } else {
                    cx.skew
                };
                let at = crate::clock::unix_now() + skew;
                let body = match &cx.shape.stamp {
                    Some(Stamp::Body { path, unit }) => stamped(&body, path, *unit, at),
                    _ => body,
                };
                let d = forge.sign(
                    &body,
                    &How {
                        timestamp: Some(at),
                        id: Some(&id),
                        ..How::default()
                    },
                )?;
                let when = humantime::format_duration(std::time::Duration::from_secs(cx.skew.unsigned_abs()));
                let dir = if skew < 0 { "ago" } else { "ahead" };
                Attack::one(d.delivery, format!("correctly signed at {when} {dir}"))
            }
            Case::TimestampRemoved => {
                let mut d = valid.delivery.clone();
                match cx.shape.stamp.as_ref() {
                    Some(Stamp::Header(h)) => {
                        d.headers.0.retain(|(n, _)| !n.eq_ignore_ascii_case(h));
                        Attack::one(d, format!("valid delivery without {h}"))
                    }
                    Some(Stamp::InSignature { key, separator }) => {
                        if let Some(v) = d.headers.get(header).map(str::to_string) {
                            let kept: Vec<&str> = v
                                .split(separator.as_str())
                                .filter(|p| !p.trim().starts_with(&format!("{key}=")))
                                .collect();
                            d.headers.set(header, kept.join(separator));
                        }
                        Attack::one(d, format!("{header} without its `{key}=` timestamp"))
                    }
                    _ => unreachable!("applies only with a removable timestamp"),
                }
            }
            Case::MultiOnlyInvalid | Case::MultiValidLast => {
                let tag = cx.shape.tag.as_ref().expect("multi-signature schemes are tagged");
                let other = forge.other_key()?;
                let bad = same_as_valid(&valid.delivery.body, Some(&other))?.signature;
                let bad2 = same_as_valid(&valid.delivery.body, Some(&forge.other_key()?))?.signature;
                let entries = if self == Case::MultiOnlyInvalid {
                    [bad, bad2]
                } else {
                    [bad, valid.signature.clone()]
                };
                let mut d = valid.delivery.clone();
                if let Some(v) = d.headers.get(header).map(str::to_string) {
                    d.headers
                        .set(header, several(&v, tag, &valid.signature, &entries, cx));
                }
                let what = if self == Case::MultiOnlyInvalid {
                    "two signatures by unknown keys, no valid one"
                } else {
                    "a signature by an unknown key, then the valid one"
                };
                Attack::one(d, what)
            }
            Case::UrlOther => {
                let other = mutate::other_url(cx.url);
                let (body, id) = forge.body()?;
                let d = forge.sign(
                    &body,
                    &How {
                        url: Some(&other),
                        id: Some(&id),
                        ..How::default()
                    },
                )?;
                Attack::one(d.delivery, format!("signed for {other}"))
            }
            Case::CanonicalRawSigned => {
                let spaced =
                    mutate::whitespace(&valid.delivery.body).unwrap_or_else(|| valid.delivery.body.clone());
                let d = forge.sign(
                    &spaced,
                    &How {
                        canonical: true,
                        id: Some(&valid.id),
                        ..How::default()
                    },
                )?;
                Attack::one(d.delivery, "pretty-printed JSON, signed byte for byte as sent")
            }
            Case::CanonicalReserialised => {
                let mut d = valid.delivery.clone();
                d.body = mutate::whitespace(&d.body).unwrap_or_else(|| d.body.clone());
                Attack::one(
                    d,
                    "valid signature of the canonical form, the body pretty-printed",
                )
            }
            Case::HeaderCase => Attack {
                title_case: true,
                ..Attack::one(valid.delivery, "valid delivery, header names as `X-Title-Case`")
            },
            Case::EventUnknownType => {
                let name = forge.event.unwrap_or_default();
                let unknown = mutate::unknown_type(name);
                let (body, id) = forge.body()?;
                let body = mutate::retype(&body, name, &unknown).unwrap_or(body);
                let d = forge.sign(
                    &body,
                    &How {
                        id: Some(&id),
                        event_type: Some(&unknown),
                        ..How::default()
                    },
                )?;
                Attack::one(d.delivery, format!("valid delivery of type `{unknown}`"))
            }
            Case::Replay => Attack {
                deliveries: vec![valid.delivery.clone(), valid.delivery],
                sent: format!("event {} sent twice, byte for byte", valid.id),
                title_case: false,
            },
        })
    }
}

/// `v1` → `v0`, `v0` → `v1`: another numbered version of the same scheme.
fn downgraded(tag: &str) -> Option<String> {
    let digits = tag.strip_prefix('v')?;
    let n: u32 = digits.parse().ok()?;
    Some(format!("v{}", if n == 0 { 1 } else { n - 1 }))
}

/// The header value with the signature's tag replaced.
fn retag(value: &str, tag: &Tag, new: &str, sig: &str) -> String {
    match tag {
        Tag::Prefix { tag, separator } => value.replacen(
            &format!("{tag}{separator}{sig}"),
            &format!("{new}{separator}{sig}"),
            1,
        ),
        Tag::Key { key } => value.replacen(&format!("{key}={sig}"), &format!("{new}={sig}"), 1),
        Tag::Version { version } => value.replacen(&format!("{version},{sig}"), &format!("{new},{sig}"), 1),
    }
}

/// The header value with its one signature replaced by `entries`, in the scheme's list form.
fn several(value: &str, tag: &Tag, sig: &str, entries: &[String], cx: &Setting<'_>) -> String {
    match tag {
        Tag::Key { key } => {
            let separator = match &cx.shape.def.as_ref().map(|d| &d.format) {
                Some(crate::providers::scheme::SignatureFormat::KeyValue { separator, .. }) => {
                    separator.clone()
                }
                _ => ",".to_string(),
            };
            let list: Vec<String> = entries.iter().map(|e| format!("{key}={e}")).collect();
            value.replacen(&format!("{key}={sig}"), &list.join(&separator), 1)
        }
        Tag::Version { version } => {
            let list: Vec<String> = entries.iter().map(|e| format!("{version},{e}")).collect();
            value.replacen(&format!("{version},{sig}"), &list.join(" "), 1)
        }
        Tag::Prefix { .. } => value.to_string(),
    }
}

/// The case with this id.
pub fn find(id: &str) -> Option<Case> {
    ALL.iter().copied().find(|c| c.id() == id)
}

/// `body` with the timestamp field at `path` set to `at`, written as the sample writes it (a
/// number stays a number); the body as it was when it is not JSON or lacks the field.
fn stamped(body: &[u8], path: &str, unit: crate::providers::scheme::TimeUnit, at: i64) -> Vec<u8> {
    let Ok(mut doc) = serde_json::from_slice::<serde_json::Value>(body) else {
        return body.to_vec();
    };
    let Some(slot) = crate::json_path::get_mut(&mut doc, path) else {
        return body.to_vec();
    };
    let text = unit.format(at);
    *slot = match (&*slot, text.parse::<i64>()) {
        (serde_json::Value::Number(_), Ok(n)) => serde_json::Value::from(n),
        _ => serde_json::Value::String(text),
    };
    serde_json::to_vec(&doc).unwrap_or_else(|_| body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_dotted() {
        let mut seen = std::collections::HashSet::new();
        for c in ALL {
            assert!(seen.insert(c.id()), "{}", c.id());
            assert!(c.id().contains('.'), "{}", c.id());
            assert_eq!(find(c.id()), Some(*c));
        }
        assert!(find(REPLAY_ANSWER).is_none());
    }

    #[test]
    fn numbered_versions_downgrade() {
        assert_eq!(downgraded("v1").as_deref(), Some("v0"));
        assert_eq!(downgraded("v0").as_deref(), Some("v1"));
        assert_eq!(downgraded("sha256"), None);
    }
}
