//! Noko's `webhook.ping` (Noko API documentation, "Webhooks"): a signed ping event sent when a
//! webhook is created; any 2xx answer passes. It needs no special answer from `listen`.

use super::parts::signed;
use super::{Asked, Handshake, Judgement, Request};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct NokoPing;

impl Handshake for NokoPing {
    fn id(&self) -> &'static str {
        "noko_ping"
    }
    fn signed(&self) -> bool {
        true
    }
    /// The catalog's ping sample, freshened like any event.
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let provider = signer.expect("signed handshakes get a signer").provider;
        let event = provider.catalog().require("webhook.ping")?;
        let mut sample = event.sample.clone();
        provider
            .catalog()
            .freshen(&mut sample, std::time::SystemTime::now());
        let body = serde_json::to_vec(&sample).expect("serialises");
        Ok(Request::post(signed(signer, body)?, None))
    }
    fn judge(&self, _asked: &Asked<'_>, answer: &Answer) -> Judgement {
        if (200..300).contains(&answer.status) {
            Ok(format!("webhook.ping answered {}", answer.status))
        } else {
            Err(format!(
                "webhook.ping answered {}: Noko counts anything but 2xx as a failure",
                answer.status
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::send::challenge::Challenge;

    #[test]
    fn a_ping_passes_with_any_2xx_and_needs_no_answer_from_listen() {
        let h = Challenge::new(&NokoPing, None);
        assert!(h.judge(None, &answer(204, &[], ""), None).is_ok());
        assert!(h.judge(None, &answer(301, &[], ""), None).is_err());
        let slack = serde_json::json!({"type": "url_verification", "challenge": "ch4l"});
        assert_eq!(NokoPing.answer_verified(&slack, None), None);
    }
}
