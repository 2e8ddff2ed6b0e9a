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
            last_len: 0,
        }
    }
}

/// Fresh bodies one after another (load mode makes millions): the sample is copied once, then
/// freshened and edited in place for each body, since freshening rewrites the same fields and
/// edits are re-applied after it.
pub struct Bodies<'a> {
    payload: &'a Payload,
    doc: Option<Value>,
    /// The last body's length: the next is about as long, so one allocation fits it.
    last_len: usize,
}

impl Bodies<'_> {
    /// The next body, and the JSON it was serialised from (`None` for form and fixed bodies).
    pub fn next_body(&mut self) -> Result<(Vec<u8>, Option<&Value>)> {
        match self.payload {
            Payload::Fixed(b) => Ok((b.clone(), None)),
            Payload::Sample {
                sample,
                catalog,
                edits,
                form,
            } => {
                let doc = self.doc.get_or_insert_with(|| sample.clone());
                catalog.freshen(doc, SystemTime::now());
                for e in edits {
                    e.apply(doc)?;
                }
                match (form, doc.as_object()) {
                    (true, Some(fields)) => Ok((form_encode(fields), None)),
                    _ => {
                        let mut out = Vec::with_capacity(self.last_len + self.last_len / 8);
                        serde_json::to_writer(&mut out, &*doc).expect("a JSON value serialises");
                        self.last_len = out.len();
                        Ok((out, Some(&*doc)))
                    }
                }
            }
        }
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
