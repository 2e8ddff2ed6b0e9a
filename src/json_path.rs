//! Dotted paths into JSON (`data.object.id`, `messages.0.type`): how catalogs, event-type and
//! id lookups and `send-test --set` name a field. One walk, so every caller agrees on what a
//! path means: object keys by name, array items by decimal index.

use serde_json::Value;

/// Where one step of a walk ended, for a caller that explains a path that does not exist.
pub enum Step<'a> {
    Found(&'a Value),
    /// The object has no such key.
    NoKey(&'a serde_json::Map<String, Value>),
    /// The array has `len` items and the segment is not one of their indexes.
    NoIndex {
        len: usize,
    },
    /// A scalar has no fields.
    Scalar,
}

/// One step from `value` by `segment`.
pub fn step<'a>(value: &'a Value, segment: &str) -> Step<'a> {
    match value {
        Value::Object(map) => map.get(segment).map_or(Step::NoKey(map), Step::Found),
        Value::Array(items) => match segment.parse::<usize>().ok().and_then(|i| items.get(i)) {
            Some(v) => Step::Found(v),
            None => Step::NoIndex { len: items.len() },
        },
        _ => Step::Scalar,
    }
}

/// The value at `path`, if there is one.
pub fn get<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(value, |v, seg| match step(v, seg) {
        Step::Found(next) => Some(next),
        _ => None,
    })
}

/// The value at `path`, to replace it.
pub fn get_mut<'a>(value: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    path.split('.').try_fold(value, |v, seg| match v {
        Value::Object(m) => m.get_mut(seg),
        Value::Array(a) => seg.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_objects_and_arrays_alike_both_ways() {
        let mut v = serde_json::json!({"messages":[{"type":"trade_completed"}]});
        assert_eq!(get(&v, "messages.0.type").unwrap(), "trade_completed");
        assert!(get(&v, "messages.1.type").is_none());
        assert!(get(&v, "messages.x").is_none());
        *get_mut(&mut v, "messages.0.type").unwrap() = "x".into();
        assert_eq!(get(&v, "messages.0.type").unwrap(), "x");
        assert!(get_mut(&mut v, "messages.0.type.deeper").is_none());
    }

    #[test]
    fn a_step_says_why_it_stopped() {
        let v = serde_json::json!({"a":[1,2]});
        assert!(matches!(step(&v, "b"), Step::NoKey(m) if m.contains_key("a")));
        assert!(matches!(step(&v["a"], "5"), Step::NoIndex { len: 2 }));
        assert!(matches!(step(&v["a"][0], "x"), Step::Scalar));
    }
}
