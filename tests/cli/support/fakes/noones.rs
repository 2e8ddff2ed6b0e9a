//! Fake Noones Webhook API v1 (as in Paxful's Webhook API v1 OpenAPI): OAuth2 client-credentials token
//! endpoint, Bearer auth, `/user/webhooks…` with the documented status codes (201/202), the
//! trailing slash on `…/endpoints/`, FastAPI-style 422s, endpoint logs.

use serde_json::{json, Value};

use super::{segments, Fake, Recorded, Reply};

pub const TOKEN_PATH: &str = "/oauth2/token";
pub const CLIENT_ID: &str = "noones-app-client";
pub const CLIENT_SECRET: &str = "noones-app-secret-value";

#[derive(Default)]
pub struct State {
    pub webhooks: Vec<Value>,
    pub tokens: Vec<String>,
    pub token_requests: usize,
    /// Set when the bare `DELETE /user/webhooks` (delete everything) is called.
    pub deleted_all: bool,
    pub logs: Vec<(u64, Value)>,
    next_endpoint: u64,
}

impl State {
    pub fn seed(&mut self, url: &str, events: &[&str]) -> String {
        let id = format!("1b4e28ba-2fa1-4d2b-883f-{:012}", self.webhooks.len() + 1);
        let endpoints: Vec<Value> = events.iter().map(|e| self.endpoint(url, e, true)).collect();
        self.webhooks
            .push(json!({"webhook_id": id, "tag": "seed", "user_id": "u-1", "endpoints": endpoints}));
        id
    }
    fn endpoint(&mut self, url: &str, event: &str, enabled: bool) -> Value {
        self.next_endpoint += 1;
        json!({"id": 100 + self.next_endpoint, "url": url, "event_type": event, "enabled": enabled})
    }
}

pub fn start() -> Fake<State> {
    Fake::start(State::default(), handle)
}

fn unprocessable(loc: Value, msg: &str) -> Reply {
    Reply::json(
        422,
        &json!({"detail": [{"loc": loc, "msg": msg, "type": "value_error"}]}),
    )
}

fn handle(s: &mut State, r: &Recorded, _base: &str) -> Reply {
    if r.path() == TOKEN_PATH {
        s.token_requests += 1;
        let ok = r.method == "POST"
            && r.form("grant_type").as_deref() == Some("client_credentials")
            && r.form("client_id").as_deref() == Some(CLIENT_ID)
            && r.form("client_secret").as_deref() == Some(CLIENT_SECRET);
        if !ok {
            return Reply::json(
                401,
                &json!({"error": "invalid_client", "error_description": "Client authentication failed"}),
            );
        }
        let t = format!("noones-access-{}", s.tokens.len());
        s.tokens.push(t.clone());
        return Reply::json(
            200,
            &json!({"access_token": t, "token_type": "Bearer", "expires_in": 3600}),
        );
    }
    let bearer = r.header("authorization").and_then(|v| v.strip_prefix("Bearer "));
    if !bearer.is_some_and(|t| s.tokens.iter().any(|k| k == t)) {
        return Reply::json(401, &json!({"error": "invalid_token"}));
    }
    let Some(seg) = segments(r.path(), "/webhook/v1/") else {
        return Reply::json(404, &json!({"detail": "Not Found"}));
    };
    let body = r.json();
    match (r.method.as_str(), seg.as_slice()) {
        ("GET", ["user", "webhooks"]) => Reply::json(200, &Value::Array(s.webhooks.clone())),
        ("DELETE", ["user", "webhooks"]) => {
            s.deleted_all = true;
            s.webhooks.clear();
            Reply::json(202, &json!({}))
        }
        ("POST", ["user", "webhooks"]) => {
            let Some(eps) = body
                .get("endpoints")
                .and_then(Value::as_array)
                .filter(|e| !e.is_empty())
            else {
                return unprocessable(json!(["body", "endpoints"]), "field required");
            };
            let mut out = Vec::new();
            for (i, e) in eps.clone().iter().enumerate() {
                let (Some(url), Some(ev)) = (
                    e.get("url").and_then(Value::as_str),
                    e.get("event_type").and_then(Value::as_str),
                ) else {
                    return unprocessable(json!(["body", "endpoints", i, "event_type"]), "field required");
                };
                if !url.starts_with("https://") {
                    return unprocessable(json!(["body", "endpoints", i, "url"]), "URL scheme must be https");
                }
                let enabled = e.get("enabled").and_then(Value::as_bool).unwrap_or(true);
                out.push(s.endpoint(url, ev, enabled));
            }
            let id = format!("9c0e28ba-2fa1-4d2b-883f-{:012}", s.webhooks.len() + 1);
            let mut w = json!({"webhook_id": id, "user_id": "u-1", "endpoints": out});
            if let Some(t) = body.get("tag") {
                w["tag"] = t.clone();
            }
            s.webhooks.push(w.clone());
            Reply::json(201, &w)
        }
        (m, ["user", "webhooks", wid, rest @ ..]) => {
            let Some(i) = s.webhooks.iter().position(|w| w["webhook_id"] == *wid) else {
                return Reply::json(404, &json!({"detail": "Webhook not found"}));
            };
            match (m, rest) {
                ("GET", []) => Reply::json(200, &s.webhooks[i]),
                ("DELETE", []) => {
                    s.webhooks.remove(i);
                    Reply::json(202, &json!({}))
                }
                // The trailing slash is part of the documented path.
                ("POST", ["endpoints", ""]) => {
                    let (Some(url), Some(ev)) = (
                        body.get("url").and_then(Value::as_str),
                        body.get("event_type").and_then(Value::as_str),
                    ) else {
                        return unprocessable(json!(["body", "event_type"]), "field required");
                    };
                    let ep = s.endpoint(
                        url,
                        ev,
                        body.get("enabled").and_then(Value::as_bool).unwrap_or(true),
                    );
                    s.webhooks[i]["endpoints"]
                        .as_array_mut()
                        .unwrap()
                        .push(ep.clone());
                    Reply::json(201, &json!([ep]))
                }
                (m, ["endpoints", eid, tail @ ..]) => {
                    let eps = s.webhooks[i]["endpoints"].as_array_mut().unwrap();
                    let Some(j) = eps.iter().position(|e| {
                        e["id"].as_u64().is_some() && e["id"].as_u64() == eid.parse::<u64>().ok()
                    }) else {
                        return Reply::json(404, &json!({"detail": "Endpoint not found"}));
                    };
                    match (m, tail) {
                        ("PUT", []) => {
                            for f in ["url", "event_type", "enabled"] {
                                let Some(v) = body.get(f) else {
                                    return unprocessable(json!(["body", f]), "field required");
                                };
                                eps[j][f] = v.clone();
                            }
                            Reply::json(202, &eps[j])
                        }
                        ("DELETE", []) => {
                            eps.remove(j);
                            Reply::json(202, &json!({}))
                        }
                        ("GET", ["log"]) => {
                            let id: u64 = eid.parse().unwrap_or(0);
                            let logs: Vec<Value> = s
                                .logs
                                .iter()
                                .filter(|(e, _)| *e == id)
                                .map(|(_, l)| l.clone())
                                .collect();
                            Reply::json(200, &Value::Array(logs))
                        }
                        _ => Reply::json(404, &json!({"detail": "Not Found"})),
                    }
                }
                _ => Reply::json(404, &json!({"detail": "Not Found"})),
            }
        }
        _ => Reply::json(404, &json!({"detail": "Not Found"})),
    }
}
