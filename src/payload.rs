//! Payload input: --data, --file (`-` = stdin), or piped stdin. Files are streamed,
//! and so is stdin past the first few MiB.

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};

use crate::error::{Error, Result};

/// Chunk size for streaming: large enough that hashing, not syscalls, dominates.
const CHUNK: usize = 256 * 1024;

/// Files above this size are read on a second thread while the first one hashes; below it the
/// thread start costs more than the overlap saves.
const READ_AHEAD_FROM: u64 = 4 * 1024 * 1024;

/// Chunks in flight between the reader thread and the hasher: enough to keep both busy,
/// few enough that memory stays flat.
const READ_AHEAD_BUFFERS: usize = 4;

/// Stdin up to this size is held in memory (schemes may read it twice); a longer one is
/// streamed once. Bodies this small are also the ones parsed to find event type and id.
pub const IN_MEMORY_LIMIT: u64 = 4 * 1024 * 1024;

/// Where the payload comes from: `--data` or `--file`; neither means stdin.
#[derive(Debug, Clone, Copy, Default)]
pub struct Flags<'a> {
    /// The bytes of `--data` as the shell passed them (not necessarily UTF-8).
    pub data: Option<&'a [u8]>,
    pub file: Option<&'a Path>,
}

impl Flags<'_> {
    /// `--data @body.json` is signed as the literal text `@body.json` (curl reads a file there,
    /// hookctl does not): the warning to print when that names a file that exists.
    pub fn at_file_warning(&self) -> Option<String> {
        let named = std::str::from_utf8(self.data?.strip_prefix(b"@")?).ok()?;
        Path::new(named).is_file().then(|| {
            format!(
                "--data @{named} is the literal text `@{named}`, not the file; did you mean --file {named}?"
            )
        })
    }
}

/// A request body. Files stay on disk and are read in chunks, so memory stays flat.
#[derive(Debug)]
pub enum Body {
    Bytes(Vec<u8>),
    File(PathBuf),
    /// Stdin longer than `IN_MEMORY_LIMIT`: what was read to find that out, then the rest,
    /// which can be read only once.
    Stream(Stream),
}

pub struct Stream {
    head: Vec<u8>,
    rest: Mutex<Option<Box<dyn Read + Send>>>,
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Stream({} bytes read, then the rest of stdin)",
            self.head.len()
        )
    }
}

impl Stream {
    /// The unread rest; the second call is an error, since stdin cannot be rewound.
    fn take_rest(&self) -> Result<Box<dyn Read + Send>> {
        self.rest
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
            .ok_or_else(|| {
                Error::usage(format!(
                    "this needs the payload twice, and stdin longer than {} MiB can be read only once",
                    IN_MEMORY_LIMIT >> 20
                ))
                .with_hint("save the payload to a file and pass --file PATH")
            })
    }
}

impl Body {
    /// Pick the source from the flags; `None` when none was given and stdin is a terminal.
    pub fn from_flags(flags: Flags<'_>) -> Result<Option<Body>> {
        if let Some(data) = flags.data {
            return Ok(Some(Body::Bytes(data.to_vec())));
        }
        match flags.file {
            Some(p) if p == Path::new("-") => read_stdin().map(Some),
            Some(p) => {
                let meta = std::fs::metadata(p).map_err(|e| Error::file(p, "read payload file", &e))?;
                if meta.is_dir() {
                    return Err(Error::usage(format!(
                        "payload file {} is a directory",
                        p.display()
                    )));
                }
                // Open once now so an unreadable file fails before any output.
                File::open(p).map_err(|e| Error::file(p, "read payload file", &e))?;
                Ok(Some(Body::File(p.to_path_buf())))
            }
            None if !std::io::stdin().is_terminal() => read_stdin().map(Some),
            None => Ok(None),
        }
    }

    /// Like `from_flags`, but a missing payload is a usage error. One rule for every command:
    /// an empty body given on purpose (`--data ''`, an empty `--file`) is used as it is; an
    /// empty stdin that no flag asked for is taken as a payload that was forgotten.
    pub fn required(flags: Flags<'_>) -> Result<Body> {
        let body = Body::from_flags(flags)?.ok_or_else(|| {
            Error::usage("no payload given").with_hint("pass --data STRING, --file PATH, or pipe it on stdin")
        })?;
        if flags.data.is_none() && flags.file.is_none() && body.is_empty()? {
            return Err(Error::usage("the payload is empty")
                .with_hint("pass the body with --data, --file or stdin (--data '' for an empty body)"));
        }
        Ok(body)
    }

    /// Feed every byte to `sink`, in order, in bounded chunks.
    pub fn feed(&self, mut sink: impl FnMut(&[u8])) -> Result<u64> {
        match self {
            Body::Bytes(b) => {
                sink(b);
                Ok(b.len() as u64)
            }
            Body::File(path) => {
                let file = File::open(path).map_err(|e| Error::file(path, "read payload file", &e))?;
                let large = file
                    .metadata()
                    .map(|m| m.len() > READ_AHEAD_FROM)
                    .unwrap_or(false);
                let read = if large {
                    read_ahead(file, &mut sink)
                } else {
                    read_inline(file, &mut sink)
                };
                read.map_err(|e| Error::file(path, "read payload file", &e))
            }
            Body::Stream(stream) => {
                let rest = stream.take_rest()?;
                sink(&stream.head);
                let rest = read_inline(rest, &mut sink).map_err(stdin_error)?;
                Ok(stream.head.len() as u64 + rest)
            }
        }
    }

    /// The whole body in memory, for schemes that must parse it.
    pub fn to_bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>> {
        match self {
            Body::Bytes(b) => Ok(std::borrow::Cow::Borrowed(b)),
            Body::File(path) => std::fs::read(path)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| Error::file(path, "read payload file", &e)),
            Body::Stream(stream) => {
                let mut all = stream.head.clone();
                stream.take_rest()?.read_to_end(&mut all).map_err(stdin_error)?;
                Ok(std::borrow::Cow::Owned(all))
            }
        }
    }

    /// The size, when it is known without reading the body (not for a long stdin).
    pub fn known_len(&self) -> Result<Option<u64>> {
        match self {
            Body::Bytes(b) => Ok(Some(b.len() as u64)),
            Body::File(path) => std::fs::metadata(path)
                .map(|m| Some(m.len()))
                .map_err(|e| Error::file(path, "read payload file", &e)),
            Body::Stream(_) => Ok(None),
        }
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.known_len()? == Some(0))
    }
}

/// Stdin is held in memory when short, so schemes can read it twice; a longer one is streamed.
fn read_stdin() -> Result<Body> {
    from_reader(Box::new(std::io::stdin()))
}

fn from_reader(mut input: Box<dyn Read + Send>) -> Result<Body> {
    let mut head = Vec::new();
    (&mut input)
        .take(IN_MEMORY_LIMIT + 1)
        .read_to_end(&mut head)
        .map_err(stdin_error)?;
    if head.len() as u64 <= IN_MEMORY_LIMIT {
        return Ok(Body::Bytes(head));
    }
    Ok(Body::Stream(Stream {
        head,
        rest: Mutex::new(Some(input)),
    }))
}

fn stdin_error(e: std::io::Error) -> Error {
    Error::usage(format!(
        "cannot read payload from stdin: {}",
        crate::error::io_reason(&e)
    ))
}

fn read_chunk(input: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match input.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

fn read_inline(mut input: impl Read, sink: &mut impl FnMut(&[u8])) -> std::io::Result<u64> {
    let mut buf = vec![0u8; CHUNK];
    let mut total = 0u64;
    loop {
        let n = read_chunk(&mut input, &mut buf)?;
        if n == 0 {
            return Ok(total);
        }
        sink(&buf[..n]);
        total += n as u64;
    }
}

/// Overlap the copy out of the page cache with hashing: the reader fills recycled buffers on
/// its own thread, so a large file costs the hash time alone instead of hash plus read.
fn read_ahead(mut file: File, sink: &mut impl FnMut(&[u8])) -> std::io::Result<u64> {
    std::thread::scope(|scope| {
        // Both channel ends the reader waits on live inside this closure, so any early return
        // drops them and the reader stops instead of blocking the scope's join.
        let (filled_tx, filled_rx) =
            mpsc::sync_channel::<std::io::Result<(Vec<u8>, usize)>>(READ_AHEAD_BUFFERS);
        let (empty_tx, empty_rx) = mpsc::channel::<Vec<u8>>();
        for _ in 0..READ_AHEAD_BUFFERS {
            let _ = empty_tx.send(vec![0u8; CHUNK]);
        }
        scope.spawn(move || {
            while let Ok(mut buf) = empty_rx.recv() {
                let chunk = match read_chunk(&mut file, &mut buf) {
                    Ok(0) => return,
                    Ok(n) => Ok((buf, n)),
                    Err(e) => Err(e),
                };
                let failed = chunk.is_err();
                if filled_tx.send(chunk).is_err() || failed {
                    return;
                }
            }
        });
        let mut total = 0u64;
        for chunk in filled_rx {
            let (buf, n) = chunk?;
            sink(&buf[..n]);
            total += n as u64;
            let _ = empty_tx.send(buf);
        }
        Ok(total)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn fed_bytes(len: usize) -> (Vec<u8>, Vec<u8>, u64) {
        // A non-repeating pattern, so a reordered or dropped chunk changes the bytes seen.
        let content: Vec<u8> = (0..len as u64)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 7) as u8)
            .collect();
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(&content).unwrap();
        let body = Body::File(file.path().to_path_buf());
        let mut seen = Vec::with_capacity(len);
        let total = body.feed(|chunk| seen.extend_from_slice(chunk)).unwrap();
        (content, seen, total)
    }

    #[test]
    fn large_files_arrive_whole_and_in_order_through_the_read_ahead_thread() {
        let len = READ_AHEAD_FROM as usize * 2 + CHUNK / 3 + 7;
        let (content, seen, total) = fed_bytes(len);
        assert_eq!(total, len as u64);
        assert!(seen == content, "read-ahead reordered or lost bytes");
    }

    #[test]
    fn long_stdin_is_streamed_once_and_short_stdin_kept() {
        let len = IN_MEMORY_LIMIT as usize + CHUNK + 5;
        let content: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let body = from_reader(Box::new(std::io::Cursor::new(content.clone()))).unwrap();
        assert!(matches!(body, Body::Stream(_)), "{body:?}");
        assert_eq!(body.known_len().unwrap(), None);
        assert!(!body.is_empty().unwrap());
        let mut seen = Vec::new();
        assert_eq!(body.feed(|c| seen.extend_from_slice(c)).unwrap(), len as u64);
        assert!(seen == content);
        let again = body.feed(|_| {}).unwrap_err();
        assert!(
            again.hint.as_deref().unwrap_or("").contains("--file"),
            "{again:?}"
        );

        let short = from_reader(Box::new(std::io::Cursor::new(vec![7u8; 10]))).unwrap();
        assert!(matches!(short, Body::Bytes(ref b) if b.len() == 10));
        let exact = from_reader(Box::new(std::io::Cursor::new(vec![
            7u8;
            IN_MEMORY_LIMIT as usize
        ])))
        .unwrap();
        assert!(matches!(exact, Body::Bytes(_)));
    }

    #[test]
    fn small_files_are_read_inline() {
        let len = CHUNK * 2 + 1;
        let (content, seen, total) = fed_bytes(len);
        assert_eq!(total, len as u64);
        assert!(seen == content);
    }
}
