//! Management-API clients: the generic actions of `hookctl webhooks` mapped onto each provider's own
//! endpoints. What differs between providers and can be checked before any request (URL scheme,
//! wildcard rules, supported actions, auth header) is data in a [`Spec`]; the requests themselves
//! live in one module per provider, reached through [`Spec::run`].
//!
//! Below the providers: `http` (the client they call) uses `token` (OAuth2 exchange and cache)
//! and `auth` (where the credential comes from); `http` and `token` send through `transport`
//! (retries, throttling, redirects). Nothing here reads the command line.

pub mod auth;
pub mod cryptohopper;
pub mod error_body;
pub mod http;
pub mod noko;
pub mod noones;
pub mod novatrade24;
#[cfg(test)]
mod spec_invariants;
pub mod token;
pub mod transport;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::providers::Catalog;

/// A generic action, settled and validated, ready to be mapped onto a provider's endpoints.
#[derive(Debug, Clone)]
pub enum Action {
    List {
        state: Option<String>,
        name: Option<String>,
    },
    Get {
        id: String,
    },
    Create(NewEndpoint),
    Update {
        id: String,
        change: Change,
    },
    Delete {
        id: String,
    },
    Enable {
        id: String,
    },
    Disable {
        id: String,
    },
    AddEvents {
        id: String,
        events: Vec<String>,
    },
    RemoveEvents {
        id: String,
        events: Vec<String>,
    },
    RotateSecret {
        id: String,
    },
    Ping {
        id: String,
    },
    Test {
        id: String,
        event: String,
        data: Value,
    },
    Deliveries {
        id: String,
        status: Option<String>,
        since: Option<String>,
    },
    Redeliver {
        id: String,
        delivery_id: String,
    },
}

impl Action {
    pub fn name(&self) -> &'static str {
        match self {
            Action::List { .. } => "list",
            Action::Get { .. } => "get",
            Action::Create(_) => "create",
            Action::Update { .. } => "update",
            Action::Delete { .. } => "delete",
            Action::Enable { .. } => "enable",
            Action::Disable { .. } => "disable",
            Action::AddEvents { .. } => "add-events",
            Action::RemoveEvents { .. } => "remove-events",
            Action::RotateSecret { .. } => "rotate-secret",
            Action::Ping { .. } => "ping",
            Action::Test { .. } => "test",
            Action::Deliveries { .. } => "deliveries",
            Action::Redeliver { .. } => "redeliver",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct NewEndpoint {
    pub url: String,
    pub events: Vec<String>,
    pub name: Option<String>,
    pub partner_ids: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Change {
    pub url: Option<String>,
    pub name: Option<String>,
    pub events: Vec<String>,
    pub status: Option<String>,
}

/// What an action produced: the provider's JSON (printed unchanged with `--output json`) and a
/// view for people.
#[derive(Debug, Clone)]
pub struct Reply {
    pub json: Value,
    pub view: View,
    /// A signing secret the provider just issued (shown once).
    pub secret: Option<String>,
    /// Things the user should know (e.g. rotate-secret changed the endpoint id).
    pub notes: Vec<String>,
}

impl Reply {
    pub fn new(json: Value, view: View) -> Self {
        Reply {
            json,
            view,
            secret: None,
            notes: Vec::new(),
        }
    }
    /// An action whose response has no body: JSON output still gets one document.
    pub fn done(action: &str, id: &str, status: u16, message: String) -> Self {
        Reply::new(
            serde_json::json!({"ok": true, "action": action, "id": id, "http_status": status}),
            View::Done(message),
        )
    }
}

#[derive(Debug, Clone)]
pub enum View {
    Endpoints(Vec<Endpoint>),
    Endpoint(Endpoint),
    Deliveries(Vec<Delivery>),
    Done(String),
}

/// One webhook endpoint as the tables show it.
#[derive(Debug, Clone, Default)]
pub struct Endpoint {
    pub id: String,
    /// The name its owner gave it (Noko), how endpoints with the same URL are told apart; empty
    /// where the provider has none.
    pub name: String,
    pub url: String,
    pub status: String,
    pub events: Vec<String>,
    /// Further fields for the detail view, in the provider's order.
    pub extra: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
pub struct Delivery {
    pub id: String,
    pub event: String,
    pub status: String,
    pub http_status: String,
    pub at: String,
}

/// Whether a provider demands https receiver URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlPolicy {
    /// Refuse http:// unless --allow-http.
    HttpsRequired,
    /// Accept http:// with a warning (the provider's own docs use it).
    HttpsPreferred,
}

/// How the API token travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthStyle {
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// `X-NokoToken: <token>` (Noko personal access tokens).
    NokoToken,
    /// `access-token: <token>` (Cryptohopper: its gateway rejects `Authorization`).
    AccessToken,
}

/// Where a provider's signing secret for deliveries comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigningSecret {
    /// `create` returns a per-endpoint secret, shown once (so --save-secret makes sense).
    PerEndpoint,
    /// There is no per-endpoint secret; the text says how deliveries are verified instead.
    Elsewhere(&'static str),
}

/// How `rotate-secret` works for a provider that has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotation {
    /// A new secret on the same endpoint; the old one stops working.
    InPlace,
    /// No rotate endpoint: delete and re-create with the same settings, which changes the id.
    Recreate,
}

/// A provider's requests for one action, boxed so every provider's `async fn` has one type.
pub type RunFn =
    for<'a> fn(&'a mut http::Client, &'a Action) -> Pin<Box<dyn Future<Output = Result<Reply>> + 'a>>;

/// Everything about a provider's API that is checked before a request is sent, and the
/// function that sends them.
pub struct Spec {
    pub id: &'static str,
    pub name: &'static str,
    /// Documented scheme, host and port; `--base-url` replaces exactly this part.
    pub api_root: &'static str,
    /// The provider's own path under the root (`/v1`, `/v2`, `/webhook/v1`).
    pub api_path: &'static str,
    pub url_policy: UrlPolicy,
    /// Whether `*` alone may be subscribed.
    pub root_wildcard: bool,
    /// Prefixes whose segment wildcard (`kyc.*`) the provider documents.
    pub segment_wildcards: &'static [&'static str],
    /// Whether the catalog's handshake events (Noko `webhook.ping`) are subscription values.
    pub handshake_subscribable: bool,
    pub auth: AuthStyle,
    /// OAuth2 client-credentials token endpoint, when the provider has that grant.
    pub token_url: Option<&'static str>,
    /// A header that carries the OAuth client id beside the token, for a provider without the
    /// client-credentials grant (Cryptohopper's `x-api-app-key`).
    pub client_id_header: Option<&'static str>,
    /// Smallest gap between two requests (Noko: 2 requests/s).
    pub min_interval: Option<Duration>,
    pub signing_secret: SigningSecret,
    /// How `rotate-secret` works, where `unsupported` lets it through.
    pub rotation: Rotation,
    /// Whether `create` needs `--name`.
    pub needs_name: bool,
    /// `Idempotency-Key` on every POST, PATCH and DELETE.
    pub idempotency_keys: bool,
    /// Values of `list --state` (lowercase), where `unsupported` lets the filter through.
    pub list_states: &'static [&'static str],
    /// Values of `update --status` (uppercase), where `unsupported` lets the flag through.
    pub endpoint_statuses: &'static [&'static str],
    /// Values of `deliveries --status` (uppercase), where `unsupported` lets the action through.
    pub delivery_statuses: &'static [&'static str],
    /// Why an action (or a flag of it) cannot be done, with what to do instead.
    pub unsupported: fn(&Action) -> Option<(String, String)>,
    /// The provider's error body as one readable line.
    pub render_error: fn(u16, &[u8]) -> String,
    /// The requests of an action `unsupported` let through.
    pub run: RunFn,
}

/// Every provider whose management API hookctl speaks; adding one is its file and one line here.
pub static ALL: &[&Spec] = &[
    &novatrade24::SPEC,
    &noko::SPEC,
    &noones::SPEC,
    &cryptohopper::SPEC,
];

pub fn spec(id: &str) -> Option<&'static Spec> {
    ALL.iter().copied().find(|s| s.id == id)
}

/// Run one action against the provider's API.
pub async fn run(client: &mut http::Client, action: &Action) -> Result<Reply> {
    let spec = client.spec();
    (spec.run)(client, action).await
}

/// Check subscription values against the catalog and the provider's wildcard rules.
pub fn check_events(spec: &Spec, catalog: &Catalog, events: &[String]) -> Result<()> {
    for event in events {
        check_event(spec, catalog, event, true)?;
    }
    Ok(())
}

/// One event name. `subscription` allows wildcards; a test fire needs a concrete event.
pub fn check_event(spec: &Spec, catalog: &Catalog, event: &str, subscription: bool) -> Result<()> {
    let documented = || {
        let mut w: Vec<String> = spec.segment_wildcards.iter().map(|p| format!("{p}.*")).collect();
        if spec.root_wildcard {
            w.insert(0, "*".into());
        }
        w
    };
    if event == "*" {
        if subscription && spec.root_wildcard {
            return Ok(());
        }
        let hint = match documented().as_slice() {
            [] => format!(
                "name the events; `hookctl events --provider {}` lists them",
                spec.id
            ),
            w => format!(
                "subscribe to exact names or the segment wildcards {}",
                w.join(", ")
            ),
        };
        let why = if subscription {
            format!("{} refuses the root wildcard `*` (for safety)", spec.name)
        } else {
            "a test event needs a concrete event type, not `*`".into()
        };
        return Err(Error::usage(why).with_hint(hint));
    }
    if let Some(prefix) = event.strip_suffix(".*") {
        if subscription && spec.segment_wildcards.contains(&prefix) {
            return Ok(());
        }
        let w = documented();
        let hint = if w.is_empty() {
            format!("{} documents no segment wildcards; name the events", spec.name)
        } else {
            format!(
                "documented wildcards: {}; otherwise name the events",
                w.join(", ")
            )
        };
        return Err(
            Error::usage(format!("`{event}` is not a wildcard {} documents", spec.name)).with_hint(hint),
        );
    }
    let def = catalog.require(event)?;
    if def.handshake && !(subscription && spec.handshake_subscribable) {
        return Err(Error::usage(format!(
            "`{event}` is {}'s handshake message, not an event to subscribe to",
            spec.name
        ))
        .with_hint(format!(
            "`hookctl events --provider {}` lists the events",
            spec.id
        )));
    }
    Ok(())
}

/// Text of a JSON scalar for tables (strings unquoted, null empty).
pub fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Strings of a JSON array.
pub fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().map(|x| text(Some(x))).collect())
        .unwrap_or_default()
}

/// Every field of an object not already shown, for the detail view.
pub fn extra_fields(obj: &Value, shown: &[&str]) -> Vec<(String, String)> {
    obj.as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| !shown.contains(&k.as_str()) && k.as_str() != "secret")
                .map(|(k, v)| (k.clone(), text(Some(v))))
                .collect()
        })
        .unwrap_or_default()
}

/// A hint-carrying usage error for an action a provider cannot do.
pub fn not_available(why: impl Into<String>, instead: impl Into<String>) -> Option<(String, String)> {
    Some((why.into(), instead.into()))
}
