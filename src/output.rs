//! Colour decided once; stdout carries data, stderr carries status; untrusted text sanitised.

use std::io::{IsTerminal, Write};

use colored::Colorize;

/// When to colour output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorMode {
    Auto,
    Always,
    Never,
}

/// Settings every command reads: decided once at start-up.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
    pub interactive: bool,
}

impl Ui {
    pub fn new(choice: ColorMode, quiet: bool, verbose: bool, no_input: bool) -> Self {
        let color = decide_color(choice, |k| std::env::var_os(k), std::io::stdout().is_terminal());
        colored::control::set_override(color);
        let interactive = !no_input
            && std::env::var_os("CI").is_none()
            && std::io::stdin().is_terminal()
            && std::io::stderr().is_terminal();
        Ui {
            quiet,
            verbose,
            color,
            interactive,
        }
    }

    /// A status line on stderr (suppressed by `-q`).
    pub fn status(&self, line: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", line.as_ref());
        }
    }

    /// A warning on stderr; shown even with `-q` because it concerns safety.
    pub fn warn(&self, line: impl AsRef<str>) {
        eprintln!("{} {}", "warning:".yellow().bold(), line.as_ref());
    }

    /// Extra detail on stderr with `-v`.
    pub fn debug(&self, line: impl AsRef<str>) {
        if self.verbose {
            eprintln!("{} {}", "debug:".dimmed(), line.as_ref());
        }
    }
}

/// `--color auto` honours NO_COLOR (any non-empty value), then CLICOLOR_FORCE, then the terminal.
pub fn decide_color(
    choice: ColorMode,
    env: impl Fn(&str) -> Option<std::ffi::OsString>,
    stdout_is_terminal: bool,
) -> bool {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorMode::Always => true,
        ColorMode::Never => false,
        ColorMode::Auto if env("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        ColorMode::Auto if set("CLICOLOR_FORCE") => true,
        ColorMode::Auto => stdout_is_terminal,
    }
}

/// Set once stdout is closed (`hookctl … | head -1`); later lines are dropped.
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Print one line of data on stdout. A closed pipe (`hookctl … | head`) stops the output, never
/// the work: the remaining deliveries are still sent, the summary still goes to stderr, and a
/// failure still decides the exit code (exiting 0 there turned failures into successes).
pub fn data_line(line: impl AsRef<str>) {
    use std::sync::atomic::Ordering;
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{}", line.as_ref())
        .and_then(|_| out.flush())
        .is_err()
    {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
    }
}

/// Print a JSON document on stdout, pretty when asked.
pub fn json(value: &serde_json::Value, pretty: bool) {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .expect("serde_json::Value always serialises");
    data_line(text);
}

/// Replace control characters (escape sequences included) so attacker-controlled text from a
/// webhook cannot drive the terminal. Newlines and tabs are kept when `keep_newlines`.
pub fn sanitize(text: &str, keep_newlines: bool) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' if keep_newlines => c,
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// A secret as it may be shown: an eighth of it at most (never more than 4 characters, none
/// below 16), enough to tell two long secrets apart and too little to shorten a guess much.
pub fn mask(secret: &str) -> String {
    let len = secret.chars().count();
    let shown = if len >= 16 { (len / 8).min(4) } else { 0 };
    let prefix: String = secret.chars().take(shown).collect();
    format!("{prefix}…")
}

/// A URL as every printer shows it (debug lines, errors, hints, summaries): a password in it
/// is replaced by `***`, the user name kept so the user can tell which account was used.
pub struct ShownUrl<'a>(pub &'a reqwest::Url);

impl std::fmt::Display for ShownUrl<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.password().is_none() {
            return std::fmt::Display::fmt(self.0, f);
        }
        let mut url = self.0.clone();
        let _ = url.set_password(Some("***"));
        std::fmt::Display::fmt(&url, f)
    }
}

/// `url` with its password masked; see `ShownUrl`.
pub fn url(url: &reqwest::Url) -> ShownUrl<'_> {
    ShownUrl(url)
}

/// Pretty body: indented coloured JSON, else sanitised text, else a binary notice.
pub fn pretty_body(body: &[u8]) -> String {
    if body.is_empty() {
        return "(empty body)".dimmed().to_string();
    }
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) {
        return pretty_json(&v);
    }
    match std::str::from_utf8(body) {
        Ok(s) => sanitize(s, true),
        Err(_) => format!("({} bytes of binary data)", body.len())
            .dimmed()
            .to_string(),
    }
}

/// Indented, syntax-coloured JSON for people.
pub fn pretty_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out
}

fn write_value(out: &mut String, value: &serde_json::Value, depth: usize) {
    use serde_json::Value::*;
    let pad = |d: usize| "  ".repeat(d);
    match value {
        Null => out.push_str(&"null".dimmed().to_string()),
        Bool(b) => out.push_str(&b.to_string().yellow().to_string()),
        Number(n) => out.push_str(&n.to_string().cyan().to_string()),
        String(s) => {
            let quoted = serde_json::to_string(s).expect("string serialises");
            out.push_str(&sanitize(&quoted, false).green().to_string())
        }
        Array(items) if items.is_empty() => out.push_str("[]"),
        Object(map) if map.is_empty() => out.push_str("{}"),
        Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_value(out, item, depth + 1);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Object(map) => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                let key = serde_json::to_string(k).expect("string serialises");
                out.push_str(&sanitize(&key, false).blue().bold().to_string());
                out.push_str(": ");
                write_value(out, v, depth + 1);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.into())
    }

    #[test]
    fn color_choice_honours_env_and_terminal() {
        assert!(!decide_color(ColorMode::Auto, env(&[("NO_COLOR", "1")]), true));
        assert!(decide_color(
            ColorMode::Auto,
            env(&[("CLICOLOR_FORCE", "1")]),
            false
        ));
        assert!(!decide_color(
            ColorMode::Auto,
            env(&[("CLICOLOR_FORCE", "0")]),
            false
        ));
        assert!(decide_color(ColorMode::Auto, env(&[]), true));
        assert!(!decide_color(ColorMode::Auto, env(&[]), false));
        assert!(decide_color(ColorMode::Always, env(&[("NO_COLOR", "1")]), false));
        assert!(!decide_color(
            ColorMode::Never,
            env(&[("CLICOLOR_FORCE", "1")]),
            true
        ));
    }

    #[test]
    fn sanitize_strips_escape_sequences() {
        assert_eq!(sanitize("a\u{1b}[31mb\n", false), "a\u{FFFD}[31mb\u{FFFD}");
        assert_eq!(sanitize("a\nb", true), "a\nb");
    }

    #[test]
    fn mask_shows_an_eighth_at_most() {
        assert_eq!(mask("whsec_abcdefgh"), "…");
        assert_eq!(mask("123456789"), "…");
        assert_eq!(mask("short"), "…");
        assert_eq!(mask("whsec_supersecretvalue"), "wh…");
        assert_eq!(mask(&"x".repeat(64)), "xxxx…");
    }

    #[test]
    fn shown_urls_never_carry_a_password() {
        let u = reqwest::Url::parse("http://user:hunter2@127.0.0.1:1/x?q=1").unwrap();
        assert_eq!(url(&u).to_string(), "http://user:***@127.0.0.1:1/x?q=1");
        let plain = reqwest::Url::parse("https://api.example.com/v2").unwrap();
        assert_eq!(url(&plain).to_string(), "https://api.example.com/v2");
    }
}
