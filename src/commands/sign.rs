//! `hookctl sign`: sign a payload exactly as a provider does.

use crate::cli::{SignArgs, SignOutput};
use crate::commands::convert::KeyChoice;
use crate::error::{Error, Result};
use crate::output;
use crate::payload::Body;
use crate::providers::{Message, Signed};
use crate::Context;

pub fn run(args: &SignArgs, ctx: &Context) -> Result<()> {
    let provider = ctx.providers.lookup(&args.provider, &(&args.generic).into())?;
    let flags = crate::payload::Flags::from(&args.payload);
    if let Some(warning) = flags.at_file_warning() {
        ctx.ui.warn(warning);
    }
    let body = Body::required(flags)?;
    let keys = KeyChoice::new(&args.key, &args.secret);
    let variant = keys.variant();
    let key = keys.resolve(provider.as_ref(), &variant, true, ctx)?;
    let signed = provider.sign(
        &key,
        &Message {
            id: args.id.as_deref(),
            event_type: args.event.as_deref(),
            ..Message::new(
                &body,
                &variant,
                args.timestamp.unwrap_or_else(crate::clock::unix_now),
            )
        },
    )?;
    if args.output == SignOutput::Headers {
        if let Some(note) = changed_body_note(provider.info().name.as_str(), &body, &signed)? {
            ctx.ui.status(note);
        }
        if let Some(url) = &signed.url {
            ctx.ui.status(format!(
                "note: {} signed this URL, which carries the body's hash; post to it: {url}",
                provider.info().name
            ));
        }
    }
    match args.output {
        SignOutput::Headers => {
            for (name, value) in &signed.headers.0 {
                output::data_line(format!("{name}: {value}"));
            }
        }
        SignOutput::Value => output::data_line(&signed.signature),
        SignOutput::Json => output::json(&json(provider.id(), &signed), false),
        SignOutput::Curl => output::data_line(curl(args, &body, &signed)?),
    }
    Ok(())
}

/// What to tell the user when the provider sends a body other than the one given (Noones
/// re-serializes it, Mailgun puts its signature inside it); `None` when the body is unchanged.
fn changed_body_note(name: &str, given: &Body, signed: &Signed) -> Result<Option<String>> {
    let Some(sent) = &signed.body else {
        return Ok(None);
    };
    let given = given.to_bytes()?;
    if sent.as_slice() == &*given {
        return Ok(None);
    }
    let parse = |b: &[u8]| serde_json::from_slice::<serde_json::Value>(b).ok();
    let how = match (parse(&given), parse(sent)) {
        (Some(a), Some(b)) if a == b => format!("the body was re-serialized to the form {name} signs"),
        (Some(serde_json::Value::Object(a)), Some(serde_json::Value::Object(b))) => {
            let added: Vec<String> = b
                .keys()
                .filter(|k| !a.contains_key(*k))
                .map(|k| format!("`{k}`"))
                .collect();
            if added.is_empty() {
                format!("{name} sends a different body from the one given")
            } else {
                format!("{name} adds {} to the body it sends", added.join(", "))
            }
        }
        _ => format!("{name} sends a different body from the one given"),
    };
    Ok(Some(format!(
        "note: {how}; send that body (see -o json or -o curl)"
    )))
}

fn json(provider: &str, signed: &Signed) -> serde_json::Value {
    let headers: serde_json::Map<String, serde_json::Value> = signed
        .headers
        .0
        .iter()
        .map(|(k, v)| (k.clone(), v.clone().into()))
        .collect();
    let mut v = serde_json::json!({
        "provider": provider,
        "headers": headers,
        "signature": signed.signature,
        "signed_bytes": signed.signed_bytes,
    });
    if let Some(b) = &signed.body {
        v["body"] = String::from_utf8_lossy(b).into_owned().into();
    }
    if let Some(u) = &signed.url {
        v["url"] = u.clone().into();
    }
    v
}

/// A curl command line that sends exactly the signed request.
fn curl(args: &SignArgs, body: &Body, signed: &Signed) -> Result<String> {
    let quote = |s: &str| {
        shlex::try_quote(s).map(|q| q.into_owned()).map_err(|_| {
            Error::usage("the payload holds a NUL byte, which a shell command cannot carry")
                .with_hint("use -o headers")
        })
    };
    let url = signed
        .url
        .as_deref()
        .or(args.key.signed_url.as_deref())
        .unwrap_or("http://localhost:3000/");
    let mut parts = vec![
        "curl".to_string(),
        "-sS".into(),
        "-X".into(),
        "POST".into(),
        quote(url)?,
    ];
    for (name, value) in &signed.headers.0 {
        parts.push("-H".into());
        parts.push(quote(&format!("{name}: {value}"))?);
    }
    parts.push("--data-binary".into());
    match (&signed.body, body, &args.payload.file) {
        (None, Body::File(_), Some(path)) => parts.push(quote(&format!("@{}", path.display()))?),
        (Some(b), _, _) => parts.push(quote(std::str::from_utf8(b).expect("canonical JSON is UTF-8"))?),
        (None, _, _) => {
            let bytes = body.to_bytes()?;
            let text = std::str::from_utf8(&bytes).map_err(|_| {
                Error::usage("the payload is not UTF-8 text, so it cannot go on a command line")
                    .with_hint("save it to a file and pass --file PATH")
            })?;
            // curl reads a file for `--data-binary @x`; `--data-raw` sends the text as it is.
            if text.starts_with('@') {
                *parts.last_mut().expect("just pushed") = "--data-raw".into();
            }
            parts.push(quote(text)?);
        }
    }
    Ok(parts.join(" "))
}
