//! Noones' Ed25519 scheme and `hookctl keygen`.

use crate::support::{hookctl, stderr, stdout, temp_file};

const BODY: &str = r#"{"type":"trade.started","payload":{"trade_hash":"zXDL8Rv7Jge","offer_hash":"Agq1Bpw7oX9","seller_name":"SellerUser","buyer_name":"BuyerUser","fiat_amount_requested":"50"}}"#;
const URL: &str = "https://example.com/webhooks/noones";
/// RFC 8032 §7.1 TEST 1 secret key (seed) and public key.
const RFC8032_SEED_HEX: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const RFC8032_PUBLIC_B64: &str = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
/// Noones' Ed25519 message `<URL>:<BODY>`, signed with RFC 8032 key 1 (not Noones' own key).
/// Reproduce: openssl pkeyutl -sign -rawin -inkey rfc8032-key1.pem -in msg | base64
const WORKED_B: &str =
    "gCL2/8rt9jfTywSrpMqypGFy11NwOuHviHUPHk2sTm+TeFc8DQguw20A+1yFXtKk6/AFLT7kyBZULjc5zoZbDA==";

#[test]
fn signs_the_worked_example_with_the_rfc8032_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = temp_file(&dir, "seed.hex", RFC8032_SEED_HEX.as_bytes());
    let out = hookctl()
        .args([
            "sign", "-p", "noones", "--scheme", "ed25519", "--url", URL, "-o", "value", "--data", BODY,
        ])
        .arg("--private-key")
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), WORKED_B);
}

#[test]
fn verifies_the_worked_example_and_rejects_another_url_or_body() {
    let verify = |url: &str, body: &str| {
        hookctl()
            .args([
                "verify",
                "-p",
                "noones",
                "--public-key",
                RFC8032_PUBLIC_B64,
                "--url",
                url,
            ])
            .args(["--data", body, "-H", &format!("X-Noones-Signature: {WORKED_B}")])
            .output()
            .unwrap()
    };
    let ok = verify(URL, BODY);
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    // The scheme is part of the signed message: the URL counts exactly as registered.
    let no_scheme = verify("example.com/webhooks/noones", BODY);
    assert_eq!(no_scheme.status.code(), Some(1));
    assert!(stdout(&no_scheme).contains("mismatch"));
    let other_body = verify(URL, &BODY.replace("50", "51"));
    assert_eq!(other_body.status.code(), Some(1));
    // A trailing slash difference is tolerated and reported.
    let slash = verify(&format!("{URL}/"), BODY);
    assert_eq!(slash.status.code(), Some(0));
    assert!(stdout(&slash).contains("target URL"), "{}", stdout(&slash));
}

#[test]
fn keygen_key_signs_and_its_public_key_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("noones.pem");
    let out = hookctl()
        .args(["keygen", "ed25519", "-o", "json", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let public = json["public_key"].as_str().unwrap().to_string();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(std::fs::read_to_string(&key)
        .unwrap()
        .starts_with("-----BEGIN PRIVATE KEY-----"));

    let sig = hookctl()
        .args([
            "sign", "-p", "noones", "--scheme", "ed25519", "--url", URL, "-o", "value", "--data", BODY,
        ])
        .arg("--private-key")
        .arg(&key)
        .output()
        .unwrap();
    let sig = stdout(&sig).trim().to_string();
    assert_eq!(sig.len(), 88);
    let verify = |url: &str, body: &str| {
        hookctl()
            .args([
                "verify",
                "-p",
                "noones",
                "--public-key",
                &public,
                "--url",
                url,
                "--data",
                body,
            ])
            .args(["--signature", &sig])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(verify(URL, BODY), Some(0));
    assert_eq!(verify("https://example.com/other", BODY), Some(1));
    assert_eq!(verify(URL, "{}"), Some(1));

    // Refuses to overwrite without --force.
    let again = hookctl()
        .args(["keygen", "ed25519", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"));
}

#[test]
fn keygen_pem_is_readable_by_openssl() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let out = hookctl()
        .args(["keygen", "ed25519", "-o", "json", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pubout = std::process::Command::new("openssl")
        .args(["pkey", "-pubout", "-outform", "DER", "-in"])
        .arg(&key)
        .output()
        .expect("openssl runs");
    assert!(pubout.status.success());
    // SPKI DER for Ed25519 is a 12-byte prefix followed by the 32-byte key.
    use base64::Engine;
    let raw = base64::engine::general_purpose::STANDARD.encode(&pubout.stdout[12..]);
    assert_eq!(json["public_key"], raw);
}

#[test]
fn ed25519_without_a_key_or_url_explains_what_to_pass() {
    let out = hookctl()
        .args([
            "sign", "-p", "noones", "--scheme", "ed25519", "--url", URL, "--data", BODY,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("hookctl keygen"), "{}", stderr(&out));
    let out = hookctl()
        .args([
            "verify",
            "-p",
            "noones",
            "--public-key",
            RFC8032_PUBLIC_B64,
            "--data",
            BODY,
        ])
        .args(["--signature", WORKED_B])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--url"), "{}", stderr(&out));
}

#[test]
fn noones_public_key_is_fetched_from_its_well_known_endpoint_when_not_given() {
    use crate::support::send::{Receiver, Resp};
    // Paxful's Webhook API v1 leaves the body format unspecified: serve it as JSON with a string field.
    let server = Receiver::start(|req, _| {
        if req.url.ends_with("/webhook/v1/public/.well-known/public.key") {
            Resp::status(200).body(&format!(r#"{{"public_key":"{RFC8032_PUBLIC_B64}"}}"#))
        } else {
            Resp::status(404)
        }
    });
    let dir = tempfile::tempdir().unwrap();
    // `verify` with no --public-key, against a config whose Noones API root is `receiver`.
    let verify_via = |receiver: &Receiver, name: &str| {
        let base = receiver.url.trim_end_matches("/hooks");
        let cfg = temp_file(
            &dir,
            name,
            format!("[providers.noones]\nbase_url = \"{base}\"\n").as_bytes(),
        );
        hookctl()
            .env("HOOKCTL_CONFIG", &cfg)
            .args([
                "verify",
                "-p",
                "noones",
                "--url",
                URL,
                "--data",
                BODY,
                "--signature",
                WORKED_B,
            ])
            .output()
            .unwrap()
    };
    let out = verify_via(&server, "config.toml");
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stderr(&out).contains("fetching the Noones public key"),
        "{}",
        stderr(&out)
    );
    assert_eq!(server.requests().len(), 1);

    // An endpoint that does not answer a key is a network-class failure with a way out.
    let empty = Receiver::start(|_, _| Resp::status(200).body("<html>nope</html>"));
    let out = verify_via(&empty, "config2.toml");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("--public-key"), "{}", stderr(&out));
}
