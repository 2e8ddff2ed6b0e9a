//! Load-mode latencies in an HdrHistogram: the same few hundred KiB whatever the number of
//! requests, percentiles within 0.1 % (three significant digits), one histogram per runtime
//! shard merged when the run ends.

use std::time::Duration;

use hdrhistogram::Histogram;

/// The longest latency told apart, in microseconds: an hour (any deadline is shorter); longer
/// ones count as an hour.
const MAX_US: u64 = 3_600_000_000;
/// Significant digits kept: each recorded value is within 0.1 % of the one reported.
const DIGITS: u8 = 3;

/// Latencies of answered requests.
#[derive(Debug, Clone)]
pub struct Latencies(Histogram<u64>);

impl Default for Latencies {
    fn default() -> Self {
        Latencies(Histogram::new_with_bounds(1, MAX_US, DIGITS).expect("constant bounds are valid"))
    }
}

impl Latencies {
    pub fn record(&mut self, latency: Duration) {
        let us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
        self.0.saturating_record(us);
    }

    pub fn record_us(&mut self, us: u64) {
        self.0.saturating_record(us);
    }

    /// Add another shard's latencies (same bounds, so it always fits).
    pub fn merge(&mut self, other: &Latencies) {
        self.0.add(&other.0).expect("histograms of the same bounds add");
    }

    /// How many latencies were recorded.
    pub fn len(&self) -> u64 {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The `p`th percentile (0 is the least, 100 the greatest) in milliseconds, within the
    /// histogram's precision; `None` when nothing was recorded.
    pub fn percentile_ms(&self, p: f64) -> Option<f64> {
        if self.is_empty() {
            return None;
        }
        let us = if p <= 0.0 {
            self.0.min()
        } else if p >= 100.0 {
            self.0.max()
        } else {
            self.0.value_at_quantile(p / 100.0)
        };
        Some(us as f64 / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The exact nearest-rank percentile of sorted `v`, in microseconds.
    fn exact(v: &[u64], p: f64) -> u64 {
        let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
        v[rank.clamp(1, v.len()) - 1]
    }

    #[test]
    fn percentiles_match_the_exact_ones_within_the_precision() {
        // A long-tailed set from 50 µs to about 20 s, by a fixed linear congruential sequence.
        let mut x: u64 = 42;
        let mut values: Vec<u64> = (0..200_000)
            .map(|_| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let u = (x >> 11) as f64 / (1u64 << 53) as f64;
                (50.0 * (u * 13.0).exp()) as u64
            })
            .collect();
        // Spread over four workers' histograms, then merged, as a load run does.
        let mut shards = vec![Latencies::default(); 4];
        for (i, v) in values.iter().enumerate() {
            shards[i % 4].record(Duration::from_micros(*v));
        }
        let mut all = Latencies::default();
        for s in &shards {
            all.merge(s);
        }
        values.sort_unstable();
        assert_eq!(all.len(), values.len() as u64);
        for p in [0.0, 1.0, 10.0, 50.0, 90.0, 99.0, 99.9, 100.0] {
            let want = exact(&values, p) as f64 / 1000.0;
            let got = all.percentile_ms(p).unwrap();
            assert!(
                (got - want).abs() <= want * 0.001 + 0.001,
                "p{p}: {got} ms, exact {want} ms"
            );
        }
    }

    #[test]
    fn memory_does_not_grow_with_the_count() {
        let mut h = Latencies::default();
        let before = h.0.distinct_values();
        for i in 0..1_000_000u64 {
            h.record_us(i % 5_000_000);
        }
        assert_eq!(
            h.0.distinct_values(),
            before,
            "the same buckets, however many values"
        );
        assert_eq!(h.len(), 1_000_000);
        assert_eq!(Latencies::default().percentile_ms(50.0), None);
        // Past the hour, values count as the hour.
        h.record(Duration::from_secs(7200));
        assert!((h.percentile_ms(100.0).unwrap() - 3_600_000.0).abs() < 3_600.0 * 1.001);
    }
}
