//! The deliveries the page shows: the last `keep` record lines in memory (older ones stay in
//! the record file), and a bounded broadcast that tells connected pages about each new one.
//!
//! The listener calls [`Feed::push`] once per delivery, after its record line is on disk. A
//! push takes one short lock and one broadcast send, whatever the number of pages: the
//! broadcast never waits for a receiver. A page that falls more than `CHANNEL` deliveries
//! behind loses its place and is told to reload (see `server`), so a stuck browser costs
//! the listener nothing.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::broadcast;

/// How many deliveries a page may fall behind before it is told to reload.
pub const CHANNEL: usize = 1024;

/// The default of `--ui-keep`.
pub const DEFAULT_KEEP: usize = 1000;

/// One delivery as the page receives it: `{"id":N,"latency_ms":…,"record":{…}}`, built once
/// when it is pushed and shared by every page.
#[derive(Debug)]
pub struct Entry {
    pub id: u64,
    /// The record line, without its newline.
    pub record: Box<[u8]>,
    /// The JSON the page receives, with no raw newline (an SSE `data:` line).
    pub json: Box<str>,
}

pub struct Feed {
    keep: usize,
    ring: Mutex<Ring>,
    tx: broadcast::Sender<Arc<Entry>>,
}

struct Ring {
    next_id: u64,
    entries: VecDeque<Arc<Entry>>,
}

impl Feed {
    /// A feed that keeps the last `keep` deliveries (at least one).
    pub fn new(keep: usize) -> Feed {
        let keep = keep.max(1);
        let (tx, _) = broadcast::channel(CHANNEL);
        Feed {
            keep,
            ring: Mutex::new(Ring {
                next_id: 1,
                entries: VecDeque::with_capacity(keep.min(4096)),
            }),
            tx,
        }
    }

    /// Add one record line (`line` may end with its newline); `latency` is how long the
    /// answer took, when known. Never blocks on a page.
    pub fn push(&self, line: &[u8], latency: Option<Duration>) -> u64 {
        let record = line.strip_suffix(b"\n").unwrap_or(line);
        // A record line is JSON from `record_format::write` (or a file that says it is): a
        // line that is not an object is kept out, as the page could not show it.
        if !record.trim_ascii_start().starts_with(b"{") {
            return 0;
        }
        let mut ring = self.ring.lock().unwrap_or_else(|p| p.into_inner());
        let id = ring.next_id;
        ring.next_id += 1;
        let latency = match latency {
            Some(d) => format!("{:.3}", d.as_secs_f64() * 1000.0),
            None => "null".to_string(),
        };
        // The record is serde_json's own output: valid JSON with its newlines escaped.
        let text = String::from_utf8_lossy(record);
        let json = format!("{{\"id\":{id},\"latency_ms\":{latency},\"record\":{text}}}");
        let entry = Arc::new(Entry {
            id,
            record: record.into(),
            json: json.into_boxed_str(),
        });
        if ring.entries.len() == self.keep {
            ring.entries.pop_front();
        }
        ring.entries.push_back(entry.clone());
        drop(ring);
        // No page connected is not an error.
        let _ = self.tx.send(entry);
        id
    }

    /// `push` for a line read from a file, which may be anything: only a JSON object is kept.
    pub fn push_checked(&self, line: &[u8]) -> bool {
        let parsed = serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(line.trim_ascii());
        parsed.is_ok() && self.push(line.trim_ascii(), None) != 0
    }

    /// A receiver of every delivery pushed from now on, and the deliveries kept so far (the
    /// receiver is made first: an entry pushed in between is in both, and ids tell them apart).
    pub fn subscribe(&self) -> (broadcast::Receiver<Arc<Entry>>, Vec<Arc<Entry>>) {
        let rx = self.tx.subscribe();
        (rx, self.snapshot())
    }

    /// Every delivery kept, oldest first.
    pub fn snapshot(&self) -> Vec<Arc<Entry>> {
        let ring = self.ring.lock().unwrap_or_else(|p| p.into_inner());
        ring.entries.iter().cloned().collect()
    }

    /// The kept delivery `id`, if it is still kept.
    pub fn get(&self, id: u64) -> Option<Arc<Entry>> {
        let ring = self.ring.lock().unwrap_or_else(|p| p.into_inner());
        // Ids are consecutive: the position is arithmetic, not a search.
        let first = ring.entries.front()?.id;
        let at = usize::try_from(id.checked_sub(first)?).ok()?;
        ring.entries.get(at).cloned()
    }

    pub fn keep(&self) -> usize {
        self.keep
    }
}

impl crate::listen::Observer for Feed {
    fn recorded(&self, line: &[u8], latency: Duration) {
        self.push(line, Some(latency));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(n: u32) -> Vec<u8> {
        format!("{{\"n\":{n}}}\n").into_bytes()
    }

    #[test]
    fn keeps_the_last_n_and_finds_them_by_id() {
        let feed = Feed::new(3);
        for n in 0..5 {
            feed.push(&line(n), None);
        }
        let kept: Vec<u64> = feed.snapshot().iter().map(|e| e.id).collect();
        assert_eq!(kept, [3, 4, 5]);
        assert!(feed.get(2).is_none());
        assert_eq!(&*feed.get(4).unwrap().record, b"{\"n\":3}");
        assert!(feed.get(6).is_none());
        let json: serde_json::Value = serde_json::from_str(&feed.get(5).unwrap().json).unwrap();
        assert_eq!(json["record"]["n"], 4);
        assert_eq!(json["latency_ms"], serde_json::Value::Null);
    }

    #[test]
    fn a_lagging_receiver_never_blocks_a_push() {
        let feed = Feed::new(10);
        let (mut rx, kept) = feed.subscribe();
        assert!(kept.is_empty());
        // Nobody reads: pushes go on regardless, and the receiver learns it fell behind.
        for n in 0..(CHANNEL as u32 + 10) {
            feed.push(&line(n), Some(Duration::from_millis(2)));
        }
        assert!(matches!(
            rx.try_recv(),
            Err(broadcast::error::TryRecvError::Lagged(_))
        ));
        assert_eq!(feed.snapshot().len(), 10);
    }

    #[test]
    fn lines_that_are_not_objects_are_left_out() {
        let feed = Feed::new(3);
        assert_eq!(feed.push(b"not json\n", None), 0);
        assert!(!feed.push_checked(b"{\"a\":"));
        assert!(!feed.push_checked(b"[1]"));
        assert!(feed.push_checked(b"{\"a\":1}"));
        assert_eq!(feed.snapshot().len(), 1);
    }
}
