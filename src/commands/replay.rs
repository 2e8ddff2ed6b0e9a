//! `hookctl replay`: re-send what `listen --record` captured, original headers and body byte
//! for byte, or re-signed afresh with `--resign`.

use std::collections::HashMap;
use std::time::Duration;

use colored::Colorize;
use serde_json::{json, Value};

use crate::cli::{Format, ReplayArgs};
use crate::commands::convert::KeyChoice;
use crate::error::{Error, Kind, Result};
use crate::listen::record_format;
use crate::output;
use crate::payload::Body;
use crate::providers::delivery::Delivery;
use crate::providers::{GenericScheme, Headers, Key, Message, Provider, Variant};
use crate::runtime;
use crate::send::client::{self, Failure};
use crate::send::report;

/// Used when the record names no provider we know.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// One usable record line.
struct Record {
    line: usize,
    value: Value,
    headers: Headers,
    body: Vec<u8>,
}

impl Record {
    fn text(&self, field: &str) -> Option<&str> {
        self.value.get(field).and_then(Value::as_str)
    }
}

pub fn run(args: &ReplayArgs, ctx: &crate::Context) -> Result<()> {
    let url = client::parse_url(&args.to)?;
    let text = if args.file == std::path::Path::new("-") {
        // `-` is stdin, as everywhere else (`--file -`, `verify --request -`).
        let mut all = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut all).map_err(|e| {
            Error::usage(format!(
                "cannot read records from stdin: {}",
                crate::error::io_reason(&e)
            ))
        })?;
        all
    } else {
        std::fs::read(&args.file).map_err(|e| Error::file(&args.file, "read record file", &e))?
    };
    let json = args.output == Format::Json;

    // Parse every line first, so --strict sends nothing from a file with a broken line.
    let mut records = Vec::new();
    let mut malformed = 0usize;
    for (i, raw) in text.split(|b| *b == b'\n').enumerate() {
        let line = i + 1;
        if raw.trim_ascii().is_empty() {
            continue;
        }
        match parse_line(raw) {
            Ok((value, headers, body)) => records.push(Record {
                line,
                value,
                headers,
                body,
            }),
            Err(why) => {
                if args.strict {
                    return Err(
                        Error::usage(format!("{} line {line}: {why}", args.file.display()))
                            .with_hint("fix or remove the line, or drop --strict to skip malformed lines"),
                    );
                }
                malformed += 1;
                ctx.ui.warn(format!("line {line}: {why}; skipped"));
                if json {
                    output::json(
                        &json!({ "line": line, "skipped": "malformed", "reason": why }),
                        false,
                    );
                }
            }
        }
    }

    let picked: Vec<&Record> = records
        .iter()
        .filter(|r| {
            args.event_id.is_empty()
                || r.text("event_id")
                    .is_some_and(|id| args.event_id.iter().any(|w| w == id))
        })
        .filter(|r| !args.only_valid || r.text("signature") == Some("valid"))
        .collect();
    if picked.is_empty() {
        let what = if records.is_empty() {
            "the file holds no records".to_string()
        } else {
            format!("none of its {} records matched the filters", records.len())
        };
        return Err(Error::check(format!("nothing to replay: {what}"))
            .with_hint("check --event-id and --only-valid against the record file"));
    }

    let client = client::build(args.insecure, 1)?;
    let mut keys: HashMap<String, Key> = HashMap::new();
    let (mut ok, mut failed, mut unreachable) = (0usize, 0usize, 0usize);
    for record in picked {
        let provider = record
            .text("provider")
            .and_then(|p| ctx.providers.lookup(p, &GenericScheme::default()).ok());
        let delivery = if args.resign {
            resign(record, provider.as_deref(), &mut keys, &url, args, ctx)?
        } else {
            Delivery::new(record.headers.clone(), record.body.clone())
        };
        let method = record
            .text("method")
            .and_then(|m| reqwest::Method::from_bytes(m.as_bytes()).ok())
            .unwrap_or(reqwest::Method::POST);
        let deadline = args
            .timeout
            .or(provider.as_ref().map(|p| p.info().delivery_timeout))
            .unwrap_or(DEFAULT_TIMEOUT);
        let provider_name = provider
            .as_ref()
            .map_or("the provider", |p| p.info().name.as_str())
            .to_string();
        let result = runtime::block_on(client::send(
            &client,
            method.clone(),
            &delivery.posted_to(&url),
            &delivery.headers,
            delivery.body.clone(),
            deadline,
        ))?;
        let good = matches!(&result, Ok(a) if (200..300).contains(&a.status));
        match &result {
            Ok(_) if good => ok += 1,
            Err(Failure::Connect(_)) => unreachable += 1,
            _ => failed += 1,
        }
        let label = format!(
            "line {}  {} {}",
            record.line,
            record.text("event_type").unwrap_or("-"),
            record.text("event_id").unwrap_or("-")
        );
        if json {
            let mut v = json!({
                "line": record.line,
                "provider": record.text("provider"),
                "event_type": record.text("event_type"),
                "event_id": record.text("event_id"),
                "method": method.as_str(),
                "resigned": args.resign,
                "ok": good,
            });
            match &result {
                Ok(a) => {
                    v["status"] = json!(a.status);
                    v["latency_ms"] = json!(report::millis(a.latency));
                }
                Err(f) => v["error"] = json!({ "kind": f.kind(), "message": f.describe(&provider_name) }),
            }
            output::json(&v, false);
        } else if !ctx.ui.quiet {
            output::data_line(report::attempt_line(
                &output::sanitize(&label, false),
                &result,
                good,
                &provider_name,
            ));
        }
    }

    let total = ok + failed + unreachable;
    let mut summary = format!("replayed {total}: {ok} answered 2xx");
    if failed > 0 {
        summary.push_str(&format!(", {failed} failed"));
    }
    if unreachable > 0 {
        summary.push_str(&format!(", {unreachable} could not connect"));
    }
    if malformed > 0 {
        summary.push_str(&format!(", {malformed} malformed line(s) skipped"));
    }
    if ctx.ui.quiet && !json {
        // `-q`: the summary is the one result line, on stdout.
        output::data_line(summary);
    } else {
        ctx.ui.status(if failed + unreachable == 0 {
            summary.green().to_string()
        } else {
            summary.red().to_string()
        });
    }
    if unreachable > 0 {
        return Err(Error::network(format!(
            "{unreachable} request(s) could not reach {}",
            client::shown(&url)
        ))
        .with_hint("is the receiver running and listening there?"));
    }
    if failed > 0 {
        return Err(Error::silent(Kind::Check));
    }
    Ok(())
}

/// A record line → its JSON, headers and body, or why it is unusable.
fn parse_line(raw: &[u8]) -> std::result::Result<(Value, Headers, Vec<u8>), String> {
    let value: Value = serde_json::from_slice(raw).map_err(|e| format!("not JSON ({e})"))?;
    if !value.is_object() {
        return Err("not a record object".into());
    }
    let (headers, body) = record_format::read(&value).map_err(|e| e.message)?;
    let body = match body {
        Body::Bytes(b) => b,
        Body::File(_) | Body::Stream(_) => unreachable!("records hold their bodies"),
    };
    Ok((value, headers, body))
}

/// Sign the recorded body afresh (new timestamp, same event id) and put the provider's new
/// signature headers in place of the recorded ones.
fn resign(
    record: &Record,
    provider: Option<&dyn Provider>,
    keys: &mut HashMap<String, Key>,
    to: &reqwest::Url,
    args: &ReplayArgs,
    ctx: &crate::Context,
) -> Result<Delivery> {
    let original = Delivery::new(record.headers.clone(), record.body.clone());
    // Noones' URL-save challenge carries no body and no signature: nothing to sign.
    if record.text("signature") == Some("challenge") {
        return Ok(original);
    }
    let named = record.text("provider").unwrap_or("");
    let Some(provider) = provider else {
        return Err(Error::usage(format!(
            "line {}: cannot re-sign a record from provider `{named}`",
            record.line
        ))
        .with_hint("only built-in providers can be re-signed; replay without --resign"));
    };
    // URL-signing schemes (Twilio, Square, HubSpot) sign the URL the request now goes to.
    let variant = Variant {
        url: Some(client::signed_url(to)),
        ..Variant::default()
    };
    if !keys.contains_key(provider.id()) {
        let key = KeyChoice::secret_only(&args.secret).resolve(provider, &variant, true, ctx)?;
        keys.insert(provider.id().to_string(), key);
    }
    let key = &keys[provider.id()];
    let json = serde_json::from_slice::<Value>(&record.body).ok();
    let id = provider.event_id(&record.headers, json.as_ref());
    let body = Body::Bytes(record.body.clone());
    let signed = provider.sign(
        key,
        &Message {
            id: id.as_deref(),
            event_type: record.text("event_type"),
            ..Message::new(&body, &variant, crate::clock::unix_now())
        },
    )?;
    let mut headers = original.headers;
    for (name, value) in &signed.headers.0 {
        headers.set(name, value.clone());
    }
    Ok(Delivery {
        headers,
        body: signed.body.unwrap_or(original.body),
        url: signed.url,
    })
}
