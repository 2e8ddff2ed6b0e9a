//! Secret rotation: `listen` and `verify` accept any of several secrets and say which one;
//! `sign` and `send-test` put one signature per secret where the provider sends several, and
//! refuse a second secret where it sends one. Each dual signature is also checked here from the
//! providers' documents (Stripe: hex HMAC-SHA256 of `t.body`, one `v1=` per secret; Standard
//! Webhooks: base64 HMAC-SHA256 of `id.ts.body` keyed with the base64 after `whsec_`, one
//! `v1,` entry per secret, space-separated).

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::json;

use crate::support::listen::*;
use crate::support::{hookctl, stderr, stdout, temp_file};

const NEW: &str = "noko-new-secret-2026";
const OLD: &str = "noko-old-secret-2025";
const STRIPE_NEW: &str = "whsec_stripe-new";
const STRIPE_OLD: &str = "whsec_stripe-old";
const STD_NEW: &str = "whsec_bmV3LXN0YW5kYXJkLXNlY3JldC0xMjM0NTY3OA==";
const STD_OLD: &str = "whsec_b2xkLXN0YW5kYXJkLXNlY3JldC0xMjM0NTY3OA==";

fn secret_files(dir: &tempfile::TempDir, pairs: &[(&str, &str)]) -> Vec<String> {
    pairs
        .iter()
        .map(|(name, value)| {
            let path = temp_file(dir, name, value.as_bytes());
            std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
            path.display().to_string()
        })
        .collect()
}

fn noko_body(id: &str) -> Vec<u8> {
    json!({"payload_id": id, "type": "entry.created"})
        .to_string()
        .into_bytes()
}

/// The listener's stderr once it holds `needle` (read by another thread), within 5 s.
fn stderr_with(l: &Listener, needle: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let text = l.stderr();
        if text.contains(needle) || std::time::Instant::now() > deadline {
            assert!(text.contains(needle), "no {needle:?} in: {text}");
            return text;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Every output of the listener, for checking no secret leaked into it.
fn assert_no_secret(text: &str) {
    for s in [NEW, OLD, STRIPE_NEW, STRIPE_OLD, STD_NEW, STD_OLD] {
        assert!(!text.contains(s), "a secret leaked: {text}");
    }
}

#[test]
fn listen_accepts_either_secret_of_a_rotation_and_says_which() {
    let dir = tempfile::tempdir().unwrap();
    let files = secret_files(&dir, &[("new.secret", NEW), ("old.secret", OLD)]);
    let (new_flag, old_flag) = (format!("noko=@{}", files[0]), format!("noko=@{}", files[1]));
    let l = Listener::start(&["--secret-for", &new_flag, "--secret-for", &old_flag], &[]);

    let body = noko_body("p-old");
    let r = post(l.port, &signed_headers("noko", OLD, &body, now()), &body);
    assert_eq!(r.status, 200, "{}", r.text());
    let ev = l.next_event();
    assert_eq!(ev["signature"], "valid");
    assert_eq!(ev["secret"], json!({"n": 2, "of": 2}));
    let banner = stderr_with(&l, "(2 secrets, any verifies)");
    assert!(
        banner.contains(&files[0]) && banner.contains(&files[1]),
        "{banner}"
    );

    let body = noko_body("p-new");
    assert_eq!(
        post(l.port, &signed_headers("noko", NEW, &body, now()), &body).status,
        200
    );
    assert_eq!(l.next_event()["secret"], json!({"n": 1, "of": 2}));

    let body = noko_body("p-neither");
    let r = post(
        l.port,
        &signed_headers("noko", "some-other-secret", &body, now()),
        &body,
    );
    assert_eq!(r.status, 401);
    let ev = l.next_event();
    assert_eq!(ev["signature"], "invalid");
    assert!(ev.get("secret").is_none(), "{ev}");
    let reason = ev["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("mismatch") && reason.ends_with("(tried 2 secrets)"),
        "{reason}"
    );
    assert_no_secret(&l.stderr());
    assert_no_secret(&ev.to_string());
}

#[test]
fn a_config_secrets_list_is_a_rotation_for_listen_and_verify() {
    let dir = tempfile::tempdir().unwrap();
    let config = temp_file(
        &dir,
        "config.toml",
        format!("# rotating\n[providers.noko]\nsecrets = [\"{NEW}\", \"{OLD}\"]\n").as_bytes(),
    );
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let config = config.display().to_string();
    let l = Listener::start(&["-p", "noko"], &[("HOOKCTL_CONFIG", &config)]);
    let body = noko_body("p-config");
    assert_eq!(
        post(l.port, &signed_headers("noko", OLD, &body, now()), &body).status,
        200
    );
    assert_eq!(l.next_event()["secret"], json!({"n": 2, "of": 2}));
    let banner = stderr_with(&l, "secrets (2 of 2)");
    assert!(banner.contains("secrets (1 of 2)"), "{banner}");

    // verify reads the same list; sign takes its first (newest) secret only.
    let sig = &signed_headers("noko", OLD, &body, now())[1].1;
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &config)
        .args(["verify", "-p", "noko", "--signature", sig, "-o", "json", "--data"])
        .arg(String::from_utf8(body.clone()).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["secret"], json!({"n": 2, "of": 2}));
    let out = hookctl()
        .env("HOOKCTL_CONFIG", &config)
        .args(["sign", "-p", "noko", "-o", "value", "--data", "{}"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), hex::encode(hmac256(NEW.as_bytes(), b"{}")));
}

/// `send-test` to a listener that knows only `knows`; the record line of what arrived.
fn send_dual(provider: &str, secrets: [&str; 2], knows: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let files = secret_files(&dir, &[("a.secret", secrets[0]), ("b.secret", secrets[1])]);
    let l = Listener::start(
        &["-p", provider, "--count", "1", "--timeout", "20s"],
        &[("HOOKCTL_SECRET", knows)],
    );
    let url = format!("http://127.0.0.1:{}/", l.port);
    let out = hookctl()
        .args([
            "send-test",
            &url,
            "-p",
            provider,
            "--secret-file",
            &files[0],
            "--secret-file",
            &files[1],
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{provider}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    let (status, events, err) = l.wait(Duration::from_secs(20));
    assert_eq!(status.code(), Some(0), "{err}");
    let ev: serde_json::Value = serde_json::from_str(&events[0]).unwrap();
    assert_eq!(
        ev["signature"], "valid",
        "{provider} with only one of the secrets: {ev}"
    );
    ev
}

fn header<'a>(ev: &'a serde_json::Value, name: &str) -> &'a str {
    let headers = ev["headers"].as_object().unwrap();
    let (_, v) = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .unwrap_or_else(|| panic!("no {name} in {ev}"));
    v.as_str().unwrap()
}

fn body_of(ev: &serde_json::Value) -> Vec<u8> {
    ev["body"].as_str().unwrap().as_bytes().to_vec()
}

#[test]
fn send_test_signs_stripe_with_both_secrets_in_the_order_given() {
    for knows in [STRIPE_NEW, STRIPE_OLD] {
        let ev = send_dual("stripe", [STRIPE_NEW, STRIPE_OLD], knows);
        let value = header(&ev, "Stripe-Signature");
        let parts: Vec<&str> = value.split(',').collect();
        assert_eq!(parts.len(), 3, "{value}");
        let ts = parts[0].strip_prefix("t=").unwrap();
        let mut signed = format!("{ts}.").into_bytes();
        signed.extend(body_of(&ev));
        for (part, secret) in parts[1..].iter().zip([STRIPE_NEW, STRIPE_OLD]) {
            let expected = hex::encode(hmac256(secret.as_bytes(), &signed));
            assert_eq!(*part, format!("v1={expected}"), "{value}");
        }
    }
}

#[test]
fn send_test_signs_standard_webhooks_with_both_secrets_in_the_order_given() {
    let ev = send_dual("standard", [STD_NEW, STD_OLD], STD_OLD);
    let (id, ts) = (header(&ev, "webhook-id"), header(&ev, "webhook-timestamp"));
    let mut signed = format!("{id}.{ts}.").into_bytes();
    signed.extend(body_of(&ev));
    let expected: Vec<String> = [STD_NEW, STD_OLD]
        .iter()
        .map(|s| {
            let key = B64.decode(s.strip_prefix("whsec_").unwrap()).unwrap();
            format!("v1,{}", B64.encode(hmac256(&key, &signed)))
        })
        .collect();
    assert_eq!(header(&ev, "webhook-signature"), expected.join(" "));
}

#[test]
fn sign_keeps_the_order_across_secret_flag_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let files = secret_files(&dir, &[("old.secret", STRIPE_OLD)]);
    let out = hookctl()
        .env("NEW_ONE", STRIPE_NEW)
        .args([
            "sign",
            "-p",
            "stripe",
            "--timestamp",
            "1700000000",
            "--data",
            "{}",
            "-o",
            "value",
        ])
        .args(["--secret-file", &files[0], "--secret-env", "NEW_ONE"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let expected: Vec<String> = [STRIPE_OLD, STRIPE_NEW]
        .iter()
        .map(|s| hex::encode(hmac256(s.as_bytes(), b"1700000000.{}")))
        .collect();
    assert_eq!(stdout(&out).lines().collect::<Vec<_>>(), expected);
}

#[test]
fn a_second_secret_for_a_one_signature_scheme_is_a_usage_error() {
    for args in [
        &["sign", "-p", "github", "--data", "{}"][..],
        &["send-test", "http://127.0.0.1:9/", "-p", "noko"][..],
        &["probe", "http://127.0.0.1:9/", "-p", "stripe"][..],
    ] {
        let out = hookctl()
            .args(args)
            .args(["--secret-env", "A", "--secret-env", "B"])
            .env("A", "first-secret")
            .env("B", "second-secret")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("one signature per delivery") || err.contains("one secret"),
            "{err}"
        );
        assert!(err.contains("hint:"), "{err}");
        assert!(
            !err.contains("first-secret") && !err.contains("second-secret"),
            "{err}"
        );
    }
}

#[test]
fn verify_accepts_any_of_several_secrets_and_names_it() {
    let body = b"{\"id\":\"evt_1\"}";
    let ts = now();
    let headers = signed_headers("stripe", STRIPE_OLD, body, ts);
    let line = format!("Stripe-Signature: {}", headers[1].1);
    let run = |secrets: [&str; 2], json: bool| {
        let mut cmd = hookctl();
        cmd.env("A", secrets[0]).env("B", secrets[1]);
        cmd.args([
            "verify",
            "-p",
            "stripe",
            "-H",
            &line,
            "--secret-env",
            "A",
            "--secret-env",
            "B",
        ]);
        cmd.arg("--data").arg(std::str::from_utf8(body).unwrap());
        if json {
            cmd.args(["-o", "json"]);
        }
        cmd.output().unwrap()
    };
    let out = run([STRIPE_NEW, STRIPE_OLD], false);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("valid signature (stripe, secret 2 of 2)"),
        "{}",
        stdout(&out)
    );
    let out = run([STRIPE_OLD, STRIPE_NEW], true);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["secret"], json!({"n": 1, "of": 2}));
    let out = run(["whsec_a", "whsec_b"], true);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["valid"], false);
    assert!(
        doc["detail"].as_str().unwrap().ends_with("(tried 2 secrets)"),
        "{doc}"
    );
}

/// Box signs every delivery twice, under its primary key in BOX-SIGNATURE-PRIMARY and its
/// secondary key in BOX-SIGNATURE-SECONDARY (Box docs, "Signature verification": base64
/// HMAC-SHA256 of the body followed by BOX-DELIVERY-TIMESTAMP); a receiver that knows either key
/// accepts it.
#[test]
fn box_fills_both_signature_headers_and_either_key_verifies() {
    const PRIMARY: &str = "box-primary-key-123";
    const SECONDARY: &str = "box-secondary-key-456";
    let dir = tempfile::tempdir().unwrap();
    let files = secret_files(&dir, &[("p.secret", PRIMARY), ("s.secret", SECONDARY)]);
    let body = r#"{"type":"webhook_event","id":"e1","trigger":"FILE.UPLOADED"}"#;
    let out = hookctl()
        .args([
            "sign",
            "-p",
            "box",
            "--data",
            body,
            "--secret-file",
            &files[0],
            "--secret-file",
            &files[1],
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let get = |name: &str| -> String {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
            .unwrap_or_else(|| panic!("no {name} in {text}"))
            .to_string()
    };
    let ts = get("BOX-DELIVERY-TIMESTAMP");
    let signed = format!("{body}{ts}");
    let expect = |key: &str| B64.encode(hmac256(key.as_bytes(), signed.as_bytes()));
    assert_eq!(get("BOX-SIGNATURE-PRIMARY"), expect(PRIMARY));
    assert_eq!(get("BOX-SIGNATURE-SECONDARY"), expect(SECONDARY));

    // Only the secondary key known, and the primary header spoiled: still valid.
    let verify = |key: &str, primary: &str| {
        hookctl()
            .env("K", key)
            .args(["verify", "-p", "box", "--secret-env", "K", "--data", body])
            .args(["-H", &format!("BOX-DELIVERY-TIMESTAMP: {ts}")])
            .args(["-H", &format!("BOX-SIGNATURE-PRIMARY: {primary}")])
            .args(["-H", &format!("BOX-SIGNATURE-SECONDARY: {}", expect(SECONDARY))])
            .output()
            .unwrap()
    };
    let spoiled = expect("not-a-key");
    assert_eq!(verify(SECONDARY, &spoiled).status.code(), Some(0));
    assert_eq!(verify(PRIMARY, &expect(PRIMARY)).status.code(), Some(0));
    assert_eq!(
        verify(PRIMARY, &spoiled).status.code(),
        Some(1),
        "neither header matches the primary key"
    );
    // Three secrets do not fit two headers.
    let out = hookctl()
        .args(["sign", "-p", "box", "--data", body])
        .args(["--secret", "a", "--secret", "b", "--secret", "c"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("two signatures (primary and secondary)"),
        "{}",
        stderr(&out)
    );
}
