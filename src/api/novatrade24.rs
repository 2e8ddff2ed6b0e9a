//! Novatrade24 `/v1/webhooks` (Novatrade24 API reference, Webhooks): Bearer token or Keycloak client
//! credentials, `Idempotency-Key` on every write, RFC 7807 problem details.

use reqwest::Method;
use serde_json::{json, Value};

use super::http::{Client, Request};
use super::{
    not_available, Action, AuthStyle, Delivery, Endpoint, Reply, Rotation, SigningSecret, Spec, UrlPolicy,
    View,
};
use crate::error::{Error, Result};

pub static SPEC: Spec = Spec {
    id: "novatrade24",
    name: "Novatrade24",
    api_root: "https://api.novatrade24.com",
    api_path: "/v1",
    // The docs show only https receivers and say nothing of http: the safe default is to demand it.
    url_policy: UrlPolicy::HttpsRequired,
    root_wildcard: false,
    segment_wildcards: &["compliance", "kyc", "self_service_invitation"],
    handshake_subscribable: false,
    auth: AuthStyle::Bearer,
    token_url: Some("https://auth.novatrade24.com/realms/nt24-idp/protocol/openid-connect/token"),
    client_id_header: None,
    min_interval: None,
    signing_secret: SigningSecret::PerEndpoint,
    // The docs have no rotate endpoint: they say to delete and re-create.
    rotation: Rotation::Recreate,
    needs_name: false,
    idempotency_keys: true,
    list_states: &[],
    endpoint_statuses: &["ACTIVE", "PAUSED", "DISABLED"],
    delivery_statuses: &["PENDING", "DELIVERED", "FAILED"],
    unsupported,
    render_error,
    run: |client, action| Box::pin(run(client, action)),
};
/// Pages followed at most, so a server that always says "next" cannot loop us forever.
const MAX_PAGES: usize = 1000;

fn unsupported(action: &Action) -> Option<(String, String)> {
    match action {
        Action::Ping { id } => not_available(
            "Novatrade24 has no ping endpoint",
            format!("fire a synthetic event instead: hookctl webhooks test {id} --event compliance.status_changed --provider novatrade24"),
        ),
        Action::List { state, name } if state.is_some() || name.is_some() => not_available(
            "--state and --name filter Noko's list; Novatrade24 lists every endpoint",
            "run `hookctl webhooks list --provider novatrade24` without them",
        ),
        Action::Create(n) if n.name.is_some() => not_available(
            "Novatrade24 endpoints have no name",
            "drop --name",
        ),
        Action::Update { change, .. } if change.name.is_some() => not_available(
            "Novatrade24 endpoints have no name",
            "change --url, --event or --status",
        ),
        _ => None,
    }
}

/// RFC 7807: title, detail, each `errors[]` entry and `traceId` (Novatrade24 docs, "Errors").
pub fn render_error(status: u16, body: &[u8]) -> String {
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return super::error_body::snippet(body);
    };
    let mut parts = Vec::new();
    let title = super::text(v.get("title"));
    let detail = super::text(v.get("detail"));
    match (title.is_empty(), detail.is_empty()) {
        (false, false) => parts.push(format!("{title}: {detail}")),
        (false, true) => parts.push(title),
        (true, false) => parts.push(detail),
        (true, true) => {}
    }
    if let Some(errors) = v.get("errors").and_then(Value::as_array) {
        for e in errors {
            let field = super::text(e.get("field"));
            let msg = super::text(e.get("message"));
            let rejected = e
                .get("rejectedValue")
                .map(|r| format!(" (got {})", super::text(Some(r))))
                .unwrap_or_default();
            parts.push(format!("{field} {msg}{rejected}").trim().to_string());
        }
    }
    let ty = super::text(v.get("type"));
    if let Some(short) = ty
        .rsplit("/problems/")
        .next()
        .filter(|s| !s.is_empty() && *s != ty)
    {
        parts.push(format!("[{short}]"));
    }
    let trace = super::text(v.get("traceId"));
    if !trace.is_empty() {
        parts.push(format!("traceId {trace}"));
    }
    if parts.is_empty() {
        return super::error_body::render_generic(status, body);
    }
    crate::output::sanitize(&parts.join("; "), false)
}

pub async fn run(client: &mut Client, action: &Action) -> Result<Reply> {
    match action {
        Action::List { .. } => {
            let v = client.send(&Request::get(&["webhooks"])).await?.json()?;
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
            let mut body = json!({"url": new.url, "events": new.events});
            if !new.partner_ids.is_empty() {
                body["partnerIds"] = json!(new.partner_ids);
            }
            create(client, body).await
        }
        Action::Update { id, change } => {
            let mut body = serde_json::Map::new();
            if let Some(u) = &change.url {
                body.insert("url".into(), json!(u));
            }
            if !change.events.is_empty() {
                body.insert("events".into(), json!(change.events));
            }
            if let Some(s) = &change.status {
                body.insert("status".into(), json!(s));
            }
            patch(client, id, Value::Object(body)).await
        }
        Action::Delete { id } => {
            let r = client
                .send(&Request::new(Method::DELETE, &["webhooks", id]))
                .await?;
            Ok(Reply::done("delete", id, r.status, format!("deleted {id}")))
        }
        Action::Enable { id } => patch(client, id, json!({"status": "ACTIVE"})).await,
        Action::Disable { id } => patch(client, id, json!({"status": "DISABLED"})).await,
        Action::AddEvents { id, events } | Action::RemoveEvents { id, events } => {
            edit_events(client, id, events, matches!(action, Action::AddEvents { .. })).await
        }
        Action::RotateSecret { id } => rotate_secret(client, id).await,
        Action::Ping { .. } => unreachable!("refused by `unsupported`"),
        Action::Test { id, event, data } => {
            let r = client
                .send(
                    &Request::new(Method::POST, &["webhooks", id, "test"])
                        .json(json!({"eventType": event, "data": data})),
                )
                .await?;
            let mut reply = Reply::done(
                "test",
                id,
                r.status,
                format!("test {event} queued for {id} ({})", r.status),
            );
            if let Ok(v) = r.json() {
                if !v.is_null() {
                    reply.json = v;
                }
            }
            Ok(reply)
        }
        Action::Deliveries { id, status, since } => {
            deliveries(client, id, status.as_deref(), since.as_deref()).await
        }
        Action::Redeliver { id, delivery_id } => {
            let r = client
                .send(&Request::new(
                    Method::POST,
                    &["webhooks", id, "deliveries", delivery_id, "replay"],
                ))
                .await?;
            Ok(Reply::done(
                "redeliver",
                delivery_id,
                r.status,
                format!("replay of {delivery_id} accepted ({})", r.status),
            ))
        }
    }
}

/// `add-events` (`add`) or `remove-events`.
async fn edit_events(client: &mut Client, id: &str, events: &[String], add: bool) -> Result<Reply> {
    // No endpoint edits the list: read, modify, write it back whole.
    let current = get(client, id).await?;
    let mut list = super::strings(current.get("events"));
    let before = list.clone();
    if add {
        for e in events {
            if !list.contains(e) {
                list.push(e.clone());
            }
        }
    } else {
        list.retain(|e| !events.contains(e));
        if list.is_empty() {
            return Err(
                Error::usage(format!("removing those events would leave {id} with none")).with_hint(format!(
                    "delete the endpoint instead: hookctl webhooks delete {id} --provider novatrade24"
                )),
            );
        }
    }
    if list == before {
        let mut reply = Reply::new(current.clone(), View::Endpoint(endpoint(&current)));
        reply
            .notes
            .push("nothing to change: the subscription already matches".into());
        return Ok(reply);
    }
    patch(client, id, json!({"events": list})).await
}

/// A new secret, a new id: the old URL, events, partners and status carry over.
async fn rotate_secret(client: &mut Client, id: &str) -> Result<Reply> {
    // No rotate endpoint: the docs say to delete and re-create with the same settings.
    let old = get(client, id).await?;
    let mut body = json!({"url": old.get("url").cloned().unwrap_or(Value::Null), "events": old.get("events").cloned().unwrap_or(json!([]))});
    if let Some(p) = old.get("partnerIds").filter(|p| !p.is_null()) {
        body["partnerIds"] = p.clone();
    }
    client
        .send(&Request::new(Method::DELETE, &["webhooks", id]))
        .await?;
    let mut reply = create(client, body).await?;
    let new_id = super::text(reply.json.get("id"));
    let old_status = super::text(old.get("status"));
    if !old_status.is_empty() && old_status != "ACTIVE" && !new_id.is_empty() {
        client
            .send(&Request::new(Method::PATCH, &["webhooks", &new_id]).json(json!({"status": old_status})))
            .await?;
        reply.notes.push(format!("status set back to {old_status}"));
    }
    reply.notes.push(format!(
        "Novatrade24 has no rotate endpoint: {id} was deleted and re-created as {new_id}"
    ));
    Ok(reply)
}

async fn get(client: &mut Client, id: &str) -> Result<Value> {
    client.send(&Request::get(&["webhooks", id])).await?.json()
}

async fn create(client: &mut Client, body: Value) -> Result<Reply> {
    let v = client
        .send(&Request::new(Method::POST, &["webhooks"]).json(body))
        .await?
        .json()?;
    let mut reply = Reply::new(v.clone(), View::Endpoint(endpoint(&v)));
    reply.secret = v.get("secret").and_then(Value::as_str).map(str::to_string);
    Ok(reply)
}

async fn patch(client: &mut Client, id: &str, body: Value) -> Result<Reply> {
    let v = client
        .send(&Request::new(Method::PATCH, &["webhooks", id]).json(body))
        .await?
        .json()?;
    Ok(Reply::new(v.clone(), View::Endpoint(endpoint(&v))))
}

/// Every page of the delivery history. `pagination`'s fields are elided in Novatrade24's docs: omit
/// `page` first, then follow `next`, or `page`/`number` with `totalPages` (Spring, 0-based).
async fn deliveries(
    client: &mut Client,
    id: &str,
    status: Option<&str>,
    since: Option<&str>,
) -> Result<Reply> {
    let base = Request::get(&["webhooks", id, "deliveries"])
        .query("status", status)
        .query("since", since);
    let mut first = client.send(&base).await?.json()?;
    let mut all: Vec<Value> = take_data(&first);
    let mut pagination = first.get("pagination").cloned().unwrap_or(Value::Null);
    let mut pages = 1;
    let mut notes = Vec::new();
    let mut trail = super::http::PageTrail::default();
    trail.first_visit(&client.url(&base));
    loop {
        let next = match next_page(&pagination) {
            Next::Page(n) => {
                let mut r = base.clone();
                r.query.push(("page".into(), n.to_string()));
                r
            }
            Next::Url(u) => {
                let url = client
                    .url(&base)
                    .join(&u)
                    .map_err(|e| Error::check(format!("bad next-page link `{u}`: {e}")))?;
                if url.origin() != client.url(&base).origin() {
                    notes.push(format!(
                        "did not follow a next-page link to another host ({})",
                        crate::output::url(&url)
                    ));
                    break;
                }
                Request {
                    target: super::http::Target::Url(url),
                    query: Vec::new(),
                    ..base.clone()
                }
            }
            Next::Done => break,
            Next::Unknown => {
                if pages == 1 && !all.is_empty() {
                    notes.push(
                        "the pagination object carries no next-page information: showing the first page only"
                            .into(),
                    );
                }
                break;
            }
        };
        let next_url = client.url(&next);
        if !trail.first_visit(&next_url) {
            notes.push(super::http::PageTrail::loop_note(&next_url));
            break;
        }
        if pages >= MAX_PAGES {
            notes.push(format!("stopped after {MAX_PAGES} pages"));
            break;
        }
        let page = client.send(&next).await?.json()?;
        let items = take_data(&page);
        pages += 1;
        pagination = page.get("pagination").cloned().unwrap_or(Value::Null);
        if items.is_empty() {
            break;
        }
        all.extend(items);
    }
    let rows = all.iter().map(delivery).collect();
    // JSON output: the first page's document with every page's `data` merged into it.
    if let Some(obj) = first.as_object_mut() {
        obj.insert("data".into(), Value::Array(all));
        if pages > 1 {
            obj.insert("pagination".into(), pagination);
        }
    }
    let mut reply = Reply::new(first, View::Deliveries(rows));
    reply.notes = notes;
    Ok(reply)
}

fn take_data(v: &Value) -> Vec<Value> {
    v.get("data")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

enum Next {
    Page(u64),
    Url(String),
    Done,
    Unknown,
}

fn next_page(p: &Value) -> Next {
    let Some(obj) = p.as_object() else {
        return Next::Unknown;
    };
    match obj.get("next") {
        Some(Value::String(s)) if !s.is_empty() => return Next::Url(s.clone()),
        Some(Value::Number(n)) => return n.as_u64().map(Next::Page).unwrap_or(Next::Done),
        Some(Value::Null) => return Next::Done,
        _ => {}
    }
    if let Some(last) = obj.get("last").and_then(Value::as_bool) {
        if last {
            return Next::Done;
        }
    }
    let page = obj
        .get("page")
        .or_else(|| obj.get("number"))
        .and_then(Value::as_u64);
    let total = obj.get("totalPages").and_then(Value::as_u64);
    match (page, total) {
        (Some(p), Some(t)) if p + 1 < t => Next::Page(p + 1),
        (Some(_), Some(_)) => Next::Done,
        _ => Next::Unknown,
    }
}

pub fn endpoint(v: &Value) -> Endpoint {
    Endpoint {
        id: super::text(v.get("id")),
        name: String::new(),
        url: super::text(v.get("url")),
        status: super::text(v.get("status")),
        events: super::strings(v.get("events")),
        extra: super::extra_fields(v, &["id", "url", "status", "events"]),
    }
}

fn delivery(v: &Value) -> Delivery {
    Delivery {
        id: super::text(v.get("id")),
        event: super::text(v.get("eventType")),
        status: super::text(v.get("status")),
        http_status: super::text(v.get("httpStatus")),
        at: super::text(v.get("lastAttemptAt").or_else(|| v.get("createdAt"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_details_are_readable() {
        let body = br#"{"type":"https://api.novatrade24.com/problems/validation-error","title":"Validation Error","status":422,"detail":"Field 'url' is invalid","traceId":"req_1","errors":[{"field":"url","message":"must be https","rejectedValue":"http://x"}]}"#;
        assert_eq!(
            render_error(422, body),
            "Validation Error: Field 'url' is invalid; url must be https (got http://x); [validation-error]; traceId req_1"
        );
    }

    #[test]
    fn pagination_hints_are_followed() {
        assert!(matches!(
            next_page(&json!({"page":0,"totalPages":3})),
            Next::Page(1)
        ));
        assert!(matches!(
            next_page(&json!({"number":2,"totalPages":3})),
            Next::Done
        ));
        assert!(matches!(next_page(&json!({"next":"/v1/x?page=2"})), Next::Url(_)));
        assert!(matches!(next_page(&json!({})), Next::Unknown));
    }
}
