//! Where a scheme's timestamp lives, how it is written, and which clock skew is rejected.

use std::time::Duration;

use serde::Deserialize;

use crate::providers::{Check, Reason, Verdict};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Seconds,
    Millis,
    /// An RFC 3339 date-time, signed as written (Zendesk).
    Rfc3339,
}

/// Which clock skew is rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Window {
    /// Only timestamps older than the tolerance (Stripe).
    PastOnly,
    /// Old and future timestamps alike (Standard Webhooks, Novatrade24, Slack).
    Both,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimestampRule {
    /// Header carrying the timestamp; `None` when it is inside the signature header (`t=`)
    /// or in the body.
    #[serde(default)]
    pub header: Option<String>,
    /// A field of the JSON body carrying the timestamp, signed as part of the body (Linear's
    /// `webhookTimestamp`, https://linear.app/developers/webhooks#securing-webhooks).
    #[serde(default)]
    pub body_path: Option<String>,
    #[serde(default = "seconds")]
    pub unit: TimeUnit,
    #[serde(default = "both")]
    pub window: Window,
    /// The provider's own window (`60s` for Linear, whose SDK rejects a `webhookTimestamp` more
    /// than a minute off): a receiver's `--tolerance` can make it stricter, never looser.
    #[serde(default, deserialize_with = "duration")]
    pub tolerance: Option<Duration>,
}

fn duration<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Duration>, D::Error> {
    let text = String::deserialize(d)?;
    crate::clock::parse_duration(&text)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

impl TimestampRule {
    /// The tolerance a timestamp is judged with: the receiver's, within the provider's own.
    pub fn tolerance(&self, receiver: Duration) -> Duration {
        self.tolerance.map_or(receiver, |own| own.min(receiver))
    }
}

fn seconds() -> TimeUnit {
    TimeUnit::Seconds
}

fn both() -> Window {
    Window::Both
}

impl TimeUnit {
    /// `unix` (seconds) written in this unit, as it is signed and sent.
    pub fn format(self, unix: i64) -> String {
        match self {
            TimeUnit::Millis => (unix * 1000).to_string(),
            TimeUnit::Rfc3339 => {
                let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix.max(0) as u64);
                humantime::format_rfc3339_seconds(at).to_string()
            }
            TimeUnit::Seconds => unix.to_string(),
        }
    }

    /// A timestamp as received, in Unix seconds; `Err` says what is wrong with `text`.
    pub fn parse(self, text: &str) -> std::result::Result<i64, String> {
        match self {
            TimeUnit::Rfc3339 => humantime::parse_rfc3339_weak(text)
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs() as i64)
                .ok_or_else(|| format!("timestamp `{text}` is not an RFC 3339 date-time")),
            unit => {
                let value: i64 = text
                    .parse()
                    .map_err(|_| format!("timestamp `{text}` is not an integer"))?;
                Ok(if unit == TimeUnit::Millis {
                    value.div_euclid(1000)
                } else {
                    value
                })
            }
        }
    }
}

/// `None` when the timestamp is within the tolerance in the directions the rule rejects.
pub fn check_window(rule: &TimestampRule, ts: i64, check: &Check<'_>) -> Option<Verdict> {
    let tolerance = rule.tolerance(check.tolerance).as_secs() as i64;
    let age = check.now - ts;
    if age > tolerance {
        return Some(Verdict::invalid(
            Reason::StaleTimestamp,
            format!("timestamp is {} old; tolerance is {}", secs(age), secs(tolerance)),
        ));
    }
    if rule.window == Window::Both && -age > tolerance {
        return Some(Verdict::invalid(
            Reason::StaleTimestamp,
            format!(
                "timestamp is {} in the future; tolerance is {}",
                secs(-age),
                secs(tolerance)
            ),
        ));
    }
    None
}

fn secs(n: i64) -> String {
    humantime::format_duration(std::time::Duration::from_secs(n.unsigned_abs())).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_parses_back_what_it_writes() {
        for unit in [TimeUnit::Seconds, TimeUnit::Millis, TimeUnit::Rfc3339] {
            assert_eq!(
                unit.parse(&unit.format(1_700_000_000)),
                Ok(1_700_000_000),
                "{unit:?}"
            );
        }
        assert!(TimeUnit::Seconds.parse("").is_err());
    }

    #[test]
    fn the_providers_own_window_caps_the_receivers_tolerance() {
        let rule: TimestampRule =
            toml::from_str("body_path = \"webhookTimestamp\"\nunit = \"millis\"\ntolerance = \"60s\"")
                .unwrap();
        assert_eq!(rule.tolerance(Duration::from_secs(300)), Duration::from_secs(60));
        assert_eq!(rule.tolerance(Duration::from_secs(10)), Duration::from_secs(10));
        let headers = crate::providers::Headers::default();
        let body = crate::payload::Body::Bytes(Vec::new());
        let variant = crate::providers::Variant::default();
        let check = |now: i64| Check {
            headers: &headers,
            body: &body,
            now,
            tolerance: Duration::from_secs(300),
            variant: &variant,
            timestamp: None,
            id: None,
        };
        assert!(check_window(&rule, 1_000, &check(1_060)).is_none());
        assert!(check_window(&rule, 1_000, &check(1_061)).is_some(), "61 s old");
        assert!(check_window(&rule, 1_000, &check(939)).is_some(), "61 s ahead");
        assert!(toml::from_str::<TimestampRule>("tolerance = \"soon\"").is_err());
    }
}
