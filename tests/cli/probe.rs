//! `hookctl probe` against local receivers: correct ones pass every case, each deliberately
//! broken one is caught by the case for its failure class, `--dry-run` sends nothing and no
//! output carries the secret.

use std::time::Duration;

use hookctl::payload::Body;
use hookctl::providers::GenericScheme;
use hookctl::providers::{self, Check, Headers, Key, Variant};
use hookctl::secret::Secret;

use crate::support::send::{refused_url, Receiver, Req, Resp};
use crate::support::{hookctl, stderr, stdout, temp_file};

const SECRET: &str = "probe-test-secret-0123456789";
const WHSEC: &str = "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtMTIzNDU2Nzg=";
/// An Ed25519 seed (hex), which `--private-key` accepts in a file.
const SEED: [u8; 32] = [7; 32];

fn secret_for(provider: &str) -> &'static str {
    if provider == "standard" {
        WHSEC
    } else {
        SECRET
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// The URL the request was posted to, as the receiver sees it.
fn full_url(req: &Req) -> String {
    format!("http://{}{}", req.header("host").unwrap_or_default(), req.url)
}

fn key_for(provider: &str) -> Key {
    if provider == "discord" {
        Key::Ed25519Verifying(ed25519_dalek::SigningKey::from_bytes(&SEED).verifying_key())
    } else {
        Key::Secret(Secret::new(secret_for(provider).as_bytes().to_vec()))
    }
}

/// hookctl's own verifier for `provider`, with this tolerance.
fn verdict(provider: &str, req: &Req, tolerance: Duration) -> hookctl::providers::Verdict {
    let p = providers::lookup(provider, &GenericScheme::default()).unwrap();
    let headers = Headers(req.headers.clone());
    let body = Body::Bytes(req.body.clone());
    let variant = Variant {
        url: Some(full_url(req)),
        ..Variant::default()
    };
    p.verify(
        &key_for(provider),
        &Check {
            headers: &headers,
            body: &body,
            now: now(),
            tolerance,
            variant: &variant,
            timestamp: None,
            id: None,
        },
    )
    .unwrap()
}

fn ok_or_401(valid: bool) -> Resp {
    if valid {
        Resp::status(200).body("ok")
    } else {
        Resp::status(401).body("bad signature")
    }
}

/// A receiver that verifies as the provider documents, with hookctl's verifier.
fn correct(provider: &'static str) -> Receiver {
    Receiver::start(move |req, _| {
        let valid = verdict(provider, req, Duration::from_secs(300)).valid;
        // Discord's PING, once verified, is answered with PONG.
        if valid && provider == "discord" && req.json()["type"] == 1 {
            return Resp::status(200)
                .header("content-type", "application/json")
                .body(r#"{"type":1}"#);
        }
        ok_or_401(valid)
    })
}

/// The documented Noones check: HMAC-SHA256 of `JSON.stringify(req.body)`, and the URL-save
/// challenge echoed back.
fn noones_valid(req: &Req) -> bool {
    let Ok(canonical) = hookctl::canonical_json::canonicalize(&req.body) else {
        return false;
    };
    let want = hex::encode(hookctl::providers::scheme::hmac(
        hookctl::providers::scheme::Algorithm::Sha256,
        SECRET.as_bytes(),
        &canonical,
    ));
    req.header("X-Noones-Signature") == Some(want.as_str())
}

fn noones(answer: impl Fn(&Req) -> Resp + Send + Sync + 'static) -> Receiver {
    Receiver::start(move |req, _| match req.header("X-Noones-Request-Challenge") {
        Some(c) => Resp::status(200).header("X-Noones-Request-Challenge", c),
        None => answer(req),
    })
}

/// `hookctl probe URL -p PROVIDER` with its key, `-o json`, and the parsed report.
fn probe(url: &str, provider: &str, extra: &[&str]) -> (std::process::Output, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = hookctl();
    cmd.args(["probe", url, "-p", provider, "-o", "json"]);
    if provider == "discord" {
        let seed = temp_file(&dir, "seed.hex", hex::encode(SEED).as_bytes());
        cmd.arg("--private-key").arg(seed);
    } else {
        cmd.env("PROBE_SECRET", secret_for(provider))
            .args(["--secret-env", "PROBE_SECRET"]);
    }
    let out = cmd.args(extra).timeout(Duration::from_secs(60)).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    assert!(!stdout(&out).contains(SECRET) && !stderr(&out).contains(SECRET));
    (out, json)
}

fn verdicts(report: &serde_json::Value) -> Vec<(String, String)> {
    report["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn ids(report: &serde_json::Value) -> Vec<String> {
    verdicts(report).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn a_correct_receiver_of_each_scheme_family_passes_every_case() {
    let families: &[(&str, &[&str])] = &[
        (
            "github",
            &[
                "signature.missing",
                "body.reserialised",
                "algorithm.sha1",
                "version.unknown",
            ],
        ),
        (
            "stripe",
            &[
                "timestamp.stale",
                "timestamp.removed",
                "version.downgrade",
                "multi.only_invalid",
                "accept.multi_valid_last",
            ],
        ),
        (
            "standard",
            &[
                "timestamp.future",
                "multi.only_invalid",
                "accept.multi_valid_last",
            ],
        ),
        ("twilio", &["url.other", "body.byte_flipped"]),
        (
            "discord",
            &["signature.wrong_secret", "timestamp.stale", "timestamp.future"],
        ),
    ];
    for (provider, must_have) in families {
        let r = correct(provider);
        let (out, report) = probe(&r.url, provider, &[]);
        assert!(
            out.status.success(),
            "{provider}: {}\n{}",
            stdout(&out),
            stderr(&out)
        );
        assert_eq!(report["ok"], true, "{provider}");
        assert_eq!(report["accepted_forgeries"], 0, "{provider}");
        assert_eq!(report["baseline"]["ok"], true, "{provider}");
        for id in *must_have {
            assert!(
                ids(&report).iter().any(|i| i == id),
                "{provider} lacks {id}: {:?}",
                ids(&report)
            );
        }
        assert!(verdicts(&report).iter().all(|(_, v)| v != "fail"), "{provider}");
        // Every delivery's event id says it is a probe (the handshake is the provider's own).
        let handshakes = usize::from(report["baseline"]["handshake"].is_object());
        for req in r.requests().into_iter().skip(handshakes) {
            let text = String::from_utf8_lossy(&req.body).to_string();
            let headers = format!("{:?}", req.headers);
            assert!(
                text.contains("probe_") || headers.contains("probe_"),
                "{provider}: {text}"
            );
        }
    }
    let r = noones(|req| ok_or_401(noones_valid(req)));
    let (out, report) = probe(&r.url, "noones", &[]);
    assert!(out.status.success(), "noones: {}", stdout(&out));
    assert_eq!(report["baseline"]["handshake"]["verdict"], "pass");
    for id in ["canonical.raw_signed", "accept.canonical_reserialised"] {
        assert!(ids(&report).iter().any(|i| i == id), "noones lacks {id}");
    }
}

/// A receiver broken in one way, and the case that must catch it.
fn caught(provider: &str, receiver: Receiver, case: &str) {
    let (out, report) = probe(&receiver.url, provider, &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{case}: {}\n{}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(report["ok"], false);
    let v = verdicts(&report);
    assert!(
        v.iter().any(|(id, verdict)| id == case && verdict == "fail"),
        "{case} not caught: {v:?}"
    );
}

#[test]
fn each_broken_receiver_is_caught_by_its_case() {
    let week = Duration::from_secs(7 * 86_400);
    caught(
        "github",
        Receiver::start(move |req, _| {
            ok_or_401(req.header("X-Hub-Signature-256").is_none() || verdict("github", req, week).valid)
        }),
        "signature.missing",
    );
    caught(
        "stripe",
        Receiver::start(move |req, _| {
            ok_or_401(verdict("stripe", req, Duration::from_secs(u32::MAX as u64)).valid)
        }),
        "timestamp.stale",
    );
    // Verifies `JSON.stringify(JSON.parse(body))` instead of the bytes received.
    caught(
        "github",
        Receiver::start(move |req, _| {
            let mut again = req.clone();
            again.body = hookctl::canonical_json::canonicalize(&req.body).unwrap_or_default();
            ok_or_401(verdict("github", &again, week).valid)
        }),
        "body.reserialised",
    );
    // Treats a header it cannot parse (an "exception") as a pass.
    caught(
        "github",
        Receiver::start(move |req, _| {
            let v = verdict("github", req, week);
            ok_or_401(v.valid || v.reason == Some(hookctl::providers::Reason::MalformedHeader))
        }),
        "signature.empty",
    );
    // Only the first `v1=` is read.
    caught(
        "stripe",
        Receiver::start(move |req, _| {
            let mut first = req.clone();
            let header = req.header("Stripe-Signature").unwrap_or_default().to_string();
            let mut seen = false;
            let kept: Vec<&str> = header
                .split(',')
                .filter(|p| !p.starts_with("v1=") || !std::mem::replace(&mut seen, true))
                .collect();
            first
                .headers
                .retain(|(n, _)| !n.eq_ignore_ascii_case("Stripe-Signature"));
            first.headers.push(("Stripe-Signature".into(), kept.join(",")));
            ok_or_401(verdict("stripe", &first, Duration::from_secs(300)).valid)
        }),
        "accept.multi_valid_last",
    );
    caught(
        "github",
        Receiver::start(move |req, _| {
            let known = ["push", "ping", "pull_request", "issues", "release"];
            if !known.contains(&req.header("X-GitHub-Event").unwrap_or_default()) {
                return Resp::status(400).body("unknown event");
            }
            ok_or_401(verdict("github", req, Duration::from_secs(300)).valid)
        }),
        "accept.unknown_event_type",
    );
    // The documented Noones Express example: logs the mismatch, then carries on.
    caught(
        "noones",
        noones(|req| {
            if !noones_valid(req) {
                eprintln!("Request signature verification failed.");
            }
            Resp::status(200)
        }),
        "signature.wrong_secret",
    );
}

#[test]
fn hookctl_listen_passes_its_own_probe() {
    for provider in ["github", "stripe", "standard"] {
        let listener = crate::support::listen::Listener::start(
            &["-p", provider, "--secret-env", "PROBE_SECRET"],
            &[("PROBE_SECRET", secret_for(provider))],
        );
        let url = format!("http://127.0.0.1:{}/", listener.port);
        let (out, report) = probe(&url, provider, &[]);
        assert!(
            out.status.success(),
            "{provider}: {}\n{}",
            stdout(&out),
            stderr(&out)
        );
        assert_eq!(report["ok"], true);
    }
}

#[test]
fn dry_run_sends_nothing_and_shows_no_secret() {
    let r = correct("github");
    let (out, report) = probe(&r.url, "github", &["--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(r.requests().is_empty(), "a dry run sent requests");
    assert_eq!(report["dry_run"], true);
    let requests = report["requests"].as_array().unwrap();
    assert!(requests.len() > 10);
    assert!(requests
        .iter()
        .all(|q| q["id"].is_string() && q["request"]["headers"].is_object()));
    // A token scheme sends the secret itself: it is masked in what is printed.
    let mut cmd = hookctl();
    let out = cmd
        .args([
            "probe",
            &r.url,
            "-p",
            "gitlab",
            "--dry-run",
            "--secret-env",
            "PROBE_SECRET",
        ])
        .env("PROBE_SECRET", SECRET)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("***"), "{}", stdout(&out));
    assert!(!stdout(&out).contains(SECRET) && !stderr(&out).contains(SECRET));
    assert!(r.requests().is_empty());
}

#[test]
fn pretty_output_counts_before_sending_and_ends_with_a_summary() {
    let r = correct("stripe");
    let out = hookctl()
        .args([
            "probe",
            &r.url,
            "-p",
            "stripe",
            "--secret-env",
            "PROBE_SECRET",
            "--only",
            "signature.missing",
            "--only",
            "accept.replay",
        ])
        .env("PROBE_SECRET", SECRET)
        .env("COLUMNS", "100")
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("sending 4 requests"), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("signature.missing") && text.contains("accept.replay"),
        "{text}"
    );
    assert!(!text.contains("timestamp.stale"), "--only left other cases in");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    assert!(text.contains("forgeries accepted: 0"), "{text}");
    assert_eq!(r.requests().len(), 4);
}

#[test]
fn bad_input_exits_2_and_an_unreachable_receiver_exits_3() {
    let (out, _) = probe(&refused_url(), "github", &["--only", "signature.mising"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("signature.missing"), "{}", stderr(&out));
    let (out, _) = probe(&refused_url(), "github", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

#[test]
fn a_receiver_that_refuses_valid_deliveries_stops_at_the_baseline() {
    let r = Receiver::start(|_, _| Resp::status(401));
    let (out, report) = probe(&r.url, "github", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(report["baseline"]["ok"], false);
    assert!(report["cases"].as_array().unwrap().is_empty());
    assert_eq!(r.requests().len(), 1, "nothing after a failed baseline");
    assert!(stderr(&out).contains("send-test"), "{}", stderr(&out));
}

/// `hookctl listen` over TLS with the self-signed test certificate: a provider would refuse it.
fn tls_listener(provider: &str) -> crate::support::listen::Listener {
    let cert = crate::support::repo_path("tests/fixtures/tls/cert.pem");
    let key = crate::support::repo_path("tests/fixtures/tls/key.pem");
    crate::support::listen::Listener::start(
        &[
            "-p",
            provider,
            "--secret-env",
            "PROBE_SECRET",
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
        &[("PROBE_SECRET", secret_for(provider))],
    )
}

#[test]
fn a_self_signed_certificate_stops_the_probe_in_words_unless_insecure() {
    let listener = tls_listener("github");
    let url = format!("https://127.0.0.1:{}/", listener.port);
    let (out, _) = probe(&url, "github", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("TLS certificate refused"), "{err}");
    assert!(
        !err.contains("OtherError"),
        "rustls Debug text reached the user: {err}"
    );
    assert!(err.contains("--insecure"), "{err}");

    let (out, report) = probe(&url, "github", &["--insecure"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let transport = &report["transport"][0];
    assert_eq!(transport["id"], "transport.certificate");
    assert_eq!(transport["verdict"], "fail");
    assert!(
        transport["detail"].as_str().unwrap().contains("providers refuse"),
        "{transport}"
    );
    assert_eq!(report["baseline"]["ok"], true);
    assert_eq!(
        report["accepted_forgeries"], 0,
        "the receiver itself is sound: {report}"
    );
}

#[test]
fn a_redirect_or_a_slow_answer_fails_the_baseline() {
    let redirect =
        Receiver::start(|_, _| Resp::status(301).header("Location", "http://127.0.0.1:1/elsewhere"));
    let (out, report) = probe(&redirect.url, "github", &[]);
    assert_eq!(out.status.code(), Some(1));
    let detail = report["baseline"]["delivery"]["detail"].as_str().unwrap();
    assert!(detail.contains("redirect"), "{detail}");
    assert_eq!(
        redirect.requests().len(),
        1,
        "a redirect is not followed, and nothing follows it"
    );

    let slow = Receiver::start(|_, _| Resp::status(200).delay(Duration::from_millis(1500)));
    let (out, report) = probe(&slow.url, "github", &["--timeout", "300ms"]);
    assert_eq!(out.status.code(), Some(1));
    let detail = report["baseline"]["delivery"]["detail"].as_str().unwrap();
    assert!(detail.contains("no answer within 300ms"), "{detail}");
}
