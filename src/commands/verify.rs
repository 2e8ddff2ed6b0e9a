//! `hookctl verify`: check a signature; exit 0 valid, 1 invalid.

use std::path::Path;
use std::sync::Arc;

use colored::Colorize;

use crate::cli::{Format, VerifyArgs};
use crate::commands::convert::KeyChoice;
use crate::error::{Error, Kind, Result};
use crate::listen::record_format;
use crate::output;
use crate::payload::Body;
use crate::providers::{self, Check, Headers, Provider, Reason, Verdict};
use crate::Context;

pub fn run(args: &VerifyArgs, ctx: &Context) -> Result<()> {
    let (mut headers, body) = match &args.request {
        Some(path) => read_request(path)?,
        None => {
            let flags = crate::payload::Flags::from(&args.payload);
            if let Some(warning) = flags.at_file_warning() {
                ctx.ui.warn(warning);
            }
            (Headers::default(), Body::required(flags)?)
        }
    };
    for line in &args.headers {
        let (n, v) = Headers::parse_line(line)?;
        headers.push(n, v);
    }
    let wanted = args.provider.as_deref().unwrap_or("auto");
    let provider: Arc<dyn Provider> = if wanted.eq_ignore_ascii_case("auto") {
        if args.signature.is_some() {
            return Err(Error::usage("--signature needs --provider")
                .with_hint("name the provider, or pass the headers as received with -H 'Name: value'"));
        }
        if headers.0.is_empty() {
            return Err(Error::usage("nothing to verify: no signature given")
                .with_hint("pass -H 'Name: value' for each header received, --request FILE, or --provider P --signature VALUE"));
        }
        match ctx.providers.checked()?.detect(&headers) {
            Some(p) => p,
            None => {
                let verdict = Verdict::invalid(
                    Reason::MissingSignature,
                    "no signature header of a known provider (`hookctl providers` lists them)",
                );
                return report(None, &verdict, None, args.output, None);
            }
        }
    } else {
        ctx.providers.lookup(wanted, &(&args.generic).into())?
    };
    if let Some(sig) = &args.signature {
        headers.set(provider.signature_header(), with_prefix(provider.as_ref(), sig));
    }
    let keys = KeyChoice::new(&args.key, &args.secret);
    let mut variant = keys.variant();
    provider.settle_variant(&mut variant, &headers);
    let key = keys.resolve(provider.as_ref(), &variant, false, ctx)?;
    let check = Check {
        headers: &headers,
        body: &body,
        now: args.now.unwrap_or_else(crate::clock::unix_now),
        tolerance: args.tolerance,
        variant: &variant,
        timestamp: args.timestamp.as_deref(),
        id: args.id.as_deref(),
    };
    let (verdict, which) = providers::rotation::verify_any(provider.as_ref(), &key, &check)?;
    // A rotation is explained with the secret that matched, else with the first.
    let explained = match (&key, which) {
        (providers::Key::Rotation(all), m) => {
            let i = m.map_or(0, |m| m.n - 1);
            Some(providers::Key::Secret(all[i].clone()))
        }
        _ => None,
    };
    let explanation = if args.explain {
        Some(
            provider
                .explain(explained.as_ref().unwrap_or(&key), &check, args.show_expected)?
                .unwrap_or_else(|| {
                    vec![(
                        "explain".to_string(),
                        format!("{} has no step-by-step explanation", provider.id()),
                    )]
                }),
        )
    } else {
        None
    };
    if let (Some(lines), Format::Pretty) = (&explanation, args.output) {
        for (k, v) in lines {
            output::data_line(format!(
                "{} {}",
                format!("{k}:").bold(),
                output::sanitize(v, false)
            ));
        }
    }
    report(Some(provider.id()), &verdict, which, args.output, explanation)
}

/// `sign -o value` prints the bare signature (`S=$(hookctl sign … -o value)`), so `--signature`
/// takes it back: the scheme's fixed prefix (GitHub's `sha256=`) is added when it is missing.
fn with_prefix(provider: &dyn Provider, sig: &str) -> String {
    match provider.scheme().map(|def| &def.format) {
        Some(providers::scheme::SignatureFormat::Plain { prefix }) if !sig.starts_with(prefix.as_str()) => {
            format!("{prefix}{sig}")
        }
        _ => sig.to_string(),
    }
}

fn report(
    provider: Option<&str>,
    verdict: &Verdict,
    which: Option<providers::rotation::Matched>,
    format: Format,
    explanation: Option<providers::explain::Explanation>,
) -> Result<()> {
    match format {
        Format::Json => {
            let mut doc = serde_json::json!({
                "valid": verdict.valid,
                "provider": provider,
                "reason": verdict.reason.map(Reason::as_str),
                "detail": verdict.detail,
                "notes": verdict.notes,
            });
            if let Some(m) = which {
                doc["secret"] = serde_json::json!({"n": m.n, "of": m.of});
            }
            if let Some(lines) = explanation {
                doc["explain"] = lines
                    .into_iter()
                    .map(|(k, v)| (k, serde_json::Value::String(v)))
                    .collect();
            }
            output::json(&doc, false)
        }
        Format::Pretty => {
            let who = match (provider, which) {
                (Some(p), Some(m)) => format!(" ({p}, {m})"),
                (Some(p), None) => format!(" ({p})"),
                _ => String::new(),
            };
            if verdict.valid {
                output::data_line(format!("{} valid signature{who}", "✔".green().bold()));
            } else {
                let reason = verdict.reason.map(Reason::as_str).unwrap_or("invalid");
                let detail = verdict
                    .detail
                    .as_deref()
                    .map(|d| format!(": {d}"))
                    .unwrap_or_default();
                output::data_line(format!(
                    "{} invalid signature{who}: {}{}",
                    "✘".red().bold(),
                    reason.red().bold(),
                    output::sanitize(&detail, false)
                ));
            }
            for note in &verdict.notes {
                output::data_line(format!("note: {note}"));
            }
        }
    }
    if verdict.valid {
        Ok(())
    } else {
        Err(Error::silent(Kind::Check))
    }
}

/// Headers and body from a `listen --record` line or a raw HTTP request.
/// `-` is stdin. A record file with more than one record is refused: checking only its first
/// line and answering "valid" would vouch for lines nobody looked at.
pub fn read_request(path: &Path) -> Result<(Headers, Body)> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Error::file(Path::new("stdin"), "read the request from", &e))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Error::file(path, "read request file", &e))?
    };
    let trimmed = bytes.trim_ascii_start();
    if trimmed.starts_with(b"{") {
        let mut lines = trimmed
            .split(|b| *b == b'\n')
            .enumerate()
            .filter(|(_, l)| !l.trim_ascii().is_empty());
        let (_, line) = lines.next().unwrap_or_default();
        let others: Vec<usize> = lines.map(|(i, _)| i + 1).collect();
        if let Some(second) = others.first() {
            return Err(Error::usage(format!(
                "{} holds {} records; verify checks one request",
                path.display(),
                others.len() + 1
            ))
            .with_hint(format!(
                "pick one line and pass the same flags, e.g. `sed -n {second}p {} | hookctl verify --request - …`",
                path.display()
            )));
        }
        let record: serde_json::Value = serde_json::from_slice(line)
            .map_err(|e| Error::usage(format!("{} is not a listen record: line 1: {e}", path.display())))?;
        return record_format::read(&record)
            .map_err(|e| Error::usage(format!("{}: {}", path.display(), e.message)));
    }
    from_raw_http(trimmed).map_err(|e| Error::usage(format!("{}: {}", path.display(), e.message)))
}

/// A raw HTTP/1.x request: request line, headers, blank line, body.
fn from_raw_http(bytes: &[u8]) -> Result<(Headers, Body)> {
    let mut slots = [httparse::EMPTY_HEADER; 128];
    let mut req = httparse::Request::new(&mut slots);
    let head_len = match req.parse(bytes) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => {
            return Err(Error::usage("raw HTTP request ends before its blank line"))
        }
        Err(e) => {
            return Err(Error::usage(format!(
                "not a raw HTTP request or a record line: {e}"
            )))
        }
    };
    let mut headers = Headers::default();
    let mut content_length = None;
    for h in req.headers.iter() {
        let value = String::from_utf8_lossy(h.value).into_owned();
        if h.name.eq_ignore_ascii_case("content-length") {
            content_length = value.trim().parse::<usize>().ok();
        }
        headers.push(h.name.to_string(), value);
    }
    let rest = &bytes[head_len..];
    let body = match content_length {
        Some(n) if n <= rest.len() => &rest[..n],
        Some(n) => {
            return Err(Error::usage(format!(
                "Content-Length is {n} but the body has {} bytes",
                rest.len()
            )))
        }
        None => rest,
    };
    Ok((headers, Body::Bytes(body.to_vec())))
}
