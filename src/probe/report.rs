//! The probe's findings: one stable JSON document, or a table fitted to the terminal.

use comfy_table::{presets, Cell, ContentArrangement, Table};
use serde_json::{json, Value};

use super::cases::Expect;

/// The verdict on one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
    Info,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Info => "info",
        }
    }
}

/// One row: a case, a handshake or a transport check.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub about: String,
    pub expect: Option<Expect>,
    /// What was sent, secrets never included.
    pub sent: String,
    pub status: Option<u16>,
    pub latency_ms: Option<f64>,
    pub verdict: Verdict,
    pub detail: String,
    /// How to fix the receiver, for a failure.
    pub fix: Option<String>,
    /// The case sent a forgery and the receiver took it.
    pub accepted_forgery: bool,
}

impl Row {
    fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "description": self.about,
            "expect": self.expect.map(Expect::as_str),
            "sent": self.sent,
            "status": self.status,
            "latency_ms": self.latency_ms,
            "verdict": self.verdict.as_str(),
            "detail": self.detail,
            "fix": self.fix,
        })
    }
}

/// The valid delivery (and handshake) every case is judged against.
#[derive(Debug, Clone)]
pub struct Baseline {
    pub delivery: Row,
    pub handshake: Option<Row>,
}

impl Baseline {
    pub fn ok(&self) -> bool {
        self.delivery.verdict != Verdict::Fail
            && self.handshake.as_ref().is_none_or(|h| h.verdict != Verdict::Fail)
    }
}

#[derive(Debug, Clone)]
pub struct Report {
    pub provider: String,
    pub provider_name: String,
    pub url: String,
    pub baseline: Baseline,
    pub transport: Vec<Row>,
    pub cases: Vec<Row>,
    /// Case ids that do not apply to this scheme.
    pub not_applicable: Vec<&'static str>,
}

impl Report {
    pub fn accepted_forgeries(&self) -> usize {
        self.cases.iter().filter(|c| c.accepted_forgery).count()
    }
    pub fn failures(&self) -> usize {
        self.rows().filter(|r| r.verdict == Verdict::Fail).count()
    }
    pub fn ok(&self) -> bool {
        self.failures() == 0
    }
    fn rows(&self) -> impl Iterator<Item = &Row> {
        self.baseline
            .handshake
            .iter()
            .chain(std::iter::once(&self.baseline.delivery))
            .chain(&self.transport)
            .chain(&self.cases)
    }

    pub fn to_json(&self) -> Value {
        json!({
            "provider": self.provider,
            "url": self.url,
            "baseline": {
                "ok": self.baseline.ok(),
                "delivery": self.baseline.delivery.to_json(),
                "handshake": self.baseline.handshake.as_ref().map(Row::to_json),
            },
            "transport": self.transport.iter().map(Row::to_json).collect::<Vec<_>>(),
            "cases": self.cases.iter().map(Row::to_json).collect::<Vec<_>>(),
            "not_applicable": self.not_applicable,
            "accepted_forgeries": self.accepted_forgeries(),
            "failures": self.failures(),
            "ok": self.ok(),
        })
    }

    /// The table and summary, `width` columns wide at most; `quiet`: the failing rows only (no
    /// table when none fails), then the summary.
    pub fn pretty(&self, width: u16, quiet: bool) -> String {
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_BORDERS_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width)
            .set_header(["case", "expect", "status", "ms", "verdict", "detail"]);
        for row in self.rows().filter(|r| !quiet || r.verdict == Verdict::Fail) {
            let verdict = Cell::new(row.verdict.as_str());
            let mut detail = row.detail.clone();
            if let (Verdict::Fail, Some(fix)) = (row.verdict, &row.fix) {
                detail = format!("{detail}; fix: {fix}");
            }
            table.add_row(vec![
                Cell::new(&row.id),
                Cell::new(row.expect.map(Expect::as_str).unwrap_or("")),
                Cell::new(row.status.map(|s| s.to_string()).unwrap_or_else(|| "-".into())),
                Cell::new(
                    row.latency_ms
                        .map(|ms| format!("{ms:.0}"))
                        .unwrap_or_else(|| "-".into()),
                ),
                verdict,
                Cell::new(crate::output::sanitize(&detail, false)),
            ]);
        }
        let mut out = if table.row_count() == 0 {
            String::new()
        } else {
            format!("{table}\n")
        };
        let passed = self.rows().filter(|r| r.verdict == Verdict::Pass).count();
        let info = self.rows().filter(|r| r.verdict == Verdict::Info).count();
        out.push_str(&format!(
            "{passed} pass, {} fail, {info} info; forgeries accepted: {}\n",
            self.failures(),
            self.accepted_forgeries(),
        ));
        if !self.not_applicable.is_empty() {
            out.push_str(&format!(
                "not applicable to this scheme: {}\n",
                self.not_applicable.join(", ")
            ));
        }
        out
    }
}
