//! `sign` and `verify` against known answers for every provider.

use crate::support::hookctl;

#[test]
fn noko_documented_ping_known_answer() {
    // shared/providers/noko.md §1 worked example; also `printf %s BODY | openssl dgst -sha256 -hmac abcd-1234-secret-value`.
    let body = r#"{"payload_id":"6578e997-d144-46fb-a67d-07c886d1a7a1","created_at":"2020-07-29T15:19:28Z","type":"webhook.ping","object":{},"webhook":{"id":123456,"name":"Da Best Noko Webhook"}}"#;
    hookctl()
        .args(["sign", "-p", "noko", "-o", "value", "--data", body])
        .env("HOOKCTL_SECRET", "abcd-1234-secret-value")
        .assert()
        .success()
        .stdout("3753abcd8a52b536c1c16f189927976604046bf1c86eca4e135108db608a3788\n");
}
