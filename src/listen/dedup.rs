//! Which events were already acknowledged: (provider, event id) pairs, bounded in memory.
//!
//! Keys are kept as 64-bit digests and only the most recent `capacity` are remembered, so a
//! listener left running for days stays small; providers retry within hours, far inside that.
//! Two distinct events share a digest with odds of about 1 in 10^9 over a full window of
//! 200,000 (n² / 2^65), far below the rate at which providers lose deliveries themselves.

use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

/// Events remembered for deduplication (about 4.5 MiB once full).
pub const CAPACITY: usize = 200_000;

pub struct Seen {
    inner: Mutex<Inner>,
}

struct Inner {
    set: HashSet<u64>,
    order: VecDeque<u64>,
    capacity: usize,
}

impl Seen {
    pub fn new(capacity: usize) -> Seen {
        Seen {
            inner: Mutex::new(Inner {
                set: HashSet::new(),
                order: VecDeque::new(),
                capacity: capacity.max(1),
            }),
        }
    }

    /// Remember an event; `false` when it was seen already (a duplicate).
    pub fn insert(&self, provider: &str, id: &str) -> bool {
        let key = digest(provider, id);
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if !inner.set.insert(key) {
            return false;
        }
        inner.order.push_back(key);
        while inner.order.len() > inner.capacity {
            if let Some(old) = inner.order.pop_front() {
                inner.set.remove(&old);
            }
        }
        true
    }

    /// Forget an event that was not acknowledged, so the provider's retry is not a duplicate.
    pub fn forget(&self, provider: &str, id: &str) {
        let key = digest(provider, id);
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.set.remove(&key) {
            // Out of the eviction order too, or a later re-insert would be evicted early by
            // this stale entry. The event was inserted moments ago: it is found near the back.
            if let Some(at) = inner.order.iter().rposition(|k| *k == key) {
                inner.order.remove(at);
            }
        }
    }
}

fn digest(provider: &str, id: &str) -> u64 {
    let mut h = Sha256::new();
    h.update(provider.as_bytes());
    h.update([0]);
    h.update(id.as_bytes());
    let d = h.finalize();
    u64::from_be_bytes(d[..8].try_into().expect("sha256 has 32 bytes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_per_provider_and_forgetting() {
        let s = Seen::new(10);
        assert!(s.insert("noko", "a"));
        assert!(!s.insert("noko", "a"));
        assert!(s.insert("stripe", "a"), "same id, other provider");
        s.forget("noko", "a");
        assert!(s.insert("noko", "a"));
    }

    #[test]
    fn only_the_most_recent_are_remembered() {
        let s = Seen::new(3);
        for id in ["1", "2", "3", "4"] {
            assert!(s.insert("p", id));
        }
        assert!(s.insert("p", "1"), "oldest was evicted");
        assert!(!s.insert("p", "4"));
    }

    #[test]
    fn a_forgotten_event_inserted_again_is_remembered_for_a_full_window() {
        let s = Seen::new(3);
        assert!(s.insert("p", "a"));
        s.forget("p", "a");
        assert!(s.insert("p", "a"), "the retry of an unacknowledged event is new");
        assert!(s.insert("p", "b"));
        assert!(s.insert("p", "c"));
        // Three remembered, "a" among them: a stale entry for its first insert would have
        // pushed it out with "c".
        assert!(!s.insert("p", "a"));
        assert!(!s.insert("p", "b"));
        assert!(!s.insert("p", "c"));
    }
}
