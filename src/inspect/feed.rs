//! The deliveries the page shows: the last `keep` record lines in memory (older ones stay in
//! the record file), and a bounded broadcast that tells connected pages about each new one.
//!
//! The listener calls [`Feed::push`] once per delivery, after its record line is on disk. A
//! push takes one short lock and one broadcast send, whatever the number of pages: the
//! broadcast never waits for a receiver. A page that falls more than `CHANNEL` deliveries
//! behind loses its place and is told to reload (see `server`), so a stuck browser costs
//! the listener nothing.
//!
//! What a page is sent live is the delivery's list row (its summary: a few hundred bytes, not
//! the body), built once and shared by every page; the whole record is fetched when opened.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;
use tokio::sync::broadcast;

use crate::listen::Exchange;

/// How many deliveries a page may fall behind before it is told to reload.
pub const CHANNEL: usize = 1024;

/// The default of `--ui-keep`.
pub const DEFAULT_KEEP: usize = 1000;

/// One delivery: its record line, and its list row as the page receives it live.
#[derive(Debug)]
pub struct Entry {
    pub id: u64,
    /// The server-sent event of its row: `event: delivery`, `id: N`, `data: {"id":N,
    /// "latency_ms":…,"record":{the list's fields}}`, a blank line.
    pub event: Bytes,
    /// Where the row's JSON starts in `event`.
    json_at: usize,
    /// `latency_ms` as JSON (`null` when unknown).
    latency: Box<str>,
    /// The record line, without its newline.
    record: Box<[u8]>,
}

impl Entry {
    /// The row's JSON (no raw newline in it: it is one SSE `data:` line).
    pub fn row(&self) -> &str {
        let json = &self.event[self.json_at..self.event.len() - 2];
        std::str::from_utf8(json).expect("built from a str")
    }
    /// The whole delivery as JSON: `{"id":N,"latency_ms":…,"record":{the record line}}`.
    pub fn json(&self) -> String {
        format!(
            "{{\"id\":{},\"latency_ms\":{},\"record\":{}}}",
            self.id,
            self.latency,
            String::from_utf8_lossy(&self.record)
        )
    }
    /// The record line, without its newline.
    pub fn record(&self) -> &[u8] {
        &self.record
    }
}

/// The record's fields the list shows (names as in the record line).
#[derive(Serialize)]
struct Row<'a> {
    received_at: &'a str,
    provider: Option<&'a str>,
    event_type: Option<&'a str>,
    event_id: Option<&'a str>,
    signature: &'a str,
    reason: Option<&'a str>,
    duplicate: bool,
    filtered: bool,
    status: u64,
    method: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    forwarded: Vec<RowForward<'a>>,
}

#[derive(Serialize)]
struct RowForward<'a> {
    status: Option<u64>,
    error: Option<&'a str>,
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

    /// Add one delivery: its record line (which may end with its newline), its list row as
    /// JSON, and how long its answer took, when known. Never blocks on a page.
    fn push(&self, line: &[u8], row: &str, latency: Option<Duration>) -> u64 {
        let record = line.strip_suffix(b"\n").unwrap_or(line);
        let latency = match latency {
            Some(d) => format!("{:.3}", d.as_secs_f64() * 1000.0),
            None => "null".to_string(),
        };
        let mut ring = self.ring.lock().unwrap_or_else(|p| p.into_inner());
        let id = ring.next_id;
        ring.next_id += 1;
        let head = format!("event: delivery\nid: {id}\ndata: ");
        let event = format!("{head}{{\"id\":{id},\"latency_ms\":{latency},\"record\":{row}}}\n\n");
        let entry = Arc::new(Entry {
            id,
            event: Bytes::from(event),
            json_at: head.len(),
            latency: latency.into_boxed_str(),
            record: record.into(),
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

    /// A line read from a record file, which may be anything: only a JSON object is kept.
    pub fn push_checked(&self, line: &[u8]) -> bool {
        let line = line.trim_ascii();
        let Ok(Value::Object(rec)) = serde_json::from_slice::<Value>(line) else {
            return false;
        };
        let text = |k: &str| rec.get(k).and_then(Value::as_str);
        let forwarded = rec
            .get("forwarded")
            .and_then(Value::as_array)
            .map(|all| {
                all.iter()
                    .map(|f| RowForward {
                        status: f.get("status").and_then(Value::as_u64),
                        error: f.get("error").and_then(Value::as_str),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let row = Row {
            received_at: text("received_at").unwrap_or(""),
            provider: text("provider"),
            event_type: text("event_type"),
            event_id: text("event_id"),
            signature: text("signature").unwrap_or("missing"),
            reason: text("reason"),
            duplicate: rec.get("duplicate").and_then(Value::as_bool).unwrap_or(false),
            filtered: rec.get("filtered").and_then(Value::as_bool).unwrap_or(false),
            status: rec.get("status").and_then(Value::as_u64).unwrap_or(0),
            method: text("method").unwrap_or("POST"),
            forwarded,
        };
        let row = serde_json::to_string(&row).expect("a row serialises");
        self.push(line, &row, None) != 0
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
    /// The row comes from the exchange itself: no parse of the line on the delivery's path.
    fn recorded(&self, ex: &Exchange, line: &[u8]) {
        let received_at = humantime::format_rfc3339_millis(ex.received_at).to_string();
        let row = Row {
            received_at: &received_at,
            provider: ex.provider.as_deref(),
            event_type: ex.event_type.as_deref(),
            event_id: ex.event_id.as_deref(),
            signature: ex.signature.as_str(),
            reason: ex.reason.as_deref(),
            duplicate: ex.duplicate,
            filtered: ex.filtered,
            status: u64::from(ex.status),
            method: &ex.method,
            forwarded: ex
                .forwarded
                .iter()
                .map(|f| RowForward {
                    status: f.status.map(u64::from),
                    error: f.error.as_deref(),
                })
                .collect(),
        };
        let row = serde_json::to_string(&row).expect("a row serialises");
        self.push(line, &row, Some(ex.latency));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(n: u32) -> Vec<u8> {
        format!("{{\"n\":{n},\"event_id\":\"e{n}\",\"body\":\"big\"}}\n").into_bytes()
    }

    #[test]
    fn keeps_the_last_n_and_finds_them_by_id() {
        let feed = Feed::new(3);
        for n in 0..5 {
            assert!(feed.push_checked(&line(n)));
        }
        let kept: Vec<u64> = feed.snapshot().iter().map(|e| e.id).collect();
        assert_eq!(kept, [3, 4, 5]);
        assert!(feed.get(2).is_none());
        assert_eq!(feed.get(4).unwrap().record(), line(3).trim_ascii());
        assert!(feed
            .get(4)
            .unwrap()
            .event
            .starts_with(b"event: delivery\nid: 4\ndata: {"));
        assert!(feed.get(6).is_none());
        // The row has the list's fields, not the body; the whole JSON has it all.
        let row: Value = serde_json::from_str(feed.get(5).unwrap().row()).unwrap();
        assert_eq!(row["record"]["event_id"], "e4");
        assert_eq!(row["latency_ms"], Value::Null);
        assert!(row["record"].get("body").is_none());
        let all: Value = serde_json::from_str(&feed.get(5).unwrap().json()).unwrap();
        assert_eq!(all["record"]["body"], "big");
        assert_eq!(all["id"], 5);
    }

    #[test]
    fn a_lagging_receiver_never_blocks_a_push() {
        let feed = Feed::new(10);
        let (mut rx, kept) = feed.subscribe();
        assert!(kept.is_empty());
        // Nobody reads: pushes go on regardless, and the receiver learns it fell behind.
        for n in 0..(CHANNEL as u32 + 10) {
            feed.push(&line(n), "{}", Some(Duration::from_millis(2)));
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
        assert!(!feed.push_checked(b"not json"));
        assert!(!feed.push_checked(b"{\"a\":"));
        assert!(!feed.push_checked(b"[1]"));
        assert!(feed.push_checked(b"{\"a\":1}"));
        assert_eq!(feed.snapshot().len(), 1);
    }
}
