//! `hookctl config`: not built yet (issue #5).

use crate::cli::ConfigArgs;
use crate::error::{Error, Result};
use crate::Context;

pub fn run(_args: &ConfigArgs, _ctx: &Context) -> Result<()> {
    Err(
        Error::usage("`hookctl config` is not available in this build yet")
            .with_hint("sign and verify work today; see README.md for what is planned"),
    )
}
