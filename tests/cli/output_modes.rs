//! Global output conventions: `-q`, `--color`, help, `--version`, the man page.

use crate::support::send::{secret_for, Receiver, Resp};
use crate::support::{hookctl, stderr, stdout};

#[test]
fn quiet_send_test_prints_the_result_line_only() {
    let rx = Receiver::start(|_, _| Resp::status(200).body("ok"));
    let out = hookctl()
        .args(["send-test", "-q", &rx.url, "-p", "github"])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with(&format!("✔ POST {}  HTTP 200", rx.url)),
        "{text}"
    );

    let out = hookctl()
        .args(["send-test", "-q", &rx.url, "-p", "github", "--count", "4"])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("sent 4 events to") && text.contains("200 × 4"),
        "{text}"
    );
}

#[test]
fn color_reaches_clap_help_and_errors() {
    let out = hookctl()
        .args(["--color", "always", "sign", "--bogus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("\u{1b}["), "{}", stderr(&out));
    let out = hookctl()
        .args(["sign", "--help", "--color=always"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("\u{1b}["), "{}", stdout(&out));
    for args in [
        vec!["--color", "never", "sign", "--bogus"],
        vec!["--color=never", "sign", "--help"],
    ] {
        let out = hookctl().args(&args).env("CLICOLOR_FORCE", "1").output().unwrap();
        let text = format!("{}{}", stdout(&out), stderr(&out));
        assert!(!text.contains('\u{1b}'), "{args:?}: {text}");
    }
}

#[test]
fn version_tells_the_build_facts() {
    let out = hookctl().arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], concat!("hookctl ", env!("CARGO_PKG_VERSION")), "{text}");
    assert!(lines[1].starts_with("commit: "), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("target: ") && l.len() > "target: ".len()),
        "{text}"
    );
    assert!(lines.iter().any(|l| l.starts_with("features: ")), "{text}");
    // -V stays one line, for scripts that read the version.
    let out = hookctl().arg("-V").output().unwrap();
    assert_eq!(
        stdout(&out).trim(),
        concat!("hookctl ", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_has_examples_and_a_global_options_heading() {
    for cmd in [
        vec![],
        vec!["sign"],
        vec!["verify"],
        vec!["send-test"],
        vec!["replay"],
    ] {
        let out = hookctl().args(&cmd).arg("--help").output().unwrap();
        let text = stdout(&out);
        assert!(text.contains("\nExamples:\n  hookctl "), "{cmd:?}: {text}");
        assert!(text.contains("\nGlobal options:\n"), "{cmd:?}: {text}");
    }
    let out = hookctl().args(["sign", "--help"]).output().unwrap();
    let text = stdout(&out);
    let sentence = "Provider whose scheme to use (see `hookctl providers`)";
    assert_eq!(text.matches(sentence).count(), 1, "{text}");
}

#[test]
fn quiet_selftest_replay_and_probe_print_their_result_line() {
    let out = hookctl().args(["selftest", "-q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "failures only, then the summary: {text}");
    assert!(text.trim_end().ends_with("vectors, 0 failed"), "{text}");

    let rx = Receiver::start(|_, _| Resp::status(202));
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("rec.jsonl");
    let line = r#"{"provider":"github","method":"POST","path":"/","headers":{"Content-Type":"application/json"},"body":"{}","status":200,"signature":"valid"}"#;
    std::fs::write(&record, format!("{line}\n{line}\n")).unwrap();
    let out = hookctl()
        .args(["replay", "-q"])
        .arg(&record)
        .args(["--to", &rx.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "replayed 2: 2 answered 2xx\n");
    assert_eq!(stderr(&out), "");

    // A receiver that accepts everything: probe's failures are listed, then its summary.
    let rx = Receiver::start(|_, _| Resp::status(200));
    let out = hookctl()
        .args(["probe", "-q", &rx.url, "-p", "github"])
        .env("HOOKCTL_SECRET", secret_for("github"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    let verdicts: Vec<&str> = text
        .lines()
        // A row's first line names its case; wrapped lines start blank.
        .filter(|l| l.starts_with("│ ") && !l.starts_with("│  ") && !l.contains(" verdict "))
        .filter_map(|l| l.split_whitespace().nth(5))
        .collect();
    assert!(!verdicts.is_empty(), "{text}");
    assert!(
        verdicts.iter().all(|v| *v == "fail"),
        "only failing rows: {verdicts:?}\n{text}"
    );
    assert!(
        text.contains(" pass, ") && text.contains("forgeries accepted: "),
        "{text}"
    );
}

#[test]
fn tables_fit_the_width_and_wide_or_a_pipe_keeps_cells_whole() {
    let run = |args: &[&str], columns: Option<&str>| {
        let mut cmd = hookctl();
        cmd.args(args);
        if let Some(c) = columns {
            cmd.env("COLUMNS", c);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    for args in [&["providers"][..], &["selftest"][..]] {
        let fitted = run(args, Some("80"));
        for line in fitted.lines() {
            assert!(line.chars().count() <= 80, "{args:?}: {line:?} is wider than 80");
        }
        assert!(fitted.contains('…'), "{args:?}: nothing was cut at 80 columns");
        let mut wide_args = args.to_vec();
        wide_args.push("--wide");
        let wide = run(&wide_args, Some("80"));
        assert!(!wide.contains("Signature…"), "{args:?} --wide cut a cell");
        assert_eq!(
            wide,
            run(args, None),
            "{args:?}: a pipe keeps cells whole, as --wide does"
        );
    }
    let whole = run(&["providers"], None);
    assert!(whole
        .lines()
        .any(|l| l.starts_with("noones ") && l.contains("X-Noones-Signature")));
}

/// A common option is refused by the commands that would ignore it (exit 2, with where it
/// goes), and taken after the name of those that act on it.
#[test]
fn options_a_command_would_ignore_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    for args in [
        vec!["keygen", "--out", key.to_str().unwrap(), "--config", "c.toml"],
        vec!["completions", "bash", "-q"],
        vec!["providers", "--no-input"],
        vec!["selftest", "-v"],
        vec!["-q", "selftest"],
    ] {
        let out = hookctl().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("unexpected argument"), "{args:?}: {err}");
        assert!(
            err.contains("hint: ") && err.contains("is taken after the name of a command"),
            "{args:?}: {err}"
        );
    }
    assert!(!key.exists());
    // HOOKCTL_CONFIG names the file for the commands that read one; the others pay it no mind.
    let out = hookctl()
        .env("HOOKCTL_CONFIG", dir.path().join("absent.toml"))
        .args(["keygen", "--out", key.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = hookctl().args(["selftest", "-q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
