//! `verify --explain`: what was parsed, how the key was derived, the exact signed string, the
//! clock skew, and — on a mismatch — which common mistake reproduces the signature.

use super::scheme::{render, Encoding, KeyDecoding, Rendered, SchemeDef, SignatureFormat, TemplateValues};
use super::{Check, Key};
use crate::error::Result;
use crate::payload::Body;
use crate::secret::Secret;

/// Lines of `name: value`, in reading order.
pub type Explanation = Vec<(String, String)>;

/// Show bytes as text with escapes, shortened in the middle when long.
pub fn escaped(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let esc: String = text.chars().flat_map(char::escape_debug).collect();
    let chars: Vec<char> = esc.chars().collect();
    if chars.len() <= max {
        return format!("\"{esc}\"");
    }
    let head: String = chars[..max * 2 / 3].iter().collect();
    let tail: String = chars[chars.len() - max / 3..].iter().collect();
    format!("\"{head}\" …({} bytes in all)… \"{tail}\"", bytes.len())
}

fn key_rule(def: &SchemeDef, key: &Key) -> String {
    match (key, def.key) {
        (Key::Secret(s), KeyDecoding::Utf8) => format!(
            "the secret's bytes exactly as given ({} bytes, {})",
            s.expose().len(),
            crate::output::mask(&String::from_utf8_lossy(s.expose()))
        ),
        (Key::Secret(s), KeyDecoding::WhsecBase64) => format!(
            "base64-decoded text after the whsec_ prefix ({})",
            crate::output::mask(&String::from_utf8_lossy(s.expose()))
        ),
        (Key::Secret(_), KeyDecoding::Hex) => "the secret hex-decoded".into(),
        (Key::Secret(_), KeyDecoding::Base64) => "the secret base64-decoded".into(),
        (Key::Ed25519Verifying(_), _) => "Ed25519 public key".into(),
        (Key::EcdsaVerifying(_), _) => "ECDSA P-256 public key".into(),
        _ => "signing key".into(),
    }
}

/// Explain a check against a data-defined scheme.
pub fn explain(def: &SchemeDef, key: &Key, check: &Check<'_>, show_expected: bool) -> Result<Explanation> {
    let mut out: Explanation = Vec::new();
    let mut say = |k: &str, v: String| out.push((k.to_string(), v));
    let raw = check.headers.get(&def.signature_header);
    say(
        "signature header",
        format!(
            "{}: {}",
            def.signature_header,
            raw.map(|r| crate::output::sanitize(r, false))
                .unwrap_or_else(|| "(absent)".into())
        ),
    );
    say("key", key_rule(def, key));
    if def.format == SignatureFormat::Token {
        say("scheme", "static token: the header must equal the secret".into());
        return Ok(out);
    }
    let Some(raw) = raw else { return Ok(out) };
    let parsed = match def.parse_header(raw, check) {
        Ok(p) => p,
        Err(v) => {
            say("parse error", v.detail.unwrap_or_default());
            return Ok(out);
        }
    };
    let mut parts = Vec::new();
    if let Some(t) = &parsed.timestamp_text {
        parts.push(format!("timestamp={t}"));
    }
    if let Some(i) = &parsed.id {
        parts.push(format!("id={i}"));
    }
    parts.push(format!(
        "{} signature(s): {}",
        parsed.signatures.len(),
        parsed
            .signatures
            .iter()
            .map(|s| format!("{} ({} chars)", short(s), s.len()))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    say("parsed", parts.join("; "));
    let method = check.variant.method.as_deref().unwrap_or("POST");
    let values = TemplateValues {
        timestamp: parsed.timestamp_text.as_deref(),
        id: parsed.id.as_deref(),
        url: check.variant.url.as_deref(),
        method: Some(method),
    };
    say("template", def.template.clone());
    let rendered = render(&def.template, &values)?;
    // A body signed by its hash in the URL (Twilio's JSON deliveries): the URL alone is signed.
    let hashed = def.url_body_hash(check.variant.url.as_deref());
    let empty = Body::Bytes(Vec::new());
    let signed_body = if hashed.is_some() { &empty } else { check.body };
    let mut hash_ok = true;
    if let (Some(given), Some(param)) = (&hashed, &def.body_hash_param) {
        let actual = super::scheme::body_sha256(check.body)?;
        hash_ok = *given == actual;
        say(
            "body hash",
            format!(
                "{param}={} in the URL; SHA-256 of the body is {actual} ({}); the URL alone is signed",
                crate::output::sanitize(given, false),
                if hash_ok { "equal" } else { "different" }
            ),
        );
    }
    let message = super::scheme::message_bytes(&rendered, signed_body)?;
    say("signed string", escaped(&message, 160));
    say("signed bytes", message.len().to_string());
    if let Some(ts) = parsed.timestamp {
        let skew = check.now - ts;
        let tolerance = def
            .timestamp
            .as_ref()
            .map_or(check.tolerance, |t| t.tolerance(check.tolerance));
        let window = match def.timestamp.as_ref().map(|t| t.window) {
            Some(super::scheme::Window::PastOnly) => "rejects old timestamps only",
            _ => "rejects old and future timestamps",
        };
        say(
            "timestamp skew",
            format!(
                "{skew:+} s (now − timestamp); tolerance {} s; {window}",
                tolerance.as_secs()
            ),
        );
    }
    if show_expected {
        if let Ok((sig, _)) = def.raw_signature(key, &rendered, signed_body) {
            say("expected", def.encoding.encode(&sig));
        }
    }
    let candidates: Vec<Vec<u8>> = parsed
        .signatures
        .iter()
        .filter_map(|c| def.encoding.decode(c))
        .collect();
    if def.any_valid(key, &rendered, signed_body, &candidates)? {
        if !hash_ok {
            say(
                "result",
                "the signature matches the URL, but the body is not the one whose SHA-256 the URL carries (it was changed after it was sent, or belongs to another request)".into(),
            );
            return Ok(out);
        }
        say("result", "signature matches the signed string".into());
        return Ok(out);
    }
    if hashed.is_some() {
        say("result", "no signature matches the signed string".into());
        say(
            "likely cause",
            "a different URL: the URL Twilio requested, query included (with bodySHA256), is all that is signed; pass it whole with --url".into(),
        );
        return Ok(out);
    }
    say("result", "no signature matches the signed string".into());
    let cause = likely_cause(def, key, check, &values, &candidates)?;
    say("likely cause", cause);
    Ok(out)
}

fn short(s: &str) -> String {
    if s.chars().count() > 16 {
        format!("{}…", s.chars().take(12).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Try the transformations that commonly break signatures; name the first that reproduces one.
fn likely_cause(
    def: &SchemeDef,
    key: &Key,
    check: &Check<'_>,
    values: &TemplateValues<'_>,
    candidates: &[Vec<u8>],
) -> Result<String> {
    let body = check.body.to_bytes()?;
    if let Some(param) = &def.body_hash_param {
        let json =
            serde_json::from_slice::<serde_json::Value>(&body).is_ok_and(|v| v.is_object() || v.is_array());
        if json {
            return Ok(format!(
                "a JSON body without {param} in the URL: the provider signs a JSON delivery by the URL alone, which carries {param}=<hex SHA-256 of the body>; pass --url with the full URL it requested, query included"
            ));
        }
    }
    let rendered = render(&def.template, values)?;
    let matches_body =
        |b: Vec<u8>| -> Result<bool> { def.any_valid(key, &rendered, &Body::Bytes(b), candidates) };
    let mut bodies: Vec<(Vec<u8>, &str)> = Vec::new();
    if let Some(stripped) = body.strip_suffix(b"\n") {
        bodies.push((stripped.to_vec(), "a trailing newline: the body you checked ends with a newline the provider did not sign (echo, an editor or a shell heredoc added it)"));
    } else {
        let mut b = body.to_vec();
        b.push(b'\n');
        bodies.push((
            b,
            "a missing trailing newline: the provider signed the body with a final newline",
        ));
    }
    if body.windows(2).any(|w| w == b"\r\n") {
        bodies.push((
            String::from_utf8_lossy(&body).replace("\r\n", "\n").into_bytes(),
            "CRLF line endings: the provider signed LF line endings",
        ));
    } else if body.contains(&b'\n') {
        bodies.push((
            String::from_utf8_lossy(&body).replace('\n', "\r\n").into_bytes(),
            "line endings: the provider signed CRLF line endings",
        ));
    }
    if let Ok(json) = serde_json::from_slice::<serde_json::Value>(&body) {
        let compact = serde_json::to_vec(&json).expect("JSON serialises");
        if compact != *body {
            bodies.push((compact, "a re-serialized body: the provider signed compact JSON, but this body was pretty-printed or re-formatted (sign and verify the raw bytes as received)"));
        }
        let pretty = serde_json::to_vec_pretty(&json).expect("JSON serialises");
        if pretty != *body {
            bodies.push((pretty, "a re-serialized body: the provider signed pretty-printed JSON, but this body was compacted (use the raw bytes as received)"));
        }
    }
    for (b, cause) in bodies {
        if matches_body(b)? {
            return Ok(cause.to_string());
        }
    }
    if let Key::Secret(secret) = key {
        let other = match def.key {
            KeyDecoding::Utf8 if secret.expose().starts_with(b"whsec_") => Some((KeyDecoding::WhsecBase64, "wrong secret encoding: the signature was made with the base64-decoded part after whsec_ (Standard Webhooks style), but this provider keys the HMAC with the whole whsec_ string")),
            KeyDecoding::WhsecBase64 => Some((KeyDecoding::Utf8, "wrong secret encoding: the signature was made with the whole whsec_ string as the key, but this scheme base64-decodes what follows whsec_")),
            _ => None,
        };
        if let Some((decoding, cause)) = other {
            let alt = SchemeDef {
                key: decoding,
                ..def.clone()
            };
            if alt.key.decode(secret.expose()).is_ok()
                && alt.any_valid(
                    &Key::Secret(Secret::new(secret.expose())),
                    &rendered,
                    check.body,
                    candidates,
                )?
            {
                return Ok(cause.to_string());
            }
        }
    }
    if def.template.contains("{url}") {
        let url = values.url.unwrap_or_default();
        let mut urls: Vec<String> = super::scheme::url_variants(Some(url), true)
            .into_iter()
            .flatten()
            .collect();
        if let Some(rest) = url.strip_prefix("https://") {
            urls.push(format!("http://{rest}"));
        } else if let Some(rest) = url.strip_prefix("http://") {
            urls.push(format!("https://{rest}"));
        }
        for u in urls.iter().skip(1) {
            let r: Rendered = render(
                &def.template,
                &TemplateValues {
                    url: Some(u),
                    ..*values
                },
            )?;
            if def.any_valid(key, &r, check.body, candidates)? {
                return Ok(format!("a URL mismatch: the provider signed `{u}` (scheme, host, port and path must match what it posted to)"));
            }
        }
        if def.template.contains("{params}") && body.trim_ascii_start().starts_with(b"{") {
            return Ok("form vs JSON: this scheme signs form fields, but the body is JSON".into());
        }
        return Ok("the secret is wrong, or the URL differs from the one the provider signed (check --url: scheme, host, port, path, query)".into());
    }
    if def.encoding == Encoding::Hex && candidates.is_empty() {
        return Ok("the signature is not hex".into());
    }
    Ok("the secret is wrong, or the body changed after signing (no common transformation reproduces the signature)".into())
}
