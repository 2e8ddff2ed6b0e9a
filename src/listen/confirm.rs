//! Completing a handshake the provider finishes by a visit rather than by the answer (Amazon
//! SNS: GET the SubscribeURL of a `SubscriptionConfirmation`), after the answer is sent.
//! Only with `--confirm-sns`, only for a message whose signature verified, and only to the
//! hosts `handshakes::sns::confirm_url_allowed` names: a visit is a request the listener makes
//! on a stranger's behalf.

use std::time::Duration;

use super::Shared;
use crate::handshakes::sns::confirm_url_allowed;

/// How long the visit may take.
const VISIT_TIMEOUT: Duration = Duration::from_secs(10);

/// Visit `url` in the background when allowed; say why not otherwise.
pub fn follow(shared: &Shared, url: &str, verified: bool) {
    let shown = crate::output::sanitize(url, false);
    if !shared.confirm_sns {
        shared
            .ui
            .status("not visited: restart with --confirm-sns to confirm it, or open the URL yourself");
        return;
    }
    if !verified {
        shared.ui.warn(format!(
            "not visiting {shown}: the message's signature did not verify"
        ));
        return;
    }
    if !confirm_url_allowed(url) {
        shared.ui.warn(format!(
            "not visiting {shown}: only https://sns.<region>.amazonaws.com and loopback hosts are visited"
        ));
        return;
    }
    let Ok(handle) = tokio::runtime::Handle::try_current() else {
        shared
            .ui
            .warn(format!("not visiting {shown}: no runtime to visit it from"));
        return;
    };
    let ui = shared.ui;
    let url = url.to_string();
    handle.spawn(async move {
        let outcome = async {
            let client = reqwest::Client::builder()
                .timeout(VISIT_TIMEOUT)
                .redirect(reqwest::redirect::Policy::none())
                .build()?;
            client.get(&url).send().await.map(|r| r.status())
        }
        .await;
        match outcome {
            Ok(status) if status.is_success() => ui.status(format!(
                "confirmed the SNS subscription: GET {shown} answered {status}"
            )),
            Ok(status) => ui.warn(format!("SubscribeURL {shown} answered {status}: not confirmed")),
            Err(e) => ui.warn(format!(
                "cannot visit SubscribeURL {shown}: {}",
                crate::net_error::describe(&e, crate::net_error::Detail::Distinct)
            )),
        }
    });
}
