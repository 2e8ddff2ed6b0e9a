//! Braintree: HMAC-SHA1 of bt_payload keyed with the SHA-1 of the private key, in a form body,
//! checked against openssl.

use serde_json::Value;

use crate::support::{hookctl, stderr};

const PRIVATE: &str = "bt-private-key-for-tests";

/// `hex(HMAC-SHA1(SHA-1(PRIVATE), payload))` by openssl.
fn openssl_signature(payload: &str) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("k=$(printf %s \"$K\" | openssl dgst -sha1 -r | cut -d' ' -f1); printf %s \"$P\" | openssl dgst -sha1 -mac HMAC -macopt hexkey:$k -r | cut -d' ' -f1")
        .env("K", PRIVATE)
        .env("P", payload)
        .output()
        .expect("openssl runs");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn verify(body: &str) -> Value {
    let out = hookctl()
        .env("HOOKCTL_SECRET", PRIVATE)
        .args(["verify", "-p", "braintree", "-o", "json", "--data", body])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}", stderr(&out)))
}

#[test]
fn braintree_signs_the_base64_payload_as_the_sdks_check_it() {
    let xml = "<notification><kind>check</kind></notification>";
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("bt_payload", xml)
        .finish();
    let out = hookctl()
        .env("HOOKCTL_SECRET", PRIVATE)
        .args(["sign", "-p", "braintree", "-o", "json", "--data", &form])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent = json["body"].as_str().unwrap().to_string();
    let fields: Vec<(String, String)> = form_urlencoded::parse(sent.as_bytes()).into_owned().collect();
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).unwrap().1.clone();
    let payload = get("bt_payload");
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(payload.replace('\n', ""))
        .unwrap();
    assert_eq!(decoded, xml.as_bytes());
    assert!(payload.ends_with('\n'), "written as Base64.encode64 writes it");
    assert_eq!(
        get("bt_signature"),
        format!("hookctl_public_key|{}", openssl_signature(&payload))
    );
    assert_eq!(verify(&sent)["valid"], true);

    // Another pair first (another merchant's key): the matching one still verifies.
    let sig = openssl_signature(&payload);
    let two = form_urlencoded::Serializer::new(String::new())
        .append_pair(
            "bt_signature",
            &format!("other_key|{}&my_key|{sig}", "0".repeat(40)),
        )
        .append_pair("bt_payload", &payload)
        .finish();
    let v = verify(&two);
    assert_eq!(v["valid"], true, "{v}");
    assert!(v.to_string().contains("my_key"), "{v}");
    // A changed payload or a wrong key fails; a payload with other characters is malformed.
    let changed = two.replace("bt_payload=PG", "bt_payload=PH");
    assert_eq!(verify(&changed)["reason"], "mismatch");
    let wrong = hookctl()
        .env("HOOKCTL_SECRET", "another-private-key")
        .args(["verify", "-p", "braintree", "-o", "json", "--data", &sent])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    let odd = form_urlencoded::Serializer::new(String::new())
        .append_pair("bt_signature", &format!("k|{sig}"))
        .append_pair("bt_payload", "not base64!")
        .finish();
    assert_eq!(verify(&odd)["reason"], "malformed signature header");
    assert_eq!(verify("a=b")["reason"], "missing signature");
}
