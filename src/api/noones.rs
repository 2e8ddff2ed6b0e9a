//! Noones Webhook API v1, Direct access (`/user/webhooks…`, as in Paxful's Webhook API v1 OpenAPI) with an
//! OAuth2 client-credentials token. A webhook holds one endpoint per event type, all usually
//! with the same URL, so enable/disable and event edits work endpoint by endpoint.

use reqwest::Method;
use serde_json::{json, Value};

use super::http::{Client, Request};
use super::{
    not_available, Action, AuthStyle, Delivery, Endpoint, Reply, Rotation, SigningSecret, Spec, UrlPolicy,
    View,
};
use crate::error::{Error, Result};

pub static SPEC: Spec = Spec {
    id: "noones",
    name: "Noones",
    api_root: "https://api.noones.com",
    api_path: "/webhook/v1",
    url_policy: UrlPolicy::HttpsRequired,
    root_wildcard: false,
    segment_wildcards: &[],
    handshake_subscribable: false,
    auth: AuthStyle::Bearer,
    token_url: Some("https://auth.noones.com/oauth2/token"),
    client_id_header: None,
    min_interval: None,
    // Developers-Portal webhooks are signed with Noones' platform Ed25519 key: no secret.
    signing_secret: SigningSecret::Elsewhere(
        "Webhook API deliveries are signed with Noones' platform Ed25519 key: verify with --scheme ed25519",
    ),
    rotation: Rotation::InPlace,
    needs_name: false,
    idempotency_keys: false,
    list_states: &[],
    endpoint_statuses: &[],
    // The endpoint log has only a `success` flag.
    delivery_statuses: &["DELIVERED", "FAILED"],
    unsupported,
    render_error,
    run: |client, action| Box::pin(run(client, action)),
};

fn unsupported(action: &Action) -> Option<(String, String)> {
    match action {
        Action::RotateSecret { .. } => not_available(
            "Noones webhooks have no per-webhook secret to rotate",
            "Webhook API deliveries are signed with Noones' platform Ed25519 key; verify them with --scheme ed25519",
        ),
        Action::Ping { .. } | Action::Test { .. } => not_available(
            format!("the Noones Webhook API has no `{}` endpoint", action.name()),
            "sign and send a sample to your receiver yourself: hookctl send-test URL --provider noones --event trade.started",
        ),
        Action::Redeliver { .. } => not_available(
            "the Noones Webhook API has no replay endpoint",
            "`hookctl webhooks deliveries ID --provider noones` shows each logged request body; `hookctl replay` re-sends recorded ones",
        ),
        Action::List { state, name } if state.is_some() || name.is_some() => not_available(
            "--state and --name filter Noko's list; Noones lists every webhook",
            "run `hookctl webhooks list --provider noones` without them",
        ),
        Action::Create(n) if !n.partner_ids.is_empty() => not_available(
            "--partner-id is a Novatrade24 setting",
            "drop --partner-id",
        ),
        Action::Update { id, change } if change.name.is_some() || !change.events.is_empty() || change.status.is_some() => {
            not_available(
                "Noones endpoints can only change their URL here",
                format!("use add-events/remove-events {id}, enable/disable {id}, or delete and re-create for a new tag"),
            )
        }
        _ => None,
    }
}

/// FastAPI's 422 `{"detail": [{loc, msg, type}]}`; other bodies are unknown: show them raw.
pub fn render_error(status: u16, body: &[u8]) -> String {
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return super::error_body::snippet(body);
    };
    if let Some(items) = v.get("detail").and_then(Value::as_array) {
        let parts: Vec<String> = items
            .iter()
            .map(|d| {
                let loc = d
                    .get("loc")
                    .and_then(Value::as_array)
                    .map(|l| {
                        l.iter()
                            .map(|p| super::text(Some(p)))
                            .collect::<Vec<_>>()
                            .join(".")
                    })
                    .unwrap_or_default();
                format!("{loc}: {}", super::text(d.get("msg")))
            })
            .collect();
        return crate::output::sanitize(&parts.join("; "), false);
    }
    if v.get("detail").is_some() || v.get("message").is_some() || v.get("error").is_some() {
        return super::error_body::render_generic(status, body);
    }
    super::error_body::snippet(body)
}

pub async fn run(client: &mut Client, action: &Action) -> Result<Reply> {
    match action {
        Action::List { .. } => {
            let v = client.send(&Request::get(&["user", "webhooks"])).await?.json()?;
            let rows = v
                .as_array()
                .map(|a| a.iter().map(endpoint).collect())
                .unwrap_or_default();
            Ok(Reply::new(v, View::Endpoints(rows)))
        }
        Action::Get { id } => {
            let v = get(client, id).await?;
            Ok(Reply::new(v.clone(), View::Endpoint(endpoint(&v))))
        }
        Action::Create(new) => {
            // One EndpointIn per event type, all with the same URL (Paxful's Webhook API v1 schema).
            let endpoints: Vec<Value> = new
                .events
                .iter()
                .map(|e| json!({"url": new.url, "event_type": e, "enabled": true}))
                .collect();
            let mut body = json!({"endpoints": endpoints});
            if let Some(tag) = &new.name {
                body["tag"] = json!(tag);
            }
            let v = client
                .send(&Request::new(Method::POST, &["user", "webhooks"]).json(body))
                .await?
                .json()?;
            Ok(Reply::new(v.clone(), View::Endpoint(endpoint(&v))))
        }
        Action::Delete { id } => {
            // Always by id: the bare DELETE /user/webhooks removes every webhook.
            let r = client
                .send(&Request::new(Method::DELETE, &["user", "webhooks", id]))
                .await?;
            let mut reply = Reply::done("delete", id, r.status, format!("deleted {id}"));
            if let Ok(v) = r.json() {
                if !v.is_null() {
                    reply.json = v;
                }
            }
            Ok(reply)
        }
        Action::Enable { id } => {
            put_each(client, id, |_| true, |ep| ep["enabled"] = json!(true), "enabled").await
        }
        Action::Disable { id } => {
            put_each(
                client,
                id,
                |_| true,
                |ep| ep["enabled"] = json!(false),
                "disabled",
            )
            .await
        }
        Action::Update { id, change } => {
            let url = change.url.clone().unwrap_or_default();
            put_each(client, id, |_| true, move |ep| ep["url"] = json!(url), "updated").await
        }
        Action::AddEvents { id, events } => add_events(client, id, events).await,
        Action::RemoveEvents { id, events } => remove_events(client, id, events).await,
        Action::Deliveries { id, status, since } => {
            deliveries(client, id, status.as_deref(), since.as_deref()).await
        }
        Action::RotateSecret { .. }
        | Action::Ping { .. }
        | Action::Test { .. }
        | Action::Redeliver { .. } => {
            unreachable!("refused by `unsupported`")
        }
    }
}

/// One new endpoint per event not yet subscribed, with the URL the webhook already has.
async fn add_events(client: &mut Client, id: &str, events: &[String]) -> Result<Reply> {
    let current = get(client, id).await?;
    let eps = endpoints_of(&current);
    let mut urls: Vec<String> = eps.iter().map(|e| super::text(e.get("url"))).collect();
    urls.dedup();
    let url = match urls.as_slice() {
        [one] => one.clone(),
        [] => {
            return Err(
                Error::usage(format!("webhook {id} has no endpoint whose URL could be reused"))
                    .with_hint("create a new webhook with --url"),
            )
        }
        _ => {
            return Err(
                Error::usage(format!("webhook {id} has endpoints for several URLs"))
                    .with_hint("create a new webhook with the URL you want"),
            )
        }
    };
    let have: Vec<String> = eps.iter().map(|e| super::text(e.get("event_type"))).collect();
    let mut created = Vec::new();
    for e in events.iter().filter(|e| !have.contains(e)) {
        let v = client
            .send(
                &Request::new(Method::POST, &["user", "webhooks", id, "endpoints", ""])
                    .json(json!({"url": url, "event_type": e, "enabled": true})),
            )
            .await?
            .json()?;
        match v {
            Value::Array(items) => created.extend(items),
            other => created.push(other),
        }
    }
    let mut reply = Reply::done(
        "add-events",
        id,
        201,
        format!("{} endpoint(s) added to {id}", created.len()),
    );
    reply.json = Value::Array(created);
    if events.iter().any(|e| have.contains(e)) {
        reply
            .notes
            .push("events already subscribed were left as they were".into());
    }
    Ok(reply)
}

/// Delete the endpoints of the given events.
async fn remove_events(client: &mut Client, id: &str, events: &[String]) -> Result<Reply> {
    let current = get(client, id).await?;
    let doomed: Vec<Value> = endpoints_of(&current)
        .into_iter()
        .filter(|e| events.contains(&super::text(e.get("event_type"))))
        .collect();
    let mut answers = Vec::new();
    for ep in &doomed {
        let eid = super::text(ep.get("id"));
        let v = client
            .send(&Request::new(
                Method::DELETE,
                &["user", "webhooks", id, "endpoints", &eid],
            ))
            .await?
            .json()?;
        answers.push(v);
    }
    let mut reply = Reply::done(
        "remove-events",
        id,
        202,
        format!("{} endpoint(s) removed from {id}", doomed.len()),
    );
    reply.json = Value::Array(answers);
    if doomed.len() < events.len() {
        reply
            .notes
            .push("events that were not subscribed were ignored".into());
    }
    Ok(reply)
}

/// The request logs of every endpoint of a webhook, filtered here.
async fn deliveries(
    client: &mut Client,
    id: &str,
    status: Option<&str>,
    since: Option<&str>,
) -> Result<Reply> {
    let current = get(client, id).await?;
    let mut all = Vec::new();
    for ep in endpoints_of(&current) {
        let eid = super::text(ep.get("id"));
        let v = client
            .send(&Request::get(&["user", "webhooks", id, "endpoints", &eid, "log"]))
            .await?
            .json()?;
        if let Value::Array(items) = v {
            all.extend(items);
        }
    }
    // The log takes no filters: apply --status and --since here.
    let want_success = status.map(|s| s == "DELIVERED");
    let since = since.and_then(|s| humantime::parse_rfc3339_weak(s).ok());
    all.retain(|r| {
        let ok = want_success.is_none_or(|w| r.get("success").and_then(Value::as_bool) == Some(w));
        let recent = since.is_none_or(|t| {
            r.get("sent_at")
                .and_then(Value::as_str)
                .and_then(|s| humantime::parse_rfc3339_weak(s).ok())
                .is_some_and(|sent| sent > t)
        });
        ok && recent
    });
    let rows = all.iter().map(delivery).collect();
    Ok(Reply::new(Value::Array(all), View::Deliveries(rows)))
}

async fn get(client: &mut Client, id: &str) -> Result<Value> {
    client
        .send(&Request::get(&["user", "webhooks", id]))
        .await?
        .json()
}

fn endpoints_of(v: &Value) -> Vec<Value> {
    v.get("endpoints")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// `PUT …/endpoints/{id}` (a full replacement) for each endpoint of a webhook, edited by `edit`.
async fn put_each(
    client: &mut Client,
    id: &str,
    pick: impl Fn(&Value) -> bool,
    edit: impl Fn(&mut Value),
    done: &str,
) -> Result<Reply> {
    let current = get(client, id).await?;
    let mut answers = Vec::new();
    for ep in endpoints_of(&current).into_iter().filter(|e| pick(e)) {
        let eid = super::text(ep.get("id"));
        let mut body = json!({
            "url": ep.get("url").cloned().unwrap_or(Value::Null),
            "event_type": ep.get("event_type").cloned().unwrap_or(Value::Null),
            "enabled": ep.get("enabled").cloned().unwrap_or(json!(true)),
        });
        edit(&mut body);
        let v = client
            .send(&Request::new(Method::PUT, &["user", "webhooks", id, "endpoints", &eid]).json(body))
            .await?
            .json()?;
        answers.push(v);
    }
    let n = answers.len();
    let mut reply = Reply::done(done, id, 202, format!("{done} {n} endpoint(s) of {id}"));
    reply.json = Value::Array(answers);
    Ok(reply)
}

pub fn endpoint(v: &Value) -> Endpoint {
    let eps = endpoints_of(v);
    let mut urls: Vec<String> = eps.iter().map(|e| super::text(e.get("url"))).collect();
    urls.dedup();
    let enabled: Vec<bool> = eps
        .iter()
        .map(|e| e.get("enabled").and_then(Value::as_bool).unwrap_or(true))
        .collect();
    let status = if enabled.is_empty() {
        ""
    } else if enabled.iter().all(|e| *e) {
        "enabled"
    } else if enabled.iter().all(|e| !*e) {
        "disabled"
    } else {
        "partly enabled"
    };
    let mut extra = super::extra_fields(v, &["webhook_id", "endpoints"]);
    for e in &eps {
        let err = super::text(e.get("error_code"));
        extra.push((
            format!("endpoint {}", super::text(e.get("id"))),
            format!(
                "{} {}{}",
                super::text(e.get("event_type")),
                if e.get("enabled").and_then(Value::as_bool) == Some(false) {
                    "disabled"
                } else {
                    "enabled"
                },
                if err.is_empty() {
                    String::new()
                } else {
                    format!(" (error {err})")
                }
            ),
        ));
    }
    Endpoint {
        id: super::text(v.get("webhook_id")),
        name: String::new(),
        url: urls.join(" "),
        status: status.into(),
        events: eps.iter().map(|e| super::text(e.get("event_type"))).collect(),
        extra,
    }
}

fn delivery(v: &Value) -> Delivery {
    let ok = v.get("success").and_then(Value::as_bool);
    let err = super::text(v.get("error_code"));
    Delivery {
        id: super::text(v.get("id")),
        event: super::text(v.get("url")),
        status: match ok {
            Some(true) => "DELIVERED".into(),
            Some(false) if !err.is_empty() => format!("FAILED ({err})"),
            Some(false) => "FAILED".into(),
            None => String::new(),
        },
        http_status: super::text(v.get("response_status")),
        at: super::text(v.get("sent_at")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fastapi_validation_errors_are_readable() {
        let body = br#"{"detail":[{"loc":["body","endpoints",0,"event_type"],"msg":"field required","type":"value_error.missing"}]}"#;
        assert_eq!(
            render_error(422, body),
            "body.endpoints.0.event_type: field required"
        );
        assert_eq!(render_error(500, b"oops"), "oops");
    }
}
