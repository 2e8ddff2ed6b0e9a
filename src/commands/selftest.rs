//! `hookctl selftest`: every built-in known-answer vector, signed and verified in-process.
//! The vectors live in `vectors/` beside the scripts that made them, each with its provenance;
//! the test suite reads the same files.

use colored::Colorize;
use serde_json::Value;

use crate::canonical_json;
use crate::cli::{Format, SelftestArgs};
use crate::error::{Error, Kind, Result};
use crate::keys;
use crate::output;
use crate::payload::Body;
use crate::providers::{self, Check, GenericScheme, Headers, Key, KeyNeed, Message, Provider, Variant};
use crate::secret::Secret;

const SIGNATURES: &str = include_str!("../../vectors/signatures.json");
const CANONICAL: &str = include_str!("../../vectors/canonical_json.jsonl");

/// One vector's outcome; `None` where a step does not apply.
struct Row {
    provider: String,
    sign: Option<bool>,
    verify: bool,
    tampered_rejected: bool,
    source: String,
}

/// `quiet`: only the failing vectors and the summary line.
pub fn run(args: &SelftestArgs, quiet: bool) -> Result<()> {
    let vectors: Vec<Value> = serde_json::from_str(SIGNATURES).expect("built-in vectors parse");
    let rows: Vec<Row> = vectors.iter().map(run_vector).collect::<Result<_>>()?;
    if let Some(dir) = &args.export {
        let written = export(dir, &vectors)?;
        if !quiet {
            eprintln!("exported {written} vectors to {}", dir.display());
        }
    }
    let (canon_ok, canon_total) = canonical_vectors();
    let failed = rows
        .iter()
        .filter(|r| r.sign == Some(false) || !r.verify || !r.tampered_rejected)
        .count()
        + usize::from(canon_ok != canon_total);
    match args.output {
        Format::Json => {
            let list: Vec<Value> = rows
                .iter()
                .map(|r| {
                    serde_json::json!({"provider": r.provider, "sign": r.sign, "verify": r.verify,
                        "tampered_rejected": r.tampered_rejected, "source": r.source})
                })
                .collect();
            output::json(
                &serde_json::json!({"vectors": list, "canonical_json": {"passed": canon_ok, "total": canon_total},
                    "failed": failed}),
                false,
            );
        }
        Format::Pretty => {
            // Plain marks: the table measures cells by their characters, escape codes included.
            let mark = |ok: Option<bool>| match ok {
                Some(true) => "✔".to_string(),
                Some(false) => "✘".to_string(),
                None => "–".to_string(),
            };
            let failing = |r: &Row| r.sign == Some(false) || !r.verify || !r.tampered_rejected;
            let shown: Vec<Vec<String>> = rows
                .iter()
                .filter(|r| !quiet || failing(r))
                .map(|r| {
                    vec![
                        r.provider.clone(),
                        mark(r.sign),
                        mark(Some(r.verify)),
                        mark(Some(r.tampered_rejected)),
                        r.source.clone(),
                    ]
                })
                .collect();
            if !shown.is_empty() {
                let head = ["PROVIDER", "SIGN", "VERIFY", "TAMPERED", "SOURCE"];
                let lines = crate::table::lines(&head, &shown, crate::table::stdout_width(args.wide));
                output::data_line(lines[0].bold().to_string());
                for line in &lines[1..] {
                    output::data_line(line);
                }
            }
            if !quiet || canon_ok != canon_total {
                output::data_line(format!(
                    "noones-canon  {canon_ok}/{canon_total} JSON.stringify(JSON.parse(…)) vectors from node"
                ));
            }
            let summary = format!("{} vectors, {failed} failed", rows.len() + canon_total);
            output::data_line(
                if failed == 0 {
                    summary.green()
                } else {
                    summary.red()
                }
                .to_string(),
            );
        }
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(Error::silent(Kind::Check))
    }
}

fn run_vector(v: &Value) -> Result<Row> {
    let id = v["provider"].as_str().unwrap_or_default();
    let provider = providers::lookup(id, &GenericScheme::default())?;
    let body = Body::Bytes(v["body"].as_str().unwrap_or_default().as_bytes().to_vec());
    let variant = Variant {
        scheme: None,
        url: v["url"].as_str().map(str::to_string),
        method: None,
    };
    let timestamp = v["timestamp"].as_i64().unwrap_or(1_700_000_000);
    let mut headers = Headers::default();
    for (k, val) in v["headers"].as_object().into_iter().flatten() {
        headers.push(k.clone(), val.as_str().unwrap_or_default());
    }
    let sign = if v["verify_only"] == true {
        None
    } else {
        let key = key_for(provider.as_ref(), &variant, v, true)?;
        let signed = provider.sign(
            &key,
            &Message {
                id: v["id"].as_str(),
                ..Message::new(&body, &variant, timestamp)
            },
        )?;
        Some(
            headers
                .0
                .iter()
                .all(|(k, want)| signed.headers.get(k) == Some(want.as_str())),
        )
    };
    let key = key_for(provider.as_ref(), &variant, v, false)?;
    let check = |body: &Body, headers: &Headers| -> Result<bool> {
        let c = Check {
            headers,
            body,
            now: timestamp,
            tolerance: std::time::Duration::from_secs(300),
            variant: &variant,
            timestamp: None,
            id: None,
        };
        Ok(provider.verify(&key, &c)?.valid)
    };
    let verify = check(&body, &headers)?;
    // Tamper with the signature where a header carries it, else with the body (Mailgun).
    let sig_name = provider.signature_header().to_string();
    let tampered_rejected = match headers.get(&sig_name).map(str::to_string) {
        Some(value) => {
            let mut bytes = value.into_bytes();
            let i = bytes.len().saturating_sub(3);
            bytes[i] = if bytes[i] == b'0' { b'1' } else { b'0' };
            let mut bad = headers.clone();
            bad.set(&sig_name, String::from_utf8_lossy(&bytes).into_owned());
            !check(&body, &bad)?
        }
        None => {
            // The signature travels in the body. Mailgun signs timestamp and token there;
            // the others (SNS) sign fields the body ends with.
            let body = v["body"].as_str().unwrap_or_default();
            let text = match body.replacen("\"token\":\"a", "\"token\":\"b", 1) {
                same if same == body => flip_near_end(body),
                changed => changed,
            };
            !check(&Body::Bytes(text.into_bytes()), &headers)?
        }
    };
    Ok(Row {
        provider: id.to_string(),
        sign,
        verify,
        tampered_rejected,
        source: v["source"].as_str().unwrap_or_default().to_string(),
    })
}

fn key_for(provider: &dyn Provider, variant: &Variant, v: &Value, signing: bool) -> Result<Key> {
    Ok(match provider.key_need(variant, signing) {
        KeyNeed::Secret => Key::Secret(Secret::new(v["secret"].as_str().unwrap_or_default().as_bytes())),
        KeyNeed::Ed25519Private => {
            let seed: [u8; 32] = hex::decode(v["private_seed_hex"].as_str().unwrap_or_default())
                .ok()
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| Error::usage(format!("vector for {} lacks a private seed", provider.id())))?;
            Key::Ed25519Signing(Box::new(ed25519_dalek::SigningKey::from_bytes(&seed)))
        }
        KeyNeed::Ed25519Public => Key::Ed25519Verifying(keys::parse_public_key(
            v["public_key"].as_str().unwrap_or_default(),
        )?),
        KeyNeed::EcdsaPublic => Key::EcdsaVerifying(Box::new(keys::parse_p256_public_key(
            v["public_key"].as_str().unwrap_or_default(),
        )?)),
        KeyNeed::EcdsaPrivate => return Err(Error::usage("ECDSA vectors are verify-only")),
        KeyNeed::RsaPrivate => {
            use rsa::pkcs8::DecodePrivateKey;
            let pem = v["private_key_pem"].as_str().unwrap_or_default();
            Key::RsaSigning {
                key: Box::new(rsa::RsaPrivateKey::from_pkcs8_pem(pem).map_err(|_| {
                    Error::usage(format!("vector for {} lacks an RSA private key", provider.id()))
                })?),
                cert_url: v["cert_url"].as_str().map(str::to_string),
                endpoint_id: v["webhook_id"].as_str().map(str::to_string),
            }
        }
        KeyNeed::RsaCertificate => Key::RsaVerifying {
            key: Box::new(keys::parse_rsa_public_key(
                v["public_key"].as_str().unwrap_or_default(),
            )?),
            endpoint_id: v["webhook_id"].as_str().map(str::to_string),
        },
    })
}

/// (passed, total) over node's JSON.stringify(JSON.parse(x)) answers.
fn canonical_vectors() -> (usize, usize) {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut ok = 0;
    let mut total = 0;
    for line in CANONICAL.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        total += 1;
        let input = b64
            .decode(v["input_b64"].as_str().unwrap_or_default())
            .unwrap_or_default();
        let got = canonical_json::canonicalize(&input);
        let pass = match v["output_b64"].as_str() {
            Some(out) => got.ok() == b64.decode(out).ok(),
            None => got.is_err(),
        };
        ok += usize::from(pass);
    }
    (ok, total)
}

/// Write each vector as `<provider>.json` in `dir`: a corpus other libraries can test against
/// without hookctl. Every negative case is a one-character mutation of an independently computed
/// vector, kept only if verification indeed rejects it.
fn export(dir: &std::path::Path, vectors: &[Value]) -> Result<usize> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::usage(format!("cannot create {}: {e}", dir.display())))?;
    for v in vectors {
        let doc = exported(v)?;
        let id = v["provider"].as_str().unwrap_or_default();
        // A provider's second vector (Twilio's JSON deliveries) is named by its case.
        let path = match v["case"].as_str() {
            Some(case) => dir.join(format!("{id}-{case}.json")),
            None => dir.join(format!("{id}.json")),
        };
        let text = serde_json::to_string_pretty(&doc).expect("JSON serialises") + "\n";
        std::fs::write(&path, text)
            .map_err(|e| Error::usage(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(vectors.len())
}

/// The default tolerance the exported `now` values are judged with.
const TOLERANCE_SECS: i64 = 300;

fn exported(v: &Value) -> Result<Value> {
    let id = v["provider"].as_str().unwrap_or_default();
    let provider = providers::lookup(id, &GenericScheme::default())?;
    let info = provider.info();
    let variant = Variant {
        scheme: None,
        url: v["url"].as_str().map(str::to_string),
        method: None,
    };
    let key = key_for(provider.as_ref(), &variant, v, false)?;
    let now = v["timestamp"].as_i64().unwrap_or(1_700_000_000);
    let body = v["body"].as_str().unwrap_or_default();
    let headers: Vec<(String, String)> = v["headers"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, val)| (k.clone(), val.as_str().unwrap_or_default().to_string()))
        .collect();
    let rejected = |body: &str, headers: &[(String, String)], now: i64| -> Result<bool> {
        let mut h = Headers::default();
        for (k, val) in headers {
            h.push(k.clone(), val.as_str());
        }
        let body = Body::Bytes(body.as_bytes().to_vec());
        let c = Check {
            headers: &h,
            body: &body,
            now,
            tolerance: std::time::Duration::from_secs(TOLERANCE_SECS as u64),
            variant: &variant,
            timestamp: None,
            id: None,
        };
        Ok(!provider.verify(&key, &c)?.valid)
    };
    let as_object = |headers: &[(String, String)]| -> serde_json::Map<String, Value> {
        headers
            .iter()
            .map(|(k, val)| (k.clone(), Value::String(val.clone())))
            .collect()
    };
    let mut negative = Vec::new();
    let sig = provider.signature_header().to_ascii_lowercase();
    if let Some(i) = headers.iter().position(|(k, _)| k.to_ascii_lowercase() == sig) {
        let mut bad = headers.clone();
        bad[i].1 = flip_near_end(&bad[i].1);
        if rejected(body, &bad, now)? {
            negative.push(
                serde_json::json!({"case": "one character of the signature changed",
                "body": body, "headers": as_object(&bad), "now": now}),
            );
        }
    }
    let flipped = flip_near_end(body);
    if flipped != body && rejected(&flipped, &headers, now)? {
        negative.push(serde_json::json!({"case": "one character of the body changed",
            "body": flipped, "headers": as_object(&headers), "now": now}));
    }
    if provider.timestamped() && rejected(body, &headers, now + TOLERANCE_SECS + 1)? {
        negative.push(
            serde_json::json!({"case": "verified one second past the tolerance",
            "body": body, "headers": as_object(&headers), "now": now + TOLERANCE_SECS + 1}),
        );
    }
    let mut key_doc = serde_json::Map::new();
    for field in [
        "secret",
        "public_key",
        "private_seed_hex",
        "private_key_pem",
        "cert_url",
    ] {
        if let Some(val) = v.get(field) {
            key_doc.insert(field.to_string(), val.clone());
        }
    }
    let mut inputs = serde_json::Map::new();
    inputs.insert("body".into(), Value::String(body.to_string()));
    inputs.insert("method".into(), Value::String("POST".into()));
    for field in ["timestamp", "id", "url"] {
        if let Some(val) = v.get(field) {
            inputs.insert(field.to_string(), val.clone());
        }
    }
    Ok(serde_json::json!({
        "provider": id,
        "name": info.name,
        "scheme": {"headers": info.headers, "algorithm": info.algorithm,
            "signed_input": info.signed_input, "encoding": info.encoding},
        "source": v["source"],
        "key": key_doc,
        "inputs": inputs,
        "expected_headers": v["headers"],
        "sign_reproduces": v["verify_only"] != true,
        "valid": {"now": now, "tolerance_seconds": TOLERANCE_SECS},
        "must_fail": negative,
    }))
}

/// `text` with its last letter or digit changed to another of the same kind.
fn flip_near_end(text: &str) -> String {
    let Some((i, c)) = text.char_indices().rfind(|(_, c)| c.is_ascii_alphanumeric()) else {
        return text.to_string();
    };
    let to = match c {
        '0' => '1',
        'a' => 'b',
        'A' => 'B',
        c if c.is_ascii_digit() => '0',
        c if c.is_ascii_lowercase() => 'a',
        _ => 'A',
    };
    let mut out = text.to_string();
    out.replace_range(i..i + 1, &to.to_string());
    out
}
