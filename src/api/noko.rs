//! Noko v2 webhooks, all 12 endpoints (Noko API v2 docs, "Webhooks"): `X-NokoToken` and a User-Agent on
//! every request, at most 2 requests per second, `Link` pagination followed to the end.

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};

use super::http::{Client, PageTrail, Request, Target};
use super::{
    not_available, Action, AuthStyle, Endpoint, Reply, Rotation, SigningSecret, Spec, UrlPolicy, View,
};
use crate::error::{Error, Result};

pub static SPEC: Spec = Spec {
    id: "noko",
    name: "Noko",
    api_root: "https://api.nokotime.com",
    api_path: "/v2",
    // The create example in Noko's API v2 docs ("Webhooks") uses http://, so allow it with a warning.
    url_policy: UrlPolicy::HttpsPreferred,
    root_wildcard: true,
    segment_wildcards: &[],
    handshake_subscribable: true,
    auth: AuthStyle::NokoToken,
    token_url: None,
    client_id_header: None,
    min_interval: Some(Duration::from_millis(500)),
    signing_secret: SigningSecret::PerEndpoint,
    rotation: Rotation::InPlace,
    needs_name: true,
    idempotency_keys: false,
    list_states: &["enabled", "disabled"],
    endpoint_statuses: &[],
    delivery_statuses: &[],
    unsupported,
    render_error,
    run: |client, action| Box::pin(run(client, action)),
};
const MAX_PAGES: usize = 1000;

fn unsupported(action: &Action) -> Option<(String, String)> {
    match action {
        Action::Test { id, .. } => not_available(
            "Noko has no test-event endpoint",
            format!("`hookctl webhooks ping {id} --provider noko` sends a webhook.ping; `hookctl send-test URL --provider noko --event TYPE` signs a sample yourself"),
        ),
        Action::Deliveries { .. } => not_available(
            "Noko publishes no delivery-history API",
            "failed payloads are listed in the Noko Webapp; `hookctl webhooks redeliver ID PAYLOAD_ID --provider noko` retries one",
        ),
        Action::Create(n) if !n.partner_ids.is_empty() => not_available(
            "--partner-id is a Novatrade24 setting",
            "drop --partner-id",
        ),
        Action::Update { id, change } if !change.events.is_empty() => not_available(
            "Noko's update changes only the name and URL",
            format!("use `hookctl webhooks add-events {id} …` and `remove-events {id} …`"),
        ),
        Action::Update { id, change } if change.status.is_some() => not_available(
            "Noko's update changes only the name and URL",
            format!("use `hookctl webhooks enable {id}` or `disable {id}`"),
        ),
        _ => None,
    }
}

/// `{"message": …, "errors": [{resource, field, code}]}` (Noko API v2 docs, "Client Errors"); an empty body
/// (Noko's bare 400 and 429) shows only the status.
pub fn render_error(_status: u16, body: &[u8]) -> String {
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return super::error_body::snippet(body);
    };
    let mut parts = vec![super::text(v.get("message"))];
    if let Some(errors) = v.get("errors").and_then(Value::as_array) {
        for e in errors {
            let what = [super::text(e.get("resource")), super::text(e.get("field"))]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(".");
            parts.push(format!("{what}: {}", super::text(e.get("code"))));
        }
    }
    parts.retain(|p| !p.is_empty());
    crate::output::sanitize(&parts.join("; "), false)
}

pub async fn run(client: &mut Client, action: &Action) -> Result<Reply> {
    match action {
        Action::List { state, name } => list(client, state.as_deref(), name.as_deref()).await,
        Action::Get { id } => one(client, Request::get(&["webhooks", id])).await,
        Action::Create(new) => {
            // The create path is documented with a trailing slash: send it exactly.
            let body = json!({"name": new.name, "payload_uri": new.url, "events": new.events});
            let mut reply = one(client, Request::new(Method::POST, &["webhooks", ""]).json(body)).await?;
            reply.secret = reply
                .json
                .get("secret")
                .and_then(Value::as_str)
                .map(str::to_string);
            Ok(reply)
        }
        Action::Update { id, change } => {
            let mut body = serde_json::Map::new();
            if let Some(n) = &change.name {
                body.insert("name".into(), json!(n));
            }
            if let Some(u) = &change.url {
                body.insert("payload_uri".into(), json!(u));
            }
            one(
                client,
                Request::new(Method::PUT, &["webhooks", id]).json(Value::Object(body)),
            )
            .await
        }
        Action::AddEvents { id, events } => {
            one(
                client,
                Request::new(Method::PUT, &["webhooks", id, "add_events"]).json(json!({"events": events})),
            )
            .await
        }
        Action::RemoveEvents { id, events } => {
            one(
                client,
                Request::new(Method::PUT, &["webhooks", id, "remove_events"]).json(json!({"events": events})),
            )
            .await
        }
        Action::RotateSecret { id } => {
            let r = client
                .send(&Request::new(Method::PUT, &["webhooks", id, "reroll_secret"]))
                .await?;
            let v = r.json()?;
            let mut reply = Reply::done(
                "rotate-secret",
                id,
                r.status,
                format!("new secret issued for {id}"),
            );
            reply.secret = v.get("secret").and_then(Value::as_str).map(str::to_string);
            reply.json = v;
            reply
                .notes
                .push("whether the old secret stays valid for a while is not documented: accept both during the switch".into());
            Ok(reply)
        }
        Action::Enable { id } => empty(client, id, "enable", "enabled").await,
        Action::Disable { id } => empty(client, id, "disable", "disabled").await,
        Action::Ping { id } => empty(client, id, "ping", "ping sent to").await,
        Action::Redeliver { id, delivery_id } => {
            let r = client
                .send(&Request::new(
                    Method::PUT,
                    &["webhooks", id, "retry", delivery_id],
                ))
                .await?;
            Ok(Reply::done(
                "redeliver",
                delivery_id,
                r.status,
                format!(
                    "payload {delivery_id} queued for redelivery to {id} ({})",
                    r.status
                ),
            ))
        }
        Action::Delete { id } => {
            let r = client
                .send(&Request::new(Method::DELETE, &["webhooks", id]))
                .await?;
            Ok(Reply::done("delete", id, r.status, format!("deleted {id}")))
        }
        Action::Test { .. } | Action::Deliveries { .. } => unreachable!("refused by `unsupported`"),
    }
}

async fn one(client: &mut Client, req: Request) -> Result<Reply> {
    let v = client.send(&req).await?.json()?;
    Ok(Reply::new(v.clone(), View::Endpoint(endpoint(&v))))
}

/// `PUT /v2/webhooks/:id/<verb>` answered with an empty 204/202.
async fn empty(client: &mut Client, id: &str, verb: &str, done: &str) -> Result<Reply> {
    let r = client
        .send(&Request::new(Method::PUT, &["webhooks", id, verb]))
        .await?;
    Ok(Reply::done(verb, id, r.status, format!("{done} {id}")))
}

/// Every page, following `Link: <…>; rel="next"` until it is absent (Noko API v2 docs, "Pagination").
async fn list(client: &mut Client, state: Option<&str>, name: Option<&str>) -> Result<Reply> {
    let mut req = Request::get(&["webhooks"])
        .query("name", name)
        .query("state", state);
    let origin = client.url(&req).origin();
    let mut trail = PageTrail::default();
    trail.first_visit(&client.url(&req));
    let mut all = Vec::new();
    let mut notes = Vec::new();
    for page in 1.. {
        let resp = client.send_any(&req).await?;
        if resp.status == 404 && page == 1 {
            // Noko's API v2 docs once said every webhooks call answers 404 until the beta ships.
            return Err(Error::check(
                "webhooks are not available on this Noko account or API (GET /v2/webhooks answered 404)",
            )
            .with_hint(format!(
                "the request went to {}; Noko's webhooks are in beta",
                crate::output::url(&resp.url)
            )));
        }
        if !(200..300).contains(&resp.status) {
            return Err(client.error(&resp));
        }
        match resp.json()? {
            Value::Array(items) => all.extend(items),
            other => {
                return Err(Error::check(format!(
                    "Noko answered the list with {} instead of an array",
                    kind(&other)
                )))
            }
        }
        let next = resp
            .headers
            .get_all("link")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| {
                parse_link_header::parse_with_rel(v)
                    .ok()
                    .and_then(|m| m.get("next").map(|l| l.raw_uri.clone()))
            });
        let Some(next) = next else { break };
        let url = resp
            .url
            .join(&next)
            .map_err(|e| Error::check(format!("Noko sent a bad next link `{next}`: {e}")))?;
        if url.origin() != origin {
            // The token travels in a header; never send it to a host other than the API's.
            notes.push(format!(
                "did not follow a next-page link to another host ({})",
                crate::output::url(&url)
            ));
            break;
        }
        if !trail.first_visit(&url) {
            notes.push(PageTrail::loop_note(&url));
            break;
        }
        if page >= MAX_PAGES {
            notes.push(format!("stopped after {MAX_PAGES} pages"));
            break;
        }
        req = Request {
            target: Target::Url(url),
            query: Vec::new(),
            ..req
        };
    }
    let rows = all.iter().map(endpoint).collect();
    let mut reply = Reply::new(Value::Array(all), View::Endpoints(rows));
    reply.notes = notes;
    Ok(reply)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Object(_) => "an object",
        Value::Null => "an empty body",
        _ => "a scalar",
    }
}

pub fn endpoint(v: &Value) -> Endpoint {
    Endpoint {
        id: super::text(v.get("id")),
        name: super::text(v.get("name")),
        url: super::text(v.get("payload_uri")),
        status: super::text(v.get("state")),
        events: super::strings(v.get("events")),
        extra: super::extra_fields(v, &["id", "name", "payload_uri", "state", "events"]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_errors_are_readable() {
        let body = br#"{"message":"Validation Failed","errors":[{"resource":"Webhook","field":"payload_uri","code":"missing_field"}]}"#;
        assert_eq!(
            render_error(422, body),
            "Validation Failed; Webhook.payload_uri: missing_field"
        );
        assert_eq!(render_error(429, b""), "");
    }
}
