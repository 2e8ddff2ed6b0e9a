//! Cryptohopper `webhook_create` / `webhook_delete` (Cryptohopper OpenAPI, tag `webhooks`): the only two
//! webhook endpoints; token in the `access-token` header (its gateway rejects `Authorization`).

use reqwest::Method;
use serde_json::{json, Value};

use super::http::{Client, Request};
use super::{
    not_available, Action, AuthStyle, Endpoint, Reply, Rotation, SigningSecret, Spec, UrlPolicy, View,
};
use crate::error::Result;

pub static SPEC: Spec = Spec {
    id: "cryptohopper",
    name: "Cryptohopper",
    api_root: "https://api.cryptohopper.com",
    api_path: "/v1",
    url_policy: UrlPolicy::HttpsRequired,
    root_wildcard: false,
    segment_wildcards: &[],
    handshake_subscribable: false,
    auth: AuthStyle::AccessToken,
    token_url: None,
    // The OAuth client id, optional: Cryptohopper has no client-credentials grant.
    client_id_header: Some("x-api-app-key"),
    min_interval: None,
    // Deliveries are signed with the app secret, not a per-webhook one.
    signing_secret: SigningSecret::Elsewhere(
        "its deliveries are signed with your app secret; store it with `hookctl config set providers.cryptohopper.secret`",
    ),
    rotation: Rotation::InPlace,
    needs_name: false,
    idempotency_keys: false,
    list_states: &[],
    endpoint_statuses: &[],
    delivery_statuses: &[],
    unsupported,
    render_error,
    run: |client, action| Box::pin(run(client, action)),
};

fn unsupported(action: &Action) -> Option<(String, String)> {
    match action {
        Action::Create(n) if n.name.is_some() || !n.partner_ids.is_empty() => not_available(
            "Cryptohopper's webhook_create takes only a URL and events",
            "drop --name and --partner-id",
        ),
        Action::Create(_) | Action::Delete { .. } => None,
        other => not_available(
            format!(
                "Cryptohopper's API has no `{}`: it only creates and deletes webhooks",
                other.name()
            ),
            "use the Webhook tab of your app in Cryptohopper's developer dashboard",
        ),
    }
}

/// `ApiErrorBody`: `{"status","code","error","message","ip_address"}` (Cryptohopper OpenAPI).
pub fn render_error(status: u16, body: &[u8]) -> String {
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return super::error_body::snippet(body);
    };
    let message = super::text(v.get("message"));
    if message.is_empty() {
        return super::error_body::render_generic(status, body);
    }
    let code = v.get("code").and_then(Value::as_i64).filter(|c| *c != 0);
    let line = match code {
        Some(c) => format!("{message} (code {c})"),
        None => message,
    };
    crate::output::sanitize(&line, false)
}

pub async fn run(client: &mut Client, action: &Action) -> Result<Reply> {
    match action {
        Action::Create(new) => {
            // The Cryptohopper OpenAPI leaves the request body open; send {"url", "events"}.
            let v = client
                .send(
                    &Request::new(Method::POST, &["api", "webhook_create"])
                        .json(json!({"url": new.url, "events": new.events})),
                )
                .await?
                .json()?;
            let data = v.get("data").cloned().unwrap_or(Value::Null);
            let id = super::text(data.get("id").or_else(|| data.get("webhook_id")));
            let or = |found: String, sent: &str| if found.is_empty() { sent.to_string() } else { found };
            let events = super::strings(data.get("events"));
            let ep = Endpoint {
                id,
                name: String::new(),
                url: or(super::text(data.get("url")), &new.url),
                status: String::new(),
                events: if events.is_empty() {
                    new.events.clone()
                } else {
                    events
                },
                extra: super::extra_fields(&data, &["id", "webhook_id", "url", "events"]),
            };
            let mut reply = Reply::new(v.clone(), View::Endpoint(ep));
            reply.secret = data.get("secret").and_then(Value::as_str).map(str::to_string);
            Ok(reply)
        }
        Action::Delete { id } => {
            let r = client
                .send(&Request::new(Method::POST, &["api", "webhook_delete"]).json(json!({"webhook_id": id})))
                .await?;
            let mut reply = Reply::done("delete", id, r.status, format!("deleted {id}"));
            if let Ok(v) = r.json() {
                if !v.is_null() {
                    reply.json = v;
                }
            }
            Ok(reply)
        }
        _ => unreachable!("refused by `unsupported`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_error_body_is_readable() {
        let body = br#"{"status":429,"code":3,"error":1,"message":"Rate limit exceeded","ip_address":"203.0.113.7"}"#;
        assert_eq!(render_error(429, body), "Rate limit exceeded (code 3)");
    }
}
