//! `hookctl send-test`: not built yet (issue #4).

use crate::cli::SendTestArgs;
use crate::error::{Error, Result};
use crate::Context;

pub fn run(_args: &SendTestArgs, _ctx: &Context) -> Result<()> {
    Err(
        Error::usage("`hookctl send-test` is not available in this build yet")
            .with_hint("sign and verify work today; see README.md for what is planned"),
    )
}
