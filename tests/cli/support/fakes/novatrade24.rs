//! Fake Novatrade24 API (Novatrade24 API reference, Webhooks): Keycloak token endpoint, Bearer auth,
//! `Idempotency-Key` required on writes with the documented replay/422 semantics, RFC 7807
//! errors, root wildcard refused, secret only in the create response, Spring-style pagination.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::{segments, Fake, Recorded, Reply};

pub const TOKEN_PATH: &str = "/realms/nt24-idp/protocol/openid-connect/token";
pub const CLIENT_ID: &str = "api-client-test-pilot";
pub const CLIENT_SECRET: &str = "nt24-client-secret-0123456789abcdef0123456789abcdef0123456789abcdef";
pub const STATIC_TOKEN: &str = "nt24-static-token";
const EVENTS: [&str; 10] = [
    "compliance.status_changed",
    "compliance.decision_made",
    "kyc.vies_check_failed",
    "kyc.verification_completed",
    "export_file.generated",
    "prospect.submitted",
    "self_service_invitation.used",
    "self_service_invitation.expired",
    "webhook.endpoint_auto_paused",
    "webhook.delivery_failed_terminal",
];

pub struct State {
    pub webhooks: Vec<Value>,
    pub tokens: Vec<String>,
    pub token_requests: usize,
    /// Token lifetime handed out, in seconds.
    pub expires_in: i64,
    /// Idempotency-Key → (body, reply) for 24 h replays.
    pub idempotency: HashMap<String, (String, Reply)>,
    pub deliveries: Vec<Value>,
    pub page_size: usize,
    next_id: usize,
}

impl Default for State {
    fn default() -> Self {
        State {
            webhooks: Vec::new(),
            tokens: vec![STATIC_TOKEN.to_string()],
            token_requests: 0,
            expires_in: 300,
            idempotency: HashMap::new(),
            deliveries: Vec::new(),
            page_size: 2,
            next_id: 1,
        }
    }
}

impl State {
    /// Add an endpoint directly (test setup without going through hookctl).
    pub fn seed(&mut self, url: &str, events: &[&str], status: &str) -> String {
        let id = format!("wh_{:08x}", self.next_id);
        self.next_id += 1;
        self.webhooks.push(json!({
            "id": id, "url": url, "events": events, "partnerIds": null, "status": status,
            "createdAt": "2026-04-22T10:00:00Z", "updatedAt": "2026-04-22T10:00:00Z"
        }));
        id
    }
}

pub fn start() -> Fake<State> {
    Fake::start(State::default(), handle)
}

pub fn problem(status: u16, ty: &str, title: &str, detail: &str, errors: Value) -> Reply {
    Reply::typed(
        status,
        "application/problem+json",
        &json!({
            "type": format!("https://api.novatrade24.com/problems/{ty}"),
            "title": title, "status": status, "detail": detail,
            "instance": "/v1/webhooks", "traceId": "req_fake0001", "errors": errors
        }),
    )
}

fn handle(s: &mut State, r: &Recorded, _base: &str) -> Reply {
    if r.path() == TOKEN_PATH {
        return token(s, r);
    }
    let Some(seg) = segments(r.path(), "/v1/") else {
        return problem(404, "not-found", "Not Found", "no such path", json!([]));
    };
    let bearer = r.header("authorization").and_then(|v| v.strip_prefix("Bearer "));
    if !bearer.is_some_and(|t| s.tokens.iter().any(|k| k == t)) {
        return problem(
            401,
            "unauthorized",
            "Unauthorized",
            "Missing or expired token",
            json!([]),
        );
    }
    let write = matches!(r.method.as_str(), "POST" | "PATCH" | "DELETE");
    let key = r.header("idempotency-key").map(str::to_string);
    if write {
        match &key {
            Some(k) if !k.is_empty() && k.len() <= 255 => {
                if let Some((body, reply)) = s.idempotency.get(k) {
                    return if *body == r.body {
                        reply.clone()
                    } else {
                        problem(
                            422,
                            "idempotency-key-reused",
                            "Idempotency Key Reused",
                            "same key, different body",
                            json!([]),
                        )
                    };
                }
            }
            _ => {
                return problem(
                    400,
                    "malformed-request",
                    "Malformed Request",
                    "Idempotency-Key header is required on writes",
                    json!([]),
                )
            }
        }
        if !r.body.is_empty() && r.header("content-type") != Some("application/json") {
            return problem(
                400,
                "malformed-request",
                "Malformed Request",
                "Content-Type must be application/json",
                json!([]),
            );
        }
    }
    let reply = route(s, r, &seg);
    if let (true, Some(k)) = (write, key) {
        if reply.status < 500 {
            s.idempotency.insert(k, (r.body.clone(), reply.clone()));
        }
    }
    reply
}

fn token(s: &mut State, r: &Recorded) -> Reply {
    s.token_requests += 1;
    let ok = r.method == "POST"
        && r.header("content-type") == Some("application/x-www-form-urlencoded")
        && r.form("grant_type").as_deref() == Some("client_credentials")
        && r.form("client_id").as_deref() == Some(CLIENT_ID)
        && r.form("client_secret").as_deref() == Some(CLIENT_SECRET);
    if !ok {
        return Reply::json(
            401,
            &json!({"error": "invalid_client", "error_description": "Invalid client or Invalid client credentials"}),
        );
    }
    let t = format!("eyJ.fake.{}", s.tokens.len());
    s.tokens.push(t.clone());
    Reply::json(
        200,
        &json!({"access_token": t, "expires_in": s.expires_in, "token_type": "Bearer", "not-before-policy": 0, "scope": "profile email"}),
    )
}

fn validate_events(events: Option<&Value>) -> Result<Vec<String>, Reply> {
    let Some(list) = events.and_then(Value::as_array).filter(|l| !l.is_empty()) else {
        return Err(problem(
            422,
            "validation-error",
            "Validation Error",
            "events must not be empty",
            json!([{"field": "events", "message": "must not be empty", "rejectedValue": events}]),
        ));
    };
    let mut out = Vec::new();
    for e in list {
        let e = e.as_str().unwrap_or_default();
        let ok = EVENTS.contains(&e) || ["compliance.*", "kyc.*", "self_service_invitation.*"].contains(&e);
        if !ok {
            let why = if e == "*" {
                "root wildcard not supported"
            } else {
                "unknown event"
            };
            return Err(problem(
                422,
                "validation-error",
                "Validation Error",
                &format!("invalid event '{e}'"),
                json!([{"field": "events", "message": why, "rejectedValue": e}]),
            ));
        }
        out.push(e.to_string());
    }
    Ok(out)
}

fn public(w: &Value) -> Value {
    let mut w = w.clone();
    w.as_object_mut().unwrap().remove("secret");
    w
}

fn route(s: &mut State, r: &Recorded, seg: &[&str]) -> Reply {
    let body = r.json();
    let not_found = || problem(404, "not-found", "Not Found", "Webhook not found", json!([]));
    match (r.method.as_str(), seg) {
        ("GET", ["webhooks"]) => Reply::json(200, &Value::Array(s.webhooks.iter().map(public).collect())),
        ("POST", ["webhooks"]) => {
            let url = body.get("url").and_then(Value::as_str).unwrap_or_default();
            if !url.starts_with("https://") {
                return problem(
                    422,
                    "validation-error",
                    "Validation Error",
                    "url must be https",
                    json!([{"field": "url", "message": "must be an https URL", "rejectedValue": url}]),
                );
            }
            let events = match validate_events(body.get("events")) {
                Ok(e) => e,
                Err(p) => return p,
            };
            let id = s.seed(
                url,
                &events.iter().map(String::as_str).collect::<Vec<_>>(),
                "ACTIVE",
            );
            let w = s.webhooks.last_mut().unwrap();
            w["partnerIds"] = body.get("partnerIds").cloned().unwrap_or(Value::Null);
            w["secret"] = json!(format!("whsec_fake{}", id));
            let full = w.clone();
            let stored = public(&full);
            *s.webhooks.last_mut().unwrap() = stored;
            Reply::json(201, &full)
        }
        (m, ["webhooks", id, rest @ ..]) => {
            let Some(i) = s.webhooks.iter().position(|w| w["id"] == *id) else {
                return not_found();
            };
            match (m, rest) {
                ("GET", []) => Reply::json(200, &s.webhooks[i]),
                ("PATCH", []) => {
                    if let Some(st) = body.get("status") {
                        if !["ACTIVE", "PAUSED", "DISABLED"].contains(&st.as_str().unwrap_or_default()) {
                            return problem(
                                422,
                                "validation-error",
                                "Validation Error",
                                "bad status",
                                json!([{"field": "status", "message": "must be ACTIVE, PAUSED or DISABLED", "rejectedValue": st}]),
                            );
                        }
                        s.webhooks[i]["status"] = st.clone();
                    }
                    if let Some(ev) = body.get("events") {
                        match validate_events(Some(ev)) {
                            Ok(e) => s.webhooks[i]["events"] = json!(e),
                            Err(p) => return p,
                        }
                    }
                    if let Some(u) = body.get("url") {
                        s.webhooks[i]["url"] = u.clone();
                    }
                    s.webhooks[i]["updatedAt"] = json!("2026-04-23T10:00:00Z");
                    Reply::json(200, &s.webhooks[i])
                }
                ("DELETE", []) => {
                    s.webhooks.remove(i);
                    Reply::empty(204)
                }
                ("POST", ["test"]) => {
                    let ev = body.get("eventType").and_then(Value::as_str).unwrap_or_default();
                    if !EVENTS.contains(&ev) || !body.get("data").is_some_and(Value::is_object) {
                        return problem(
                            422,
                            "validation-error",
                            "Validation Error",
                            "eventType and data are required",
                            json!([{"field": "eventType", "message": "must be one of the catalog events", "rejectedValue": ev}]),
                        );
                    }
                    Reply::empty(202)
                }
                ("GET", ["deliveries"]) => {
                    let status = r.query("status");
                    let since = r.query("since");
                    let all: Vec<&Value> = s
                        .deliveries
                        .iter()
                        .filter(|d| status.as_deref().is_none_or(|st| d["status"] == st))
                        .filter(|d| {
                            since
                                .as_deref()
                                .is_none_or(|t| d["createdAt"].as_str().unwrap_or("") > t)
                        })
                        .collect();
                    let page: usize = r.query("page").and_then(|p| p.parse().ok()).unwrap_or(0);
                    let size = s.page_size;
                    let total_pages = all.len().div_ceil(size).max(1);
                    let data: Vec<&Value> = all.iter().skip(page * size).take(size).copied().collect();
                    Reply::json(
                        200,
                        &json!({"data": data, "pagination": {"page": page, "size": size, "totalElements": all.len(), "totalPages": total_pages}}),
                    )
                }
                ("POST", ["deliveries", did, "replay"]) => {
                    if s.deliveries.iter().any(|d| d["id"] == *did) {
                        Reply::empty(202)
                    } else {
                        problem(404, "not-found", "Not Found", "Delivery not found", json!([]))
                    }
                }
                _ => problem(404, "not-found", "Not Found", "no such endpoint", json!([])),
            }
        }
        _ => problem(404, "not-found", "Not Found", "no such endpoint", json!([])),
    }
}
