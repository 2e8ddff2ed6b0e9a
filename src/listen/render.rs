//! Console output for one exchange (`-o compact|pretty|json|raw|quiet`). Everything a client
//! sent is sanitised before it reaches a terminal; the record line itself is `record_format`'s.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use colored::{ColoredString, Colorize};

use super::{Exchange, ListenOutput, Signature};
use crate::output::{pretty_body, sanitize};

/// Lines of body shown before folding (pretty output without `--full`).
const FOLD_AT: usize = 40;

/// Whether `output` prints an exchange's record line (the others are drawn from the exchange).
pub fn prints_record_line(output: ListenOutput) -> bool {
    output == ListenOutput::Json
}

/// What to print on stdout for one exchange, in the chosen format (`line` = its record line).
pub fn stdout_block(ex: &Exchange, line: &[u8], output: ListenOutput, full: bool) -> Vec<u8> {
    match output {
        ListenOutput::Json => line.to_vec(),
        ListenOutput::Raw => {
            let mut bytes = ex.body.clone();
            bytes.push(b'\n');
            bytes
        }
        ListenOutput::Pretty => pretty(ex, full).into_bytes(),
        ListenOutput::Compact => {
            let mut line = compact(ex);
            line.push('\n');
            line.into_bytes()
        }
        ListenOutput::Quiet => Vec::new(),
    }
}

/// Local wall-clock time with milliseconds, `14:03:07.123`: the clock the person watching reads.
fn local_time(at: std::time::SystemTime) -> String {
    chrono::DateTime::<chrono::Local>::from(at)
        .format("%H:%M:%S%.3f")
        .to_string()
}

/// An event id short enough for one line, still telling neighbours apart (their ends differ).
fn short_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() <= 16 {
        return id.to_string();
    }
    let head: String = chars[..10].iter().collect();
    let tail: String = chars[chars.len() - 5..].iter().collect();
    format!("{head}…{tail}")
}

fn ms(d: std::time::Duration) -> String {
    format!("{}ms", d.as_millis())
}

/// One line per request: time, provider, event type, short id, verdict, status, and where it
/// went (`→ app 201 12ms`) or why it was refused.
pub fn compact(ex: &Exchange) -> String {
    // A filtered event is shown, but out of the way: the user asked not to see these.
    let dim = ex.filtered && ex.reason.is_none();
    let paint = |s: ColoredString| if dim { s.clear() } else { s };
    let field = |v: Option<&str>| sanitize(v.unwrap_or("-"), false);
    let verdict = match ex.signature {
        Signature::Valid => "✔ valid".green().bold(),
        Signature::Challenge => "◆ challenge".cyan().bold(),
        _ => "✘".red().bold(),
    };
    let mut line = format!(
        "{} {} {} {} {}",
        paint(local_time(ex.received_at).dimmed()),
        paint(field(ex.provider.as_deref()).bold()),
        field(ex.event_type.as_deref()),
        paint(sanitize(&short_id(ex.event_id.as_deref().unwrap_or("-")), false).dimmed()),
        paint(verdict),
    );
    if let Some(which) = ex.secret {
        line.push_str(&format!(" {}", paint(which.to_string().dimmed())));
    }
    if ex.duplicate {
        line.push_str(&format!(" {}", "↺ duplicate".yellow()));
    }
    if ex.filtered {
        line.push_str(" filtered");
    }
    let tail = status_tail(ex, dim);
    if !tail.is_empty() {
        line.push(' ');
        line.push_str(&tail);
    }
    for (i, f) in ex.forwarded.iter().enumerate() {
        line.push_str(&format!(" {}", forward_part(i == 0, ex.status, f)));
    }
    if dim {
        return line.dimmed().to_string();
    }
    line
}

/// `200 3ms`, or `401 mismatch: …` when there is a reason; nothing more when forwarded (the
/// route's part says what the sender got).
fn status_tail(ex: &Exchange, plain: bool) -> String {
    let status = match ex.status {
        _ if plain => ex.status.to_string().normal(),
        200..=299 => ex.status.to_string().green(),
        400..=499 => ex.status.to_string().yellow(),
        _ => ex.status.to_string().red(),
    };
    match (&ex.reason, ex.forwarded.is_empty()) {
        (Some(why), _) => format!("{status} {}", sanitize(why, false)),
        (None, true) => format!("{status} {}", ms(ex.latency)),
        (None, false) => String::new(),
    }
}

/// `→ app 201 12ms`, `→ 502 forward failed: connection refused (URL)`; a fan-out target's
/// failure does not change the answer, so it shows no status of ours.
fn forward_part(primary: bool, answered: u16, f: &super::forward::Forwarded) -> String {
    let label = sanitize(&f.label, false);
    match (f.status, &f.error) {
        (Some(status), _) => format!("→ {label} {status} {}ms", f.ms),
        (None, why) => {
            let why = sanitize(why.as_deref().unwrap_or("no answer"), false);
            let text = if primary {
                format!("→ {answered} forward failed: {why} ({})", f.url)
            } else {
                format!("→ {label} failed: {why} ({})", f.url)
            };
            text.red().to_string()
        }
    }
}

/// A request answered before it became a delivery (404, 405, 413, 431, 408, 400).
pub fn refusal(status: u16, what: &str) -> String {
    format!(
        "{} {} {}\n",
        local_time(std::time::SystemTime::now()).dimmed(),
        status.to_string().yellow(),
        sanitize(what, false)
    )
}

fn pretty(ex: &Exchange, full: bool) -> String {
    let time = humantime::format_rfc3339_millis(ex.received_at).to_string();
    let time = time.get(11..23).unwrap_or(&time).dimmed();
    let field = |v: &Option<String>| sanitize(v.as_deref().unwrap_or("-"), false);
    let sig = match ex.signature {
        Signature::Valid => "✔ valid".green().bold(),
        Signature::Challenge => "◆ challenge".cyan().bold(),
        other => {
            let why = ex.reason.as_deref().unwrap_or(other.as_str());
            format!("✘ {}", sanitize(why, false)).red().bold()
        }
    };
    let status = match ex.status {
        200..=299 => ex.status.to_string().green(),
        400..=499 => ex.status.to_string().yellow(),
        _ => ex.status.to_string().red(),
    };
    let dup = if ex.duplicate {
        format!(" {}", "duplicate".yellow())
    } else {
        String::new()
    };
    let mut out = format!(
        "{time} {} {} {} {sig}{dup} {status} {:.1}ms\n",
        field(&ex.provider).bold(),
        field(&ex.event_type),
        field(&ex.event_id).dimmed(),
        ex.latency.as_secs_f64() * 1000.0
    );
    for f in ex.forwarded.iter().filter(|f| f.status.is_some()) {
        out.push_str(&format!(
            "  {} {}\n",
            "note:".cyan(),
            forward_part(false, ex.status, f)
        ));
    }
    for note in &ex.notes {
        out.push_str(&format!("  {} {}\n", "note:".cyan(), sanitize(note, false)));
    }
    if !ex.body.is_empty() {
        out.push_str(&fold(&pretty_body(&ex.body), full));
        out.push('\n');
    }
    out
}

fn fold(text: &str, full: bool) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if full || lines.len() <= FOLD_AT {
        return text.to_string();
    }
    let mut out = lines[..FOLD_AT].join("\n");
    let more = format!("… {} more lines (--full shows all)", lines.len() - FOLD_AT);
    out.push('\n');
    out.push_str(&more.dimmed().to_string());
    out
}

/// Set once stdout is closed (`listen -o json | head -1`): printing stops, serving goes on.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Write a whole block at once so lines of concurrent requests never interleave. A closed
/// stdout stops the printing, never the listener: events are still answered and recorded.
pub fn emit(bytes: &[u8]) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if out.write_all(bytes).and_then(|_| out.flush()).is_err() {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listen::record_format::tests::exchange;

    #[test]
    fn long_bodies_fold_unless_full() {
        let text: String = (0..100).map(|i| format!("{i}\n")).collect();
        assert!(fold(&text, false).contains("60 more lines"));
        assert_eq!(fold(&text, true), text);
    }

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let out = pretty(&exchange(b"\x1b[2Jhello"), false);
        assert!(!out.contains("\x1b[2J"), "{out:?}");
        assert!(out.contains("[2Jhello"), "{out:?}");
    }
}
