//! The checked-in man pages under `doc/` match what clap_mangen renders from the clap definition.
//! `HOOKCTL_BLESS=1 cargo test --test cli man_pages` (or `./doc/generate.sh`) rewrites them.

use clap::CommandFactory;

use crate::support::repo_path;

/// `hookctl.1` and one `hookctl-<command>.1` per command, as git and gh ship them.
fn pages() -> Vec<(String, Vec<u8>)> {
    // Env values are the developer's, not the program's: never in the page.
    // Nor the build facts of `--version` (commit, target): the pages describe the program.
    let mut cmd = hide_env_values(hookctl::cli::Cli::command().long_version(None));
    cmd.build();
    let mut pages = vec![("hookctl.1".to_string(), render(cmd.clone()))];
    for sub in cmd.get_subcommands() {
        // clap takes a `'static` name; a test process can spare a few bytes.
        let name: &'static str = Box::leak(format!("hookctl-{}", sub.get_name()).into_boxed_str());
        pages.push((format!("{name}.1"), render(sub.clone().name(name))));
    }
    pages
}

/// `cmd` with the values of its arguments' environment variables (`--config`'s
/// HOOKCTL_CONFIG, on each command that takes it) left out.
fn hide_env_values(cmd: clap::Command) -> clap::Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_env().is_some())
        .map(|a| a.get_id().to_string())
        .collect();
    let cmd = ids
        .iter()
        .fold(cmd, |c, id| c.mut_arg(id, |a| a.hide_env_values(true)));
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    subs.iter()
        .fold(cmd, |c, name| c.mut_subcommand(name, hide_env_values))
}

fn render(cmd: clap::Command) -> Vec<u8> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut out)
        .expect("render to memory");
    out
}

#[test]
fn checked_in_man_pages_are_current() {
    let bless = std::env::var_os("HOOKCTL_BLESS").is_some();
    let mut stale = Vec::new();
    let expected = pages();
    for (file, page) in &expected {
        let path = repo_path(&format!("doc/{file}"));
        if std::fs::read(&path).ok().as_ref() != Some(page) {
            if bless {
                std::fs::write(&path, page).unwrap();
            } else {
                stale.push(file.clone());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale man pages {stale:?}; refresh them with: ./doc/generate.sh"
    );
    // No page left behind for a command that is gone.
    for entry in std::fs::read_dir(repo_path("doc")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".1") {
            assert!(
                expected.iter().any(|(f, _)| *f == name),
                "doc/{name} has no command"
            );
        }
    }
}

#[test]
fn the_man_page_names_every_command() {
    let top = std::fs::read_to_string(repo_path("doc/hookctl.1")).unwrap();
    for cmd in ["sign", "verify", "send\\-test", "listen", "webhooks", "doctor"] {
        assert!(top.contains(cmd), "hookctl.1 lacks {cmd}");
    }
}
