//! The payload of a synthetic delivery: the catalog sample with fresh ids and timestamps, then
//! the user's `--set` edits; or the user's own bytes from `--data`/`--file`.

use std::time::SystemTime;

use serde_json::Value;

use crate::error::{Error, Result};
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
        let mut walked: Vec<&str> = Vec::new();
        let mut cur = &mut *doc;
        for seg in self.path.split('.') {
            let next = match cur {
                Value::Object(map) => {
                    if !map.contains_key(seg) {
                        let keys: Vec<String> = map.keys().cloned().collect();
                        return Err(self.missing(
                            &walked,
                            seg,
                            closest(seg, keys.iter().map(String::as_str)),
                        ));
                    }
                    map.get_mut(seg)
                }
                Value::Array(items) => {
                    let len = items.len();
                    match seg.parse::<usize>() {
                        Ok(i) if i < len => items.get_mut(i),
                        _ => {
                            return Err(Error::usage(format!(
                                "--set path `{}`: `{}` has {len} items, so `{seg}` is not one of them",
                                self.path,
                                shown(&walked)
                            ))
                            .with_hint(format!("use an index from 0 to {}", len.saturating_sub(1))))
                        }
                    }
                }
                _ => return Err(Error::usage(format!(
                    "--set path `{}`: `{}` is a value, not an object",
                    self.path,
                    shown(&walked)
                ))
                .with_hint(
                    "--set replaces existing fields; `hookctl events --provider P TYPE` prints the sample",
                )),
            };
            cur = next.expect("checked above");
            walked.push(seg);
        }
        *cur = self.value.clone();
        Ok(())
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
        Ok(self.bodies().next_body()?.0)
    }

    /// A source of fresh bodies that reuses one working copy of the sample.
    pub fn bodies(&self) -> Bodies<'_> {
        Bodies {
            payload: self,
            doc: None,
            template: None,
            last_len: 0,
        }
    }
}

/// Fresh bodies one after another (load mode makes millions): the sample is copied and edited
/// once, then freshened in place for each body.
pub struct Bodies<'a> {
    payload: &'a Payload,
    doc: Option<Value>,
    template: Option<Template>,
    /// The last body's length: the next is about as long, so one allocation fits it.
    last_len: usize,
}

impl Bodies<'_> {
    /// The next body, and the JSON it was serialised from (`None` for form and fixed bodies).
    pub fn next_body(&mut self) -> Result<(Vec<u8>, Option<&Value>)> {
        let Payload::Sample {
            sample,
            catalog,
            edits,
            form,
        } = self.payload
        else {
            let Payload::Fixed(b) = self.payload else {
                unreachable!("two kinds of payload")
            };
            return Ok((b.clone(), None));
        };
        if self.doc.is_none() {
            let mut doc = sample.clone();
            for e in edits {
                e.apply(&mut doc)?;
            }
            if !form {
                self.template = Template::cut(&doc, catalog, edits);
            }
            self.doc = Some(doc);
        }
        let doc = self.doc.as_mut().expect("made above");
        catalog.freshen(doc, SystemTime::now());
        if self.template.is_none() {
            // An edit of a field that freshening rewrites wins, as it would on a fresh copy.
            for e in edits {
                e.apply(doc)?;
            }
        }
        let doc = &*doc;
        if *form {
            if let Some(fields) = doc.as_object() {
                return Ok((form_encode(fields), None));
            }
        }
        let mut out = Vec::with_capacity(self.last_len + self.last_len / 8);
        match &self.template {
            Some(t) => t.fill(doc, &mut out),
            None => serde_json::to_writer(&mut out, doc).expect("a JSON value serialises"),
        }
        self.last_len = out.len();
        Ok((out, Some(doc)))
    }
}

/// The edited sample serialised once and cut around its fresh fields: the bytes between them
/// never change, so a body is those bytes with each fresh value written in. Serialising a
/// 1 KB sample for every event cost more than signing it.
#[derive(Debug)]
struct Template {
    /// Literal bytes; the value at `slots[i]` goes between `pieces[i]` and `pieces[i + 1]`.
    pieces: Vec<Vec<u8>>,
    slots: Vec<String>,
}

impl Template {
    /// `None` when a fresh field overlaps another or an edit: those bodies are serialised whole.
    fn cut(doc: &Value, catalog: &Catalog, edits: &[Edit]) -> Option<Template> {
        let paths: Vec<&str> = catalog
            .fresh
            .iter()
            .map(|r| r.path.as_str())
            .filter(|p| crate::providers::json_path(doc, p).is_some())
            .collect();
        let overlap = |a: &str, b: &str| {
            let within = |inner: &str, outer: &str| {
                inner
                    .strip_prefix(outer)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
            };
            within(a, b) || within(b, a)
        };
        for (i, p) in paths.iter().enumerate() {
            if paths[i + 1..].iter().any(|q| overlap(p, q)) || edits.iter().any(|e| overlap(p, &e.path)) {
                return None;
            }
        }
        // Each fresh field holds a marker no sample contains while the sample is serialised;
        // where the markers land are the cuts.
        let marker = |k: usize| format!("\u{1}hookctl-fresh-{k}\u{1}");
        let mut marked = doc.clone();
        for (k, p) in paths.iter().enumerate() {
            *crate::providers::catalog::json_path_mut(&mut marked, p)? = Value::String(marker(k));
        }
        let text = serde_json::to_vec(&marked).ok()?;
        let mut cuts = Vec::with_capacity(paths.len());
        for (k, p) in paths.iter().enumerate() {
            let needle = serde_json::to_vec(&marker(k)).ok()?;
            let mut at = text
                .windows(needle.len())
                .enumerate()
                .filter(|(_, w)| *w == needle.as_slice());
            let (start, _) = at.next()?;
            if at.next().is_some() {
                return None;
            }
            cuts.push((start, start + needle.len(), p.to_string()));
        }
        cuts.sort_unstable();
        let mut pieces = Vec::with_capacity(cuts.len() + 1);
        let mut slots = Vec::with_capacity(cuts.len());
        let mut from = 0;
        for (start, end, path) in cuts {
            pieces.push(text[from..start].to_vec());
            slots.push(path);
            from = end;
        }
        pieces.push(text[from..].to_vec());
        Some(Template { pieces, slots })
    }

    /// The body of `doc`, whose fields outside the slots are those the template was cut from.
    fn fill(&self, doc: &Value, out: &mut Vec<u8>) {
        for (piece, slot) in self.pieces.iter().zip(&self.slots) {
            out.extend_from_slice(piece);
            let value = crate::providers::json_path(doc, slot).unwrap_or(&Value::Null);
            serde_json::to_writer(&mut *out, value).expect("a JSON value serialises");
        }
        out.extend_from_slice(self.pieces.last().expect("one more piece than slots"));
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
        let mut cut = 0;
        for provider in crate::providers::builtins() {
            let catalog = provider.catalog();
            for event in &catalog.events {
                let payload = sample_payload(catalog, event, &[]);
                let mut bodies = payload.bodies();
                let mut seen = std::collections::HashSet::new();
                for _ in 0..3 {
                    let (body, parsed) = bodies.next_body().unwrap();
                    let parsed = parsed.expect("a JSON sample");
                    assert_eq!(
                        body,
                        serde_json::to_vec(parsed).unwrap(),
                        "{} {}",
                        provider.id(),
                        event.name
                    );
                    seen.insert(body);
                }
                if bodies.template.as_ref().is_some_and(|t| !t.slots.is_empty()) {
                    cut += 1;
                    // Fresh ids make every body distinct (timestamps alone may repeat within a second).
                    let has_random = catalog.fresh.iter().any(|r| {
                        !matches!(
                            r.kind,
                            crate::providers::catalog::FreshKind::Rfc3339
                                | crate::providers::catalog::FreshKind::Unix
                                | crate::providers::catalog::FreshKind::UnixFloat
                        ) && crate::providers::json_path(&event.sample, &r.path).is_some()
                    });
                    if has_random {
                        assert_eq!(seen.len(), 3, "{} {}", provider.id(), event.name);
                    }
                }
            }
        }
        assert!(cut > 50, "most samples have fresh fields to cut around: {cut}");
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
            let (body, parsed) = bodies.next_body().unwrap();
            let v: Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(&v, parsed.unwrap());
            assert_eq!(v["data"]["status"], "VALID");
            assert_ne!(v["id"], "evt_0");
            assert_ne!(v["data"]["created"], 1);
        }
        assert!(bodies.template.is_some());
        // An edit of a fresh field, or of the object holding one: no template, the edit wins.
        for edit in ["id=evt_fixed", "data={\"created\":5}"] {
            let payload = sample_payload(&catalog, event, &[edit]);
            let mut bodies = payload.bodies();
            let (body, parsed) = bodies.next_body().unwrap();
            assert_eq!(body, serde_json::to_vec(parsed.unwrap()).unwrap());
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
        let (body, parsed) = bodies.next_body().unwrap();
        assert_eq!(body, serde_json::to_vec(parsed.unwrap()).unwrap());
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
}
