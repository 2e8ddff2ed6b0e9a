//! Expected failures and the one place that maps them to exit codes (README, "Commands").

use std::fmt;

/// Exit codes, as the README's "Commands" section documents them.
pub mod code {
    pub const OK: u8 = 0;
    pub const CHECK_FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const NETWORK: u8 = 3;
}

/// What kind of failure, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A check failed: invalid signature, unexpected status (exit 1).
    Check,
    /// Bad flag, a file that is missing or forbidden, malformed input, missing secret (exit 2).
    Usage,
    /// Connection refused, timeout, provider 5xx, a read or write that failed (disk full,
    /// device error) (exit 3).
    Network,
}

/// An expected failure: one line for the user plus an optional hint.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// Already reported to the user (e.g. a verdict printed on stdout); only exit.
    pub silent: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            silent: false,
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn check(message: impl Into<String>) -> Self {
        Self::new(Kind::Check, message)
    }
    pub fn network(message: impl Into<String>) -> Self {
        Self::new(Kind::Network, message)
    }
    /// The outcome was already printed; exit with this kind's code and say nothing more.
    pub fn silent(kind: Kind) -> Self {
        Error {
            silent: true,
            ..Self::new(kind, "")
        }
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Check => code::CHECK_FAILED,
            Kind::Usage => code::USAGE,
            Kind::Network => code::NETWORK,
        }
    }
    /// The error as one JSON object (`{"error":{"message","hint","exit_code"}}`), what `-o json`
    /// prints on stderr beside the usual lines.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({"error": {
            "message": self.message,
            "hint": self.hint,
            "exit_code": self.exit_code(),
        }})
    }
    /// A file that could not be read or written, named with what to do. A path the user got
    /// wrong (missing, forbidden, a directory) is input (exit 2); the system failing to read or
    /// write a good path (disk full, device error) is I/O (exit 3).
    pub fn file(path: &std::path::Path, action: &str, err: &std::io::Error) -> Self {
        let message = format!("cannot {action} {}: {}", path.display(), io_reason(err));
        let error = if is_input_error(err) {
            Self::usage(message)
        } else {
            Self::network(message)
        };
        // A caller that knows better replaces this with its own hint.
        let hint = match err.kind() {
            std::io::ErrorKind::NotFound => {
                Some("check the path: a relative one starts from the current directory".to_string())
            }
            std::io::ErrorKind::PermissionDenied => {
                Some(format!("check the permissions of {} (`ls -l`)", path.display()))
            }
            std::io::ErrorKind::IsADirectory => Some("give a file, not a directory".to_string()),
            _ => None,
        };
        match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}

/// Whether an I/O error means the path given was wrong, rather than the system failing.
fn is_input_error(err: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        err.kind(),
        NotFound
            | PermissionDenied
            | IsADirectory
            | NotADirectory
            | AlreadyExists
            | InvalidInput
            | InvalidData
            | ReadOnlyFilesystem
            | Unsupported
    )
}

/// `std::io::Error` without the "(os error 2)" noise.
pub fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory".into(),
        _ => {
            let s = err.to_string();
            let s = match s.find(" (os error") {
                Some(i) => &s[..i],
                None => &s,
            };
            // Messages continue a sentence ("cannot read X: too many open files").
            let mut chars = s.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error as IoError, ErrorKind};
    use std::path::Path;

    #[test]
    fn a_file_error_names_the_file_and_hints_by_its_cause() {
        let missing = Error::file(
            Path::new("key.pem"),
            "read TLS key",
            &IoError::from(ErrorKind::NotFound),
        );
        assert_eq!(
            missing.message,
            "cannot read TLS key key.pem: no such file or directory"
        );
        assert_eq!(missing.exit_code(), code::USAGE);
        assert!(missing.hint.unwrap().contains("relative"));
        let forbidden = Error::file(
            Path::new("/r"),
            "write",
            &IoError::from(ErrorKind::PermissionDenied),
        );
        assert!(forbidden.hint.unwrap().contains("/r"));
        // The system failing on a good path is I/O, with nothing the user can fix by a hint.
        let full = Error::file(Path::new("r"), "write", &IoError::from(ErrorKind::StorageFull));
        assert_eq!(full.exit_code(), code::NETWORK);
        assert_eq!(full.hint, None);
    }
}
