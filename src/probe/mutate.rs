//! Changes to a body or a URL that a forger would make.

use serde_json::Value;

/// The body with one letter inside a string (a JSON string, or a form value) in another case,
/// so it still parses but is not the body that was signed.
pub fn flip_byte(body: &[u8]) -> Option<Vec<u8>> {
    let json = serde_json::from_slice::<Value>(body).is_ok();
    let mut in_string = false;
    let mut escaped = false;
    let mut letters = Vec::new();
    for (i, &b) in body.iter().enumerate() {
        if json {
            if escaped {
                escaped = false;
                continue;
            }
            match b {
                b'\\' if in_string => escaped = true,
                b'"' => in_string = !in_string,
                _ if in_string && b.is_ascii_alphabetic() => letters.push(i),
                _ => {}
            }
        } else if b.is_ascii_alphabetic() {
            letters.push(i);
        }
    }
    let at = *letters.get(letters.len() / 2)?;
    let mut out = body.to_vec();
    out[at] ^= 0x20;
    Some(out)
}

/// The same JSON with other whitespace (pretty-printed), keys in their order.
pub fn whitespace(body: &[u8]) -> Option<Vec<u8>> {
    let doc: Value = serde_json::from_slice(body).ok()?;
    let out = serde_json::to_vec_pretty(&doc).ok()?;
    (out != body).then_some(out)
}

/// Another URL on the same receiver: the path with `-probe-other` added.
pub fn other_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) => {
            let path = format!("{}-probe-other", u.path().trim_end_matches('/'));
            u.set_path(&path);
            u.to_string()
        }
        Err(_) => format!("{url}-probe-other"),
    }
}

/// An event type the provider could add next, in the namespace of `name`: its last segment
/// replaced (`invoice.paid` → `invoice.probe_unknown_event`).
pub fn unknown_type(name: &str) -> String {
    match name.rfind(['.', ':', '/']) {
        Some(i) => format!("{}probe_unknown_event", &name[..=i]),
        None => "probe_unknown_event".to_string(),
    }
}

/// The JSON body with every string equal to `old` (the event type) set to `new`, if any is.
pub fn retype(body: &[u8], old: &str, new: &str) -> Option<Vec<u8>> {
    let mut doc: Value = serde_json::from_slice(body).ok()?;
    if !super::forge::replace_strings(&mut doc, old, new) {
        return None;
    }
    serde_json::to_vec(&doc).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flipped_body_still_parses_and_differs_in_one_byte() {
        let body = br#"{"id":"evt_1","type":"invoice.paid","n":1}"#;
        let flipped = flip_byte(body).unwrap();
        assert!(serde_json::from_slice::<Value>(&flipped).is_ok());
        assert_eq!(body.iter().zip(&flipped).filter(|(a, b)| a != b).count(), 1);
        let form = flip_byte(b"To=%2B1&Body=hi").unwrap();
        assert_ne!(form, b"To=%2B1&Body=hi");
    }

    #[test]
    fn whitespace_changes_the_bytes_not_the_data() {
        let body = br#"{"a":1,"b":[1,2]}"#;
        let other = whitespace(body).unwrap();
        assert_ne!(other, body);
        let (x, y): (Value, Value) = (
            serde_json::from_slice(body).unwrap(),
            serde_json::from_slice(&other).unwrap(),
        );
        assert_eq!(x, y);
    }

    #[test]
    fn unknown_types_keep_the_namespace() {
        assert_eq!(unknown_type("invoice.paid"), "invoice.probe_unknown_event");
        assert_eq!(unknown_type("push"), "probe_unknown_event");
        assert_eq!(other_url("http://h:1/hooks"), "http://h:1/hooks-probe-other");
    }
}
