//! `hookctl completions SHELL`: completion scripts generated from the clap definition.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;

pub fn run(args: &CompletionsArgs) -> Result<()> {
    let mut out = Vec::new();
    generate(args.shell, &mut out);
    use std::io::Write;
    if std::io::stdout().write_all(&out).is_err() {
        std::process::exit(0);
    }
    Ok(())
}

/// The script for one shell; `completions/` holds these, checked by a test.
pub fn generate(shell: clap_complete::Shell, out: &mut Vec<u8>) {
    clap_complete::generate(shell, &mut Cli::command(), "hookctl", out);
}
