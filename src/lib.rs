//! hookctl: sign, verify, send, receive and manage webhooks exactly as providers do.
//!
//! `run` parses the command line, settles the shared context, dispatches to one command module
//! and turns its result into an exit code. Nothing else happens here.

pub mod api;
pub mod canonical_json;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod doctor;
pub mod error;
pub mod handshakes;
pub mod hop_headers;
pub mod inspect;
pub mod json_path;
pub mod keys;
#[cfg(test)]
mod layers;
pub mod listen;
pub mod net_error;
pub mod output;
pub mod payload;
pub mod private_file;
pub mod probe;
pub mod providers;
pub mod random_id;
pub mod runtime;
pub mod secret;
pub mod send;
pub mod table;

use std::process::ExitCode;

use colored::Colorize;

use cli::{Cli, Command};
use config::Config;
use error::Result;
use output::Ui;

/// What every command may need: output settings and the config file.
pub struct Context {
    pub ui: Ui,
    pub config: Config,
    /// Where the config lives (or would be written), whether or not it exists yet.
    pub config_path: Option<std::path::PathBuf>,
    /// The providers this run knows: built-ins, `generic` and the config file's schemes.
    pub providers: providers::Registry,
}

/// `--color` as clap should apply it to its own help and errors, read before clap parses
/// (the last one given wins, as clap takes it; nothing after `--`).
fn clap_color(args: &[std::ffi::OsString]) -> clap::ColorChoice {
    let mut choice = clap::ColorChoice::Auto;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.as_ref() {
            "--" => break,
            "--color" => args.next().map(|v| v.into_owned()),
            a => a.strip_prefix("--color=").map(str::to_string),
        };
        choice = match value.as_deref() {
            Some("never") => clap::ColorChoice::Never,
            Some("always") => clap::ColorChoice::Always,
            Some("auto") => clap::ColorChoice::Auto,
            _ => choice,
        };
    }
    choice
}

pub fn run() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = Cli::command()
        .color(clap_color(&args))
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout with exit 0 and usage errors with exit 2.
            let _ = e.print();
            if let Some(hint) = cli::common_option_hint(&e) {
                eprintln!("hint: {hint}");
            }
            return ExitCode::from(if e.use_stderr() {
                error::code::USAGE
            } else {
                error::code::OK
            });
        }
    };
    let common = cli.command.common();
    let ui = Ui::new(cli.color.into(), common.quiet, common.verbose, common.no_input);
    let json_errors = cli.command.wants_json();
    match dispatch(cli, ui) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if !e.silent {
                eprintln!(
                    "{} {}",
                    "error:".red().bold(),
                    output::sanitize(&e.message, false)
                );
                if let Some(hint) = &e.hint {
                    eprintln!("{} {}", "hint:".cyan().bold(), output::sanitize(hint, false));
                }
                // Last, so a script reads the final stderr line as the error's JSON.
                if json_errors {
                    eprintln!("{}", e.to_json());
                }
            }
            ExitCode::from(e.exit_code())
        }
    }
}

fn dispatch(cli: Cli, ui: Ui) -> Result<()> {
    let config_flag = cli.command.common().config.map(std::path::Path::to_path_buf);
    let config_flag = config_flag.as_deref();
    // Commands that need no config file run first, so a broken config never blocks them.
    match &cli.command {
        Command::Completions(args) => return commands::completions::run(args),
        // The user's schemes are known when the config loads; a broken one is reported when
        // that scheme is used, and never hides the built-ins.
        Command::Providers(args) => {
            return commands::providers::run(args, &lenient_providers(config_flag, &ui))
        }
        Command::Events(args) => {
            return commands::events::run(args, &lenient_providers(config_flag, &ui), &ui)
        }
        Command::Keygen(args) => return commands::keygen::run(args, &ui),
        Command::Selftest(args) => return commands::selftest::run(args, ui.quiet),
        Command::Doctor(args) => return commands::doctor::run(args, config_flag),
        _ => {}
    }
    let config_path = Config::default_path(config_flag);
    // `config path` must work even when the file is broken: it is how users find it to fix it.
    if let Command::Config(
        args @ cli::ConfigArgs {
            action: cli::ConfigAction::Path,
            ..
        },
    ) = &cli.command
    {
        let ctx = Context {
            ui,
            config: Config::default(),
            config_path,
            providers: Default::default(),
        };
        return commands::config::run(args, &ctx);
    }
    let (config, warning) = Config::load(config_path.clone())?;
    if let Some(w) = warning {
        ui.warn(w);
    }
    let ctx = Context {
        ui,
        providers: {
            let registry = providers::Registry::from_config(&config);
            warn_broken_schemes(&registry, &ui);
            registry
        },
        config,
        config_path,
    };
    match cli.command {
        Command::Sign(args) => commands::sign::run(&args, &ctx),
        Command::Verify(args) => commands::verify::run(&args, &ctx),
        Command::SendTest(args) => commands::send::run(&args, &ctx),
        Command::Probe(args) => commands::probe::run(&args, &ctx),
        Command::Listen(args) => commands::listen::run(&args, &ctx),
        Command::Replay(args) => commands::replay::run(&args, &ctx),
        Command::Inspect(args) => commands::inspect::run(&args, &ctx),
        Command::Webhooks(args) => commands::webhooks::run(&args, &ctx),
        Command::Config(args) => commands::config::run(&args, &ctx),
        Command::Completions(_)
        | Command::Providers(_)
        | Command::Events(_)
        | Command::Keygen(_)
        | Command::Selftest(_)
        | Command::Doctor(_) => {
            unreachable!("handled above")
        }
    }
}

/// The providers of a config file that may be missing or broken, for commands that work without.
/// The providers for commands that still work with a broken config file: the built-ins, and
/// the user's schemes when they load. What is left out is said, never silently dropped.
fn lenient_providers(config_flag: Option<&std::path::Path>, ui: &Ui) -> providers::Registry {
    match Config::load(Config::default_path(config_flag)) {
        Ok((config, _)) => {
            let registry = providers::Registry::from_config(&config);
            warn_broken_schemes(&registry, ui);
            registry
        }
        Err(e) => {
            ui.warn(format!(
                "{}; only the built-in providers are available until it is fixed",
                e.message
            ));
            providers::Registry::default()
        }
    }
}

/// A scheme of the user's that does not load is named on every run, not only when used.
fn warn_broken_schemes(registry: &providers::Registry, ui: &Ui) {
    if let Err(e) = registry.user() {
        ui.warn(format!(
            "{}; your [schemes] are left out until it is fixed",
            e.message
        ));
    }
}
