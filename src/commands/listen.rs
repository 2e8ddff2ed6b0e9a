//! `hookctl listen`: not built yet (issue #3).

use crate::cli::ListenArgs;
use crate::error::{Error, Result};
use crate::Context;

pub fn run(_args: &ListenArgs, _ctx: &Context) -> Result<()> {
    Err(
        Error::usage("`hookctl listen` is not available in this build yet")
            .with_hint("sign and verify work today; see README.md for what is planned"),
    )
}
