//! `hookctl webhooks`: not built yet (issue #5).

use crate::cli::WebhooksArgs;
use crate::error::{Error, Result};
use crate::Context;

pub fn run(_args: &WebhooksArgs, _ctx: &Context) -> Result<()> {
    Err(
        Error::usage("`hookctl webhooks` is not available in this build yet")
            .with_hint("sign and verify work today; see README.md for what is planned"),
    )
}
