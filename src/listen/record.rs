//! `--record FILE.jsonl`: one JSON line per request, on disk before the answer leaves.
//!
//! A line is there whole or not at all as far as readers see it:
//! - on open, a torn final line (the file does not end in `\n`, left by `kill -9` mid-write or
//!   a full disk) is moved to a side file `FILE.torn-<unix-seconds>` and the record is cut back
//!   to its last newline, so `replay` reads every complete line and the next one starts fresh;
//! - an append that fails part-way is cut back to the length before it, and if even that
//!   fails the next line starts with a `\n`, so the broken bytes never glue onto it.

use std::ffi::OsString;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{io_reason, Error, Result};

/// How much of the tail is read at a time while looking for the last newline.
const TAIL_CHUNK: usize = 64 * 1024;

/// How many `FILE.torn-<ts>-<n>` names are tried before giving up.
const SIDE_FILE_TRIES: u32 = 1000;

pub struct Recorder {
    state: Mutex<State>,
    fsync: bool,
    healed: Option<Healed>,
}

struct State {
    file: File,
    /// A failed append left bytes that could not be cut off: the next line starts with `\n`.
    needs_newline: bool,
}

/// A torn final line found on open and moved aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Healed {
    /// The record file.
    pub path: PathBuf,
    /// Where the torn bytes went.
    pub side_file: PathBuf,
    /// How many bytes followed the last newline.
    pub bytes: u64,
}

impl std::fmt::Display for Healed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the record file {} ended in a torn line ({} bytes, no newline): moved it to {}; the next line starts fresh",
            self.path.display(),
            self.bytes,
            self.side_file.display()
        )
    }
}

impl Recorder {
    /// Open for appending: an existing record is extended, never truncated, except that a torn
    /// final line is moved to a side file first (see [`Recorder::healed`]). A new file is
    /// created 0600. Anything but a regular file (or a symlink to one) is refused before it is
    /// opened, so a FIFO never blocks.
    pub fn open(path: &Path, fsync: bool) -> Result<Recorder> {
        match std::fs::metadata(path) {
            Ok(meta) => refuse_unless_regular(path, &meta)?,
            // Created below (through a dangling symlink too, like any `> FILE`).
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::file(path, "open record file", &e)),
        }
        let mut options = OpenOptions::new();
        options.read(true).append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options
            .open(path)
            .map_err(|e| Error::file(path, "open record file", &e))?;
        // Swapped for something else between the check and the open?
        let meta = file
            .metadata()
            .map_err(|e| Error::file(path, "open record file", &e))?;
        refuse_unless_regular(path, &meta)?;
        let healed = heal(path, &mut file, meta.len()).map_err(|e| {
            Error::usage(format!(
                "cannot repair the torn last line of the record file {}: {}",
                path.display(),
                io_reason(&e)
            ))
            .with_hint(
                "the file does not end in a newline; move it away or fix its last line, then start again",
            )
        })?;
        Ok(Recorder {
            state: Mutex::new(State {
                file,
                needs_newline: false,
            }),
            fsync,
            healed,
        })
    }

    /// The torn final line found and moved aside on open, to tell the user about.
    pub fn healed(&self) -> Option<&Healed> {
        self.healed.as_ref()
    }

    /// Append one line (`line` ends with `\n`), written with a single `write_all` under the lock
    /// so concurrent lines never interleave. A `File` is unbuffered: once this returns, the line
    /// is in the kernel and survives `kill -9`; `--fsync` also survives a power cut. On `Err`
    /// (the caller answers 500) the bytes written so far are cut off again, or, if even that
    /// fails, the next line starts with a `\n` so they never glue onto it.
    pub fn append(&self, line: &[u8]) -> std::result::Result<(), String> {
        // A poisoned lock only means another worker panicked mid-write; the file is still usable.
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let State { file, needs_newline } = &mut *state;
        append_to(file, needs_newline, line, self.fsync).map_err(|e| io_reason(&e))
    }
}

/// What `append_to` needs of a file: a seam so a failing disk can be simulated in tests.
trait Sink: Write {
    fn len(&self) -> io::Result<u64>;
    fn set_len(&self, len: u64) -> io::Result<()>;
    fn sync(&self) -> io::Result<()>;
}

impl Sink for File {
    fn len(&self) -> io::Result<u64> {
        Ok(self.metadata()?.len())
    }
    fn set_len(&self, len: u64) -> io::Result<()> {
        File::set_len(self, len)
    }
    fn sync(&self) -> io::Result<()> {
        self.sync_data()
    }
}

/// Write `line` (after a `\n` if an earlier failure left bytes behind) or, on failure, cut the
/// file back to its length before; if that fails too, the next line starts with a `\n`.
fn append_to<S: Sink>(sink: &mut S, needs_newline: &mut bool, line: &[u8], fsync: bool) -> io::Result<()> {
    let prefixed;
    let bytes = if *needs_newline {
        prefixed = [b"\n", line].concat();
        &prefixed[..]
    } else {
        line
    };
    // Count what reached the file rather than asking its length first: no extra system call
    // on the path every acknowledged event takes.
    let mut done = 0;
    let mut written = Ok(());
    while done < bytes.len() {
        match sink.write(&bytes[done..]) {
            Ok(0) => {
                written = Err(io::Error::from(io::ErrorKind::WriteZero));
                break;
            }
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                written = Err(e);
                break;
            }
        }
    }
    let written = written.and_then(|()| if fsync { sink.sync() } else { Ok(()) });
    if let Err(e) = written {
        // A line that is not durable is answered 500 and retried: it must not stay either.
        let cut = sink
            .len()
            .and_then(|len| sink.set_len(len.saturating_sub(done as u64)));
        if cut.is_err() {
            *needs_newline = true;
        } else if fsync {
            let _ = sink.sync();
        }
        return Err(e);
    }
    *needs_newline = false;
    Ok(())
}

/// Refuse a FIFO, socket, device or directory with a message naming it.
fn refuse_unless_regular(path: &Path, meta: &Metadata) -> Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    let what = match kind_of(meta) {
        Some(kind) => format!("is {kind}, not a regular file"),
        None => "is not a regular file".to_string(),
    };
    Err(Error::usage(format!("--record {}: {what}", path.display()))
    .with_hint("--record appends JSON lines to a regular file, e.g. --record events.jsonl; to stream events to another program, pipe `-o json` instead"))
}

fn kind_of(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    None
}

/// If `file` (of `len` bytes) does not end in `\n`, copy what follows its last newline to a
/// new side file, cut the record back to just after that newline and sync both.
fn heal(path: &Path, file: &mut File, len: u64) -> io::Result<Option<Healed>> {
    if len == 0 {
        return Ok(None);
    }
    let cut = match last_newline(file, len)? {
        Some(at) if at + 1 == len => return Ok(None),
        Some(at) => at + 1,
        None => 0,
    };
    let (side_file, mut side) = create_side_file(path)?;
    file.seek(SeekFrom::Start(cut))?;
    let copied = io::copy(&mut (&mut *file).take(len - cut), &mut side)?;
    if copied != len - cut {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the file shrank while its torn line was being copied",
        ));
    }
    side.sync_all()?;
    sync_parent(&side_file);
    file.set_len(cut)?;
    file.sync_all()?;
    Ok(Some(Healed {
        path: path.to_path_buf(),
        side_file,
        bytes: len - cut,
    }))
}

/// The offset of the last `\n` in the first `len` bytes, read backwards in chunks.
fn last_newline<R: Read + Seek>(file: &mut R, len: u64) -> io::Result<Option<u64>> {
    let mut buf = vec![0u8; TAIL_CHUNK];
    let mut end = len;
    while end > 0 {
        let start = end.saturating_sub(TAIL_CHUNK as u64);
        let chunk = &mut buf[..(end - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(chunk)?;
        if let Some(i) = chunk.iter().rposition(|b| *b == b'\n') {
            return Ok(Some(start + i as u64));
        }
        end = start;
    }
    Ok(None)
}

/// `FILE.torn-<unix-seconds>`, or `…-1`, `…-2` if taken; created new, 0600.
fn create_side_file(path: &Path) -> io::Result<(PathBuf, File)> {
    let ts = crate::clock::unix_now();
    for n in 0..SIDE_FILE_TRIES {
        let mut name = OsString::from(path.as_os_str());
        name.push(if n == 0 {
            format!(".torn-{ts}")
        } else {
            format!(".torn-{ts}-{n}")
        });
        let candidate = PathBuf::from(name);
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&candidate) {
            Ok(f) => return Ok((candidate, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(io::Error::new(
                    e.kind(),
                    format!("cannot create {}: {}", candidate.display(), io_reason(&e)),
                ))
            }
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{SIDE_FILE_TRIES} side files {}.torn-{ts}* already exist",
            path.display()
        ),
    ))
}

/// Make a new file's directory entry durable too (best effort: not every platform can).
fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side_files(dir: &Path, name: &str) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("{name}.torn-"))
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn appends_lines_without_truncating() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.jsonl");
        std::fs::write(&path, "{\"old\":true}\n").unwrap();
        let r = Recorder::open(&path, true).unwrap();
        assert_eq!(r.healed(), None);
        r.append(b"{\"n\":1}\n").unwrap();
        r.append(b"{\"n\":2}\n").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text, "{\"old\":true}\n{\"n\":1}\n{\"n\":2}\n");
        assert!(side_files(dir.path(), "events.jsonl").is_empty());
    }

    #[test]
    fn torn_last_line_is_moved_to_a_side_file_and_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.jsonl");
        std::fs::write(&path, "{\"a\":1}\n{\"partial\":").unwrap();
        let r = Recorder::open(&path, false).unwrap();
        let healed = r.healed().expect("the torn line is reported").clone();
        assert_eq!(healed.bytes, 11);
        assert_eq!(healed.path, path);
        let sides = side_files(dir.path(), "events.jsonl");
        assert_eq!(sides, vec![healed.side_file.clone()]);
        assert_eq!(std::fs::read(&healed.side_file).unwrap(), b"{\"partial\":");
        let msg = healed.to_string();
        assert!(msg.contains("torn line (11 bytes, no newline)"), "{msg}");
        assert!(msg.contains(&healed.side_file.display().to_string()), "{msg}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\":1}\n");
        r.append(b"{\"b\":2}\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\":1}\n{\"b\":2}\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&healed.side_file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // Healed once: reopening finds nothing to do.
        drop(r);
        assert_eq!(Recorder::open(&path, false).unwrap().healed(), None);
    }

    #[test]
    fn a_file_that_is_one_torn_line_is_emptied() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.jsonl");
        std::fs::write(&path, "{\"first\":").unwrap();
        let r = Recorder::open(&path, false).unwrap();
        let healed = r.healed().unwrap();
        assert_eq!(healed.bytes, 9);
        assert_eq!(std::fs::read(&healed.side_file).unwrap(), b"{\"first\":");
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    }

    #[test]
    fn the_last_newline_is_found_across_tail_chunks() {
        // The torn line is longer than one chunk, so the search reads more than the tail chunk.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.jsonl");
        let head = "{\"ok\":1}\n".repeat(10_000);
        let torn = format!("{{\"body\":\"{}", "x".repeat(TAIL_CHUNK * 2 + 17));
        std::fs::write(&path, format!("{head}{torn}")).unwrap();
        let r = Recorder::open(&path, false).unwrap();
        let healed = r.healed().unwrap();
        assert_eq!(healed.bytes, torn.len() as u64);
        assert_eq!(std::fs::read_to_string(&healed.side_file).unwrap(), torn);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), head);

        let mut c = io::Cursor::new(b"a\nbc\nd".to_vec());
        assert_eq!(last_newline(&mut c, 6).unwrap(), Some(4));
        assert_eq!(last_newline(&mut c, 4).unwrap(), Some(1));
        assert_eq!(last_newline(&mut c, 1).unwrap(), None);
    }

    #[test]
    fn an_existing_side_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.jsonl");
        // Two torn lines within the same second: the second gets its own name.
        std::fs::write(&path, "{\"a\":1}\n{\"x\":").unwrap();
        let first = Recorder::open(&path, false).unwrap().healed().unwrap().clone();
        std::fs::write(&path, "{\"a\":1}\n{\"y\":").unwrap();
        let second = Recorder::open(&path, false).unwrap().healed().unwrap().clone();
        assert_ne!(first.side_file, second.side_file);
        assert_eq!(std::fs::read(&first.side_file).unwrap(), b"{\"x\":");
        assert_eq!(std::fs::read(&second.side_file).unwrap(), b"{\"y\":");
        assert_eq!(side_files(dir.path(), "e.jsonl").len(), 2);
    }

    /// A real file on disk whose "disk" fills up after `room` more bytes, and whose
    /// `set_len` can be made to fail too.
    struct FillingDisk {
        file: File,
        room: usize,
        set_len_fails: bool,
    }

    impl Write for FillingDisk {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::other("no space left on device"));
            }
            let n = buf.len().min(self.room);
            let n = self.file.write(&buf[..n])?;
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Sink for FillingDisk {
        fn len(&self) -> io::Result<u64> {
            Sink::len(&self.file)
        }
        fn set_len(&self, len: u64) -> io::Result<()> {
            if self.set_len_fails {
                return Err(io::Error::other("input/output error"));
            }
            Sink::set_len(&self.file, len)
        }
        fn sync(&self) -> io::Result<()> {
            self.file.sync_data()
        }
    }

    fn filling_disk(path: &Path, room: usize, set_len_fails: bool) -> FillingDisk {
        let file = OpenOptions::new().append(true).open(path).unwrap();
        FillingDisk {
            file,
            room,
            set_len_fails,
        }
    }

    #[test]
    fn a_failed_append_is_cut_back_to_the_length_before() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.jsonl");
        std::fs::write(&path, "{\"a\":1}\n").unwrap();
        let mut disk = filling_disk(&path, 5, false);
        let mut needs_newline = false;
        let err = append_to(&mut disk, &mut needs_newline, b"{\"b\":2222222}\n", true).unwrap_err();
        assert!(err.to_string().contains("no space"), "{err}");
        assert!(!needs_newline);
        // The 5 bytes that made it are gone again.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\":1}\n");
        // Room again: the next line lands on a line of its own.
        disk.room = usize::MAX;
        append_to(&mut disk, &mut needs_newline, b"{\"c\":3}\n", true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\":1}\n{\"c\":3}\n");
    }

    #[test]
    fn when_the_cut_fails_too_the_next_line_starts_on_a_new_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.jsonl");
        std::fs::write(&path, "{\"a\":1}\n").unwrap();
        let mut disk = filling_disk(&path, 5, true);
        let mut needs_newline = false;
        append_to(&mut disk, &mut needs_newline, b"{\"b\":2222222}\n", false).unwrap_err();
        assert!(needs_newline);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\":1}\n{\"b\":");
        // Still full: the flag stays until a line gets through.
        append_to(&mut disk, &mut needs_newline, b"{\"c\":3}\n", false).unwrap_err();
        assert!(needs_newline);
        disk.room = usize::MAX;
        append_to(&mut disk, &mut needs_newline, b"{\"d\":4}\n", false).unwrap();
        assert!(!needs_newline);
        append_to(&mut disk, &mut needs_newline, b"{\"e\":5}\n", false).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text, "{\"a\":1}\n{\"b\":\n{\"d\":4}\n{\"e\":5}\n");
        // Every line but the broken one parses; none is glued to garbage.
        let parsed: Vec<bool> = text
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
            .collect();
        assert_eq!(parsed, [true, false, true, true]);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_record_file_is_created_0600_and_an_old_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.jsonl");
        Recorder::open(&path, false).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);

        let old = dir.path().join("old.jsonl");
        std::fs::write(&old, "").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o640)).unwrap();
        Recorder::open(&old, false).unwrap();
        let mode = std::fs::metadata(&old).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.jsonl");
        let ok = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success();
        assert!(ok, "mkfifo failed");
        // Opening a FIFO for writing with no reader would block forever: run it on a thread.
        let (tx, rx) = std::sync::mpsc::channel();
        let p = fifo.clone();
        std::thread::spawn(move || {
            let _ = tx.send(Recorder::open(&p, false).err());
        });
        let err = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("open returned instead of blocking")
            .expect("a FIFO is refused");
        assert_eq!(err.exit_code(), crate::error::code::USAGE);
        assert!(err.message.contains("FIFO"), "{}", err.message);
        assert!(
            err.message.contains(&fifo.display().to_string()),
            "{}",
            err.message
        );
        assert!(err.hint.as_deref().unwrap().contains("regular file"));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_a_regular_file_is_followed_and_a_directory_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.jsonl");
        std::fs::write(&target, "{\"a\":1}\n").unwrap();
        let link = dir.path().join("link.jsonl");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        Recorder::open(&link, false)
            .unwrap()
            .append(b"{\"b\":2}\n")
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(&target).unwrap(),
            "{\"a\":1}\n{\"b\":2}\n"
        );

        let err = Recorder::open(dir.path(), false)
            .err()
            .expect("a directory is refused");
        assert_eq!(err.exit_code(), crate::error::code::USAGE);
        assert!(err.message.contains("is a directory"), "{}", err.message);

        let dev = Recorder::open(Path::new("/dev/null"), false)
            .err()
            .expect("a device is refused");
        assert!(dev.message.contains("is a device"), "{}", dev.message);
    }
}
