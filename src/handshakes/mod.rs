//! URL-verification handshakes: one file per handshake, each owning both of its sides: the
//! request `send-test --challenge` makes and how it judges the answer, and what `listen`
//! answers. A provider names the one it performs by id (`handshake_kind`), looked up in `ALL`,
//! so a new handshake is its file, one line in `registry!` below, and the provider's data line.

mod parts;

use std::sync::OnceLock;
use std::time::Duration;

use crate::error::Result;
use crate::providers::delivery::Answer;
use crate::providers::delivery::{Delivery, Signer};
use crate::providers::{Headers, Key};

/// Declares each handshake's module and lists its entry in `ALL`, so one line adds both.
macro_rules! registry {
    ($($module:ident::$entry:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// Every handshake. The order is the precedence among those `listen` recognises before
        /// any provider is known, for a request that looks like more than one of them.
        pub static ALL: &[&dyn Handshake] = &[$(&$module::$entry),*];
    };
}

registry! {
    noones::NoonesChallenge,
    cryptohopper::CryptohopperValidate,
    slack::SlackUrlVerification,
    noko::NokoPing,
    discord::DiscordPing,
    meta::MetaHubChallenge,
    x_crc::XCrc,
    dropbox::DropboxChallenge,
    okta::OktaVerification,
    msgraph::MsGraphValidation,
    asana::AsanaHookSecret,
    zoom::ZoomUrlValidation,
    worldline::WorldlineEndpointVerification,
    xero::XeroIntentToReceive,
    twitch::TwitchCallbackVerification,
    sns::SnsSubscriptionConfirmation,
    monday::MondayChallenge,
}

/// A handed-over secret that may verify a provider's deliveries: what `adopt_once` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adoption {
    /// Adopted now: it verifies the provider's deliveries from here on.
    New,
    /// The very secret adopted earlier in this run, handed over again: nothing changed.
    Again,
    /// Equal to the configured secret, which keeps verifying: nothing changed.
    Configured,
}

/// Why a handed-over secret was not adopted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A different secret is configured for the provider; it is never replaced.
    Configured,
    /// A different secret was already adopted in this run; the first one stays in force.
    Taken,
    /// The configured secret could not be read, so it cannot be told apart.
    Unreadable(String),
}

/// One provider's URL-verification handshake, both as the provider performs it (`send-test
/// --challenge`) and as a receiver must answer it (`listen`).
pub trait Handshake: Sync {
    /// The id providers name it by (`handshake_kind = "zoom_url_validation"`).
    fn id(&self) -> &'static str;

    /// What the user typed into the provider's form and the handshake carries or expects back
    /// (Cryptohopper's verification code, Meta's verify token), if anything.
    fn code(&self) -> Option<CodeNeed> {
        None
    }
    /// Whether the provider signs the handshake request like a delivery.
    fn signed(&self) -> bool {
        false
    }
    /// Whether `send-test` needs the provider's key: to sign, or to check an HMAC in the answer.
    fn needs_key(&self) -> bool {
        self.signed()
    }
    /// The provider's own deadline for the handshake, where it differs from deliveries'.
    fn deadline(&self, delivery_timeout: Duration) -> Duration {
        delivery_timeout
    }
    /// The request the provider sends; `signer` is there when `signed`, `code` when `code` asks.
    fn request(&self, signer: Option<&Signer<'_>>, code: &str) -> Result<Request>;
    /// Passed (with what was checked) or failed (with exactly why).
    fn judge(&self, asked: &Asked<'_>, answer: &Answer) -> Judgement;

    /// The provider id a request of this handshake is labelled with in `listen`.
    fn provider(&self) -> &'static str {
        crate::providers::handshake_owner(self.id()).unwrap_or("unknown")
    }
    /// A request header every response must carry back, whatever the request was.
    fn echo_header(&self) -> Option<&'static str> {
        None
    }
    /// The answer to a request that is this handshake, recognised by its shape before any
    /// provider is known (these carry no signature of their own).
    fn answer_unverified(&self, request: &Incoming<'_>, cx: &Context<'_>) -> Option<Response> {
        let _ = (request, cx);
        None
    }
    /// The answer to a handshake message of a provider performing this handshake, once its
    /// signature was checked.
    fn answer_verified(&self, body: &serde_json::Value, verification_code: Option<&str>) -> Option<Response> {
        let _ = (body, verification_code);
        None
    }
    /// What `listen` warns at start-up, fixed to a provider performing this handshake.
    fn listen_warning(&self, verification_code: Option<&str>) -> Option<&'static str> {
        let _ = verification_code;
        None
    }
    /// Whether the handshake hands over the secret that signs later deliveries (Asana's), so
    /// `listen` need not have one configured.
    fn hands_over_secret(&self) -> bool {
        false
    }
}

impl std::fmt::Debug for dyn Handshake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// The handshake registered under `id`.
pub fn find(id: &str) -> Option<&'static dyn Handshake> {
    ALL.iter().copied().find(|h| h.id() == id)
}

/// The handshake a built-in provider names; an id with no entry in `ALL` is a bug, caught by
/// the tests below.
pub fn require(id: &str) -> &'static dyn Handshake {
    find(id).unwrap_or_else(|| panic!("handshake `{id}` has no entry in handshakes::ALL"))
}

/// Every id, for the error that names them.
fn ids() -> &'static [&'static str] {
    static IDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    IDS.get_or_init(|| ALL.iter().map(|h| h.id()).collect())
}

/// `handshake_kind = "…"` in a scheme table: an id, refused like an unknown enum variant.
pub fn deserialize_id<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<&'static dyn Handshake>, D::Error> {
    let id = <String as serde::Deserialize>::deserialize(d)?;
    find(&id)
        .map(Some)
        .ok_or_else(|| serde::de::Error::unknown_variant(&id, ids()))
}

/// What a handshake needs the user to give, and how to say so when it is missing.
pub struct CodeNeed {
    /// Completes "the <provider> handshake …, and none was given".
    pub what: &'static str,
    pub hint: &'static str,
}

/// How a handshake request goes out.
pub struct Request {
    pub method: reqwest::Method,
    /// Query parameters appended to the receiver's URL.
    pub query: Vec<(String, String)>,
    pub delivery: Delivery,
    /// The value the answer must carry back, if any.
    pub challenge: Option<String>,
}

impl Request {
    pub fn post(delivery: Delivery, challenge: Option<String>) -> Request {
        Request {
            method: reqwest::Method::POST,
            query: Vec::new(),
            delivery,
            challenge,
        }
    }
    pub fn get(delivery: Delivery, challenge: Option<String>) -> Request {
        Request {
            method: reqwest::Method::GET,
            ..Request::post(delivery, challenge)
        }
    }
    pub fn query(mut self, query: &[(&str, &str)]) -> Request {
        self.query
            .extend(query.iter().map(|(n, v)| (n.to_string(), v.to_string())));
        self
    }
    /// The URL this request goes to when sent to the receiver at `given`: where its delivery
    /// is posted, with the handshake's query parameters appended.
    pub fn url(&self, given: &reqwest::Url) -> reqwest::Url {
        let mut url = self.delivery.posted_to(given).into_owned();
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&self.query);
        }
        url
    }
}

/// What the handshake request asked of the receiver, for judging its answer.
pub struct Asked<'a> {
    /// The value the answer must carry back (empty when there is none).
    pub challenge: &'a str,
    /// The verification code or verify token (empty when the handshake takes none).
    pub code: &'a str,
    /// The provider's key, when `needs_key`.
    pub key: Option<&'a Key>,
}

/// Passed (with what was checked) or failed (with exactly why).
pub type Judgement = std::result::Result<String, String>;

/// A request as `listen` received it.
pub struct Incoming<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub headers: &'a Headers,
    pub body: &'a [u8],
    /// `body` parsed as JSON, if it is JSON.
    pub json: Option<&'a serde_json::Value>,
}

impl Incoming<'_> {
    pub fn is_get(&self) -> bool {
        self.method == "GET" || self.method == "HEAD"
    }
    /// A query-string parameter, decoded.
    pub fn query(&self, name: &str) -> Option<String> {
        let query = self.url.split_once('?')?.1.split('#').next()?;
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }
}

/// What the handshakes need from the listener.
pub struct Context<'a> {
    pub verify_token: Option<&'a str>,
    /// The shared secret of a provider, or why there is none.
    pub secret: &'a dyn Fn(&str) -> std::result::Result<Vec<u8>, String>,
    /// The provider the listener is fixed to (`--provider`); `None` serves every provider.
    pub fixed: Option<&'a str>,
    /// Adopt a secret a provider hands over (Asana's), as `Keyring::adopt_once` does.
    pub adopt: &'a dyn Fn(&str, &str) -> std::result::Result<Adoption, Refusal>,
}

impl Context<'_> {
    /// Whether `handshake` may come to this listener at all: under another fixed provider its
    /// shape means nothing and the request is verified as that provider's.
    pub fn serves(&self, handshake: &dyn Handshake) -> bool {
        self.fixed.is_none_or(|id| id == handshake.provider())
    }
}

/// What `listen` answers to a handshake instead of an ordinary acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub content_type: Option<&'static str>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Why it was refused, or what to know.
    pub note: Option<String>,
    /// What the console must show even though the handshake succeeded (a secret adopted).
    pub announce: Option<String>,
    /// A URL the provider asks the receiver to visit to complete the handshake (SNS's
    /// SubscribeURL); `listen` visits it only when told to (`--confirm-sns`).
    pub follow: Option<String>,
}

impl Response {
    pub fn new(status: u16, content_type: Option<&'static str>, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
            note: None,
            announce: None,
            follow: None,
        }
    }
    /// 200 with `text` as a UTF-8 plain-text body.
    pub fn text(text: impl Into<String>) -> Response {
        Response::new(200, Some("text/plain; charset=utf-8"), text.into())
    }
    /// 200 with `json` as the body.
    pub fn json(json: impl Into<String>) -> Response {
        Response::new(200, Some("application/json"), json.into())
    }
    pub fn note(mut self, note: impl Into<String>) -> Response {
        self.note = Some(note.into());
        self
    }
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Response {
        self.headers.push((name.to_string(), value.into()));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::{builtins, handshake_owner};

    #[test]
    fn every_registry_id_is_unique() {
        let mut seen = std::collections::HashSet::new();
        for h in ALL {
            assert!(seen.insert(h.id()), "two handshakes have the id {}", h.id());
        }
        assert_eq!(seen.len(), ALL.len());
        assert!(ALL.len() >= 17, "{} handshakes", ALL.len());
    }

    #[test]
    fn every_handshake_a_built_in_provider_names_is_registered() {
        let table: toml::Table = include_str!("../providers/builtin.toml").parse().unwrap();
        for (provider, scheme) in table["schemes"].as_table().unwrap() {
            if let Some(id) = scheme.get("handshake_kind") {
                let id = id.as_str().unwrap();
                assert!(
                    find(id).is_some(),
                    "{provider} names handshake `{id}`, not in ALL"
                );
            }
        }
        // Providers built in Rust look theirs up with `require`, which panics on a missing id.
        for p in builtins() {
            if let Some(h) = p.info().handshake_kind {
                assert!(find(h.id()).is_some(), "{} names `{}`", p.id(), h.id());
            }
        }
    }

    #[test]
    fn every_handshake_belongs_to_a_built_in_provider() {
        // Microsoft Graph's validation is answered, but no built-in provider verifies Graph.
        let owners: Vec<_> = ALL
            .iter()
            .filter(|h| h.id() != "msgraph_validation_token")
            .map(|h| handshake_owner(h.id()))
            .collect();
        assert!(owners.iter().all(Option::is_some), "{owners:?}");
        assert_eq!(require("twitter_crc").provider(), "twitter");
        assert_eq!(require("noones_challenge").provider(), "noones");
        assert_eq!(require("asana_hook_secret").provider(), "asana");
        assert_eq!(require("msgraph_validation_token").provider(), "msgraph");
    }

    #[test]
    fn an_unknown_id_is_refused_like_an_enum_variant() {
        let e = deserialize_id(toml::Value::String("wave".into())).unwrap_err();
        assert!(e.to_string().contains("unknown variant `wave`"), "{e}");
        assert!(e.to_string().contains("`zoom_url_validation`"), "{e}");
    }
}
