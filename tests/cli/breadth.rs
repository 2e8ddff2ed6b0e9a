//! Provider breadth: user-defined schemes, selftest, verify --explain, asymmetric schemes.

use serde_json::Value;

use crate::support::{hookctl, stderr, stdout, temp_file};

fn config(dir: &tempfile::TempDir, text: &str) -> String {
    temp_file(dir, "config.toml", text.as_bytes())
        .display()
        .to_string()
}

#[test]
fn a_user_defined_scheme_signs_and_verifies_like_a_builtin() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(
        &dir,
        r#"
[schemes.acme]
name = "Acme Corp"
signature_header = "X-Acme-Signature"
format = { kind = "key_value", timestamp_key = "ts", signature_key = "sig", separator = ";" }
template = "{timestamp}|{body}"
algorithm = "sha512"
encoding = "base64"
headers = { "X-Acme-Event" = "{event_type}" }
event_type_paths = ["kind"]

[providers.acme]
secret = "acme-secret"
"#,
    );
    let body = r#"{"kind":"widget.made"}"#;
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args([
            "sign",
            "-p",
            "acme",
            "--timestamp",
            "1700000000",
            "-o",
            "json",
            "--data",
            body,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    // printf %s '1700000000|{"kind":"widget.made"}' | openssl dgst -sha512 -hmac acme-secret -binary | base64
    let expected = openssl_b64("sha512", "acme-secret", &format!("1700000000|{body}"));
    assert_eq!(
        json["headers"]["X-Acme-Signature"],
        format!("ts=1700000000;sig={expected}")
    );
    assert_eq!(json["headers"]["X-Acme-Event"], "widget.made");

    let verify = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args(["verify", "-p", "acme", "--now", "1700000100", "--data", body])
        .args(["-H", &format!("X-Acme-Signature: ts=1700000000;sig={expected}")])
        .output()
        .unwrap();
    assert_eq!(
        verify.status.code(),
        Some(0),
        "{}{}",
        stdout(&verify),
        stderr(&verify)
    );
}

#[test]
fn a_malformed_user_scheme_names_the_field() {
    let dir = tempfile::tempdir().unwrap();
    for (text, needle) in [
        (
            "[schemes.bad]\nsignature_header = \"X\"\nalgorithm = \"sha3\"\n",
            "sha3",
        ),
        (
            "[schemes.bad]\nsignature_header = \"X\"\nsignture = 1\n",
            "signture",
        ),
        (
            "[schemes.bad]\nsignature_header = \"X\"\ntemplate = \"{timestamp}\"\n",
            "template",
        ),
        ("[schemes.bad]\ntemplate = \"{body}\"\n", "signature_header"),
        ("[schemes.stripe]\nsignature_header = \"X\"\n", "built-in"),
    ] {
        let cfg = config(&dir, text);
        let out = hookctl()
            .env("HOOKCTL_CONFIG", &cfg)
            .env("HOOKCTL_SECRET", "k")
            .args(["sign", "-p", "bad", "--data", "{}"])
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{text}: {err}");
        assert!(err.contains(needle), "{text}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn selftest_passes_every_vector() {
    let out = hookctl().args(["selftest", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["failed"], 0);
    let vectors = json["vectors"].as_array().unwrap();
    assert!(vectors.len() >= 30, "{} vectors", vectors.len());
    assert!(vectors
        .iter()
        .all(|v| v["verify"] == true && v["tampered_rejected"] == true));
    assert!(json["canonical_json"]["total"].as_u64().unwrap() >= 40);
    let pretty = hookctl().arg("selftest").output().unwrap();
    assert!(stdout(&pretty).contains("0 failed"), "{}", stdout(&pretty));
}

#[test]
fn providers_lists_at_least_thirty_schemes() {
    let out = hookctl().args(["providers", "-o", "json"]).output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() >= 30, "{ids:?}");
    assert!(ids.len() >= 106, "{} providers", ids.len());
    for id in [
        "twilio",
        "square",
        "hubspot",
        "zoom",
        "meta",
        "discord",
        "sendgrid",
        "mailgun",
        "gitlab",
        "svix",
        // The schemes in code (providers/*.rs, `code_providers!`).
        "sns",
        "paypal",
        "vonage",
        "netlify",
        "monday",
        "adyen",
        "hygraph",
        "braintree",
        "contentful",
        "plivo",
    ] {
        assert!(ids.contains(&id), "{id} missing");
        let events = hookctl()
            .args(["events", "-p", id, "-o", "json"])
            .output()
            .unwrap();
        let list: Value = serde_json::from_slice(&events.stdout).unwrap();
        assert!(!list.as_array().unwrap().is_empty(), "{id} has no sample events");
    }
}

fn explain(provider: &str, secret: &str, body: &str, header: &str, extra: &[&str]) -> String {
    let out = hookctl()
        .env("HOOKCTL_SECRET", secret)
        .args([
            "verify",
            "-p",
            provider,
            "--explain",
            "--data",
            body,
            "-H",
            header,
        ])
        .args(extra)
        .output()
        .unwrap();
    stdout(&out)
}

fn openssl_hex(alg: &str, key: &str, data: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "printf %s \"$D\" | openssl dgst -{alg} -hmac \"$K\" -r | cut -d' ' -f1"
        ))
        .env("D", data)
        .env("K", key)
        .output()
        .expect("openssl runs");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn openssl_b64(alg: &str, key: &str, data: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "printf %s \"$D\" | openssl dgst -{alg} -hmac \"$K\" -binary | openssl base64 -A"
        ))
        .env("D", data)
        .env("K", key)
        .output()
        .expect("openssl runs");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn explain_names_each_common_mismatch_cause() {
    let compact = r#"{"a":1,"b":[1,2]}"#;
    let sig = openssl_hex("sha256", "k", compact);
    // Pretty-printed body, signature over the compact form.
    let pretty = "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ]\n}";
    let text = explain("noko", "k", pretty, &format!("X-Noko-Signature: {sig}"), &[]);
    assert!(text.contains("re-serialized"), "{text}");
    assert!(text.contains("signed string:"), "{text}");
    assert!(
        !text.contains("expected:"),
        "the expected signature is hidden without --show-expected"
    );
    // Trailing newline added by echo.
    let text = explain(
        "noko",
        "k",
        &format!("{compact}\n"),
        &format!("X-Noko-Signature: {sig}"),
        &[],
    );
    assert!(text.contains("trailing newline"), "{text}");
    // CRLF.
    let lf = "line one\nline two";
    let sig_lf = openssl_hex("sha256", "k", lf);
    let text = explain(
        "noko",
        "k",
        "line one\r\nline two",
        &format!("X-Noko-Signature: {sig_lf}"),
        &[],
    );
    assert!(text.contains("CRLF"), "{text}");
    // A whsec_ secret used the Standard Webhooks way for Stripe (which keys with the whole string).
    let secret = "whsec_aGVsbG8td29ybGQ=";
    let signed = format!("1700000000.{compact}");
    let decoded_key_sig = {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg("printf %s \"$D\" | openssl dgst -sha256 -mac HMAC -macopt key:hello-world -r | cut -d' ' -f1")
            .env("D", &signed)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let text = explain(
        "stripe",
        secret,
        compact,
        &format!("Stripe-Signature: t=1700000000,v1={decoded_key_sig}"),
        &["--now", "1700000000"],
    );
    assert!(text.contains("wrong secret encoding"), "{text}");
    // URL mismatch for a URL-signing scheme (Square signs URL + body).
    let url = "https://example.com/hooks";
    let sig = openssl_b64("sha256", "k", &format!("http://example.com/hooks{compact}"));
    let text = explain(
        "square",
        "k",
        compact,
        &format!("x-square-hmacsha256-signature: {sig}"),
        &["--url", url],
    );
    assert!(text.contains("URL mismatch"), "{text}");
    assert!(text.contains("http://example.com/hooks"), "{text}");
    // --show-expected reveals it on request.
    let sig = openssl_hex("sha256", "k", compact);
    let text = explain("noko", "k", compact, "X-Noko-Signature: 00", &["--show-expected"]);
    assert!(text.contains(&format!("expected: {sig}")), "{text}");
}

#[test]
fn twilio_signature_verifies_with_or_without_the_default_port() {
    // Twilio's documented example (auth token 12345), signed over the URL without a port.
    let body =
        "CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212";
    for url in [
        "https://mycompany.com/myapp.php?foo=1&bar=2",
        "https://mycompany.com:443/myapp.php?foo=1&bar=2",
    ] {
        let out = hookctl()
            .env("HOOKCTL_SECRET", "12345")
            .args(["verify", "-p", "twilio", "--url", url, "--data", body])
            .args(["-H", "X-Twilio-Signature: 0/KCTR6DLpKmkAf8muzZqo1nDgQ="])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{url}: {}", stdout(&out));
    }
}

#[test]
fn sendgrid_ecdsa_round_trip_with_keygen_p256() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("sg.pem");
    let out = hookctl()
        .args(["keygen", "p256", "-o", "json", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let public = serde_json::from_slice::<Value>(&out.stdout).unwrap()["public_key"]
        .as_str()
        .unwrap()
        .to_string();
    let body = r#"[{"event":"delivered","sg_event_id":"abc"}]"#;
    let out = hookctl()
        .args([
            "sign",
            "-p",
            "sendgrid",
            "--timestamp",
            "1700000000",
            "-o",
            "json",
            "--data",
            body,
            "--private-key",
        ])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let headers = serde_json::from_slice::<Value>(&out.stdout).unwrap()["headers"].clone();
    let verify = |body: &str| {
        let mut cmd = hookctl();
        cmd.args([
            "verify",
            "--public-key",
            &public,
            "--now",
            "1700000000",
            "--data",
            body,
        ]);
        for (k, v) in headers.as_object().unwrap() {
            cmd.args(["-H", &format!("{k}: {}", v.as_str().unwrap())]);
        }
        cmd.output().unwrap()
    };
    let ok = verify(body);
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    assert!(stdout(&ok).contains("(sendgrid)"));
    assert_eq!(verify(&body.replace("abc", "abd")).status.code(), Some(1));
    // openssl verifies the same signature (DER, base64) over timestamp+body.
    let sig = headers["X-Twilio-Email-Event-Webhook-Signature"]
        .as_str()
        .unwrap();
    let check = std::process::Command::new("sh")
        .arg("-c")
        .arg("openssl pkey -in \"$K\" -pubout -out \"$P\" && printf %s \"$S\" | openssl base64 -d -A > \"$G\" && printf %s \"1700000000$B\" | openssl dgst -sha256 -verify \"$P\" -signature \"$G\"")
        .env("K", &key)
        .env("P", dir.path().join("pub.pem"))
        .env("G", dir.path().join("sig.der"))
        .env("S", sig)
        .env("B", body)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("Verified OK"),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn mailgun_signs_inside_the_body_and_verifies_it() {
    let body = r#"{"event-data":{"event":"delivered","id":"x1"}}"#;
    let out = hookctl()
        .env("HOOKCTL_SECRET", "mg-key")
        .args([
            "sign",
            "-p",
            "mailgun",
            "--timestamp",
            "1700000000",
            "--id",
            "tok123",
            "-o",
            "json",
            "--data",
            body,
        ])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent = json["body"].as_str().unwrap().to_string();
    let sig = serde_json::from_str::<Value>(&sent).unwrap()["signature"]["signature"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(sig, openssl_hex("sha256", "mg-key", "1700000000tok123"));
    let verify = |b: &str| {
        hookctl()
            .env("HOOKCTL_SECRET", "mg-key")
            .args(["verify", "-p", "mailgun", "--now", "1700000000", "--data", b])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(verify(&sent), Some(0));
    assert_eq!(verify(&sent.replace("tok123", "tok124")), Some(1));
    assert_eq!(verify(body), Some(1));
}

#[test]
fn send_test_posts_a_form_encoded_twilio_delivery_signed_over_url_and_params() {
    use crate::support::send::{Receiver, Resp};
    use hmac::Mac;
    let receiver = Receiver::start(|_, _| Resp::status(200));
    let out = hookctl()
        .env("HOOKCTL_SECRET", "twilio-auth-token")
        .args(["send-test", &receiver.url, "-p", "twilio", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let req = receiver.requests().remove(0);
    assert_eq!(
        req.header("Content-Type"),
        Some("application/x-www-form-urlencoded")
    );
    // Twilio's documented algorithm, written here independently: URL, then every POST field
    // sorted by name as name+value, HMAC-SHA1 keyed with the auth token, base64.
    let mut fields: Vec<(String, String)> = form_urlencoded::parse(&req.body).into_owned().collect();
    assert!(
        fields.iter().any(|(k, _)| k == "MessageSid"),
        "sample fields are sent"
    );
    fields.sort();
    let mut signed = receiver.url.clone();
    for (k, v) in fields {
        signed.push_str(&k);
        signed.push_str(&v);
    }
    let mut mac = hmac::Hmac::<sha1::Sha1>::new_from_slice(b"twilio-auth-token").unwrap();
    mac.update(signed.as_bytes());
    use base64::Engine;
    let expected = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    assert_eq!(req.header("X-Twilio-Signature"), Some(expected.as_str()));
}

/// Twilio's JSON deliveries (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
/// the URL Twilio posts to carries `bodySHA256=<hex SHA-256 of the body>`, and that URL alone
/// is signed. A receiver validating as Twilio's SDKs do reads the hash from the request URL, so
/// send-test must post to the URL it signed: one event, a load run (its own HTTP transport),
/// and a receiver behind the registered URL (`--url`).
#[test]
fn send_test_posts_a_twilio_json_delivery_to_the_url_it_signed() {
    use crate::support::send::{Receiver, Resp};
    use hmac::Mac;
    use sha2::Digest;
    let receiver = Receiver::start(|_, _| Resp::status(200));
    let origin = receiver.url.trim_end_matches("/hooks").to_string();
    let body = r#"{"MessageSid":"SM123","MessageStatus":"delivered"}"#;
    let runs: [(&[&str], Option<&str>); 3] = [
        (&[], None),
        (&["--count", "3", "--concurrency", "1"], None),
        (
            &["--url", "https://hooks.example.com/twilio?site=1"],
            Some("https://hooks.example.com/twilio"),
        ),
    ];
    for (extra, registered) in runs {
        let before = receiver.requests().len();
        let out = hookctl()
            .env("HOOKCTL_SECRET", "twilio-auth-token")
            .args(["send-test", &format!("{}?site=1", receiver.url), "-p", "twilio"])
            .args(["--data", body, "-q"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{extra:?}: {}", stderr(&out));
        let reqs = receiver.requests();
        assert!(reqs.len() > before, "{extra:?}: nothing was posted");
        for req in &reqs[before..] {
            assert_eq!(req.body, body.as_bytes());
            assert_eq!(req.header("Content-Type"), Some("application/json"));
            // The request line: path and query as the receiver got them.
            let (path, query) = req.url.split_once('?').expect("a query");
            assert_eq!(path, "/hooks");
            let fields: Vec<(String, String)> =
                form_urlencoded::parse(query.as_bytes()).into_owned().collect();
            let hash = hex::encode(sha2::Sha256::digest(&req.body));
            assert_eq!(
                fields,
                [
                    ("site".to_string(), "1".to_string()),
                    ("bodySHA256".to_string(), hash)
                ],
                "{extra:?}: {}",
                req.url
            );
            // As Twilio's RequestValidator checks it: HMAC-SHA1 of the URL the provider
            // posted to, its query included, keyed with the auth token, base64.
            let base = registered.unwrap_or(&format!("{origin}/hooks")).to_string();
            let signed = format!("{base}?{query}");
            let mut mac = hmac::Hmac::<sha1::Sha1>::new_from_slice(b"twilio-auth-token").unwrap();
            mac.update(signed.as_bytes());
            use base64::Engine;
            let expected = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
            let sig = req.header("X-Twilio-Signature").expect("signed");
            assert_eq!(sig, expected, "{extra:?}: signed {signed}");
            // And hookctl's own verify accepts it at that URL, and refuses it at the bare one.
            let verify = |url: &str| {
                hookctl()
                    .env("HOOKCTL_SECRET", "twilio-auth-token")
                    .args(["verify", "-p", "twilio", "--url", url, "--data", body])
                    .args(["-H", &format!("X-Twilio-Signature: {sig}")])
                    .output()
                    .unwrap()
                    .status
                    .code()
            };
            assert_eq!(verify(&signed), Some(0), "{extra:?}: {signed}");
            assert_eq!(verify(&format!("{base}?site=1")), Some(1), "{extra:?}");
        }
    }
}

#[test]
fn explain_spots_a_json_body_for_a_form_signing_scheme() {
    let text = explain(
        "mailchimp",
        "12345",
        r#"{"Body":"hi"}"#,
        "X-Mandrill-Signature: 0/KCTR6DLpKmkAf8muzZqo1nDgQ=",
        &["--url", "https://mycompany.com/myapp.php?foo=1&bar=2"],
    );
    assert!(text.contains("form vs JSON"), "{text}");
    // Twilio signs JSON bodies too, by their hash in the URL: --explain says so instead.
    let text = explain(
        "twilio",
        "12345",
        r#"{"Body":"hi"}"#,
        "X-Twilio-Signature: 0/KCTR6DLpKmkAf8muzZqo1nDgQ=",
        &["--url", "https://mycompany.com/myapp.php?foo=1&bar=2"],
    );
    assert!(text.contains("without bodySHA256 in the URL"), "{text}");
    assert!(!text.contains("form vs JSON"), "{text}");
}

#[test]
fn a_user_defined_scheme_can_name_a_known_handshake() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(
        &dir,
        r#"
[schemes.acme]
signature_header = "X-Acme-Signature"
template = "v0:{timestamp}:{body}"
timestamp = { header = "X-Acme-Timestamp" }
handshake_kind = "slack_url_verification"

[providers.acme]
secret = "acme-secret"
"#,
    );
    let listener =
        crate::support::listen::Listener::start(&["--provider", "acme"], &[("HOOKCTL_CONFIG", &cfg)]);
    // send-test signs Slack's url_verification with acme's scheme; listen verifies it and echoes
    // the challenge; send-test checks the echo.
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args([
            "send-test",
            &format!("http://127.0.0.1:{}/", listener.port),
            "-p",
            "acme",
            "--challenge",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert_eq!(listener.next_event()["signature"], "challenge");

    // Without --provider, listen tells acme's requests apart by their headers, as verify does.
    let auto = crate::support::listen::Listener::start(&[], &[("HOOKCTL_CONFIG", &cfg)]);
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args([
            "send-test",
            &format!("http://127.0.0.1:{}/", auto.port),
            "-p",
            "acme",
            "--data",
            r#"{"type":"thing.made","id":"t_1"}"#,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let event = auto.next_event();
    assert_eq!(
        (event["provider"].as_str(), event["signature"].as_str()),
        (Some("acme"), Some("valid")),
        "{event}"
    );

    let out = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args(["send-test", "http://127.0.0.1:9/", "-p", "acme", "--challenge"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "a handshake was attempted: {}",
        stderr(&out)
    );

    let listed = hookctl()
        .env("HOOKCTL_CONFIG", &cfg)
        .args(["providers", "-o", "json"])
        .output()
        .unwrap();
    let ids: Vec<String> = serde_json::from_slice::<Vec<serde_json::Value>>(&listed.stdout)
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.last().map(String::as_str), Some("acme"), "{ids:?}");

    let bad = config(
        &dir,
        "[schemes.acme]\nsignature_header = \"X\"\nhandshake_kind = \"wave\"\n",
    );
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &bad)
        .args(["sign", "-p", "acme", "--data", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown variant `wave`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn selftest_exports_every_vector_as_a_corpus_whose_cases_hookctl_judges_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = hookctl()
        .args(["selftest", "--export"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let vectors: Vec<Value> = serde_json::from_str(include_str!("../../vectors/signatures.json")).unwrap();
    let files = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(files, vectors.len());
    for v in &vectors {
        let id = v["provider"].as_str().unwrap();
        let file = match v["case"].as_str() {
            Some(case) => format!("{id}-{case}.json"),
            None => format!("{id}.json"),
        };
        let doc: Value = serde_json::from_slice(&std::fs::read(dir.path().join(file)).unwrap()).unwrap();
        assert_eq!(doc["expected_headers"], v["headers"], "{id}");
        let cases = doc["must_fail"].as_array().unwrap();
        assert!(!cases.is_empty(), "{id} has no negative case");
        // Shared-secret schemes that sign no URL: each case, verified from the command line,
        // fails; the unaltered inputs pass.
        let Some(secret) = v["secret"].as_str() else {
            continue;
        };
        if v.get("url").is_some() {
            continue;
        }
        let verify = |body: &str, headers: &serde_json::Map<String, Value>, now: i64| {
            let mut cmd = hookctl();
            cmd.env("HOOKCTL_SECRET", secret).args([
                "verify",
                "-p",
                id,
                "--data",
                body,
                "--now",
                &now.to_string(),
            ]);
            for (k, val) in headers {
                cmd.args(["-H", &format!("{k}: {}", val.as_str().unwrap())]);
            }
            cmd.output().unwrap().status.code()
        };
        let now = doc["valid"]["now"].as_i64().unwrap();
        let body = doc["inputs"]["body"].as_str().unwrap();
        assert_eq!(
            verify(body, doc["expected_headers"].as_object().unwrap(), now),
            Some(0),
            "{id} valid"
        );
        for case in cases {
            let code = verify(
                case["body"].as_str().unwrap(),
                case["headers"].as_object().unwrap(),
                case["now"].as_i64().unwrap(),
            );
            assert_eq!(code, Some(1), "{id}: {}", case["case"]);
        }
    }
}
