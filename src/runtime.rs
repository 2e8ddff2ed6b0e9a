//! The only door into async code: a current-thread tokio runtime, entered from sync `main`.

use std::future::Future;

use crate::error::{Error, Result};

/// Run `future` to completion on a fresh current-thread runtime.
pub fn block_on<F: Future>(future: F) -> Result<F::Output> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::network(format!("cannot start the async runtime: {e}")))?;
    Ok(rt.block_on(future))
}
