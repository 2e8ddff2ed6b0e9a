//! `hookctl providers` and `hookctl events`.

use serde_json::Value;

use crate::support::{hookctl, stderr, stdout};

const SEED: [&str; 9] = [
    "noones",
    "noko",
    "novatrade24",
    "cryptohopper",
    "standard",
    "stripe",
    "github",
    "slack",
    "shopify",
];

#[test]
fn providers_table_lists_every_scheme() {
    let out = hookctl().arg("providers").output().unwrap();
    let text = stdout(&out);
    for id in SEED.iter().chain(&["generic"]) {
        assert!(text.lines().any(|l| l.starts_with(id)), "{id} missing:\n{text}");
    }
    assert!(text.contains("HMAC-SHA512"), "cryptohopper's hash shown");
    let json: Value = serde_json::from_slice(
        &hookctl()
            .args(["providers", "-o", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    for id in SEED {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}

#[test]
fn provider_detail_shows_what_is_inferred() {
    let out = hookctl()
        .args(["providers", "-p", "novatrade24"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("Inferred or unknown"), "{text}");
    assert!(text.contains("whsec_"), "{text}");
    let out = hookctl().args(["providers", "-p", "nokoo"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("did you mean `noko`"));
}

#[test]
fn events_list_and_samples_for_every_provider() {
    for id in SEED {
        let out = hookctl()
            .args(["events", "-p", id, "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{id}: {}", stderr(&out));
        let list: Value = serde_json::from_slice(&out.stdout).unwrap();
        let events = list.as_array().unwrap();
        assert!(events.len() >= 5, "{id} has {} events", events.len());
        for e in events {
            let name = e["type"].as_str().unwrap();
            let out = hookctl()
                .args(["events", "-p", id, name, "-o", "json"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{id} {name}");
            let sample: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert!(sample.is_object(), "{id} {name} sample is an object");
        }
    }
}

#[test]
fn catalogs_hold_the_documented_events() {
    let names = |id: &str| -> Vec<String> {
        let out = hookctl()
            .args(["events", "-p", id, "-o", "json"])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e["type"].as_str().unwrap().to_string())
            .collect()
    };
    // Counts from the providers' published event lists (Novatrade24 "Event catalog", Noko "Webhook Events").
    assert_eq!(names("novatrade24").len(), 10);
    assert_eq!(names("noko").len(), 38);
    assert!(names("noko").contains(&"webhook.ping".to_string()));
    assert!(names("noones").contains(&"trade.chat_message_received".to_string()));
    assert!(names("cryptohopper").contains(&"validate".to_string()));
    // The documented Noko entry.updated sample is shipped unchanged.
    let out = hookctl()
        .args(["events", "-p", "noko", "entry.updated", "-o", "json"])
        .output()
        .unwrap();
    let shipped: Value = serde_json::from_slice(&out.stdout).unwrap();
    let documented: Value = serde_json::from_str(
        &std::fs::read_to_string(crate::support::repo_path(
            "tests/vectors/noko-entry-updated.example.json",
        ))
        .expect("the documented sample is checked in"),
    )
    .unwrap();
    assert_eq!(shipped, documented);
}

#[test]
fn pretty_sample_is_indented_json() {
    let out = hookctl()
        .args(["events", "-p", "novatrade24", "compliance.status_changed"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.starts_with("{\n  \"id\": "), "{text}");
    let parsed: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(parsed["type"], "compliance.status_changed");
}

#[test]
fn closed_pipe_exits_quietly() {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} events -p noko | head -n 1",
            env!("CARGO_BIN_EXE_hookctl")
        ))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
