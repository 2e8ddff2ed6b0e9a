//! `sign` and `verify` against known answers for every provider, and their failure modes.
//! Vectors: vectors/signatures.json, produced by vectors/gen_signatures.sh (openssl).

use serde_json::Value;

use crate::support::{hookctl, stderr, stdout, temp_file};

fn vectors() -> Vec<Value> {
    serde_json::from_str(include_str!("../../vectors/signatures.json")).expect("vectors parse")
}

fn vector(provider: &str) -> Value {
    vectors()
        .into_iter()
        .find(|v| v["provider"] == provider)
        .expect("vector exists")
}

struct Case {
    dir: tempfile::TempDir,
    v: Value,
}

impl Case {
    fn new(v: Value) -> Case {
        let dir = tempfile::tempdir().unwrap();
        if let Some(s) = v["secret"].as_str() {
            temp_file(&dir, "secret", s.as_bytes());
        }
        if let Some(seed) = v["private_seed_hex"].as_str() {
            temp_file(&dir, "private.key", seed.as_bytes());
        }
        if let Some(pem) = v["private_key_pem"].as_str() {
            temp_file(&dir, "private.key", pem.as_bytes());
        }
        Case { dir, v }
    }
    /// The key flags: a secret file, or a private key (signing) / public key (verifying), and
    /// the URL for schemes that sign it.
    fn key_args(&self, signing: bool) -> Vec<String> {
        let mut args = Vec::new();
        if self.v["secret"].is_string() {
            args.extend(["--secret-file".to_string(), self.secret_file()]);
        } else if signing {
            args.extend([
                "--private-key".to_string(),
                self.dir.path().join("private.key").display().to_string(),
            ]);
        } else {
            args.extend([
                "--public-key".to_string(),
                self.v["public_key"].as_str().unwrap().to_string(),
            ]);
        }
        if let Some(url) = self.v["url"].as_str() {
            args.extend(["--url".to_string(), url.to_string()]);
        }
        args
    }
    fn verify_only(&self) -> bool {
        self.v["verify_only"] == true
    }
    fn provider(&self) -> &str {
        self.v["provider"].as_str().unwrap()
    }
    fn secret_file(&self) -> String {
        self.dir.path().join("secret").display().to_string()
    }
    fn headers(&self) -> Vec<(String, String)> {
        self.v["headers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect()
    }
    fn now(&self) -> String {
        self.v["timestamp"].as_i64().unwrap_or(1_700_000_000).to_string()
    }
    /// `hookctl verify` with the vector's headers, possibly altered.
    fn verify(&self, body: &str, headers: &[(String, String)]) -> std::process::Output {
        let mut cmd = hookctl();
        cmd.args(["verify", "-p", self.provider()])
            .args(self.key_args(false))
            .args(["--data", body, "--now", &self.now()]);
        for (k, v) in headers {
            cmd.args(["-H", &format!("{k}: {v}")]);
        }
        cmd.output().unwrap()
    }
}

/// Change one character of `s` at `i` to a different character of the same alphabet.
fn flip_char(s: &str, i: usize) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    chars[i] = match chars[i] {
        '0' => '1',
        'a' => 'b',
        'A' => 'B',
        c if c.is_ascii_digit() => '0',
        c if c.is_ascii_lowercase() => 'a',
        _ => 'A',
    };
    chars.into_iter().collect()
}

#[test]
fn sign_reproduces_every_known_answer() {
    for v in vectors() {
        let case = Case::new(v);
        if case.verify_only() {
            continue;
        }
        let mut cmd = hookctl();
        cmd.args(["sign", "-p", case.provider(), "-o", "json"])
            .args(case.key_args(true))
            .args(["--data", case.v["body"].as_str().unwrap()]);
        if let Some(t) = case.v["timestamp"].as_i64() {
            cmd.args(["--timestamp", &t.to_string()]);
        }
        if let Some(id) = case.v["id"].as_str() {
            cmd.args(["--id", id]);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}: {}", case.provider(), stderr(&out));
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        for (k, want) in case.headers() {
            assert_eq!(
                json["headers"][&k],
                want.as_str(),
                "{} header {k}",
                case.provider()
            );
        }
        assert_eq!(json["provider"], case.provider());
    }
}

#[test]
fn verify_accepts_every_known_answer() {
    for v in vectors() {
        let case = Case::new(v);
        let out = case.verify(case.v["body"].as_str().unwrap(), &case.headers());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}{}",
            case.provider(),
            stdout(&out),
            stderr(&out)
        );
        assert!(stdout(&out).contains("valid signature"), "{}", stdout(&out));
    }
}

#[test]
fn one_flipped_byte_of_body_signature_or_timestamp_fails_with_mismatch() {
    for v in vectors() {
        let case = Case::new(v);
        let body = case.v["body"].as_str().unwrap();
        let headers = case.headers();
        if ["gitlab", "okta"].contains(&case.provider()) {
            continue; // static tokens do not depend on the body; the token flip is tested below
        }
        if ["monday", "plivo"].contains(&case.provider()) {
            continue; // signatures that do not cover the body (tests/cli/jwt.rs, tests/cli/plivo.rs)
        }
        let secret = case.v["secret"].as_str().unwrap_or_default();
        if !secret.is_empty() && headers.iter().any(|(_, v)| v.ends_with(secret)) {
            continue; // any other scheme whose header carries the secret itself
        }
        // Body: change one character.
        // Flip the last letter or digit, so JSON stays JSON. Mailgun signs only the token and
        // timestamp inside its body, so its token is what changes.
        let pos = body
            .char_indices()
            .rfind(|(_, c)| c.is_ascii_alphanumeric())
            .unwrap()
            .0;
        let tampered = if case.provider() == "mailgun" {
            body.replacen("\"token\":\"a", "\"token\":\"b", 1)
        } else {
            flip_char(body, body[..pos].chars().count())
        };
        let out = case.verify(&tampered, &headers);
        assert_eq!(out.status.code(), Some(1), "{} tampered body", case.provider());
        assert!(
            stdout(&out).contains("mismatch"),
            "{}: {}",
            case.provider(),
            stdout(&out)
        );

        // Signature: change one character near the end of the signature header's value.
        let sig_header = headers.iter().position(|(k, _)| {
            let k = k.to_ascii_lowercase();
            (k.contains("signature") && !k.contains("timestamp"))
                || k.contains("hmac")
                || k.contains("token")
                || k == "authorization"
        });
        if let Some(sig_header) = sig_header {
            let mut bad = headers.clone();
            let value = &bad[sig_header].1;
            bad[sig_header].1 = flip_char(value, value.len() - 5);
            let out = case.verify(body, &bad);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{} tampered signature",
                case.provider()
            );
            assert!(
                stdout(&out).contains("mismatch"),
                "{}: {}",
                case.provider(),
                stdout(&out)
            );
        }

        // Timestamp: one second later is a different signed string.
        if let Some(t) = case.v["timestamp"].as_i64() {
            let bumped: Vec<(String, String)> = headers
                .iter()
                .map(|(k, v)| (k.clone(), v.replace(&t.to_string(), &(t + 1).to_string())))
                .collect();
            if bumped == headers {
                continue; // the timestamp is in the body (Mailgun) or not numeric (Zendesk)
            }
            let out = case.verify(body, &bumped);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{} tampered timestamp",
                case.provider()
            );
            assert!(
                stdout(&out).contains("mismatch"),
                "{}: {}",
                case.provider(),
                stdout(&out)
            );
        }
    }
}

#[test]
fn auto_detects_every_provider_from_its_headers() {
    for v in vectors() {
        let case = Case::new(v);
        if ["okta", "mailgun"].contains(&case.provider()) {
            continue; // not auto-detected: a generic Authorization header; a signature in the body
        }
        // A named variant of another provider's scheme is detected as that provider
        // (`detected_as`), or not at all (`null`).
        let expected = match case.v.get("detected_as") {
            None => case.provider().to_string(),
            Some(Value::String(other)) => other.clone(),
            Some(_) => continue,
        };
        let mut cmd = hookctl();
        cmd.args(["verify", "-o", "json"])
            .args(case.key_args(false))
            .args(["--data", case.v["body"].as_str().unwrap(), "--now", &case.now()]);
        for (k, v) in case.headers() {
            cmd.args(["-H", &format!("{k}: {v}")]);
        }
        let out = cmd.output().unwrap();
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["provider"], expected.as_str(), "{}", case.provider());
        assert_eq!(json["valid"], true, "{}", stdout(&out));
    }
}

#[test]
fn noones_signs_the_canonical_form_and_verify_says_so() {
    // A raw body not in canonical form: Noones ("Setting Up Webhooks") signs JSON.stringify of it.
    // Confirmed with: printf %s CANONICAL | openssl dgst -sha256 -hmac example-api-secret-not-real
    let raw = r#"{"type": "trade.chat_message_received", "payload": {"id": "5e83710b8512b00ef6759316", "timestamp": 1585672459.250, "trade_hash": "zXDL8Rv7Jge", "text": "Paid via https:\/\/bank.example \u2713"}}"#;
    let canonical = "{\"type\":\"trade.chat_message_received\",\"payload\":{\"id\":\"5e83710b8512b00ef6759316\",\"timestamp\":1585672459.25,\"trade_hash\":\"zXDL8Rv7Jge\",\"text\":\"Paid via https://bank.example \u{2713}\"}}";
    let sig = "700185af5cb198d264f6b078439c9e36f2256ba7cab09d1932714fd3704ec096";
    let out = hookctl()
        .args(["sign", "-p", "noones", "-o", "json", "--data", raw])
        .env("HOOKCTL_NOONES_SECRET", "example-api-secret-not-real")
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["headers"]["X-Noones-Signature"], sig);
    assert_eq!(json["body"], canonical);
    assert_eq!(json["signed_bytes"], 178);

    let out = hookctl()
        .args(["verify", "-p", "noones", "--data", raw, "--signature", sig])
        .env("HOOKCTL_NOONES_SECRET", "example-api-secret-not-real")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("canonical form"), "{}", stdout(&out));

    // The HMAC of the raw bytes is not what Noones computes, but it is what a naive sender makes.
    let out = hookctl()
        .args(["verify", "-p", "noones", "--data", raw, "--signature"])
        .arg("a8213180c78f358b8c36063eb152f21e130f8a313b75408ff412672e4e95a6ae")
        .env("HOOKCTL_NOONES_SECRET", "example-api-secret-not-real")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "raw-body HMAC is accepted first: {}",
        stdout(&out)
    );
}

#[test]
fn stripe_accepts_a_header_with_two_v1_values_when_one_matches() {
    let case = Case::new(vector("stripe"));
    let header = case.headers().remove(0).1;
    let (t, good) = header.split_once(",v1=").unwrap();
    let bad = flip_char(good, 3);
    for value in [
        format!("{t},v1={bad},v1={good}"),
        format!("{t},v1={good},v1={bad},v0=ignored"),
    ] {
        let out = case.verify(
            case.v["body"].as_str().unwrap(),
            &[("Stripe-Signature".into(), value)],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    }
    let only_bad = format!("{t},v1={bad},v1={bad}");
    let out = case.verify(
        case.v["body"].as_str().unwrap(),
        &[("Stripe-Signature".into(), only_bad)],
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn standard_webhooks_accepts_a_space_separated_list() {
    let case = Case::new(vector("standard"));
    let mut headers = case.headers();
    let sig = headers
        .iter()
        .find(|(k, _)| k == "webhook-signature")
        .unwrap()
        .1
        .clone();
    let other = flip_char(&sig, 10);
    for (k, v) in headers.iter_mut() {
        if k == "webhook-signature" {
            *v = format!("v1a,c29tZXRoaW5n {other} {sig}");
        }
    }
    let out = case.verify(case.v["body"].as_str().unwrap(), &headers);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn malformed_signature_headers_say_so() {
    let cases = [
        ("stripe", "Stripe-Signature", "garbage"),
        ("stripe", "Stripe-Signature", "t=1700000000"),
        ("standard", "webhook-signature", "v1,"),
        (
            "github",
            "X-Hub-Signature-256",
            "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
        ),
        ("novatrade24", "X-Novatrade-Signature", "t=notanumber,v1=abcd"),
        ("noko", "X-Noko-Signature", "not-hex-at-all"),
    ];
    for (provider, header, value) in cases {
        let case = Case::new(vector(provider));
        let mut headers: Vec<(String, String)> =
            case.headers().into_iter().filter(|(k, _)| k != header).collect();
        headers.push((header.to_string(), value.to_string()));
        let out = case.verify(case.v["body"].as_str().unwrap(), &headers);
        assert_eq!(out.status.code(), Some(1), "{provider} {value}");
        assert!(
            stdout(&out).contains("malformed signature header"),
            "{provider} {value}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn missing_signature_header_is_reported() {
    let case = Case::new(vector("noko"));
    let out = case.verify(
        case.v["body"].as_str().unwrap(),
        &[("X-Other".into(), "1".into())],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("missing signature"), "{}", stdout(&out));
}

/// Verify a timestamped vector as if the time were `now`.
fn verify_at(provider: &str, now: i64, tolerance: Option<&str>) -> std::process::Output {
    let case = Case::new(vector(provider));
    let mut cmd = hookctl();
    cmd.args(["verify", "-p", provider, "-o", "json"])
        .args(case.key_args(false))
        .args([
            "--data",
            case.v["body"].as_str().unwrap(),
            "--now",
            &now.to_string(),
        ]);
    if let Some(t) = tolerance {
        cmd.args(["--tolerance", t]);
    }
    for (k, v) in case.headers() {
        cmd.args(["-H", &format!("{k}: {v}")]);
    }
    cmd.output().unwrap()
}

#[test]
fn stale_and_future_timestamps_follow_each_providers_direction() {
    // Providers that reject only old timestamps; all others reject future ones too.
    let past_only = [
        "stripe", "hubspot", "paddle", "webflow", "calendly", "mux", "zendesk",
    ];
    let both = [
        "novatrade24",
        "standard",
        "slack",
        "zoom",
        "svix",
        "discord",
        "standard-v1a",
        "sendgrid",
    ];
    for provider in past_only.iter().chain(&both).copied() {
        let t = vector(provider)["timestamp"].as_i64().unwrap();
        let reason = |out: &std::process::Output| {
            let json: Value = serde_json::from_slice(&out.stdout).unwrap();
            json["reason"].as_str().map(str::to_string)
        };
        let old = verify_at(provider, t + 301, None);
        assert_eq!(old.status.code(), Some(1), "{provider} old");
        assert_eq!(reason(&old).as_deref(), Some("stale timestamp"));
        assert_eq!(
            verify_at(provider, t + 300, None).status.code(),
            Some(0),
            "{provider} at the edge"
        );
        assert_eq!(
            verify_at(provider, t + 301, Some("10m")).status.code(),
            Some(0),
            "{provider} --tolerance"
        );

        let future = verify_at(provider, t - 301, None);
        if past_only.contains(&provider) {
            assert_eq!(future.status.code(), Some(0), "stripe future");
        } else {
            assert_eq!(future.status.code(), Some(1), "{provider} future");
            assert_eq!(reason(&future).as_deref(), Some("stale timestamp"));
        }
    }
}

#[test]
fn every_vector_with_a_window_rejects_stale_timestamps_in_its_direction() {
    // Vectors that say which clock skew their provider rejects ("window"): one second past the
    // provider's window ("tolerance", else the default) is stale, the edge is not, and a future timestamp fails only for "both".
    let reason = |out: &std::process::Output| {
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        json["reason"].as_str().map(str::to_string)
    };
    let mut seen = 0;
    for v in vectors() {
        let Some(window) = v["window"].as_str() else {
            continue;
        };
        seen += 1;
        let provider = v["provider"].as_str().unwrap();
        let t = v["timestamp"]
            .as_i64()
            .expect("a windowed vector has a timestamp");
        // The provider's own window where it has one (Linear: 60 s), else the default 300 s.
        let edge = v["tolerance"].as_i64().unwrap_or(300);
        let old = verify_at(provider, t + edge + 1, None);
        assert_eq!(old.status.code(), Some(1), "{provider} old");
        assert_eq!(reason(&old).as_deref(), Some("stale timestamp"), "{provider}");
        assert_eq!(
            verify_at(provider, t + edge, None).status.code(),
            Some(0),
            "{provider} at the edge"
        );
        let future = verify_at(provider, t - edge - 1, None);
        match window {
            "past_only" => assert_eq!(future.status.code(), Some(0), "{provider} future"),
            "both" => {
                assert_eq!(future.status.code(), Some(1), "{provider} future");
                assert_eq!(reason(&future).as_deref(), Some("stale timestamp"), "{provider}");
            }
            other => panic!("{provider}: window `{other}` is not both or past_only"),
        }
    }
    assert!(seen > 0, "no vector says its window");
}

#[test]
fn sign_output_modes() {
    let dir = tempfile::tempdir().unwrap();
    let body = temp_file(&dir, "body.json", br#"{"type":"invoice.paid"}"#);
    let run = |mode: &str| {
        let out = hookctl()
            .args([
                "sign", "-p", "github", "--event", "invoice", "--id", "d-1", "-o", mode, "--file",
            ])
            .arg(&body)
            .env("HOOKCTL_SECRET", "s3cr3t-value")
            .output()
            .unwrap();
        assert!(out.status.success(), "{mode}: {}", stderr(&out));
        stdout(&out)
    };
    let expected = "sha256=35f4e984da9ab0e0d4381396ba5e955122ec772f70edc6e73f72349e93873e97";
    // printf %s '{"type":"invoice.paid"}' | openssl dgst -sha256 -hmac s3cr3t-value
    let headers = run("headers");
    assert!(
        headers.contains(&format!("X-Hub-Signature-256: {expected}\n")),
        "{headers}"
    );
    assert!(headers.contains("X-GitHub-Event: invoice\n"));
    assert!(headers.contains("X-GitHub-Delivery: d-1\n"));
    assert_eq!(
        run("value"),
        format!("{}\n", expected.trim_start_matches("sha256="))
    );
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(json["signed_bytes"], 23);
    let curl = run("curl");
    assert!(curl.starts_with("curl "), "{curl}");
    assert!(
        curl.contains(&format!("'X-Hub-Signature-256: {expected}'")),
        "{curl}"
    );
    assert!(
        curl.contains(&format!("--data-binary @{}", body.display())),
        "{curl}"
    );
}

#[test]
fn payload_from_stdin_and_dash_file_match_data() {
    let body = r#"{"a":1}"#;
    let sign = |args: &[&str], stdin: Option<&str>| {
        let mut cmd = hookctl();
        cmd.args(["sign", "-p", "shopify", "-o", "value"])
            .args(args)
            .env("HOOKCTL_SECRET", "k");
        if let Some(s) = stdin {
            cmd.write_stdin(s);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let from_data = sign(&["--data", body], None);
    assert_eq!(sign(&[], Some(body)), from_data);
    assert_eq!(sign(&["--file", "-"], Some(body)), from_data);
}

#[test]
fn a_long_stdin_is_streamed_and_signs_like_the_same_file() {
    // Past the 4 MiB kept in memory, stdin is streamed in one pass.
    let dir = tempfile::tempdir().unwrap();
    let body: Vec<u8> = (0..6 * 1024 * 1024 + 17)
        .map(|i: u32| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let file = temp_file(&dir, "big.bin", &body);
    let sign = |provider: &str, from_stdin: bool, output: &str| {
        let mut cmd = hookctl();
        cmd.args([
            "sign",
            "-p",
            provider,
            "-o",
            output,
            "--timestamp",
            "1700000000",
            "--id",
            "msg_1",
        ])
        .env("HOOKCTL_SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        if from_stdin {
            cmd.write_stdin(body.clone());
        } else {
            cmd.arg("--file").arg(&file);
        }
        cmd.output().unwrap()
    };
    for provider in ["noko", "standard"] {
        let (piped, filed) = (sign(provider, true, "value"), sign(provider, false, "value"));
        assert!(piped.status.success(), "{provider}: {}", stderr(&piped));
        assert_eq!(stdout(&piped), stdout(&filed), "{provider}");
    }
    // curl output would need the body a second time: say how to get it.
    let curl = sign("noko", true, "curl");
    assert_eq!(curl.status.code(), Some(2));
    assert!(stderr(&curl).contains("--file"), "{}", stderr(&curl));
}

#[test]
fn generic_scheme_from_flags() {
    // printf %s '1700000000.{"x":1}' | openssl dgst -sha1 -hmac k -binary | base64
    let generic = |command: &str, extra: &[&str]| {
        hookctl()
            .args([
                command,
                "-p",
                "generic",
                "--header",
                "X-Sig",
                "--algorithm",
                "sha1",
            ])
            .args([
                "--encoding",
                "base64",
                "--prefix",
                "sha1=",
                "--template",
                "{timestamp}.{body}",
            ])
            .args(["--timestamp", "1700000000", "--data", r#"{"x":1}"#])
            .args(extra)
            .env("HOOKCTL_SECRET", "k")
            .output()
            .unwrap()
    };
    let expected = openssl_b64("sha1", "k", r#"1700000000.{"x":1}"#);
    assert_eq!(stdout(&generic("sign", &[])), format!("X-Sig: sha1={expected}\n"));
    let out = generic("verify", &["--signature", &format!("sha1={expected}")]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
}

/// An independent answer computed by openssl (part of the machine image, like in CI).
fn openssl_b64(alg: &str, key: &str, data: &str) -> String {
    let run = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "printf %s \"$D\" | openssl dgst -{alg} -hmac \"$K\" -binary | openssl base64 -A"
        ))
        .env("D", data)
        .env("K", key)
        .output();
    match run {
        Ok(o) if o.status.success() => String::from_utf8(o.stdout).unwrap(),
        _ => panic!("openssl is needed for this test"),
    }
}

#[test]
fn verify_reads_a_raw_http_request_file() {
    let case = Case::new(vector("novatrade24"));
    let body = case.v["body"].as_str().unwrap();
    let mut raw =
        String::from("POST /hooks HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json\r\n");
    for (k, v) in case.headers() {
        raw.push_str(&format!("{k}: {v}\r\n"));
    }
    raw.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    let file = temp_file(&case.dir, "req.http", raw.as_bytes());
    let out = hookctl()
        .args([
            "verify",
            "--secret-file",
            &case.secret_file(),
            "--now",
            &case.now(),
            "--request",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("(novatrade24)"));
}

#[test]
fn bad_input_gives_a_clear_error_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(Vec<&str>, Option<&str>, &str, &str)> = vec![
        (
            vec!["sign", "-p", "strpe", "--data", "{}"],
            None,
            "unknown provider `strpe`",
            "did you mean `stripe`",
        ),
        (
            vec!["sign", "-p", "noko", "--data", "{}"],
            None,
            "no secret for noko",
            "HOOKCTL_NOKO_SECRET",
        ),
        (
            vec!["sign", "-p", "noko", "--file", "/nonexistent/body.json"],
            Some("k"),
            "cannot read payload file",
            "",
        ),
        (
            vec!["sign", "-p", "noones", "--data", "{\"a\":"],
            Some("k"),
            "payload is not valid JSON",
            "jq",
        ),
        (
            vec!["sign", "-p", "noko"],
            Some("k"),
            "the payload is empty",
            "--data",
        ),
        (
            vec!["events", "-p", "noko", "entry.craeted"],
            None,
            "unknown noko event",
            "did you mean `entry.created`",
        ),
        (
            vec!["verify", "--data", "{}"],
            Some("k"),
            "nothing to verify",
            "-H",
        ),
        (
            vec!["verify", "-p", "noko", "-H", "no colon here", "--data", "{}"],
            Some("k"),
            "is not `Name: value`",
            "",
        ),
    ];
    for (args, secret, message, hint) in cases {
        let mut cmd = hookctl();
        cmd.args(&args).current_dir(dir.path()).write_stdin("");
        if let Some(s) = secret {
            cmd.env("HOOKCTL_SECRET", s);
        }
        let out = cmd.output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(err.contains(hint), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn missing_secret_hint_lists_every_source() {
    let out = hookctl()
        .args(["sign", "-p", "noones", "--data", "{}"])
        .output()
        .unwrap();
    let err = stderr(&out);
    for source in [
        "--secret-file",
        "--secret-env",
        "--secret ",
        "HOOKCTL_SECRET",
        "HOOKCTL_NOONES_SECRET",
        "config set",
    ] {
        assert!(err.contains(source), "hint lacks {source}: {err}");
    }
}

#[test]
fn secret_flag_warns_and_no_secret_is_ever_printed() {
    let secret = "whsec_Zm9vYmFyYmF6cXV4cXV1eA==";
    let runs: Vec<Vec<&str>> = vec![
        vec!["sign", "-p", "standard", "--secret", secret, "--data", "{}", "-v"],
        vec![
            "sign", "-p", "stripe", "--secret", secret, "--data", "{}", "-o", "json",
        ],
        vec![
            "sign", "-p", "stripe", "--secret", secret, "--data", "{}", "-o", "curl",
        ],
        vec![
            "verify",
            "-p",
            "stripe",
            "--secret",
            secret,
            "--data",
            "{}",
            "--signature",
            "t=1,v1=00",
        ],
        vec![
            "verify",
            "-p",
            "standard",
            "--secret",
            secret,
            "--data",
            "{}",
            "-o",
            "json",
            "--signature",
            "v1,AA==",
        ],
    ];
    for args in runs {
        let out = hookctl().args(&args).output().unwrap();
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(
            !all.contains(secret) && !all.contains("Zm9vYmFy"),
            "{args:?} leaked the secret: {all}"
        );
        assert!(
            stderr(&out).contains("visible in shell history"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn colour_follows_flags_and_no_color() {
    let run = |args: &[&str], env: Option<(&str, &str)>| {
        let mut cmd = hookctl();
        cmd.args(args)
            .args(["verify", "-p", "noko", "--data", "{}", "--signature", "00"]);
        cmd.env("HOOKCTL_SECRET", "k");
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        stdout(&cmd.output().unwrap())
    };
    assert!(run(&["--color", "always"], None).contains('\u{1b}'));
    assert!(!run(&["--color", "never"], None).contains('\u{1b}'));
    assert!(!run(&[], None).contains('\u{1b}'), "not a terminal: no colour");
    assert!(run(&[], Some(("CLICOLOR_FORCE", "1"))).contains('\u{1b}'));
    assert!(!run(&[], Some(("NO_COLOR", "1"))).contains('\u{1b}'));
}

#[test]
fn quiet_suppresses_status_lines() {
    let raw = r#"{"a": 1}"#;
    let out = hookctl()
        .args(["sign", "-q", "-p", "noones", "--data", raw])
        .env("HOOKCTL_SECRET", "k")
        .output()
        .unwrap();
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let out = hookctl()
        .args(["sign", "-p", "noones", "--data", raw])
        .env("HOOKCTL_SECRET", "k")
        .output()
        .unwrap();
    assert!(stderr(&out).contains("re-serialized"), "{}", stderr(&out));
}

#[test]
fn the_changed_body_note_names_the_provider_and_only_appears_when_the_body_changed() {
    let note = |provider: &str, data: &str| {
        let out = hookctl()
            .args(["sign", "-p", provider, "--data", data])
            .env("HOOKCTL_SECRET", "k")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
    };
    // Mailgun puts its signature inside the body: the note says so and names Mailgun.
    let mailgun = note("mailgun", r#"{"event-data":{"event":"delivered"}}"#);
    assert!(mailgun.contains("Mailgun"), "{mailgun}");
    assert!(mailgun.contains("`signature`"), "{mailgun}");
    assert!(
        !mailgun.contains("Noones") && !mailgun.contains("re-serialized"),
        "{mailgun}"
    );
    // Noones re-serializes a pretty body, but leaves one already in its form alone.
    assert!(note("noones", r#"{"a": 1}"#).contains("re-serialized to the form Noones signs"));
    assert!(note("noones", r#"{"a":1}"#).is_empty());
}

/// Twilio's JSON deliveries, as twilio-node's `validateRequestWithBody` checks them: the URL
/// carries bodySHA256 and is signed alone (the vector in vectors/signatures.json).
const TWILIO_JSON: &str = r#"{"property": "value", "boolean": true}"#;
const TWILIO_URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
const TWILIO_HASH: &str = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
const TWILIO_SIG: &str = "a9nBmqA0ju/hNViExpshrM61xv4=";

fn twilio_verify(body: &str, url: &str, extra: &[&str]) -> std::process::Output {
    hookctl()
        .args(["verify", "-p", "twilio", "--data", body, "--url", url])
        .args(["-H", &format!("X-Twilio-Signature: {TWILIO_SIG}")])
        .args(extra)
        .env("HOOKCTL_SECRET", "12345")
        .output()
        .unwrap()
}

#[test]
fn twilio_json_deliveries_sign_the_url_alone_and_check_the_body_hash() {
    let hashed = format!("{TWILIO_URL}&bodySHA256={TWILIO_HASH}");
    let ok = twilio_verify(TWILIO_JSON, &hashed, &[]);
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    // Another body under the same URL and signature: the hash in the URL gives it away.
    let other = twilio_verify(
        r#"{"property": "other", "boolean": true}"#,
        &hashed,
        &["-o", "json"],
    );
    assert_eq!(other.status.code(), Some(1));
    assert!(
        stdout(&other).contains("bodySHA256 in the URL is not the SHA-256 of the body"),
        "{}",
        stdout(&other)
    );

    // sign puts the hash in the URL, signs it alone and says where to post.
    let out = hookctl()
        .args(["sign", "-p", "twilio", "--url", TWILIO_URL, "--data", TWILIO_JSON])
        .env("HOOKCTL_SECRET", "12345")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("X-Twilio-Signature: {TWILIO_SIG}")),
        "{}",
        stdout(&out)
    );
    assert!(stderr(&out).contains(&hashed), "{}", stderr(&out));
    let out = hookctl()
        .args([
            "sign",
            "-p",
            "twilio",
            "-o",
            "json",
            "--url",
            &hashed,
            "--data",
            TWILIO_JSON,
        ])
        .env("HOOKCTL_SECRET", "12345")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["signature"], TWILIO_SIG);
    assert_eq!(v["url"], hashed.as_str());
    // A form body still signs URL and sorted fields, with no hash added.
    let out = hookctl()
        .args([
            "sign",
            "-p",
            "twilio",
            "-o",
            "json",
            "--url",
            TWILIO_URL,
            "--data",
            "To=%2B1&Body=hi",
        ])
        .env("HOOKCTL_SECRET", "12345")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.get("url").is_none(), "{v}");
}

#[test]
fn twilio_json_explain_points_at_the_body_hash_in_the_url() {
    // Without bodySHA256 in --url, --explain says the URL Twilio requested is what is signed.
    let out = twilio_verify(TWILIO_JSON, TWILIO_URL, &["--explain"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("without bodySHA256 in the URL"), "{text}");
    let hashed = format!("{TWILIO_URL}&bodySHA256={TWILIO_HASH}");
    let out = twilio_verify(TWILIO_JSON, &hashed, &["--explain"]);
    let text = stdout(&out);
    assert!(text.contains("the URL alone is signed"), "{text}");
    assert!(
        text.contains(&format!("\"{hashed}\"")),
        "the signed string is the URL: {text}"
    );
    assert!(text.contains("signature matches"), "{text}");
    let out = twilio_verify(r#"{"property": 1}"#, &hashed, &["--explain"]);
    assert!(
        stdout(&out).contains("the body is not the one whose SHA-256"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn listen_verifies_a_twilio_json_delivery_by_the_hash_in_its_url() {
    use crate::support::listen::{request, Listener};
    let l = Listener::start(&["-p", "twilio"], &[("HOOKCTL_SECRET", "tw-token")]);
    let body = r#"{"x":1}"#;
    let out = hookctl()
        .args(["sign", "-p", "twilio", "-o", "json", "--data", body, "--url"])
        .arg(format!("http://127.0.0.1:{}/?a=1", l.port))
        .env("HOOKCTL_SECRET", "tw-token")
        .output()
        .unwrap();
    let signed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let url = signed["url"].as_str().expect("the URL with bodySHA256");
    let path = &url[url.find("/?").unwrap()..];
    let sig = signed["signature"].as_str().unwrap();
    let headers = [("X-Twilio-Signature", sig), ("Content-Type", "application/json")];
    let ok = request(l.port, "POST", path, &headers, body.as_bytes());
    assert_eq!(ok.status, 200, "{}", ok.text());
    assert_eq!(l.next_event()["signature"], "valid");
    let bad = request(l.port, "POST", path, &headers, br#"{"x":2}"#);
    assert_eq!(bad.status, 401);
    let ev = l.next_event();
    assert!(ev["reason"].as_str().unwrap().contains("bodySHA256"), "{ev}");
}
