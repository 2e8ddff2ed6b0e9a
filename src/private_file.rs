//! The one writer for files that hold secrets: private keys, the config file, the token cache.
//!
//! The bytes go to a new temp file in the target's own folder (created 0600, so they are never
//! readable by others, not even briefly), are fsynced, and the temp file is renamed over the
//! target. A reader therefore sees the old file or the new one, never half of one, and a target
//! that was world-readable before is replaced by a 0600 file rather than rewritten in place.
//! A symlink is followed and its target written: the link stays a link (dotfile managers rely
//! on that).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// What to do when the target already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Replace it (with a new 0600 file).
    Replace,
    /// Refuse, so a key is never overwritten by accident.
    Refuse,
}

/// Write `bytes` to `path` as a private file; returns the path actually written (the final
/// target when `path` is a symlink). `what` names the file in errors ("private key").
pub fn write(path: &Path, bytes: &[u8], existing: Existing, what: &str) -> Result<PathBuf> {
    let target = follow_links(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => {
            return Err(Error::usage(format!(
                "cannot write {what} {}: is a directory",
                target.display()
            ))
            .with_hint("name a file, e.g. DIR/key.pem"))
        }
        Ok(_) if existing == Existing::Refuse => {
            return Err(Error::usage(format!("{} already exists", path.display()))
                .with_hint("pass --force to replace it"))
        }
        // A device or FIFO (`/dev/stdout`, `/dev/full`, a named pipe) cannot be replaced by a
        // file without destroying it: the bytes go into it, as `openssl genpkey -out` does.
        Ok(meta) if !meta.is_file() => return write_in_place(&target, bytes, what),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::file(&target, &format!("write {what}"), &e)),
    }
    let dir = parent(&target);
    let mut tmp = tempfile::Builder::new()
        .prefix(".hookctl-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::file(dir, "create a file in", &e))?;
    restrict(tmp.as_file()).map_err(|e| Error::file(tmp.path(), &format!("write {what}"), &e))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Error::file(&target, &format!("write {what}"), &e))?;
    let persisted = match existing {
        Existing::Replace => tmp.persist(&target),
        Existing::Refuse => tmp.persist_noclobber(&target),
    };
    persisted.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::usage(format!("{} already exists", path.display())).with_hint("pass --force to replace it")
        } else {
            Error::file(&target, &format!("write {what}"), &e.error)
        }
    })?;
    // The rename is durable only once the folder's entry is on disk.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(target)
}

/// Create `dir` and its parents with mode 0700 when missing (the config folder).
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::file(dir, "create directory", &e))
}

/// Mode bits that let others read `path`, if any (Unix only).
pub fn loose_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
        (mode & 0o077 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The warning for a secret kept in a file others can read (`--secret-file`, `--token-file`):
/// the config file gets the same one.
pub fn loose_warning(path: &Path, what: &str) -> Option<String> {
    loose_mode(path).map(|mode| {
        format!(
            "{what} file {} is readable by group or others (mode {mode:o}); run chmod 600 on it",
            path.display()
        )
    })
}

fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The file a chain of symlinks ends at (which need not exist yet). Relative links are relative
/// to the folder holding the link, as the kernel resolves them.
fn follow_links(path: &Path) -> Result<PathBuf> {
    // Linux's own limit (MAXSYMLINKS): a loop ends with the same error the kernel gives.
    const MAX_HOPS: usize = 40;
    let mut current = path.to_path_buf();
    for _ in 0..MAX_HOPS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link =
                    std::fs::read_link(&current).map_err(|e| Error::file(&current, "read link", &e))?;
                current = if link.is_absolute() {
                    link
                } else {
                    parent(&current).join(link)
                };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::usage(format!(
        "cannot write {}: too many levels of symbolic links",
        path.display()
    ))
    .with_hint("the link points back at itself; fix it with ln -sf"))
}

fn write_in_place(target: &Path, bytes: &[u8], what: &str) -> Result<PathBuf> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(target)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.flush()))
        .map_err(|e| Error::file(target, &format!("write {what}"), &e))?;
    Ok(target.to_path_buf())
}

/// 0600 whatever the umask: tempfile already creates files so, this makes it explicit.
fn restrict(file: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn a_world_readable_file_is_replaced_by_a_private_one() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.pem");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        write(&p, b"new", Existing::Replace, "private key").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(mode(&p), 0o600);
        assert!(loose_mode(&p).is_none());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_stays_a_link_and_its_target_is_written() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("real")).unwrap();
        let target = dir.path().join("real").join("config.toml");
        std::fs::write(&target, "old").unwrap();
        let link = dir.path().join("config.toml");
        std::os::unix::fs::symlink("real/config.toml", &link).unwrap();
        let written = write(&link, b"new", Existing::Replace, "config file").unwrap();
        assert_eq!(written, dir.path().join("real/config.toml"));
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(mode(&target), 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        std::os::unix::fs::symlink("a", &a).unwrap();
        let err = write(&a, b"x", Existing::Replace, "private key").unwrap_err();
        assert!(err.message.contains("symbolic links"), "{}", err.message);
    }

    #[test]
    fn refuse_keeps_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.pem");
        std::fs::write(&p, "old").unwrap();
        let err = write(&p, b"new", Existing::Refuse, "private key").unwrap_err();
        assert!(err.message.contains("already exists"));
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "old");
        let fresh = dir.path().join("new.pem");
        write(&fresh, b"k", Existing::Refuse, "private key").unwrap();
        assert_eq!(std::fs::read(&fresh).unwrap(), b"k");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 2, "no temp file is left behind");
    }
}
