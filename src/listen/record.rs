//! `--record FILE.jsonl`: one JSON line per request, on disk before the answer leaves.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use crate::error::{io_reason, Error, Result};

pub struct Recorder {
    file: Mutex<File>,
    fsync: bool,
}

impl Recorder {
    /// Open for appending: an existing record is extended, never truncated.
    pub fn open(path: &Path, fsync: bool) -> Result<Recorder> {
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| Error::file(path, "open record file", &e))?;
        Ok(Recorder {
            file: Mutex::new(file),
            fsync,
        })
    }

    /// Append one line (`line` ends with `\n`), written with a single `write_all` under the lock
    /// so concurrent lines never interleave. A `File` is unbuffered: once this returns, the line
    /// is in the kernel and survives `kill -9`; `--fsync` also survives a power cut.
    pub fn append(&self, line: &[u8]) -> std::result::Result<(), String> {
        // A poisoned lock only means another worker panicked mid-write; the file is still usable.
        let mut file = self.file.lock().unwrap_or_else(|p| p.into_inner());
        file.write_all(line).map_err(|e| io_reason(&e))?;
        if self.fsync {
            file.sync_data().map_err(|e| io_reason(&e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_lines_without_truncating() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.jsonl");
        std::fs::write(&path, "{\"old\":true}\n").unwrap();
        let r = Recorder::open(&path, true).unwrap();
        r.append(b"{\"n\":1}\n").unwrap();
        r.append(b"{\"n\":2}\n").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text, "{\"old\":true}\n{\"n\":1}\n{\"n\":2}\n");
    }
}
