//! `send-test --challenge`: the provider's URL-verification handshake (from `crate::handshakes`)
//! with what the user typed into the provider's form where that takes part.

use std::time::Duration;

use crate::error::{Error, Result};
use crate::handshakes::{Asked, Handshake, Judgement, Request};
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;
use crate::providers::{Key, Provider};

/// A provider's handshake, ready to send.
#[derive(Debug, Clone)]
pub struct Challenge {
    handshake: &'static dyn Handshake,
    /// Cryptohopper's verification code, or Meta's verify token.
    code: Option<String>,
}

impl Challenge {
    /// The handshake of `provider`, or a usage error saying it has none.
    pub fn of(provider: &dyn Provider, verification_code: Option<&str>) -> Result<Challenge> {
        let name = &provider.info().name;
        let Some(handshake) = provider.info().handshake_kind else {
            let no_handshake = Error::usage(format!("{name} has no URL-verification handshake"));
            // Providers that greet a new URL with an ordinary event (GitHub's ping) say so.
            return Err(
                match provider.catalog().events.iter().find(|e| e.name == "ping") {
                    Some(_) => no_handshake.with_hint(format!(
                        "{name} sends a `ping` event on creation: send-test URL --provider {} --event ping",
                        provider.id()
                    )),
                    None => no_handshake.with_hint("send an ordinary event instead (drop --challenge)"),
                },
            );
        };
        let code = match handshake.code() {
            Some(need) => Some(verification_code.map(str::to_string).ok_or_else(|| {
                Error::usage(format!("the {name} handshake {}, and none was given", need.what))
                    .with_hint(need.hint)
            })?),
            None => None,
        };
        Ok(Challenge { handshake, code })
    }

    #[cfg(test)]
    pub fn new(handshake: &'static dyn Handshake, code: Option<&str>) -> Challenge {
        Challenge {
            handshake,
            code: code.map(str::to_string),
        }
    }

    /// The verification code or verify token (`of` makes sure the handshakes that use one have it).
    fn code(&self) -> &str {
        self.code.as_deref().unwrap_or_default()
    }

    /// Whether the request is signed by the provider.
    pub fn signed(&self) -> bool {
        self.handshake.signed()
    }

    /// Whether hookctl needs the provider's key: to sign, or to check an HMAC in the answer.
    pub fn needs_key(&self) -> bool {
        self.handshake.needs_key()
    }

    /// The provider's own deadline for the handshake, where it differs from deliveries.
    pub fn deadline(&self, delivery_timeout: Duration) -> Duration {
        self.handshake.deadline(delivery_timeout)
    }

    /// The handshake request and the challenge value the answer must carry (if any).
    pub fn request(&self, signer: Option<&Signer<'_>>) -> Result<Request> {
        self.handshake.request(signer, self.code())
    }

    /// Passed (with what was checked) or failed (with exactly why).
    pub fn judge(&self, challenge: Option<&str>, answer: &Answer, key: Option<&Key>) -> Judgement {
        let asked = Asked {
            challenge: challenge.unwrap_or_default(),
            code: self.code(),
            key,
        };
        self.handshake.judge(&asked, answer)
    }
}
