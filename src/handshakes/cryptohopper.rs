//! Cryptohopper's endpoint validation (Cryptohopper API documentation, "Webhooks"): a signed
//! `{"app_id":…,"type":"validate","messages":[]}` that the receiver must answer with 200 and
//! exactly the verification code typed into the webhook form as the whole body.

use super::parts::{body_differs, signed};
use super::{Asked, CodeNeed, Handshake, Judgement, Request, Response};
use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::Signer;

pub struct CryptohopperValidate;

impl Handshake for CryptohopperValidate {
    fn id(&self) -> &'static str {
        "cryptohopper_validate"
    }
    fn code(&self) -> Option<CodeNeed> {
        Some(CodeNeed {
            what: "checks that the receiver answers your verification code",
            hint: "pass --verification-code CODE, the code typed into the webhook form",
        })
    }
    fn signed(&self) -> bool {
        true
    }
    fn request(&self, signer: Option<&Signer<'_>>, _code: &str) -> Result<Request> {
        let body = br#"{"app_id":123,"type":"validate","messages":[]}"#.to_vec();
        Ok(Request::post(signed(signer, body)?, None))
    }
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement {
        if answer.status != 200 {
            return Err(format!("status {}: Cryptohopper requires 200", answer.status));
        }
        if answer.body != asked.code.as_bytes() {
            return Err(body_differs(asked.code.as_bytes(), &answer.body));
        }
        Ok("200 with the verification code as the whole body".into())
    }

    /// Without the code there is no right answer: 200, empty, and a loud warning.
    fn answer_verified(&self, body: &serde_json::Value, verification_code: Option<&str>) -> Option<Response> {
        if body.get("type").and_then(|t| t.as_str()) != Some("validate") {
            return None;
        }
        Some(match verification_code {
            Some(code) => Response::text(code),
            None => Response {
                announce: Some(
                    "Cryptohopper sent `validate`: restart with --verification-code CODE (from its developer \
                     dashboard) or it will not accept this endpoint"
                        .into(),
                ),
                ..Response::new(200, None, Vec::new())
            }
            .note(
                "Cryptohopper sent `validate` but no --verification-code is set: it will not accept \
                 this endpoint until the code is answered",
            ),
        })
    }
    fn listen_warning(&self, verification_code: Option<&str>) -> Option<&'static str> {
        verification_code
            .is_none()
            .then_some("no --verification-code: Cryptohopper's `validate` message cannot be answered correctly")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handshakes::parts::test::answer;
    use crate::send::challenge::Challenge;
    use serde_json::json;

    #[test]
    fn cryptohopper_needs_200_and_the_code_exactly() {
        let h = Challenge::new(&CryptohopperValidate, Some("CODE"));
        assert!(h.judge(None, &answer(200, &[], "CODE"), None).is_ok());
        assert!(h
            .judge(None, &answer(200, &[], "CODE\n"), None)
            .unwrap_err()
            .contains("whitespace"));
        assert!(h
            .judge(None, &answer(201, &[], "CODE"), None)
            .unwrap_err()
            .contains("201"));
        assert!(h
            .judge(None, &answer(200, &[], ""), None)
            .unwrap_err()
            .contains("empty"));
    }

    #[test]
    fn validate_is_answered_with_the_code_or_a_warning() {
        let validate = json!({"app_id": 1, "type": "validate", "messages": []});
        let hopper = CryptohopperValidate;
        assert_eq!(
            hopper.answer_verified(&validate, Some("c0de")),
            Some(Response::text("c0de"))
        );
        let missing = hopper.answer_verified(&validate, None).unwrap();
        assert_eq!((missing.status, missing.body.len()), (200, 0));
        assert!(missing.announce.unwrap().contains("--verification-code"));
        let other = json!({"app_id": 1, "type": "trade", "messages": []});
        assert_eq!(hopper.answer_verified(&other, Some("c0de")), None);
    }
}
