//! Each provider's redelivery schedule, as its documents state it, for `send-test --retry`.
//! Offsets are from the first attempt (t = 0). Where a document gives no intervals, the
//! assumption is stated in `note` and printed, so nobody mistakes it for the provider's word.

use std::time::Duration;

const MIN: u64 = 60;
const HOUR: u64 = 3600;

/// A provider's retry behaviour.
#[derive(Debug, Clone)]
pub struct Schedule {
    /// Offsets of the retries after the first attempt (the first attempt is at 0).
    pub retries: Vec<Duration>,
    /// What the provider does when the last attempt failed too.
    pub gives_up: &'static str,
    /// Where the schedule comes from, and what is assumed.
    pub note: &'static str,
}

fn secs(list: &[u64]) -> Vec<Duration> {
    list.iter().map(|s| Duration::from_secs(*s)).collect()
}

/// Offsets of gaps that start at `first` and double, stopping at `horizon`.
fn doubling(first: u64, horizon: u64) -> Vec<Duration> {
    let (mut gap, mut at, mut out) = (first, 0, Vec::new());
    while at + gap < horizon {
        at += gap;
        out.push(Duration::from_secs(at));
        gap *= 2;
    }
    out.push(Duration::from_secs(horizon));
    out
}

/// The schedule for a provider id.
pub fn schedule(provider: &str) -> Schedule {
    match provider {
        // providers/novatrade24.md §7: "up to 10 attempts over 72 hours (1m, 5m, 15m, 1h, 4h,
        // 8h, 16h, 24h, 36h, 48h)", read as offsets from the first failure (the doc's safe
        // simulation); auto-pause after 20 consecutive failures or 72 h.
        "novatrade24" => Schedule {
            retries: secs(&[MIN, 5 * MIN, 15 * MIN, HOUR, 4 * HOUR, 8 * HOUR, 16 * HOUR, 24 * HOUR, 36 * HOUR, 48 * HOUR]),
            gives_up: "the delivery is FAILED and `webhook.delivery_failed_terminal` is emitted; the endpoint is auto-paused (status PAUSED) after 20 consecutive failures or 72 h of continuous failure",
            note: "Novatrade24 docs: retries at +1m, +5m, +15m, +1h, +4h, +8h, +16h, +24h, +36h, +48h",
        },
        // providers/noones.md §7: no retry schedule is documented; "After 3 failed attempts the
        // URL is disabled". Simulated as three deliveries of this event.
        "noones" => Schedule {
            retries: secs(&[0, 0]),
            gives_up: "Noones disables the URL after 3 failed attempts (save it again on the Developer page to re-enable)",
            note: "Noones documents no redelivery; 3 failed attempts disable the URL (simulated as 3 back-to-back attempts)",
        },
        // providers/noko.md §7: "We retry failed payloads for up to 3 days, using an exponential
        // backoff"; intervals unknown.
        "noko" => Schedule {
            retries: doubling(MIN, 72 * HOUR),
            gives_up: "Noko stops delivering to the webhook after 3 days of failures (check its state, then `enable` and `retry`)",
            note: "Noko retries with exponential backoff for up to 3 days; intervals unknown: assumed gaps doubling from 1 min",
        },
        // Stripe docs (Webhooks → retries): "attempts to deliver … for up to three days with an
        // exponential back off"; intervals not published.
        "stripe" => Schedule {
            retries: doubling(HOUR, 72 * HOUR),
            gives_up: "Stripe stops retrying after 3 days and emails you; an endpoint failing for days may be disabled",
            note: "Stripe retries with exponential backoff for up to 3 days; intervals unpublished: assumed gaps doubling from 1 h",
        },
        // Slack Events API docs (failure conditions): three retries, "nearly immediately, then
        // after 1 minute and then after 5 minutes".
        "slack" => Schedule {
            retries: secs(&[0, MIN, 6 * MIN]),
            gives_up: "Slack gives up on the event; after 95% failures over 60 minutes it disables event delivery for the app",
            note: "Slack: 3 retries, nearly immediately, after 1 min, then after 5 min more",
        },
        // Shopify docs (webhooks → troubleshooting): 8 retries over 4 hours, exponential;
        // intervals not published.
        "shopify" => Schedule {
            retries: doubling(MIN, 4 * HOUR).into_iter().take(8).collect(),
            gives_up: "Shopify removes the webhook subscription after 8 consecutive failed retries",
            note: "Shopify: 8 retries over 4 hours; intervals unpublished: assumed gaps doubling from 1 min",
        },
        // Standard Webhooks spec, "Retry schedule" example: immediately, 5 s, 5 min, 30 min,
        // 2 h, 5 h, 10 h, 10 h (each after the previous).
        "standard" => Schedule {
            retries: cumulative(&[0, 5, 5 * MIN, 30 * MIN, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR]),
            gives_up: "the message is marked failed; the sender may disable an endpoint that keeps failing",
            note: "Standard Webhooks' suggested schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h",
        },
        // GitHub docs: "GitHub does not automatically redeliver failed deliveries."
        "github" => Schedule {
            retries: Vec::new(),
            gives_up: "GitHub does not retry; redeliver by hand from the webhook's Recent Deliveries",
            note: "GitHub does not automatically redeliver failed deliveries",
        },
        // providers/cryptohopper.md §7: retry policy unknown; "Do not simulate retries".
        "cryptohopper" => Schedule {
            retries: Vec::new(),
            gives_up: "Cryptohopper's retry and disable rules are undocumented",
            note: "Cryptohopper documents no retry policy, so none is simulated",
        },
        _ => Schedule {
            retries: Vec::new(),
            gives_up: "this scheme has no documented retry policy",
            note: "no documented retry policy, so none is simulated",
        },
    }
}

fn cumulative(gaps: &[u64]) -> Vec<Duration> {
    let mut at = 0;
    gaps.iter()
        .map(|g| {
            at += g;
            Duration::from_secs(at)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_follow_the_documents() {
        let n = schedule("novatrade24");
        assert_eq!(n.retries.len(), 10);
        assert_eq!(n.retries[9], Duration::from_secs(48 * HOUR));
        assert_eq!(schedule("noones").retries.len(), 2, "3 attempts in all");
        let noko = schedule("noko").retries;
        assert_eq!(*noko.last().unwrap(), Duration::from_secs(72 * HOUR));
        assert!(noko.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(schedule("shopify").retries.len(), 8);
        assert!(*schedule("shopify").retries.last().unwrap() <= Duration::from_secs(4 * HOUR));
        assert_eq!(schedule("standard").retries[1], Duration::from_secs(5));
        assert!(schedule("github").retries.is_empty());
        assert_eq!(schedule("slack").retries, secs(&[0, 60, 360]));
    }
}
