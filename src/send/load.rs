//! Load mode (`send-test --count N --concurrency C [--rate R]`): N distinct events, each
//! freshly built and signed, C in flight; latencies kept in a histogram per runtime shard
//! (`latency`: constant memory, percentiles within 0.1 %), merged at the end. Ctrl-C stops the run where it
//! is: requests in flight are dropped and the summary tells what was done.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use super::expect::Expect;
use super::latency::Latencies;
use super::synth::Payload;
use super::{client, direct};
use crate::error::{Error, Result};
use crate::providers::delivery::Signer;
use crate::providers::{Headers, Key, Provider, Variant};

/// Everything the workers share; owned so tasks can be spawned.
pub struct Job {
    pub client: reqwest::Client,
    pub url: reqwest::Url,
    pub deadline: Duration,
    pub payload: Payload,
    pub provider: Arc<dyn Provider>,
    pub key: Key,
    pub variant: Variant,
    pub event_type: Option<String>,
    pub extra: Headers,
    pub expect: Expect,
    pub count: u64,
    pub concurrency: usize,
    pub rate: Option<f64>,
}

/// Set once by Ctrl-C; every worker watches it between and during requests.
#[derive(Default)]
struct Stop {
    flag: AtomicBool,
    notify: tokio::sync::Notify,
}

impl Stop {
    fn set(&self) {
        self.flag.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
    }
    fn is_set(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
    /// Resolves once the stop is set (at once if it already is).
    async fn wait(&self) {
        let notified = self.notify.notified();
        if self.is_set() {
            return;
        }
        notified.await;
    }

    /// A thread that sets `stop` on the first Ctrl-C, listening before this returns so an
    /// early Ctrl-C is not lost. The handler stays for the rest of the process, which ends
    /// soon after the run.
    fn on_ctrl_c(stop: Arc<Stop>) {
        let (ready, listening) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new().name("ctrl-c".into()).spawn(move || {
            let _ = crate::runtime::block_on(async move {
                #[cfg(unix)]
                {
                    use tokio::signal::unix::{signal, SignalKind};
                    match signal(SignalKind::interrupt()) {
                        Ok(mut int) => {
                            let _ = ready.send(());
                            int.recv().await;
                        }
                        Err(_) => {
                            let _ = ready.send(());
                            return;
                        }
                    }
                }
                #[cfg(not(unix))]
                {
                    let _ = ready.send(());
                    if tokio::signal::ctrl_c().await.is_err() {
                        return;
                    }
                }
                stop.set();
            });
        });
        if spawned.is_ok() {
            let _ = listening.recv();
        }
    }
}

/// What one worker saw.
#[derive(Debug, Default)]
struct Tally {
    /// Requests that got an answer or failed (not those cut off by Ctrl-C).
    sent: u64,
    statuses: BTreeMap<u16, u64>,
    errors: BTreeMap<&'static str, u64>,
    first_error: Option<String>,
    missed: u64,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.sent += other.sent;
        for (k, v) in other.statuses {
            *self.statuses.entry(k).or_default() += v;
        }
        for (k, v) in other.errors {
            *self.errors.entry(k).or_default() += v;
        }
        self.first_error = self.first_error.take().or(other.first_error);
        self.missed += other.missed;
    }
}

/// The run's outcome.
#[derive(Debug)]
pub struct Summary {
    /// Events asked for (`--count`).
    pub planned: u64,
    /// Requests that were answered or failed; fewer than `planned` after Ctrl-C.
    pub sent: u64,
    /// Ctrl-C stopped the run before every event was sent.
    pub interrupted: bool,
    pub statuses: BTreeMap<u16, u64>,
    pub errors: BTreeMap<&'static str, u64>,
    pub first_error: Option<String>,
    /// Answers whose status missed --expect, plus requests with no answer.
    pub missed: u64,
    /// Latencies of answered requests.
    pub latencies: Latencies,
    pub elapsed: Duration,
}

impl Summary {
    pub fn percentile_ms(&self, p: f64) -> Option<f64> {
        self.latencies.percentile_ms(p)
    }
    /// Requests that got an HTTP answer.
    pub fn answered(&self) -> u64 {
        self.latencies.len()
    }
    /// Answered requests per second: failures that return at once are not throughput, so a run
    /// where nothing was answered is 0/s.
    pub fn events_per_s(&self) -> f64 {
        if self.answered() == 0 {
            return 0.0;
        }
        self.answered() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
    /// Every request failed to connect: a network failure, not a receiver's answer.
    pub fn all_unreachable(&self) -> bool {
        self.sent > 0 && self.errors.get("connect").copied() == Some(self.sent)
    }

    pub fn to_json(&self, expect: &Expect) -> serde_json::Value {
        let statuses: serde_json::Map<String, serde_json::Value> = self
            .statuses
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        let lat = |p: f64| self.percentile_ms(p);
        json!({
            "planned": self.planned,
            "sent": self.sent,
            "answered": self.answered(),
            "interrupted": self.interrupted,
            "statuses": statuses,
            "errors": self.errors,
            "missed_expect": self.missed,
            "expect": expect.to_string(),
            "latency_ms": {
                "min": lat(0.0), "p50": lat(50.0), "p90": lat(90.0), "p99": lat(99.0), "max": lat(100.0),
            },
            "elapsed_s": self.elapsed.as_secs_f64(),
            "events_per_s": self.events_per_s(),
            "ok": self.missed == 0 && !self.interrupted,
        })
    }
}

/// Send `job.count` events; returns when all are answered or failed.
///
/// Plain-http runs are split over one single-threaded runtime per core, each owning its share
/// of the connections: nothing crosses threads but the event counter, so a second core adds
/// throughput instead of wake-ups. https stays on one runtime, since reqwest's pool belongs to
/// the runtime that made it.
pub fn run(job: Job, progress: Option<indicatif::ProgressBar>) -> Result<Summary> {
    let workers = job.concurrency.max(1).min(job.count.max(1) as usize);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Worked out once: it reads the proxy settings from the environment.
    let endpoint = direct::Endpoint::for_url(&job.url);
    let shards = if endpoint.is_some() { cores.min(workers) } else { 1 };
    let job = Arc::new(job);
    let next = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(Stop::default());
    Stop::on_ctrl_c(stop.clone());
    let started = Instant::now();
    let mut total = Tally::default();
    let mut latencies = Latencies::default();
    let outcomes: Vec<Result<(Tally, Latencies)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..shards)
            .map(|s| {
                let share = workers / shards + usize::from(s < workers % shards);
                let (job, next, stop, progress, endpoint) = (
                    job.clone(),
                    next.clone(),
                    stop.clone(),
                    progress.clone(),
                    endpoint.clone(),
                );
                scope.spawn(move || {
                    crate::runtime::block_on(shard(job, next, stop, started, progress, endpoint, share))
                        .and_then(|r| r)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::network("a load worker thread stopped")))
            })
            .collect()
    });
    // The run ends with its last answer; merging the shards' tallies is bookkeeping.
    let elapsed = started.elapsed();
    for outcome in outcomes {
        let (tally, shard_latencies) = outcome?;
        total.merge(tally);
        latencies.merge(&shard_latencies);
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    Ok(Summary {
        planned: job.count,
        sent: total.sent,
        interrupted: stop.is_set() && total.sent < job.count,
        statuses: total.statuses,
        errors: total.errors,
        first_error: total.first_error,
        missed: total.missed,
        latencies,
        elapsed,
    })
}

/// One runtime's share of the connections.
async fn shard(
    job: Arc<Job>,
    next: Arc<AtomicU64>,
    stop: Arc<Stop>,
    started: Instant,
    progress: Option<indicatif::ProgressBar>,
    endpoint: Option<direct::Endpoint>,
    workers: usize,
) -> Result<(Tally, Latencies)> {
    // One histogram for the shard's workers: they share its thread, so the lock is never
    // contended, and memory stays one histogram per core however high the concurrency.
    let latencies = Arc::new(Mutex::new(Latencies::default()));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..workers {
        let (job, next, stop, progress) = (job.clone(), next.clone(), stop.clone(), progress.clone());
        let direct = endpoint.clone().map(direct::Connection::new);
        let latencies = latencies.clone();
        tasks.spawn(async move {
            worker(&job, &next, &stop, started, progress.as_ref(), direct, &latencies).await
        });
    }
    let mut total = Tally::default();
    while let Some(joined) = tasks.join_next().await {
        let tally = joined.map_err(|e| Error::network(format!("a load worker stopped: {e}")))??;
        total.merge(tally);
    }
    let latencies = latencies.lock().map(|l| l.clone()).unwrap_or_default();
    Ok((total, latencies))
}

async fn worker(
    job: &Job,
    next: &AtomicU64,
    stop: &Stop,
    started: Instant,
    progress: Option<&indicatif::ProgressBar>,
    // The plain-http connection, or `None` to send through the reqwest client.
    mut direct: Option<direct::Connection>,
    latencies: &Mutex<Latencies>,
) -> Result<Tally> {
    let signer = Signer {
        provider: job.provider.as_ref(),
        key: &job.key,
        variant: &job.variant,
        event_type: job.event_type.as_deref(),
        extra: &job.extra,
    };
    let mut bodies = job.payload.bodies();
    let mut tally = Tally::default();
    loop {
        if stop.is_set() {
            return Ok(tally);
        }
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= job.count {
            return Ok(tally);
        }
        if let Some(rate) = job.rate {
            // Event i may start at i/R seconds: an even pace whatever the concurrency.
            let due = started + Duration::from_secs_f64(i as f64 / rate);
            tokio::select! {
                _ = tokio::time::sleep_until(due.into()) => {}
                _ = stop.wait() => return Ok(tally),
            }
        }
        let body = bodies.next_body()?;
        let delivery = signer.sign_parsed(body.bytes, body.parsed, body.canonical, None)?;
        let url = delivery.posted_to(&job.url);
        let post = async {
            match &mut direct {
                Some(conn) => {
                    let own = matches!(url, Cow::Owned(_)).then_some(url.as_ref());
                    conn.post(own, &delivery.headers, delivery.body, job.deadline)
                        .await
                }
                None => client::post(&job.client, &url, &delivery.headers, delivery.body, job.deadline)
                    .await
                    .map(|a| (a.status, a.latency)),
            }
        };
        // A request cut off by Ctrl-C is neither answered nor failed: it is not counted.
        let answer = tokio::select! {
            answer = post => answer,
            _ = stop.wait() => return Ok(tally),
        };
        tally.sent += 1;
        match answer {
            Ok((status, latency)) => {
                if let Ok(mut l) = latencies.lock() {
                    l.record(latency);
                }
                *tally.statuses.entry(status).or_default() += 1;
                if !job.expect.matches(status) {
                    tally.missed += 1;
                }
            }
            Err(f) => {
                *tally.errors.entry(f.kind()).or_default() += 1;
                tally.missed += 1;
                if tally.first_error.is_none() {
                    tally.first_error = Some(f.describe(&job.provider.info().name));
                }
            }
        }
        if let Some(p) = progress {
            p.inc(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank_within_the_precision() {
        let s = Summary {
            planned: 100,
            sent: 100,
            interrupted: false,
            statuses: BTreeMap::new(),
            errors: BTreeMap::new(),
            first_error: None,
            missed: 0,
            latencies: {
                let mut l = Latencies::default();
                (1..=100).for_each(|i| l.record_us(i * 1000));
                l
            },
            elapsed: Duration::from_secs(2),
        };
        // Nearest rank, within the histogram's 0.1 %.
        for (p, want) in [(50.0, 50.0), (99.0, 99.0), (0.0, 1.0), (100.0, 100.0)] {
            let got = s.percentile_ms(p).unwrap();
            assert!((got - want).abs() <= want * 0.001, "p{p}: {got}");
        }
        assert_eq!(s.answered(), 100);
        assert_eq!(s.events_per_s(), 50.0);
    }

    #[test]
    fn nothing_answered_is_no_throughput() {
        let mut errors = BTreeMap::new();
        errors.insert("connect", 100);
        let s = Summary {
            planned: 100,
            sent: 100,
            interrupted: false,
            statuses: BTreeMap::new(),
            errors,
            first_error: None,
            missed: 100,
            latencies: Latencies::default(),
            elapsed: Duration::from_millis(10),
        };
        assert_eq!(s.events_per_s(), 0.0);
        assert!(s.all_unreachable());
    }
}
