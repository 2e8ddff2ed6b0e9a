//! `hookctl replay`: not built yet (issue #4).

use crate::cli::ReplayArgs;
use crate::error::{Error, Result};
use crate::Context;

pub fn run(_args: &ReplayArgs, _ctx: &Context) -> Result<()> {
    Err(
        Error::usage("`hookctl replay` is not available in this build yet")
            .with_hint("sign and verify work today; see README.md for what is planned"),
    )
}
