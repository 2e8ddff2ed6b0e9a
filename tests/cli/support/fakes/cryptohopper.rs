//! Fake Cryptohopper API (Cryptohopper OpenAPI, tag `webhooks`): `access-token` header (an
//! `Authorization` header is rejected, as its AWS gateway does), `webhook_create` and
//! `webhook_delete` only, `ApiErrorBody` errors.

use serde_json::{json, Value};

use super::{Fake, Recorded, Reply};

pub const TOKEN: &str = "ch0123456789abcdef0123456789abcdef012345";

#[derive(Default)]
pub struct State {
    pub webhooks: Vec<Value>,
    next_id: u64,
}

pub fn start() -> Fake<State> {
    Fake::start(
        State {
            webhooks: Vec::new(),
            next_id: 4711,
        },
        handle,
    )
}

pub fn api_error(status: u16, code: i64, message: &str) -> Reply {
    Reply::json(
        status,
        &json!({"status": status, "code": code, "error": 1, "message": message, "ip_address": "127.0.0.1"}),
    )
}

fn handle(s: &mut State, r: &Recorded, _base: &str) -> Reply {
    if r.header("authorization").is_some() {
        return api_error(403, 0, "Authorization header must be AWS SigV4 signed");
    }
    if r.header("access-token") != Some(TOKEN) {
        return api_error(401, 0, "Invalid access token");
    }
    if r.header("content-type") != Some("application/json") {
        return api_error(400, 0, "Content-Type must be application/json");
    }
    let body = r.json();
    match (r.method.as_str(), r.path()) {
        ("POST", "/v1/api/webhook_create") => {
            let url = body.get("url").and_then(Value::as_str).unwrap_or_default();
            if !url.starts_with("https://") {
                return api_error(422, 0, "url must be https");
            }
            let id = s.next_id.to_string();
            s.next_id += 1;
            let w = json!({"id": id, "url": url, "events": body.get("events").cloned().unwrap_or(json!([]))});
            s.webhooks.push(w.clone());
            Reply::json(200, &json!({"data": w}))
        }
        ("POST", "/v1/api/webhook_delete") => {
            let Some(id) = body.get("webhook_id").and_then(Value::as_str) else {
                return api_error(400, 0, "webhook_id is required");
            };
            let before = s.webhooks.len();
            s.webhooks.retain(|w| w["id"] != id);
            if s.webhooks.len() == before {
                return api_error(404, 0, "Webhook not found");
            }
            Reply::json(200, &json!({"data": {"success": true}}))
        }
        _ => api_error(404, 0, "Endpoint not found"),
    }
}
