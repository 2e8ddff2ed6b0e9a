//! `hookctl doctor`: the local checks to run when "nothing verifies". Each check is a
//! `Finding`; the report is data, so the command prints it as a table or JSON and picks the exit
//! code (1 when any finding is a failure). Values of secrets are never read into a finding: only
//! where one was found.

pub mod clock;
pub mod completions;
pub mod credentials;
pub mod files;

use serde::Serialize;

/// How one check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    /// Worth knowing; does not make the run fail.
    Warn,
    /// Something that keeps signatures from verifying or leaks a secret.
    Fail,
    /// Not checked (e.g. network checks under `--offline`).
    Skip,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

/// One check's result: a stable id, what was found, and what to do about it.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub id: String,
    pub status: Status,
    pub detail: String,
    pub hint: Option<String>,
}

impl Finding {
    pub fn new(id: impl Into<String>, status: Status, detail: impl Into<String>) -> Finding {
        Finding {
            id: id.into(),
            status,
            detail: detail.into(),
            hint: None,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Finding {
        self.hint = Some(hint.into());
        self
    }
}

/// Every finding of one run, in the order checked.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub checks: Vec<Finding>,
}

impl Report {
    pub fn push(&mut self, f: Finding) {
        self.checks.push(f);
    }
    pub fn extend(&mut self, fs: impl IntoIterator<Item = Finding>) {
        self.checks.extend(fs);
    }
    /// No failure (warnings are fine).
    pub fn ok(&self) -> bool {
        self.checks.iter().all(|f| f.status != Status::Fail)
    }
    pub fn count(&self, status: Status) -> usize {
        self.checks.iter().filter(|f| f.status == status).count()
    }
}
