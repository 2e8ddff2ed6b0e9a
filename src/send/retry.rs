//! `send-test --retry`: a provider's redelivery policy (its `Info::retry`, as its documents
//! state it) turned into the offsets of the retries to simulate. Offsets are from the first
//! attempt (t = 0); where a document gives no intervals, the policy's note says what is assumed
//! and is printed, so nobody mistakes it for the provider's word.

use std::time::Duration;

use crate::providers::{Info, RetryPlan};

/// A provider's retry behaviour.
#[derive(Debug, Clone)]
pub struct Schedule<'a> {
    /// Offsets of the retries after the first attempt (the first attempt is at 0).
    pub retries: Vec<Duration>,
    /// What the provider does when the last attempt failed too.
    pub gives_up: &'a str,
    /// Where the schedule comes from, and what is assumed.
    pub note: &'a str,
}

/// The schedule of a provider.
pub fn schedule(provider: &Info) -> Schedule<'_> {
    let policy = &provider.retry;
    let retries = match &policy.plan {
        RetryPlan::Never => Vec::new(),
        RetryPlan::At(offsets) => offsets.clone(),
        RetryPlan::Gaps(gaps) => cumulative(gaps),
        RetryPlan::Doubling {
            first,
            until,
            at_most,
        } => {
            let mut all = doubling(*first, *until);
            all.truncate(at_most.unwrap_or(usize::MAX));
            all
        }
    };
    Schedule {
        retries,
        gives_up: &policy.gives_up,
        note: &policy.note,
    }
}

/// Offsets of gaps that start at `first` and double, stopping at `horizon`.
fn doubling(first: Duration, horizon: Duration) -> Vec<Duration> {
    let (mut gap, mut at, mut out) = (first, Duration::ZERO, Vec::new());
    while at + gap < horizon {
        at += gap;
        out.push(at);
        gap *= 2;
    }
    out.push(horizon);
    out
}

fn cumulative(gaps: &[Duration]) -> Vec<Duration> {
    let mut at = Duration::ZERO;
    gaps.iter()
        .map(|g| {
            at += *g;
            at
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: u64 = 3600;

    fn secs(list: &[u64]) -> Vec<Duration> {
        list.iter().map(|s| Duration::from_secs(*s)).collect()
    }

    fn schedule(id: &str) -> Schedule<'static> {
        let provider = crate::providers::builtins()
            .iter()
            .find(|p| p.id() == id)
            .expect("a built-in provider");
        super::schedule(provider.info())
    }

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

    #[test]
    fn schedules_are_the_ones_documented_before_they_were_data() {
        // The offsets each schedule had when it was code, to the second.
        let doubling_from = |first: u64, horizon: u64| {
            let (mut gap, mut at, mut out) = (first, 0, Vec::new());
            while at + gap < horizon {
                at += gap;
                out.push(at);
                gap *= 2;
            }
            out.push(horizon);
            out
        };
        assert_eq!(schedule("noko").retries, secs(&doubling_from(60, 72 * HOUR)));
        assert_eq!(schedule("stripe").retries, secs(&doubling_from(HOUR, 72 * HOUR)));
        assert_eq!(
            schedule("shopify").retries,
            secs(&doubling_from(60, 4 * HOUR)[..8])
        );
        assert_eq!(
            schedule("standard").retries,
            secs(&[0, 5, 305, 2105, 9305, 27305, 63305, 99305])
        );
        assert_eq!(
            schedule("novatrade24").retries,
            secs(&[
                60,
                300,
                900,
                3600,
                4 * HOUR,
                8 * HOUR,
                16 * HOUR,
                24 * HOUR,
                36 * HOUR,
                48 * HOUR
            ])
        );
        assert_eq!(schedule("noones").retries, secs(&[0, 0]));
        assert!(schedule("cryptohopper").retries.is_empty());
        let other = schedule("twilio");
        assert!(other.retries.is_empty());
        assert_eq!(other.note, "no documented retry policy, so none is simulated");
        assert_eq!(other.gives_up, "this scheme has no documented retry policy");
    }
}
