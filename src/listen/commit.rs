//! Commit: an answered request's record line is on disk and its console block is out before
//! its answer leaves.
//!
//! Each request's task serialises its own record line. Without `--fsync` it writes it itself
//! (one write under the record's lock). With `--fsync` it hands it to one writer thread and
//! waits: the writer takes every line waiting (up to [`BATCH_BYTES`]), appends them with one
//! write and one sync, prints their console blocks with one write in the order they came,
//! and only then releases the answers, so a disk's wait is paid once per batch, not per
//! event. Should a write fail, every request of that batch is answered 500 and its line cut
//! off again (`record`): none was acknowledged.

use std::sync::mpsc;
use std::sync::Arc;
use std::time::Instant;

use colored::Colorize;
use tokio::sync::oneshot;

use super::handler::Reply;
use super::{record_format, render, Exchange, Shared, Signature};
use crate::output::sanitize;

/// Stop gathering a batch once its record lines reach this size: a batch's bytes are copied
/// once more, so this bounds that copy, not the requests (their bodies are in memory anyway).
const BATCH_BYTES: usize = 1 << 20;

/// How answered requests reach the disk and the console.
pub enum Committer {
    /// Each on its own worker, one write under the record's lock: cheapest while a write
    /// does not wait for the disk (a hand-off to another thread costs more than the write).
    Inline,
    /// Through the writer thread, many per write and one sync per batch (`--fsync`): the
    /// disk's wait is shared by every request in the batch. The thread ends when this is
    /// dropped.
    Batched(mpsc::Sender<Job>),
}

pub struct Job {
    pending: Pending,
    done: oneshot::Sender<Reply>,
}

/// An answered request and its record line, not yet written.
struct Pending {
    reply: Reply,
    line: Vec<u8>,
}

impl Committer {
    /// Batched under `--fsync`, inline otherwise.
    pub fn start(shared: Arc<Shared>) -> Committer {
        if !shared.fsync {
            return Committer::Inline;
        }
        let (jobs, queue) = mpsc::channel();
        std::thread::Builder::new()
            .name("hookctl-commit".into())
            .spawn(move || write_batches(&shared, &queue))
            .expect("a thread can be started");
        Committer::Batched(jobs)
    }

    /// Record and print an answered request; returns once its line is on disk and out, with
    /// the answer to give (500 if the record could not be written), or `None` if the writer
    /// is gone (only a panic there ends it early): the caller answers 500 without a record.
    pub async fn commit(&self, shared: &Shared, mut reply: Reply, started: Instant) -> Option<Reply> {
        reply.exchange.status = reply.status;
        reply.exchange.latency = started.elapsed();
        // Serialised here, on the request's own worker, so the writer only writes; and only
        // when something reads it (the record, the inspector, `-o json`).
        let line = if needs_line(shared) {
            record_format::write(&reply.exchange)
        } else {
            Vec::new()
        };
        let pending = Pending { reply, line };
        match self {
            Committer::Inline => {
                let mut batch = [pending];
                let mut console = Vec::new();
                write_batch(shared, &mut batch, None, &mut console);
                let [pending] = batch;
                Some(pending.reply)
            }
            Committer::Batched(jobs) => {
                let (done, answered) = oneshot::channel();
                jobs.send(Job { pending, done }).ok()?;
                answered.await.ok()
            }
        }
    }
}

/// Whether anything reads an exchange's record line.
fn needs_line(shared: &Shared) -> bool {
    shared.recorder.is_some() || shared.observer.is_some() || render::prints_record_line(shared.output)
}

fn write_batches(shared: &Shared, queue: &mpsc::Receiver<Job>) {
    let mut batch = Vec::new();
    let mut dones = Vec::new();
    let mut lines = Vec::new();
    let mut console = Vec::new();
    while let Ok(first) = queue.recv() {
        let mut next = Some(first);
        while let Some(job) = next.take() {
            lines.extend_from_slice(&job.pending.line);
            batch.push(job.pending);
            dones.push(job.done);
            if lines.len() < BATCH_BYTES {
                next = queue.try_recv().ok();
            }
        }
        write_batch(shared, &mut batch, Some(&lines), &mut console);
        for (pending, done) in batch.drain(..).zip(dones.drain(..)) {
            // A client gone before its answer is its own business.
            let _ = done.send(pending.reply);
        }
        lines.clear();
        console.clear();
        // One huge batch must not keep its memory for the rest of the run.
        for buffer in [&mut lines, &mut console] {
            if buffer.capacity() > 4 * BATCH_BYTES {
                buffer.shrink_to(BATCH_BYTES);
            }
        }
    }
}

/// Append `lines` (the batch's record lines joined in order; `None` for a batch of one) with
/// one write, then print the batch's console blocks with one write. A failed write answers
/// every request of the batch 500.
fn write_batch(shared: &Shared, batch: &mut [Pending], lines: Option<&[u8]>, console: &mut Vec<u8>) {
    let written = match &shared.recorder {
        Some(recorder) => recorder.append(lines.unwrap_or(&batch[0].line)),
        None => Ok(()),
    };
    if let Err(why) = written {
        // Never acknowledge what is not on disk: the providers will retry.
        shared
            .ui
            .warn(format!("cannot write the record file ({why}): answered 500"));
        for p in batch.iter_mut() {
            p.reply.status = 500;
            p.reply.exchange.status = 500;
            p.line = record_format::write(&p.reply.exchange);
        }
    }
    for p in batch.iter() {
        settled(shared, &p.reply, &p.line, console);
    }
    render::emit(console);
}

/// What follows a request's line being on disk, before its answer leaves: the inspector is
/// told, a refused event's deduplication key is released, and its console block is queued.
fn settled(shared: &Shared, reply: &Reply, line: &[u8], console: &mut Vec<u8>) {
    if let Some(observer) = &shared.observer {
        observer.recorded(&reply.exchange, line);
    }
    if !(200..300).contains(&reply.status) {
        if let Some(key) = &reply.dedup_key {
            // The provider will retry this one: its retry must not count as a duplicate.
            shared.seen.forget(&key.0, &key.1);
        }
    }
    console.extend_from_slice(&render::stdout_block(
        &reply.exchange,
        line,
        shared.output,
        shared.full,
    ));
    report_reasons(shared, &reply.exchange);
}

/// Why a delivery failed and its notes, on stderr where stdout carries data; and how to set a
/// missing secret.
fn report_reasons(shared: &Shared, ex: &Exchange) {
    let failed = !matches!(ex.signature, Signature::Valid | Signature::Challenge);
    if shared.output.streams().reasons_on_stderr {
        if failed {
            let why = ex.reason.as_deref().unwrap_or("invalid signature");
            eprintln!(
                "{} {} {}: {}",
                "✘".red().bold(),
                ex.status,
                sanitize(ex.provider.as_deref().unwrap_or("unknown provider"), false),
                sanitize(why, false)
            );
        }
        for note in &ex.notes {
            eprintln!("{} {}", "note:".cyan(), sanitize(note, false));
        }
    }
    if let (Some(p), Some(why)) = (&ex.provider, &ex.reason) {
        if why.starts_with("no secret configured") {
            eprintln!(
                "{} set {}, `[providers.{p}] secret` in the config, or pass --secret-for {p}=@FILE",
                "hint:".cyan().bold(),
                crate::secret::provider_env_var(p, crate::secret::Credential::Secret)
            );
        }
    }
}
