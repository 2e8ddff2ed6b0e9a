//! Payload input of spec §4: --data, --file (`-` = stdin), or piped stdin. Files are streamed.

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::cli::PayloadArgs;
use crate::error::{Error, Result};

/// Chunk size for streaming: large enough that hashing, not syscalls, dominates.
const CHUNK: usize = 256 * 1024;

/// Files above this size are read on a second thread while the first one hashes; below it the
/// thread start costs more than the overlap saves.
const READ_AHEAD_FROM: u64 = 4 * 1024 * 1024;

/// Chunks in flight between the reader thread and the hasher: enough to keep both busy,
/// few enough that memory stays flat.
const READ_AHEAD_BUFFERS: usize = 4;

/// A request body. Files stay on disk and are read in chunks, so memory stays flat.
#[derive(Debug)]
pub enum Body {
    Bytes(Vec<u8>),
    File(PathBuf),
}

impl Body {
    /// Pick the source from the flags; `None` when none was given and stdin is a terminal.
    pub fn from_args(args: &PayloadArgs) -> Result<Option<Body>> {
        if let Some(data) = &args.data {
            return Ok(Some(Body::Bytes(data.as_bytes().to_vec())));
        }
        match args.file.as_deref() {
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

    /// Like `from_args`, but a missing payload is a usage error.
    pub fn required(args: &PayloadArgs) -> Result<Body> {
        Body::from_args(args)?.ok_or_else(|| {
            Error::usage("no payload given").with_hint("pass --data STRING, --file PATH, or pipe it on stdin")
        })
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
        }
    }

    /// The whole body in memory, for schemes that must parse it.
    pub fn to_bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>> {
        match self {
            Body::Bytes(b) => Ok(std::borrow::Cow::Borrowed(b)),
            Body::File(path) => std::fs::read(path)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| Error::file(path, "read payload file", &e)),
        }
    }

    pub fn len(&self) -> Result<u64> {
        match self {
            Body::Bytes(b) => Ok(b.len() as u64),
            Body::File(path) => std::fs::metadata(path)
                .map(|m| m.len())
                .map_err(|e| Error::file(path, "read payload file", &e)),
        }
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }
}

/// Stdin is read into memory: it can be consumed only once and some schemes need two passes.
fn read_stdin() -> Result<Body> {
    let mut buf = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut buf)
        .map_err(|e| Error::usage(format!("cannot read payload from stdin: {e}")))?;
    Ok(Body::Bytes(buf))
}

fn read_chunk(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match file.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

fn read_inline(mut file: File, sink: &mut impl FnMut(&[u8])) -> std::io::Result<u64> {
    let mut buf = vec![0u8; CHUNK];
    let mut total = 0u64;
    loop {
        let n = read_chunk(&mut file, &mut buf)?;
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
    fn small_files_are_read_inline() {
        let len = CHUNK * 2 + 1;
        let (content, seen, total) = fed_bytes(len);
        assert_eq!(total, len as u64);
        assert!(seen == content);
    }
}
