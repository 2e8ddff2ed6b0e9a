//! The signed input: a template such as `{timestamp}.{body}`, rendered around the body so the
//! body can be streamed between the halves.

use crate::error::{Error, Result};
use crate::payload::Body;

/// Values the template's placeholders take.
#[derive(Debug, Clone, Copy, Default)]
pub struct TemplateValues<'a> {
    pub timestamp: Option<&'a str>,
    pub id: Option<&'a str>,
    pub url: Option<&'a str>,
    pub method: Option<&'a str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyForm {
    Raw,
    SortedParams,
}

/// A template split around its body placeholder so the body can be streamed between the halves.
pub struct Rendered {
    pub prefix: Vec<u8>,
    pub suffix: Vec<u8>,
    form: BodyForm,
}

/// Check a template's placeholders without rendering it (for user-defined schemes).
pub fn validate_template(template: &str) -> Result<()> {
    let bodies = template.matches("{body}").count() + template.matches("{params}").count();
    if bodies != 1 {
        return Err(Error::usage(format!(
            "signing template `{template}` must contain {{body}} or {{params}} exactly once"
        ))
        .with_hint("placeholders: {body}, {params}, {timestamp}, {id}, {url}, {method}"));
    }
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| Error::usage(format!("signing template `{template}` has an unclosed {{")))?;
        let name = &rest[open + 1..close];
        if !["body", "params", "timestamp", "id", "url", "method"].contains(&name) {
            return Err(Error::usage(format!(
                "signing template `{template}` has unknown placeholder {{{name}}}"
            ))
            .with_hint("placeholders: {body}, {params}, {timestamp}, {id}, {url}, {method}"));
        }
        rest = &rest[close + 1..];
    }
    Ok(())
}

/// What is wrong with a template that `render` could not fill.
fn template_error(template: &str) -> Error {
    validate_template(template)
        .err()
        .unwrap_or_else(|| Error::usage(format!("signing template `{template}` is malformed")))
}

/// Split `template` around its body and fill in the other placeholders, in one pass that
/// also checks the template: a signature costs one walk over it, not a validation pass too.
pub fn render(template: &str, values: &TemplateValues<'_>) -> Result<Rendered> {
    let mut prefix = Vec::with_capacity(template.len() + 64);
    let mut suffix = Vec::new();
    let mut form = None;
    let mut rest = template;
    loop {
        let out = if form.is_none() { &mut prefix } else { &mut suffix };
        let Some(open) = rest.find('{') else {
            out.extend_from_slice(rest.as_bytes());
            break;
        };
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            return Err(template_error(template));
        };
        out.extend_from_slice(&rest.as_bytes()[..open]);
        let placeholder = &rest[open..=close];
        rest = &rest[close + 1..];
        let (value, how) = match placeholder {
            "{body}" | "{params}" if form.is_none() => {
                form = Some(if placeholder == "{body}" {
                    BodyForm::Raw
                } else {
                    BodyForm::SortedParams
                });
                continue;
            }
            "{timestamp}" => (values.timestamp, "--timestamp or the header that carries it"),
            "{id}" => (values.id, "--id or the header that carries it"),
            "{url}" => (values.url, "--url with the URL the provider posts to"),
            "{method}" => (values.method, "--method (POST for deliveries)"),
            // A second body placeholder, or an unknown one.
            _ => return Err(template_error(template)),
        };
        // A value is copied in as it is, never searched for placeholders.
        let value = value.ok_or_else(|| {
            Error::usage(format!("this scheme signs {placeholder} but none was given"))
                .with_hint(format!("pass {how}"))
        })?;
        out.extend_from_slice(value.as_bytes());
    }
    Ok(Rendered {
        prefix,
        suffix,
        form: form.ok_or_else(|| template_error(template))?,
    })
}

/// Form fields sorted by name, each name followed by its value (Twilio's signed form).
fn sorted_params(body: &[u8]) -> Vec<u8> {
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs
        .into_iter()
        .flat_map(|(k, v)| [k, v])
        .collect::<String>()
        .into_bytes()
}

/// Feed `prefix ‖ body ‖ suffix` to `sink`, streaming a raw body. Returns the length.
pub(super) fn feed_message(rendered: &Rendered, body: &Body, mut sink: impl FnMut(&[u8])) -> Result<u64> {
    sink(&rendered.prefix);
    let n = match rendered.form {
        BodyForm::Raw => body.feed(&mut sink)?,
        BodyForm::SortedParams => {
            let params = sorted_params(&body.to_bytes()?);
            sink(&params);
            params.len() as u64
        }
    };
    sink(&rendered.suffix);
    Ok(rendered.prefix.len() as u64 + n + rendered.suffix.len() as u64)
}

/// The signed message in memory, for signature algorithms that cannot stream.
pub fn message_bytes(rendered: &Rendered, body: &Body) -> Result<Vec<u8>> {
    let mut m = Vec::new();
    feed_message(rendered, body, |c| m.extend_from_slice(c))?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_values_are_copied_in_verbatim() {
        // A URL that itself contains a placeholder's text must be signed as it is.
        let values = TemplateValues {
            id: Some("msg_1"),
            url: Some("https://x.test/h?next={id}"),
            method: Some("POST"),
            ..Default::default()
        };
        let r = render("{method}{url}|{id}|{body}!", &values).unwrap();
        assert_eq!(r.prefix, b"POSThttps://x.test/h?next={id}|msg_1|");
        assert_eq!(r.suffix, b"!");
        let missing = render("{timestamp}.{body}", &values)
            .err()
            .expect("no timestamp given")
            .to_string();
        assert!(missing.contains("{timestamp}"), "{missing}");
    }

    #[test]
    fn template_splits_around_the_body() {
        let values = TemplateValues {
            timestamp: Some("12"),
            ..Default::default()
        };
        let r = render("v0:{timestamp}:{body}", &values).unwrap();
        assert_eq!(r.prefix, b"v0:12:");
        assert!(r.suffix.is_empty());
        assert!(render("{timestamp}", &values).is_err());
        assert!(render("{body}{body}", &values).is_err());
        assert!(render("{bdy}", &values).is_err());
        // Malformed templates are errors that name the problem, never panics.
        for bad in [
            "{timestamp{body}",
            "{body}{params}",
            "{{body}",
            "{body}{",
            "a{b{body}c}",
            "{body}{x}",
        ] {
            let Err(e) = render(bad, &values) else {
                panic!("{bad} rendered")
            };
            assert!(e.message.contains("signing template"), "{bad}: {}", e.message);
        }
        assert!(
            render("{url}{body}", &values).is_err(),
            "a missing value is an error"
        );
    }

    #[test]
    fn twilio_params_sort_by_name_and_concatenate() {
        assert_eq!(
            sorted_params(b"To=%2B1800&From=%2B1415&Body=hi+there"),
            b"Bodyhi thereFrom+1415To+1800"
        );
    }
}
