//! PayPal REST webhooks (PayPal developer docs, "Integrate webhooks", "Self verification
//! method", https://developer.paypal.com/api/rest/webhooks/rest/): `PAYPAL-TRANSMISSION-SIG`
//! is the base64 SHA256withRSA signature of `<transmission id>|<transmission time>|<webhook
//! id>|<CRC32 of the raw body, unsigned decimal>`, verified with the X.509 certificate at
//! `PAYPAL-CERT-URL`; `PAYPAL-AUTH-ALGO` names the algorithm.
//!
//! As for Amazon SNS, hookctl never fetches the certificate: `--public-key cert.pem`. The
//! webhook ID is the receiving webhook's (the dashboard shows it): `HOOKCTL_PAYPAL_WEBHOOK_ID`
//! or config `[providers.paypal] webhook_id`, else `WEBHOOK_ID`, the id PayPal's webhooks
//! simulator signs its mock events with.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;

use super::rsa_sig::{self, RsaHash};
use super::scheme::{check_window, TimeUnit, TimestampRule, Window};
use super::{
    scalar_text, Catalog, Check, Headers, Info, Key, KeyNeed, LazyCatalog, Message, Provider, Reason,
    Redelivery, Signed, Variant, Verdict,
};
use crate::error::Result;
use crate::random_id::random_uuid;

const ID_HEADER: &str = "PAYPAL-TRANSMISSION-ID";
const TIME_HEADER: &str = "PAYPAL-TRANSMISSION-TIME";
const SIG_HEADER: &str = "PAYPAL-TRANSMISSION-SIG";
const CERT_HEADER: &str = "PAYPAL-CERT-URL";
const ALGO_HEADER: &str = "PAYPAL-AUTH-ALGO";

/// The webhook ID PayPal's webhooks simulator signs mock events with ("Integrate webhooks").
pub const SIMULATOR_WEBHOOK_ID: &str = "WEBHOOK_ID";

const RULE: TimestampRule = TimestampRule {
    body_path: None,
    tolerance: None,
    header: None,
    unit: TimeUnit::Rfc3339,
    window: Window::PastOnly,
};

pub struct PayPal {
    info: Info,
    catalog: LazyCatalog,
}

pub fn provider() -> PayPal {
    PayPal {
        info: Info {
            id: "paypal".into(),
            name: "PayPal".into(),
            headers: format!("{ID_HEADER}, {TIME_HEADER}, {SIG_HEADER}, {CERT_HEADER}, {ALGO_HEADER}"),
            algorithm: "SHA256withRSA, X.509".into(),
            signed_input: "<transmission id>|<transmission time>|<webhook id>|<crc32(body)>".into(),
            encoding: "base64".into(),
            handshake: "none".into(),
            handshake_kind: None,
            category: Some("payments".into()),
            delivery_timeout: Duration::from_secs(30),
            retry: Redelivery {
                plan: super::RetryPlan::Never,
                gives_up: "PayPal gives up after 25 retries over 3 days".into(),
                note: "PayPal retries each failed delivery up to 25 times over 3 days on a schedule it does not publish (not simulated)".into(),
            },
            notes: vec![
                "hookctl never fetches PAYPAL-CERT-URL: pass the certificate with --public-key cert.pem".into(),
                "webhook ID: HOOKCTL_PAYPAL_WEBHOOK_ID or [providers.paypal] webhook_id, else WEBHOOK_ID (the webhooks simulator's)".into(),
                "signing: --private-key key.pem; PAYPAL-CERT-URL is [providers.paypal] cert_url, else a placeholder on api.sandbox.paypal.com".into(),
                "delivery timeout: PayPal documents none; 30 s assumed".into(),
                "the transmission time is checked against --tolerance (inferred: PayPal documents no window)".into(),
            ],
        },
        catalog: LazyCatalog::builtin("paypal").expect("catalog/paypal.json"),
    }
}

/// The string PayPal signs.
pub fn string_to_sign(transmission_id: &str, time: &str, webhook_id: &str, body: &[u8]) -> String {
    format!(
        "{transmission_id}|{time}|{webhook_id}|{}",
        crc32fast::hash(body)
    )
}

/// Whether `url` is on PayPal's own API hosts over HTTPS (`api.paypal.com`,
/// `api.sandbox.paypal.com`, `api-m.…`), where its certificates are published.
pub fn is_paypal_cert_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    matches!(
        host,
        "api.paypal.com" | "api.sandbox.paypal.com" | "api-m.paypal.com" | "api-m.sandbox.paypal.com"
    )
}

fn rfc3339(unix: i64) -> String {
    let at = std::time::UNIX_EPOCH + Duration::from_secs(unix.max(0) as u64);
    humantime::format_rfc3339_seconds(at).to_string()
}

impl Provider for PayPal {
    fn info(&self) -> &Info {
        &self.info
    }

    fn signature_header(&self) -> &str {
        SIG_HEADER
    }

    fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    fn key_need(&self, _variant: &Variant, signing: bool) -> KeyNeed {
        rsa_sig::key_need(signing)
    }

    fn timestamped(&self) -> bool {
        true
    }

    fn sign(&self, key: &Key, msg: &Message<'_>) -> Result<Signed> {
        let signer = rsa_sig::signing_key(key, "PayPal")?;
        let body = msg.body.to_bytes()?;
        let id = msg
            .id
            .map(str::to_string)
            .unwrap_or_else(|| random_uuid().to_string());
        let time = rfc3339(msg.timestamp);
        let webhook_id = signer.endpoint_id.unwrap_or(SIMULATOR_WEBHOOK_ID);
        let signed = string_to_sign(&id, &time, webhook_id, &body);
        let signature = B64.encode(rsa_sig::sign(signer.key, RsaHash::Sha256, signed.as_bytes())?);
        let cert_url = signer.cert_url.unwrap_or(
            "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-hookctl-test-signer",
        );
        let mut headers = Headers::default();
        headers.push("Content-Type", "application/json");
        headers.push(ID_HEADER, id);
        headers.push(TIME_HEADER, time);
        headers.push(SIG_HEADER, signature.clone());
        headers.push(CERT_HEADER, cert_url);
        headers.push(ALGO_HEADER, RsaHash::Sha256.label());
        headers.push("PAYPAL-AUTH-VERSION", "v2");
        Ok(Signed {
            url: None,
            headers,
            signature,
            signed_bytes: signed.len() as u64,
            body: None,
        })
    }

    fn verify(&self, key: &Key, check: &Check<'_>) -> Result<Verdict> {
        let (public, webhook_id) = rsa_sig::verifying_key(key, "PayPal")?;
        let Some(sig) = check.headers.get(SIG_HEADER).map(str::trim) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("no {SIG_HEADER} header"),
            ));
        };
        let (Some(id), Some(time)) = (
            check.headers.get(ID_HEADER).or(check.id),
            check.headers.get(TIME_HEADER).or(check.timestamp),
        ) else {
            return Ok(Verdict::invalid(
                Reason::MissingSignature,
                format!("the signature needs {ID_HEADER} and {TIME_HEADER}"),
            ));
        };
        if let Some(algo) = check.headers.get(ALGO_HEADER).map(str::trim) {
            if algo != RsaHash::Sha256.label() {
                return Ok(Verdict::invalid(
                    Reason::MalformedHeader,
                    format!("{ALGO_HEADER} `{algo}` is not SHA256withRSA, the one PayPal uses"),
                ));
            }
        }
        let Ok(given) = B64.decode(sig) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{SIG_HEADER} is not base64"),
            ));
        };
        let body = check.body.to_bytes()?;
        let webhook = webhook_id.unwrap_or(SIMULATOR_WEBHOOK_ID);
        let signed = string_to_sign(id.trim(), time.trim(), webhook, &body);
        if !rsa_sig::verify(public, RsaHash::Sha256, signed.as_bytes(), &given) {
            let mut v = Verdict::invalid(
                Reason::Mismatch,
                format!("{SIG_HEADER} is not this certificate's signature of `{signed}`"),
            );
            if webhook_id.is_none() {
                v = v.with_note(format!(
                    "the webhook ID signed was {SIMULATOR_WEBHOOK_ID} (the simulator's): set HOOKCTL_PAYPAL_WEBHOOK_ID to your webhook's"
                ));
            }
            return Ok(v);
        }
        let Ok(at) = RULE.unit.parse(time.trim()) else {
            return Ok(Verdict::invalid(
                Reason::MalformedHeader,
                format!("{TIME_HEADER} is not an RFC 3339 date-time"),
            ));
        };
        if let Some(stale) = check_window(&RULE, at, check) {
            return Ok(stale);
        }
        let mut verdict = Verdict::valid();
        let cert_url = check.headers.get(CERT_HEADER).unwrap_or_default();
        if !is_paypal_cert_url(cert_url) {
            verdict = verdict.with_note(format!(
                "{CERT_HEADER} `{}` is not on api.paypal.com or api.sandbox.paypal.com: a real receiver must not fetch a certificate from it",
                crate::output::sanitize(cert_url, false)
            ));
        }
        if webhook_id.is_none() {
            verdict = verdict.with_note(format!(
                "signed for webhook ID {SIMULATOR_WEBHOOK_ID} (PayPal's simulator): set HOOKCTL_PAYPAL_WEBHOOK_ID for your webhook's"
            ));
        }
        Ok(verdict)
    }

    fn detect(&self, headers: &Headers) -> bool {
        headers.has(SIG_HEADER)
    }

    fn event_type(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        body.and_then(|b| b.get("event_type")).and_then(scalar_text)
    }

    fn event_id(&self, _: &Headers, body: Option<&serde_json::Value>) -> Option<String> {
        body.and_then(|b| b.get("id")).and_then(scalar_text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signed_string_ends_with_the_bodys_crc32_in_decimal() {
        // CRC-32 (IEEE) check value of "123456789" is 0xCBF43926 = 3421780262.
        assert_eq!(
            string_to_sign("t-1", "2023-11-14T22:13:20Z", "WH1", b"123456789"),
            "t-1|2023-11-14T22:13:20Z|WH1|3421780262"
        );
    }

    #[test]
    fn only_paypal_api_hosts_publish_certificates() {
        assert!(is_paypal_cert_url(
            "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77"
        ));
        assert!(is_paypal_cert_url("https://api.paypal.com/v1/notifications/certs/X"));
        for bad in [
            "http://api.paypal.com/x",
            "https://api.paypal.com.evil.test/x",
            "https://evil.test/api.paypal.com",
        ] {
            assert!(!is_paypal_cert_url(bad), "{bad}");
        }
    }
}
