//! Every handshake `listen` answers, byte for byte as its provider documents, over real HTTP.
//! HMAC answers are recomputed here with the hmac/sha2 crates (not hookctl's code).

use base64::Engine;

use crate::support::listen::*;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

#[test]
fn meta_hub_challenge_checks_the_verify_token() {
    let l = Listener::start(&["--verify-token", "meta-tok"], &[]);
    let ok = request(
        l.port,
        "GET",
        "/?hub.mode=subscribe&hub.verify_token=meta-tok&hub.challenge=1158201444",
        &[],
        b"",
    );
    assert_eq!((ok.status, ok.text()), (200, "1158201444".to_string()));
    assert_eq!(l.next_event()["signature"], "challenge");
    let bad = request(
        l.port,
        "GET",
        "/?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1",
        &[],
        b"",
    );
    assert_eq!(bad.status, 403);
    // A plain GET is still the liveness answer.
    assert_eq!(
        request(l.port, "GET", "/", &[], b"").text(),
        "hookctl is listening\n"
    );
}

#[test]
fn x_crc_answers_the_response_token() {
    let l = Listener::start(&[], &[("HOOKCTL_TWITTER_SECRET", "consumer-secret")]);
    let r = request(l.port, "GET", "/?crc_token=abc123", &[], b"");
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&r.text()).unwrap();
    let want = format!("sha256={}", B64.encode(hmac256(b"consumer-secret", b"abc123")));
    assert_eq!(v["response_token"], want);
}

#[test]
fn dropbox_challenge_is_echoed_as_plain_text_with_nosniff() {
    let l = Listener::start(&[], &[]);
    let r = request(l.port, "GET", "/?challenge=xyz987", &[], b"");
    assert_eq!((r.status, r.text()), (200, "xyz987".to_string()));
    assert_eq!(r.header("X-Content-Type-Options"), Some("nosniff"));
    assert!(r.header("Content-Type").unwrap().starts_with("text/plain"));
}

#[test]
fn microsoft_graph_validation_token_is_echoed() {
    let l = Listener::start(&[], &[]);
    let r = request(
        l.port,
        "POST",
        "/?validationToken=Validation%3A%20Testing%20client",
        &[],
        b"",
    );
    assert_eq!(
        (r.status, r.text()),
        (200, "Validation: Testing client".to_string())
    );
    assert!(r.header("Content-Type").unwrap().starts_with("text/plain"));
}

#[test]
fn okta_verification_challenge_is_answered_as_json() {
    let l = Listener::start(&[], &[]);
    let r = request(
        l.port,
        "GET",
        "/",
        &[("X-Okta-Verification-Challenge", "okta-v-42")],
        b"",
    );
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&r.text()).unwrap();
    assert_eq!(v["verification"], "okta-v-42");
}

#[test]
fn asana_hook_secret_is_echoed_and_then_verifies_deliveries() {
    let l = Listener::start(&[], &[]);
    let r = request(l.port, "POST", "/", &[("X-Hook-Secret", "asana-s3cr3t")], b"");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("X-Hook-Secret"), Some("asana-s3cr3t"));
    let body = br#"{"events":[{"action":"changed"}]}"#;
    let sig = hex::encode(hmac256(b"asana-s3cr3t", body));
    let ok = post(l.port, &[("X-Hook-Signature".into(), sig)], body);
    assert_eq!(ok.status, 200, "{}", ok.text());
    let bad = post(l.port, &[("X-Hook-Signature".into(), "00".repeat(32))], body);
    assert_eq!(bad.status, 401);
}

#[test]
fn zoom_url_validation_returns_plain_and_encrypted_tokens() {
    let l = Listener::start(&[], &[("HOOKCTL_ZOOM_SECRET", "zoom-secret-token")]);
    let body = br#"{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}"#;
    let r = post(
        l.port,
        &[("Content-Type".into(), "application/json".into())],
        body,
    );
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&r.text()).unwrap();
    assert_eq!(v["plainToken"], "qgg8vlvZRS6UYooatFL8Aw");
    assert_eq!(
        v["encryptedToken"],
        hex::encode(hmac256(b"zoom-secret-token", b"qgg8vlvZRS6UYooatFL8Aw"))
    );
}

#[test]
fn discord_ping_is_answered_with_pong_only_when_signed() {
    use ed25519_dalek::Signer;
    // RFC 8032 §7.1 TEST 1 key.
    let seed: [u8; 32] = hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        .unwrap()
        .try_into()
        .unwrap();
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);
    let public = hex::encode(key.verifying_key().as_bytes());
    let l = Listener::start(&["--provider", "discord", "--public-key", &public], &[]);
    let body = br#"{"type":1,"id":"1","application_id":"2"}"#;
    let ts = now().to_string();
    let mut msg = ts.clone().into_bytes();
    msg.extend_from_slice(body);
    let sig = hex::encode(key.sign(&msg).to_bytes());
    let headers = vec![
        ("X-Signature-Ed25519".to_string(), sig),
        ("X-Signature-Timestamp".to_string(), ts.clone()),
        ("Content-Type".to_string(), "application/json".to_string()),
    ];
    let r = post(l.port, &headers, body);
    assert_eq!((r.status, r.text()), (200, r#"{"type":1}"#.to_string()));
    assert!(r.header("Content-Type").unwrap().starts_with("application/json"));
    // Discord checks that invalid signatures are refused.
    let mut bad = headers.clone();
    bad[0].1 = "00".repeat(64);
    assert_eq!(post(l.port, &bad, body).status, 401);
}

/// `send-test --challenge` against receivers that answer right and wrong, per provider.
mod send_test_challenge {
    use super::*;
    use crate::support::hookctl;
    use crate::support::send::{Receiver, Req, Resp};

    fn query(req: &Req, name: &str) -> String {
        let q = req.url.split_once('?').map(|(_, q)| q).unwrap_or_default();
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    }

    fn run(provider: &str, url: &str, extra: &[&str]) -> std::process::Output {
        hookctl()
            .env("HOOKCTL_SECRET", "hs-secret")
            .args(["send-test", url, "-p", provider, "--challenge", "--timeout", "5s"])
            .args(extra)
            .output()
            .unwrap()
    }

    fn check(provider: &str, extra: &[&str], good: fn(&Req) -> Resp, bad: fn(&Req) -> Resp, why: &str) {
        let ok = Receiver::start(move |r, _| good(r));
        let out = run(provider, &ok.url, extra);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{provider}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("challenge passed"), "{provider}: {text}");
        let wrong = Receiver::start(move |r, _| bad(r));
        let out = run(provider, &wrong.url, extra);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(1), "{provider}: {text}");
        assert!(text.contains(why), "{provider}: expected `{why}` in {text}");
    }

    #[test]
    fn every_new_handshake_passes_and_fails_precisely() {
        check(
            "zoom",
            &[],
            |r| {
                let plain = r.json()["payload"]["plainToken"].as_str().unwrap().to_string();
                let enc = hex::encode(hmac256(b"hs-secret", plain.as_bytes()));
                Resp::status(200)
                    .body(&serde_json::json!({"plainToken": plain, "encryptedToken": enc}).to_string())
            },
            |r| {
                let plain = r.json()["payload"]["plainToken"].as_str().unwrap().to_string();
                Resp::status(200)
                    .body(&serde_json::json!({"plainToken": plain, "encryptedToken": "00"}).to_string())
            },
            "encryptedToken",
        );
        check(
            "meta",
            &["--verification-code", "vt"],
            |r| {
                assert_eq!(query(r, "hub.verify_token"), "vt");
                Resp::status(200).body(&query(r, "hub.challenge"))
            },
            |_| Resp::status(200).body("nope"),
            "body differs",
        );
        check(
            "twitter",
            &[],
            |r| {
                let t = format!(
                    "sha256={}",
                    B64.encode(hmac256(b"hs-secret", query(r, "crc_token").as_bytes()))
                );
                Resp::status(200).body(&serde_json::json!({ "response_token": t }).to_string())
            },
            |_| Resp::status(200).body(r#"{"response_token":"sha256=AAAA"}"#),
            "response_token differs",
        );
        check(
            "dropbox",
            &[],
            |r| {
                Resp::status(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .body(&query(r, "challenge"))
            },
            |r| Resp::status(200).body(&query(r, "challenge")),
            "nosniff",
        );
        check(
            "asana",
            &[],
            |r| Resp::status(200).header("X-Hook-Secret", r.header("X-Hook-Secret").unwrap()),
            |_| Resp::status(200),
            "no X-Hook-Secret header",
        );
        check(
            "okta",
            &[],
            |r| {
                let v = r.header("X-Okta-Verification-Challenge").unwrap().to_string();
                Resp::status(200).body(&serde_json::json!({ "verification": v }).to_string())
            },
            |_| Resp::status(200).body(r#"{"verification":"x"}"#),
            "verification differs",
        );
    }

    #[test]
    fn send_test_challenge_round_trips_through_listen() {
        let l = Listener::start(
            &["--verify-token", "vt"],
            &[
                ("HOOKCTL_ZOOM_SECRET", "hs-secret"),
                ("HOOKCTL_TWITTER_SECRET", "hs-secret"),
            ],
        );
        let url = format!("http://127.0.0.1:{}/", l.port);
        for (provider, extra) in [
            ("zoom", vec![]),
            ("meta", vec!["--verification-code", "vt"]),
            ("twitter", vec![]),
            ("dropbox", vec![]),
            ("asana", vec![]),
            ("okta", vec![]),
        ] {
            let out = run(provider, &url, &extra);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{provider}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

/// Asana's handshake is unsigned, so its `X-Hook-Secret` must not let anyone swap the key
/// that verifies asana deliveries.
mod asana_hook_secret {
    use super::*;

    fn handshake(port: u16, secret: &str) -> Resp {
        request(port, "POST", "/", &[("X-Hook-Secret", secret)], b"")
    }

    /// A delivery as Asana signs it: X-Hook-Signature = hex HMAC-SHA256(secret, body).
    fn delivery(port: u16, secret: &str) -> Resp {
        let body = br#"{"events":[{"action":"changed"}]}"#;
        let sig = hex::encode(hmac256(secret.as_bytes(), body));
        post(port, &[("X-Hook-Signature".into(), sig)], body)
    }

    /// stderr once it holds `want`: the reader thread may lag the answer a little.
    fn stderr_with(l: &Listener, want: &str) -> String {
        let start = std::time::Instant::now();
        loop {
            let text = l.stderr();
            if text.contains(want) || start.elapsed() > std::time::Duration::from_secs(5) {
                return text;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    #[test]
    fn a_forged_hook_secret_does_not_replace_the_configured_one() {
        let l = Listener::start(&["-p", "auto"], &[("HOOKCTL_ASANA_SECRET", "real-asana-secret")]);
        let forged = handshake(l.port, "attacker-secret");
        assert_eq!(forged.status, 403, "{}", forged.text());
        assert_eq!(forged.header("X-Hook-Secret"), None);
        assert!(
            forged
                .text()
                .contains("does not match the configured asana secret; not adopted"),
            "{}",
            forged.text()
        );
        let forged_delivery = delivery(l.port, "attacker-secret");
        assert_eq!(forged_delivery.status, 401, "{}", forged_delivery.text());
        let real = delivery(l.port, "real-asana-secret");
        assert_eq!(real.status, 200, "{}", real.text());
        // The configured secret itself may be echoed: nothing changes.
        let same = handshake(l.port, "real-asana-secret");
        assert_eq!(same.status, 200);
        assert_eq!(same.header("X-Hook-Secret"), Some("real-asana-secret"));
        let err = l.stderr();
        assert!(!err.contains("adopted Asana"), "{err}");
        assert!(
            !err.contains("attacker-secret") && !err.contains("real-asana-secret"),
            "{err}"
        );
    }

    #[test]
    fn only_the_first_hook_secret_is_adopted() {
        let l = Listener::start(&["-p", "asana"], &[]);
        let first = handshake(l.port, "first-hook-secret");
        assert_eq!(first.status, 200, "{}", first.text());
        assert_eq!(first.header("X-Hook-Secret"), Some("first-hook-secret"));
        assert_eq!(l.next_event()["signature"], "challenge");
        let ok = delivery(l.port, "first-hook-secret");
        assert_eq!(ok.status, 200, "{}", ok.text());
        let second = handshake(l.port, "second-hook-secret");
        assert_eq!(second.status, 409, "{}", second.text());
        assert_eq!(second.header("X-Hook-Secret"), None);
        assert!(second.text().contains("not adopted"), "{}", second.text());
        assert_eq!(delivery(l.port, "second-hook-secret").status, 401);
        assert_eq!(delivery(l.port, "first-hook-secret").status, 200);
        // Asana retrying the same handshake is echoed again.
        let again = handshake(l.port, "first-hook-secret");
        assert_eq!(again.status, 200);
        assert_eq!(again.header("X-Hook-Secret"), Some("first-hook-secret"));
    }

    #[test]
    fn hook_secret_is_no_handshake_under_another_provider() {
        let l = Listener::start(&["-p", "noko"], &[("HOOKCTL_NOKO_SECRET", "noko-secret")]);
        let r = handshake(l.port, "attacker-secret");
        assert_eq!(r.status, 401, "{}", r.text());
        assert_eq!(r.header("X-Hook-Secret"), None);
        assert!(r.text().contains("missing signature"), "{}", r.text());
        let event = l.next_event();
        assert_eq!(
            (event["provider"].as_str(), event["signature"].as_str()),
            (Some("noko"), Some("missing"))
        );
    }

    #[test]
    fn the_adoption_is_shown_on_stderr_without_the_secret() {
        let l = Listener::start(&[], &[]);
        assert_eq!(handshake(l.port, "shown-nowhere-1").status, 200);
        assert_eq!(handshake(l.port, "shown-nowhere-1").status, 200);
        assert_eq!(handshake(l.port, "shown-nowhere-2").status, 409);
        let line = "adopted Asana's X-Hook-Secret from the handshake: it now verifies asana deliveries";
        let err = stderr_with(&l, "first stays in force");
        assert_eq!(err.matches(line).count(), 1, "{err}");
        assert!(err.contains("first stays in force"), "{err}");
        assert!(!err.contains("shown-nowhere"), "{err}");
    }
}

/// Handshakes come from one registry: each is labelled, counted and warned about by its own
/// entry, whichever provider (or none) names it.
mod registry {
    use super::*;
    use crate::support::{hookctl, stderr, stdout, temp_file};

    #[test]
    fn microsoft_graph_is_labelled_msgraph_and_counted_as_a_challenge() {
        let l = Listener::start(&[], &[]);
        let r = request(l.port, "POST", "/?validationToken=tok-1", &[], b"");
        assert_eq!((r.status, r.text()), (200, "tok-1".to_string()));
        let event = l.next_event();
        assert_eq!(
            (event["provider"].as_str(), event["signature"].as_str()),
            (Some("msgraph"), Some("challenge")),
            "{event}"
        );
    }

    #[test]
    fn a_get_with_the_noones_header_is_only_the_liveness_answer() {
        let l = Listener::start(&[], &[]);
        let r = request(l.port, "GET", "/", &[("X-Noones-Request-Challenge", "ch-1")], b"");
        assert_eq!((r.status, r.text()), (200, "hookctl is listening\n".to_string()));
        assert_eq!(r.header("X-Noones-Request-Challenge"), Some("ch-1"));
    }

    #[test]
    fn a_cryptohopper_listener_without_a_code_warns_at_start_up() {
        let warning =
            "no --verification-code: Cryptohopper's `validate` message cannot be answered correctly";
        let l = Listener::start(&["-p", "cryptohopper"], &[("HOOKCTL_CRYPTOHOPPER_SECRET", "s")]);
        assert!(l.stderr().contains(warning), "{}", l.stderr());
        let l = Listener::start(
            &["-p", "cryptohopper", "--verification-code", "c"],
            &[("HOOKCTL_CRYPTOHOPPER_SECRET", "s")],
        );
        assert!(!l.stderr().contains(warning), "{}", l.stderr());
    }

    #[test]
    fn a_user_scheme_can_name_the_microsoft_graph_handshake() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = temp_file(
            &dir,
            "config.toml",
            b"[schemes.graphish]\nsignature_header = \"X-Graphish-Signature\"\nhandshake_kind = \"msgraph_validation_token\"\n",
        )
        .display()
        .to_string();
        let l = Listener::start(&[], &[("HOOKCTL_CONFIG", &cfg)]);
        let out = hookctl()
            .env("HOOKCTL_CONFIG", &cfg)
            .args([
                "send-test",
                &format!("http://127.0.0.1:{}/", l.port),
                "-p",
                "graphish",
                "--challenge",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
        assert!(stdout(&out).contains("challenge passed"), "{}", stdout(&out));
        assert_eq!(l.next_event()["provider"], "msgraph");
    }
}

/// The handshakes added for breadth, from both sides: what `listen` answers (HMACs recomputed
/// here with the hmac crate), and `send-test --challenge` against receivers that answer right
/// and wrong, then against `listen` itself.
mod breadth {
    use super::*;
    use crate::support::hookctl;
    use crate::support::send::{Receiver, Req, Resp};

    fn challenge(provider: &str, url: &str) -> std::process::Output {
        hookctl()
            .env("HOOKCTL_SECRET", "hs-secret")
            .args(["send-test", url, "-p", provider, "--challenge", "--timeout", "5s"])
            .output()
            .unwrap()
    }

    fn passes_and_fails(provider: &str, good: fn(&Req) -> Resp, bad: fn(&Req) -> Resp, why: &str) {
        let ok = Receiver::start(move |r, _| good(r));
        let out = challenge(provider, &ok.url);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{provider}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("challenge passed"), "{provider}: {text}");
        let wrong = Receiver::start(move |r, _| bad(r));
        let out = challenge(provider, &wrong.url);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(1), "{provider}: {text}");
        assert!(text.contains(why), "{provider}: expected `{why}` in {text}");
    }

    #[test]
    fn send_test_performs_each_new_handshake_and_judges_the_answer() {
        passes_and_fails(
            "worldline",
            |r| Resp::status(200).body(r.header("X-GCS-Webhooks-Endpoint-Verification").unwrap()),
            |_| Resp::status(200).body("nope"),
            "body differs",
        );
        passes_and_fails(
            "xero",
            |r| {
                // The intent payload is signed like a delivery: base64 HMAC-SHA256 of the body.
                let want = B64.encode(hmac256(b"hs-secret", &r.body));
                assert_eq!(r.header("x-xero-signature"), Some(want.as_str()));
                assert_eq!(r.json()["events"], serde_json::json!([]));
                Resp::status(200)
            },
            |_| Resp::status(200).body("ok"),
            "empty body",
        );
        passes_and_fails(
            "twitch",
            |r| {
                assert_eq!(
                    r.header("Twitch-Eventsub-Message-Type"),
                    Some("webhook_callback_verification")
                );
                Resp::status(200).body(r.json()["challenge"].as_str().unwrap())
            },
            |r| {
                let c = r.json()["challenge"].as_str().unwrap().to_string();
                Resp::status(200).body(&serde_json::json!({ "challenge": c }).to_string())
            },
            "raw body",
        );
    }

    #[test]
    fn listen_answers_each_new_handshake() {
        let l = Listener::start(
            &[],
            &[
                ("HOOKCTL_XERO_SECRET", "xero-key"),
                ("HOOKCTL_TWITCH_SECRET", "twitch-secret"),
            ],
        );
        // Worldline: the verification header's value, as the body.
        let r = request(
            l.port,
            "GET",
            "/",
            &[("X-GCS-Webhooks-Endpoint-Verification", "wl-abc123")],
            b"",
        );
        assert_eq!((r.status, r.text()), (200, "wl-abc123".to_string()));
        assert_eq!(l.next_event()["signature"], "challenge");

        // Xero: a correctly signed intent gets 200 and no body, a wrongly signed one 401.
        let intent =
            br#"{"events":[],"firstEventSequence":0,"lastEventSequence":0,"entropy":"YSXCMKAQBJOEMGUZEPFZ"}"#;
        let sig = B64.encode(hmac256(b"xero-key", intent));
        let ok = post(l.port, &[("x-xero-signature".into(), sig)], intent);
        assert_eq!((ok.status, ok.text()), (200, String::new()));
        let bad_sig = B64.encode(hmac256(b"not-the-key", intent));
        let bad = post(l.port, &[("x-xero-signature".into(), bad_sig)], intent);
        assert_eq!(bad.status, 401, "{}", bad.text());

        // Twitch: a signed verification message gets the challenge as the raw body.
        let body = br#"{"challenge":"pogchamp-kappa-360noscope-vohiyo","subscription":{"type":"channel.follow","version":"2"}}"#;
        let id = "e76c6bd4-55c9-4987-8304-da1588d8988b";
        let ts = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
        let mut signed = format!("{id}{ts}").into_bytes();
        signed.extend_from_slice(body);
        let headers = vec![
            ("Twitch-Eventsub-Message-Id".to_string(), id.to_string()),
            ("Twitch-Eventsub-Message-Timestamp".to_string(), ts),
            (
                "Twitch-Eventsub-Message-Type".to_string(),
                "webhook_callback_verification".to_string(),
            ),
            (
                "Twitch-Eventsub-Message-Signature".to_string(),
                format!("sha256={}", hex::encode(hmac256(b"twitch-secret", &signed))),
            ),
        ];
        let r = post(l.port, &headers, body);
        assert_eq!(
            (r.status, r.text()),
            (200, "pogchamp-kappa-360noscope-vohiyo".to_string())
        );
    }

    #[test]
    fn send_test_challenge_round_trips_the_new_handshakes_through_listen() {
        let l = Listener::start(
            &[],
            &[
                ("HOOKCTL_XERO_SECRET", "hs-secret"),
                ("HOOKCTL_TWITCH_SECRET", "hs-secret"),
            ],
        );
        let url = format!("http://127.0.0.1:{}/", l.port);
        for provider in ["worldline", "xero", "twitch"] {
            let out = challenge(provider, &url);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{provider}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
