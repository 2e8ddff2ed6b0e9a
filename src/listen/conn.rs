//! One client connection as hyper reads it: heads pass through the `Framer` first, and the
//! clock runs against clients that are slow to send a head or sit idle.
//!
//! A refused head (or one that timed out) is replaced by a short synthetic request that hyper
//! parses like any other, so the refusal is answered in order, after any answers still owed on
//! a pipelined connection, and then the connection closes.

use std::collections::VecDeque;
use std::future::Future;
use std::io;
use std::mem::MaybeUninit;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, ReadBuf};
use tokio::time::{Instant, Sleep};

use super::framing::{Framer, Head, Limits, Phase, Refusal};

/// What hyper parses in place of a refused head; the service answers it from `Entry::Refused`.
const STAND_IN: &[u8] = b"GET / HTTP/1.1\r\nhost: hookctl\r\nconnection: close\r\n\r\n";

/// How much is read from the socket at once.
const READ_CHUNK: usize = 16 * 1024;

#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub header: Duration,
    pub idle: Duration,
}

/// One entry per request hyper will hand to the service, in order.
#[derive(Debug)]
pub enum Entry {
    Head(Head),
    Refused(Refusal),
}

/// What the connection and the service share.
#[derive(Debug, Default)]
pub struct Pipeline {
    entries: Mutex<VecDeque<Entry>>,
    /// Requests being answered: a connection is not idle while one is.
    busy: AtomicUsize,
}

impl Pipeline {
    pub fn next_entry(&self) -> Option<Entry> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner()).pop_front()
    }

    /// Marks a request as being answered until the guard drops.
    pub fn busy(self: &Arc<Self>) -> Busy {
        self.busy.fetch_add(1, Ordering::SeqCst);
        Busy(self.clone())
    }

    fn push(&self, entries: impl IntoIterator<Item = Entry>) {
        self.entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(entries);
    }
}

pub struct Busy(Arc<Pipeline>);

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.busy.fetch_sub(1, Ordering::SeqCst);
    }
}

pub struct Guarded<S> {
    inner: S,
    framer: Framer,
    pipeline: Arc<Pipeline>,
    timeouts: Timeouts,
    /// Bytes that passed and that hyper has not read yet.
    out: Vec<u8>,
    out_at: usize,
    /// Any head seen on this connection: before the first, idling costs the header timeout.
    served: bool,
    head_started: Instant,
    last_read: Instant,
    timer: Pin<Box<Sleep>>,
    /// No more bytes are read: the client closed, idled out, or was refused.
    done: Option<Done>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    Eof,
    Refused,
}

impl<S> Guarded<S> {
    pub fn new(inner: S, limits: Limits, timeouts: Timeouts, pipeline: Arc<Pipeline>) -> Guarded<S> {
        let now = Instant::now();
        Guarded {
            inner,
            framer: Framer::new(limits),
            pipeline,
            timeouts,
            out: Vec::new(),
            out_at: 0,
            served: false,
            head_started: now,
            last_read: now,
            timer: Box::pin(tokio::time::sleep_until(now + timeouts.header)),
            done: None,
        }
    }

    fn refuse(&mut self, refusal: Refusal) {
        self.pipeline.push([Entry::Refused(refusal)]);
        self.out.extend_from_slice(STAND_IN);
        self.done = Some(Done::Refused);
    }

    /// When the clock next matters, and what happens then.
    fn deadline(&self) -> Option<(Instant, Expiry)> {
        match self.framer.phase() {
            Phase::Idle if !self.served => Some((self.head_started + self.timeouts.header, Expiry::Close)),
            Phase::Idle | Phase::Lost => Some((self.last_read + self.timeouts.idle, Expiry::Idle)),
            Phase::Head => Some((self.head_started + self.timeouts.header, Expiry::HeadTimeout)),
            // The service times out a silent body itself; a refused connection reads no more.
            Phase::Body | Phase::Refused => None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Expiry {
    /// A connection that never sent a byte: close without an answer (nothing was asked).
    Close,
    /// Kept alive with nothing to do: close, unless a request is still being answered.
    Idle,
    HeadTimeout,
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        loop {
            if this.out_at < this.out.len() {
                let n = buf.remaining().min(this.out.len() - this.out_at);
                buf.put_slice(&this.out[this.out_at..this.out_at + n]);
                this.out_at += n;
                if this.out_at == this.out.len() {
                    // Freed, not kept: a connection waiting for its next request holds no copy
                    // of the last one (1 KiB and more per connection, times 1,024).
                    this.out = Vec::new();
                    this.out_at = 0;
                }
                return Poll::Ready(Ok(()));
            }
            match this.done {
                Some(Done::Eof) => return Poll::Ready(Ok(())),
                // hyper has read the stand-in, and nothing follows it: the end of input lets
                // hyper close even if it took the stand-in for part of something else. With
                // half-close on, the answer it owes (the refusal) still goes out first.
                Some(Done::Refused) => return Poll::Ready(Ok(())),
                None => {}
            }
            // On the stack, not in the connection: an idle connection holds no read buffer.
            let mut scratch = [MaybeUninit::<u8>::uninit(); READ_CHUNK];
            let mut chunk = ReadBuf::uninit(&mut scratch);
            match Pin::new(&mut this.inner).poll_read(cx, &mut chunk) {
                Poll::Ready(Ok(())) => {
                    let n = chunk.filled().len();
                    if n == 0 {
                        this.done = Some(Done::Eof);
                        continue;
                    }
                    let now = Instant::now();
                    this.last_read = now;
                    if this.framer.phase() == Phase::Idle {
                        this.head_started = now;
                    }
                    let mut heads = Vec::new();
                    let refused = this.framer.feed(chunk.filled(), &mut this.out, &mut heads);
                    this.served |= !heads.is_empty();
                    this.pipeline.push(heads.into_iter().map(Entry::Head));
                    if let Some(r) = refused {
                        this.refuse(r);
                    }
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => {
                    let Some((at, expiry)) = this.deadline() else {
                        return Poll::Pending;
                    };
                    if this.timer.deadline() != at {
                        this.timer.as_mut().reset(at);
                    }
                    if this.timer.as_mut().poll(cx).is_pending() {
                        return Poll::Pending;
                    }
                    match expiry {
                        Expiry::Close => this.done = Some(Done::Eof),
                        Expiry::Idle if this.pipeline.busy.load(Ordering::SeqCst) > 0 => {
                            this.last_read = Instant::now();
                        }
                        Expiry::Idle => this.done = Some(Done::Eof),
                        Expiry::HeadTimeout => {
                            let r = this.framer.refuse(Refusal {
                                status: 408,
                                reason: format!(
                                    "request head not complete within {}",
                                    humantime::format_duration(this.timeouts.header)
                                ),
                            });
                            this.refuse(r);
                        }
                    }
                }
            }
        }
    }
}

/// `AsyncWrite` for a wrapper that only watches what is read: every write goes straight to
/// its `inner` stream, vectored writes included.
macro_rules! write_through {
    ($wrapper:ident) => {
        impl<S: tokio::io::AsyncWrite + Unpin> tokio::io::AsyncWrite for $wrapper<S> {
            fn poll_write(
                mut self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
                buf: &[u8],
            ) -> std::task::Poll<std::io::Result<usize>> {
                std::pin::Pin::new(&mut self.inner).poll_write(cx, buf)
            }
            fn poll_write_vectored(
                mut self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
                bufs: &[std::io::IoSlice<'_>],
            ) -> std::task::Poll<std::io::Result<usize>> {
                std::pin::Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
            }
            fn is_write_vectored(&self) -> bool {
                self.inner.is_write_vectored()
            }
            fn poll_flush(
                mut self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<std::io::Result<()>> {
                std::pin::Pin::new(&mut self.inner).poll_flush(cx)
            }
            fn poll_shutdown(
                mut self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<std::io::Result<()>> {
                std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
            }
        }
    };
}
pub(crate) use write_through;

write_through!(Guarded);

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    const LIMITS: Limits = Limits {
        head: 1024,
        request_line: 256,
        headers: 10,
    };

    fn guarded(
        timeouts: Timeouts,
    ) -> (
        Guarded<tokio::io::DuplexStream>,
        tokio::io::DuplexStream,
        Arc<Pipeline>,
    ) {
        let (a, b) = tokio::io::duplex(64 * 1024);
        let shared = Arc::new(Pipeline::default());
        (Guarded::new(a, LIMITS, timeouts, shared.clone()), b, shared)
    }

    const SHORT: Timeouts = Timeouts {
        header: Duration::from_millis(100),
        idle: Duration::from_millis(300),
    };

    #[tokio::test(start_paused = true)]
    async fn a_slow_head_becomes_a_stand_in_refused_with_408() {
        let (mut g, mut client, shared) = guarded(SHORT);
        client.write_all(b"GET / HTTP/1.1\r\nHo").await.unwrap();
        let mut got = vec![0; 256];
        let n = g.read(&mut got).await.unwrap();
        assert_eq!(&got[..n], STAND_IN);
        match shared.next_entry() {
            Some(Entry::Refused(r)) => assert_eq!(r.status, 408),
            other => panic!("{other:?}"),
        }
        // Nothing follows the stand-in: hyper sees the end of input and closes once it answered.
        assert_eq!(g.read(&mut got).await.unwrap(), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn a_silent_connection_is_closed_after_the_header_timeout() {
        let (mut g, _client, _) = guarded(SHORT);
        let started = Instant::now();
        let n = g.read(&mut [0; 16]).await.unwrap();
        assert_eq!(n, 0);
        assert!(started.elapsed() >= SHORT.header);
    }

    #[tokio::test(start_paused = true)]
    async fn kept_alive_connections_idle_out_unless_busy() {
        let (mut g, mut client, shared) = guarded(SHORT);
        client
            .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            .await
            .unwrap();
        let mut got = vec![0; 256];
        let n = g.read(&mut got).await.unwrap();
        assert!(n > 0);
        assert!(matches!(shared.next_entry(), Some(Entry::Head(_))));
        let busy = shared.busy();
        let waiting = tokio::time::timeout(SHORT.idle * 3, g.read(&mut got)).await;
        assert!(waiting.is_err(), "closed while a request was being answered");
        drop(busy);
        let started = Instant::now();
        assert_eq!(g.read(&mut got).await.unwrap(), 0);
        assert!(started.elapsed() <= SHORT.idle * 2);
    }
}
