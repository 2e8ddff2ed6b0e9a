//! Where a delivery's event type is: the names `listen`, records and `send-test` report are
//! the catalog's, so a provider whose body does not spell its catalog name says how to build
//! it (`event_type_paths` in `builtin.toml`).

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::Value;

use super::scalar_text;
use crate::json_path;

/// One way to find the event type in a body; a scheme tries its list in order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum TypeSource {
    /// A dotted path whose value is the type (`type`, `event.type`), or a template of paths
    /// (`{type}.{action}`: Linear's `Issue` and `create` make `Issue.create`).
    Path(String),
    /// A fixed name for bodies that carry a field (with a value, when `equals` is given): for
    /// providers whose bodies name no event (Twilio) or number it (Discord's `type: 2`).
    Rule(Rule),
    /// A path inside a field whose value is JSON text: Mailchimp Transactional posts its
    /// events as a JSON array in the form field `mandrill_events`.
    Embedded(Embedded),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Embedded {
    /// The field holding the JSON text.
    pub json: String,
    /// Where the type is inside it: a path or a template, as `TypeSource::Path`.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: String,
    #[serde(default)]
    pub equals: Option<String>,
    #[serde(rename = "type")]
    pub name: String,
}

impl TypeSource {
    /// A path or template (`TypeSource::Path`).
    pub fn path(path: &str) -> Self {
        TypeSource::Path(path.to_string())
    }

    /// `name` for bodies whose field `when` is present and not null.
    pub fn when(when: &str, name: &str) -> Self {
        TypeSource::Rule(Rule {
            when: when.to_string(),
            equals: None,
            name: name.to_string(),
        })
    }

    /// `name` for bodies whose field `when` holds `value` (compared as text).
    pub fn when_equals(when: &str, value: &str, name: &str) -> Self {
        TypeSource::Rule(Rule {
            when: when.to_string(),
            equals: Some(value.to_string()),
            name: name.to_string(),
        })
    }

    /// The type this source finds in `body`, if it applies.
    pub fn find(&self, body: &Value) -> Option<String> {
        match self {
            TypeSource::Path(p) => at(body, p),
            TypeSource::Embedded(e) => {
                let text = json_path::get(body, &e.json)?.as_str()?;
                at(&serde_json::from_str::<Value>(text).ok()?, &e.path)
            }
            TypeSource::Rule(r) => {
                let value = json_path::get(body, &r.when)?;
                match &r.equals {
                    Some(want) => {
                        (scalar_text(value).as_deref() == Some(want.as_str())).then(|| r.name.clone())
                    }
                    None => (!value.is_null()).then(|| r.name.clone()),
                }
            }
        }
    }

    /// What is wrong with a source as written, for the scheme's table.
    pub fn check(&self) -> Result<(), String> {
        match self {
            TypeSource::Path(p) => check_path(p),
            TypeSource::Rule(r) if r.when.is_empty() || r.name.is_empty() => {
                Err("a rule needs `when` and `type`".into())
            }
            TypeSource::Rule(_) => Ok(()),
            TypeSource::Embedded(e) if e.json.is_empty() => Err("`json` names no field".into()),
            TypeSource::Embedded(e) => check_path(&e.path),
        }
    }
}

/// The type at a path or template in `body`.
fn at(body: &Value, path: &str) -> Option<String> {
    if path.contains('{') {
        fill(path, body)
    } else {
        field(body, path)
    }
}

fn check_path(p: &str) -> Result<(), String> {
    if p.contains('{') {
        let names = placeholders(p).ok_or_else(|| format!("`{p}` has an unclosed {{"))?;
        if names.is_empty() || names.iter().any(|n| n.is_empty()) {
            return Err(format!("`{p}` needs a body path inside each {{…}}"));
        }
        Ok(())
    } else if p.is_empty() {
        Err("an empty path".into())
    } else {
        Ok(())
    }
}

/// The first type any of `sources` finds in `body`.
pub fn first(sources: &[TypeSource], body: Option<&Value>) -> Option<String> {
    let body = body?;
    sources.iter().find_map(|s| s.find(body))
}

fn field(body: &Value, path: &str) -> Option<String> {
    json_path::get(body, path).and_then(scalar_text)
}

/// The paths inside `{…}` in order; `None` when a brace is unclosed.
fn placeholders(template: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}')? + open;
        out.push(&rest[open + 1..close]);
        rest = &rest[close + 1..];
    }
    Some(out)
}

/// A template of paths filled from `body`; `None` when any path is missing.
fn fill(template: &str, body: &Value) -> Option<String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}')? + open;
        out.push_str(&rest[..open]);
        out.push_str(&field(body, &rest[open + 1..close])?);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// The fields a delivery's type and id are read from: the JSON body, or for a form-encoded
/// provider (Twilio) its form fields as a JSON object of strings.
pub fn fields<'a>(form_encoded: bool, body: &[u8], json: Option<&'a Value>) -> Option<Cow<'a, Value>> {
    if let Some(j) = json {
        return Some(Cow::Borrowed(j));
    }
    if !form_encoded {
        return None;
    }
    let map: serde_json::Map<String, Value> = form_urlencoded::parse(body)
        .into_owned()
        .map(|(k, v)| (k, Value::String(v)))
        .collect();
    (!map.is_empty()).then_some(Cow::Owned(Value::Object(map)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(toml_text: &str) -> Vec<TypeSource> {
        #[derive(Deserialize)]
        struct T {
            s: Vec<TypeSource>,
        }
        toml::from_str::<T>(toml_text).expect("valid sources").s
    }

    #[test]
    fn paths_templates_and_rules_are_tried_in_order() {
        let s = sources(
            r#"s = [
                "event.type",
                "{kind}.{action}",
                { when = "type", equals = "2", type = "APPLICATION_COMMAND" },
                { when = "MessageStatus", type = "message-status" },
            ]"#,
        );
        let t = |v: Value| first(&s, Some(&v));
        assert_eq!(
            t(serde_json::json!({"event": {"type": "X"}, "kind": "a", "action": "b"})).as_deref(),
            Some("X")
        );
        assert_eq!(
            t(serde_json::json!({"kind": "Issue", "action": "create"})).as_deref(),
            Some("Issue.create")
        );
        assert_eq!(
            t(serde_json::json!({"kind": "Issue", "type": 2})).as_deref(),
            Some("APPLICATION_COMMAND")
        );
        assert_eq!(t(serde_json::json!({"type": 3})), None);
        assert_eq!(
            t(serde_json::json!({"MessageStatus": "sent"})).as_deref(),
            Some("message-status")
        );
        assert_eq!(t(serde_json::json!({"MessageStatus": null})), None);
        assert_eq!(first(&s, None), None);
    }

    #[test]
    fn malformed_sources_are_named() {
        for bad in [r#"s = ["{type"]"#, r#"s = ["{}"]"#, r#"s = [""]"#] {
            let s = sources(bad);
            assert!(s[0].check().is_err(), "{bad}");
        }
        assert!(toml::from_str::<toml::Table>("s = [{ when = \"a\" }]").is_ok());
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            s: Vec<TypeSource>,
        }
        assert!(
            toml::from_str::<T>("s = [{ when = \"a\" }]").is_err(),
            "a rule names its type"
        );
        assert!(sources(r#"s = ["{a}.{b.c}"]"#)[0].check().is_ok());
    }

    #[test]
    fn a_path_inside_json_text_is_read_from_it() {
        let s = sources(r#"s = [{ json = "events", path = "0.event" }, { json = "one", path = "{a}.{b}" }]"#);
        assert!(s.iter().all(|s| s.check().is_ok()));
        let t = |v: Value| first(&s, Some(&v));
        assert_eq!(
            t(serde_json::json!({"events": r#"[{"event":"open"},{"event":"click"}]"#})).as_deref(),
            Some("open")
        );
        assert_eq!(
            t(serde_json::json!({"one": r#"{"a":"x","b":"y"}"#})).as_deref(),
            Some("x.y")
        );
        // Not text, not JSON, or no such path inside: no type.
        assert_eq!(t(serde_json::json!({"events": [{"event": "open"}]})), None);
        assert_eq!(t(serde_json::json!({"events": "[{\"event\":"})), None);
        assert_eq!(t(serde_json::json!({"events": "[]"})), None);
        for bad in [
            r#"s = [{ json = "", path = "a" }]"#,
            r#"s = [{ json = "a", path = "" }]"#,
            r#"s = [{ json = "a", path = "{b" }]"#,
        ] {
            assert!(sources(bad)[0].check().is_err(), "{bad}");
        }
    }

    /// Mailchimp Transactional posts one form field, `mandrill_events`, whose value is a JSON
    /// array of events each naming itself in `event`.
    #[test]
    fn a_mandrill_batch_is_named_by_its_first_event() {
        let events = r#"[{"event":"hard_bounce","_id":"abc","ts":1365109999,"msg":{"state":"bounced"}},{"event":"send","_id":"def","ts":1365109999}]"#;
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("mandrill_events", events)
            .finish();
        let mailchimp = crate::providers::builtins()
            .iter()
            .find(|p| p.id() == "mailchimp")
            .cloned()
            .expect("built in");
        assert!(mailchimp.form_encoded());
        let fields = fields(true, body.as_bytes(), None).unwrap();
        assert_eq!(
            mailchimp
                .event_type(&crate::providers::Headers::default(), Some(&fields))
                .as_deref(),
            Some("hard_bounce")
        );
    }

    #[test]
    fn a_form_body_is_read_as_its_fields() {
        let v = fields(true, b"MessageStatus=sent&To=%2B1", None).unwrap();
        assert_eq!(*v, serde_json::json!({"MessageStatus": "sent", "To": "+1"}));
        assert_eq!(fields(false, b"a=b", None), None);
        let json = serde_json::json!({"a": 1});
        assert_eq!(fields(true, b"ignored", Some(&json)).as_deref(), Some(&json));
    }
}
