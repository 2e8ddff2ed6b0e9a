//! The payload of a synthetic delivery: the catalog sample with fresh ids and timestamps, then
//! the user's `--set` edits; or the user's own bytes from `--data`/`--file`.

use std::time::SystemTime;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::json_path::{self, Step};
use crate::providers::catalog::FreshRule;
use crate::providers::{closest, Catalog};

/// One `--set PATH=VALUE` edit.
#[derive(Debug, Clone)]
pub struct Edit {
    pub path: String,
    pub value: Value,
}

impl Edit {
    /// `PATH=VALUE`; the value is JSON when it parses as JSON, else a string.
    pub fn parse(text: &str) -> Result<Edit> {
        let (path, raw) = text
            .split_once('=')
            .filter(|(p, _)| !p.trim().is_empty())
            .ok_or_else(|| {
                Error::usage(format!("--set `{text}` is not PATH=VALUE"))
                    .with_hint("e.g. --set data.currentStatus=VALID or --set payload.amount=12.5")
            })?;
        let value = serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()));
        Ok(Edit {
            path: path.trim().to_string(),
            value,
        })
    }

    /// Replace the value at an existing path; a missing path names the closest existing key.
    pub fn apply(&self, doc: &mut Value) -> Result<()> {
        if let Some(slot) = json_path::get_mut(doc, &self.path) {
            *slot = self.value.clone();
            return Ok(());
        }
        Err(self.why_missing(doc))
    }

    /// Where the walk along a path that does not exist stopped, and what is there instead.
    fn why_missing(&self, doc: &Value) -> Error {
        let mut walked: Vec<&str> = Vec::new();
        let mut cur = doc;
        for seg in self.path.split('.') {
            cur = match json_path::step(cur, seg) {
                Step::Found(next) => next,
                Step::NoKey(map) => {
                    return self.missing(&walked, seg, closest(seg, map.keys().map(String::as_str)))
                }
                Step::NoIndex { len } => {
                    return Error::usage(format!(
                        "--set path `{}`: `{}` has {len} items, so `{seg}` is not one of them",
                        self.path,
                        shown(&walked)
                    ))
                    .with_hint(format!("use an index from 0 to {}", len.saturating_sub(1)))
                }
                Step::Scalar => return Error::usage(format!(
                    "--set path `{}`: `{}` is a value, not an object",
                    self.path,
                    shown(&walked)
                ))
                .with_hint(
                    "--set replaces existing fields; `hookctl events --provider P TYPE` prints the sample",
                ),
            };
            walked.push(seg);
        }
        unreachable!("the path exists, so get_mut found it")
    }

    fn missing(&self, walked: &[&str], seg: &str, best: Option<&str>) -> Error {
        let prefix = if walked.is_empty() {
            String::new()
        } else {
            format!("{}.", walked.join("."))
        };
        let hint = match best {
            Some(b) => format!("did you mean `{prefix}{b}`?"),
            None => "`hookctl events --provider P TYPE` prints the sample and its fields".to_string(),
        };
        Error::usage(format!(
            "--set path `{}` does not exist in the sample (no `{prefix}{seg}`)",
            self.path
        ))
        .with_hint(hint)
    }
}

fn shown(walked: &[&str]) -> String {
    if walked.is_empty() {
        "(the top level)".into()
    } else {
        walked.join(".")
    }
}

/// How the body of each delivery is made.
#[derive(Debug, Clone)]
pub enum Payload {
    /// A catalog sample, freshened per delivery, then edited.
    Sample {
        sample: Value,
        catalog: Catalog,
        edits: Vec<Edit>,
        /// Send the sample's fields form-encoded (Twilio) instead of as JSON.
        form: bool,
    },
    /// The user's bytes, sent as given.
    Fixed(Vec<u8>),
}

impl Payload {
    /// Check that every edit applies before anything is sent.
    pub fn check(&self) -> Result<()> {
        if let Payload::Sample { sample, edits, .. } = self {
            let mut probe = sample.clone();
            for e in edits {
                e.apply(&mut probe)?;
            }
        }
        Ok(())
    }

    /// A new body: fresh ids and timestamps each call for samples.
    pub fn fresh(&self) -> Result<Vec<u8>> {
        Ok(self.bodies().next_body()?.bytes)
    }

    /// A source of fresh bodies that reuses one working copy of the sample.
    pub fn bodies(&self) -> Bodies<'_> {
        Bodies {
            payload: self,
            doc: None,
            active: Vec::new(),
            template: None,
            values: Vec::new(),
            last_len: 0,
        }
    }
}

/// One body, as `Bodies` makes it.
pub struct NextBody<'a> {
    pub bytes: Vec<u8>,
    /// The JSON `bytes` was serialised from (`None` for form and fixed bodies).
    pub parsed: Option<&'a Value>,
    /// `bytes` is known to be exactly JavaScript's `JSON.stringify(JSON.parse(bytes))`, the
    /// form Noones signs and sends, so it need not be worked out again.
    pub canonical: bool,
}

/// Fresh bodies one after another (load mode makes millions): the sample is copied and edited
/// once, then freshened in place for each body.
pub struct Bodies<'a> {
    payload: &'a Payload,
    doc: Option<Value>,
    /// The catalog's fresh rules whose fields this sample has.
    active: Vec<&'a FreshRule>,
    template: Option<Template>,
    /// Each active field's fresh value as JSON text, for the template.
    values: Vec<Vec<u8>>,
    /// The last body's length: the next is about as long, so one allocation fits it.
    last_len: usize,
}

impl<'a> Bodies<'a> {
    /// The next body.
    pub fn next_body(&mut self) -> Result<NextBody<'_>> {
        let payload: &'a Payload = self.payload;
        let Payload::Sample {
            sample,
            catalog,
            edits,
            form,
        } = payload
        else {
            let Payload::Fixed(b) = payload else {
                unreachable!("two kinds of payload")
            };
            return Ok(NextBody {
                bytes: b.clone(),
                parsed: None,
                canonical: false,
            });
        };
        if self.doc.is_none() {
            let mut doc = sample.clone();
            for e in edits {
                e.apply(&mut doc)?;
            }
            self.active = catalog
                .fresh
                .iter()
                .filter(|r| json_path::get(&doc, &r.path).is_some())
                .collect();
            if !form {
                self.template = Template::cut(&doc, &self.active, edits);
            }
            self.values = vec![Vec::new(); self.active.len()];
            self.doc = Some(doc);
        }
        let doc = self.doc.as_mut().expect("made above");
        let now = SystemTime::now();
        let mut canonical = self.template.as_ref().is_some_and(|t| t.canonical);
        for (rule, text) in self.active.iter().zip(&mut self.values) {
            let Some(slot) = json_path::get_mut(doc, &rule.path) else {
                continue;
            };
            *slot = rule.fresh_value(slot, now);
            if self.template.is_some() {
                text.clear();
                serde_json::to_writer(&mut *text, &*slot).expect("a JSON value serialises");
                canonical &= writes_like_javascript(slot, text);
            }
        }
        if self.template.is_none() {
            // An edit of a field that freshening rewrites wins, as it would on a fresh copy.
            for e in edits {
                e.apply(doc)?;
            }
        }
        let doc = &*doc;
        if *form {
            if let Some(fields) = doc.as_object() {
                return Ok(NextBody {
                    bytes: form_encode(fields),
                    parsed: None,
                    canonical: false,
                });
            }
        }
        let mut out = Vec::with_capacity(self.last_len + self.last_len / 8);
        match &self.template {
            Some(t) => t.fill(&self.values, &mut out),
            None => serde_json::to_writer(&mut out, doc).expect("a JSON value serialises"),
        }
        self.last_len = out.len();
        Ok(NextBody {
            bytes: out,
            parsed: Some(doc),
            canonical,
        })
    }
}

/// Whether JavaScript writes `value` as the `text` serde_json wrote for it, given a rule that
/// `writes_like_javascript`: all but a whole float, which JavaScript writes without `.0`.
fn writes_like_javascript(value: &Value, text: &[u8]) -> bool {
    !(value.is_f64() && text.ends_with(b".0"))
}

/// The edited sample serialised once and cut around its fresh fields: the bytes between them
/// never change, so a body is those bytes with each fresh value written in. Serialising a
/// 1 KB sample for every event cost more than signing it.
#[derive(Debug)]
struct Template {
    /// Literal bytes; the value of active field `order[i]` goes between `pieces[i]` and
    /// `pieces[i + 1]`.
    pieces: Vec<Vec<u8>>,
    order: Vec<usize>,
    /// The literal bytes are in JavaScript's canonical form and every fresh value is of a kind
    /// JavaScript writes the same way (floats are checked per body).
    canonical: bool,
}

impl Template {
    /// `None` when a fresh field overlaps another or an edit: those bodies are serialised whole.
    fn cut(doc: &Value, active: &[&FreshRule], edits: &[Edit]) -> Option<Template> {
        let overlap = |a: &str, b: &str| {
            let within = |inner: &str, outer: &str| {
                inner
                    .strip_prefix(outer)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
            };
            within(a, b) || within(b, a)
        };
        for (i, r) in active.iter().enumerate() {
            if active[i + 1..].iter().any(|q| overlap(&r.path, &q.path))
                || edits.iter().any(|e| overlap(&r.path, &e.path))
            {
                return None;
            }
        }
        // Each fresh field holds a marker no sample contains while the sample is serialised;
        // where the markers land are the cuts.
        let marker = |k: usize| format!("\u{1}hookctl-fresh-{k}\u{1}");
        let mut marked = doc.clone();
        for (k, r) in active.iter().enumerate() {
            *json_path::get_mut(&mut marked, &r.path)? = Value::String(marker(k));
        }
        let text = serde_json::to_vec(&marked).ok()?;
        let mut cuts = Vec::with_capacity(active.len());
        for k in 0..active.len() {
            let needle = serde_json::to_vec(&marker(k)).ok()?;
            let mut at = text
                .windows(needle.len())
                .enumerate()
                .filter(|(_, w)| *w == needle.as_slice());
            let (start, _) = at.next()?;
            if at.next().is_some() {
                return None;
            }
            cuts.push((start, start + needle.len(), k));
        }
        cuts.sort_unstable();
        let mut pieces = Vec::with_capacity(cuts.len() + 1);
        let mut order = Vec::with_capacity(cuts.len());
        let mut from = 0;
        for (start, end, k) in cuts {
            pieces.push(text[from..start].to_vec());
            order.push(k);
            from = end;
        }
        pieces.push(text[from..].to_vec());
        // A marker is a string JavaScript escapes as serde_json does, so the marked text is
        // canonical exactly when the literal bytes are.
        let canonical =
            crate::canonical_json::is_canonical(&text) && active.iter().all(|r| r.writes_like_javascript());
        Some(Template {
            pieces,
            order,
            canonical,
        })
    }

    /// A body from the pieces and each active field's value as JSON text.
    fn fill(&self, values: &[Vec<u8>], out: &mut Vec<u8>) {
        for (piece, &k) in self.pieces.iter().zip(&self.order) {
            out.extend_from_slice(piece);
            out.extend_from_slice(&values[k]);
        }
        out.extend_from_slice(self.pieces.last().expect("one more piece than values"));
    }
}

/// `application/x-www-form-urlencoded` from a sample's top-level fields (strings as they are,
/// other scalars as their JSON text).
fn form_encode(fields: &serde_json::Map<String, Value>) -> Vec<u8> {
    let mut form = form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        let text = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        form.append_pair(k, &text);
    }
    form.finish().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_payload(
        catalog: &Catalog,
        event: &crate::providers::catalog::EventDef,
        edits: &[&str],
    ) -> Payload {
        Payload::Sample {
            sample: event.sample.clone(),
            catalog: catalog.clone(),
            edits: edits.iter().map(|e| Edit::parse(e).unwrap()).collect(),
            form: false,
        }
    }

    /// The body sent is exactly the JSON handed to the signer, serialised whole, for every
    /// event of every built-in catalog: the template changes how bodies are made, not what.
    #[test]
    fn templated_bodies_equal_the_whole_serialisation() {
        let (mut cut, mut canonical) = (0, 0);
        for provider in crate::providers::builtins() {
            let catalog = provider.catalog();
            for event in &catalog.events {
                let payload = sample_payload(catalog, event, &[]);
                let mut bodies = payload.bodies();
                let mut seen = std::collections::HashSet::new();
                for _ in 0..3 {
                    let next = bodies.next_body().unwrap();
                    let (body, parsed) = (next.bytes, next.parsed.expect("a JSON sample"));
                    if next.canonical {
                        canonical += 1;
                        assert!(
                            crate::canonical_json::is_canonical(&body),
                            "{} {}",
                            provider.id(),
                            event.name
                        );
                    }
                    assert_eq!(
                        body,
                        serde_json::to_vec(parsed).unwrap(),
                        "{} {}",
                        provider.id(),
                        event.name
                    );
                    seen.insert(body);
                }
                if bodies.template.as_ref().is_some_and(|t| !t.order.is_empty()) {
                    cut += 1;
                    // Fresh ids make every body distinct (timestamps alone may repeat within a second).
                    let has_random = catalog.fresh.iter().any(|r| {
                        !matches!(
                            r.kind,
                            crate::providers::catalog::FreshKind::Rfc3339
                                | crate::providers::catalog::FreshKind::Unix
                                | crate::providers::catalog::FreshKind::UnixMillis
                                | crate::providers::catalog::FreshKind::UnixFloat
                        ) && json_path::get(&event.sample, &r.path).is_some()
                    });
                    if has_random {
                        assert_eq!(seen.len(), 3, "{} {}", provider.id(), event.name);
                    }
                }
            }
        }
        assert!(cut > 50, "most samples have fresh fields to cut around: {cut}");
        assert!(
            canonical > 50,
            "most bodies are known to be canonical: {canonical}"
        );
    }

    #[test]
    fn a_whole_float_is_not_written_as_javascript_writes_it() {
        let text = |v: &Value| serde_json::to_vec(v).unwrap();
        let whole = serde_json::json!(1_763_913_600.0);
        assert!(
            !writes_like_javascript(&whole, &text(&whole)),
            "JavaScript writes 1763913600"
        );
        let part = serde_json::json!(1_763_913_600.25);
        assert!(writes_like_javascript(&part, &text(&part)));
        let int = serde_json::json!(1_763_913_600u64);
        assert!(writes_like_javascript(&int, &text(&int)));
    }

    #[test]
    fn an_edit_of_a_fresh_field_wins_and_other_edits_stay() {
        let catalog: Catalog = serde_json::from_value(serde_json::json!({
            "provider": "t",
            "fresh": [{"path": "id", "kind": "prefixed_hex", "prefix": "evt_", "len": 12},
                      {"path": "data.created", "kind": "unix"}],
            "events": [{"type": "a", "description": "", "sample":
                {"id": "evt_0", "data": {"created": 1, "status": "PENDING", "note": "x"}}}]
        }))
        .unwrap();
        let event = &catalog.events[0];
        // Not overlapping: cut once, the edit kept in every body.
        let payload = sample_payload(&catalog, event, &["data.status=VALID"]);
        let mut bodies = payload.bodies();
        for _ in 0..3 {
            let next = bodies.next_body().unwrap();
            let v: Value = serde_json::from_slice(&next.bytes).unwrap();
            assert_eq!(&v, next.parsed.unwrap());
            assert_eq!(v["data"]["status"], "VALID");
            assert_ne!(v["id"], "evt_0");
            assert_ne!(v["data"]["created"], 1);
        }
        assert!(bodies.template.is_some());
        // An edit of a fresh field, or of the object holding one: no template, the edit wins.
        for edit in ["id=evt_fixed", "data={\"created\":5}"] {
            let payload = sample_payload(&catalog, event, &[edit]);
            let mut bodies = payload.bodies();
            let next = bodies.next_body().unwrap();
            let body = next.bytes.clone();
            assert_eq!(body, serde_json::to_vec(next.parsed.unwrap()).unwrap());
            assert!(!next.canonical);
            assert!(bodies.template.is_none(), "{edit}");
            let v: Value = serde_json::from_slice(&body).unwrap();
            if edit.starts_with("id") {
                assert_eq!(v["id"], "evt_fixed");
            } else {
                assert_eq!(v["data"], serde_json::json!({"created": 5}));
            }
        }
        // A sample that happens to hold a marker's text is serialised whole.
        let mut odd = event.clone();
        odd.sample["data"]["note"] = Value::String("\u{1}hookctl-fresh-0\u{1}".into());
        let payload = sample_payload(&catalog, &odd, &[]);
        let mut bodies = payload.bodies();
        let next = bodies.next_body().unwrap();
        assert_eq!(next.bytes, serde_json::to_vec(next.parsed.unwrap()).unwrap());
        assert!(bodies.template.is_none());
    }

    #[test]
    fn set_parses_json_else_string() {
        assert_eq!(Edit::parse("a.b=12").unwrap().value, serde_json::json!(12));
        assert_eq!(Edit::parse("a=VALID").unwrap().value, serde_json::json!("VALID"));
        assert_eq!(
            Edit::parse("a={\"x\":1}").unwrap().value,
            serde_json::json!({"x":1})
        );
        assert_eq!(Edit::parse("a=x=y").unwrap().value, serde_json::json!("x=y"));
        assert!(Edit::parse("novalue").is_err());
        assert!(Edit::parse("=1").is_err());
    }

    #[test]
    fn set_edits_existing_paths_only() {
        let mut doc = serde_json::json!({"data":{"currentStatus":"PENDING","items":[{"n":1}]}});
        Edit::parse("data.currentStatus=VALID")
            .unwrap()
            .apply(&mut doc)
            .unwrap();
        Edit::parse("data.items.0.n=2").unwrap().apply(&mut doc).unwrap();
        assert_eq!(doc["data"]["currentStatus"], "VALID");
        assert_eq!(doc["data"]["items"][0]["n"], 2);
        let err = Edit::parse("data.curentStatus=x")
            .unwrap()
            .apply(&mut doc)
            .unwrap_err();
        assert!(err.message.contains("data.curentStatus"), "{}", err.message);
        assert_eq!(err.hint.as_deref(), Some("did you mean `data.currentStatus`?"));
        assert!(Edit::parse("data.items.5.n=1").unwrap().apply(&mut doc).is_err());
        assert!(Edit::parse("data.currentStatus.x=1")
            .unwrap()
            .apply(&mut doc)
            .is_err());
    }

    /// What `listen` and its records report as a delivery's event type is the catalog's name,
    /// for every sample of every provider: signed as `send-test` signs it, then read back as
    /// `listen` reads it (JSON, or a form-encoded provider's fields).
    #[test]
    fn every_sample_reports_its_catalog_event_type() {
        use crate::providers::delivery::Signer;
        use crate::providers::{Headers, Key, KeyNeed, Variant};
        let variant = Variant {
            url: Some("https://example.com/hooks".into()),
            ..Variant::default()
        };
        let extra = Headers::default();
        let mut checked = 0;
        for provider in crate::providers::builtins() {
            // Decodes as UTF-8, hex, base64 and whsec_ base64 alike.
            let key = match provider.key_need(&variant, true) {
                KeyNeed::Ed25519Private => {
                    Key::Ed25519Signing(Box::new(ed25519_dalek::SigningKey::from_bytes(&[7; 32])))
                }
                KeyNeed::EcdsaPrivate => {
                    Key::EcdsaSigning(Box::new(p256::ecdsa::SigningKey::from_slice(&[7; 32]).unwrap()))
                }
                KeyNeed::RsaPrivate => Key::RsaSigning {
                    key: Box::new(
                        crate::keys::load_rsa_private_key(std::path::Path::new(concat!(
                            env!("CARGO_MANIFEST_DIR"),
                            "/vectors/rsa-test-key.pem"
                        )))
                        .unwrap(),
                    ),
                    cert_url: None,
                    endpoint_id: None,
                },
                _ => Key::Secret(crate::secret::Secret::new("00112233445566778899aabbccddeeff")),
            };
            let catalog = provider.catalog();
            for event in &catalog.events {
                let payload = Payload::Sample {
                    sample: event.sample.clone(),
                    catalog: catalog.clone(),
                    edits: Vec::new(),
                    form: provider.form_encoded(),
                };
                let signer = Signer {
                    provider: provider.as_ref(),
                    key: &key,
                    variant: &variant,
                    event_type: Some(&event.name),
                    extra: &extra,
                };
                let d = signer
                    .sign(payload.fresh().unwrap(), None)
                    .unwrap_or_else(|e| panic!("{} {}: {}", provider.id(), event.name, e.message));
                let json = serde_json::from_slice::<Value>(&d.body).ok();
                let fields =
                    crate::providers::event_type::fields(provider.form_encoded(), &d.body, json.as_ref());
                let got = provider.event_type(&d.headers, fields.as_deref());
                checked += 1;
                assert_eq!(
                    got.as_deref(),
                    Some(event.name.as_str()),
                    "{} reports `{}` for its catalog event `{}`",
                    provider.id(),
                    got.as_deref().unwrap_or("(none)"),
                    event.name
                );
            }
        }
        assert!(checked > 300, "{checked} samples");
    }
}
