//! Payload input of spec §4: --data, --file (`-` = stdin), or piped stdin. Files are streamed.

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use crate::cli::PayloadArgs;
use crate::error::{Error, Result};

/// Chunk size for streaming: large enough that hashing, not syscalls, dominates.
const CHUNK: usize = 256 * 1024;

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
                let mut file = File::open(path).map_err(|e| Error::file(path, "read payload file", &e))?;
                let mut buf = vec![0u8; CHUNK];
                let mut total = 0u64;
                loop {
                    let n = match file.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(Error::file(path, "read payload file", &e)),
                    };
                    sink(&buf[..n]);
                    total += n as u64;
                }
                Ok(total)
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
