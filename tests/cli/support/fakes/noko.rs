//! Fake Noko v2 webhooks API (Noko API v2 docs, "Webhooks"): `X-NokoToken`, a User-Agent on every
//! request, `Link` pagination (small pages so tests cross several), Noko's error bodies, the
//! 12 endpoints with their documented status codes. Requests closer than 2/s are counted.

use serde_json::{json, Value};

use super::{segments, Fake, Recorded, Reply};

pub const TOKEN: &str = "noko-personal-token";

pub struct State {
    pub webhooks: Vec<Value>,
    /// Requests that came less than 500 ms after the previous one (Noko allows 2 per second).
    pub too_fast: usize,
    pub last: Option<std::time::Instant>,
    /// Items per page when the client sends no per_page (Noko's is 30; small here).
    pub per_page: usize,
    pub pings: Vec<String>,
    pub retried: Vec<(String, String)>,
    next_id: u64,
}

impl Default for State {
    fn default() -> Self {
        State {
            webhooks: Vec::new(),
            too_fast: 0,
            last: None,
            per_page: 2,
            pings: Vec::new(),
            retried: Vec::new(),
            next_id: 123456,
        }
    }
}

impl State {
    pub fn seed(&mut self, name: &str, uri: &str, events: &[&str], base: &str) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let u = format!("{base}/v2/webhooks/{id}");
        // Newest first, as Noko lists them.
        self.webhooks.insert(0, json!({
            "id": id, "name": name, "state": "enabled", "events": events, "payload_uri": uri,
            "url": u, "add_events_url": format!("{u}/add_events"), "remove_events_url": format!("{u}/remove_events"),
            "reroll_secret_url": format!("{u}/reroll_secret"), "enable_url": format!("{u}/enable"), "disable_url": format!("{u}/disable")
        }));
        id
    }
}

pub fn start() -> Fake<State> {
    Fake::start(State::default(), handle)
}

fn msg(status: u16, m: &str) -> Reply {
    Reply::json(status, &json!({"message": m}))
}

fn handle(s: &mut State, r: &Recorded, base: &str) -> Reply {
    let now = r.at;
    if let Some(last) = s.last {
        if now.duration_since(last) < std::time::Duration::from_millis(480) {
            s.too_fast += 1;
        }
    }
    s.last = Some(now);
    if r.header("user-agent").is_none_or(str::is_empty) {
        return msg(400, "Requests with no User-Agent header will be rejected");
    }
    if r.header("x-nokotoken") != Some(TOKEN) {
        return msg(401, "Unauthorized");
    }
    if !r.body.is_empty() && r.header("content-type") != Some("application/json") {
        return msg(400, "Body should be JSON Hash");
    }
    let body = r.json();
    if !r.body.is_empty() && !body.is_object() {
        return msg(400, "JSON Parsing Error");
    }
    let Some(seg) = segments(r.path(), "/v2/") else {
        return Reply::empty(404);
    };
    match (r.method.as_str(), seg.as_slice()) {
        ("GET", ["webhooks"]) => list(s, r, base),
        ("POST", ["webhooks", ""]) | ("POST", ["webhooks"]) => {
            let mut missing = Vec::new();
            for f in ["name", "payload_uri", "events"] {
                if body.get(f).is_none_or(Value::is_null) {
                    missing.push(json!({"resource": "Webhook", "field": f, "code": "missing_field"}));
                }
            }
            if !missing.is_empty() {
                return Reply::json(422, &json!({"message": "Validation Failed", "errors": missing}));
            }
            let events: Vec<&str> = body["events"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let id = s.seed(
                body["name"].as_str().unwrap(),
                body["payload_uri"].as_str().unwrap(),
                &events,
                base,
            );
            let mut created = s.webhooks[0].clone();
            created["secret"] = json!(format!("noko-secret-{id}"));
            Reply::json(201, &created).header("Location", &format!("{base}/v2/webhooks/{id}"))
        }
        (m, ["webhooks", id, rest @ ..]) => {
            let Some(i) = s
                .webhooks
                .iter()
                .position(|w| w["id"].as_u64().is_some() && w["id"].as_u64() == id.parse::<u64>().ok())
            else {
                return msg(404, "Not Found");
            };
            match (m, rest) {
                ("GET", []) => Reply::json(200, &s.webhooks[i]),
                ("PUT", []) => {
                    for f in ["name", "payload_uri"] {
                        if let Some(v) = body.get(f) {
                            s.webhooks[i][f] = v.clone();
                        }
                    }
                    Reply::json(200, &s.webhooks[i])
                }
                ("PUT", ["add_events"]) | ("PUT", ["remove_events"]) => {
                    let Some(list) = body.get("events").and_then(Value::as_array) else {
                        return Reply::json(
                            422,
                            &json!({"message": "Validation Failed", "errors": [{"resource": "Webhook", "field": "events", "code": "missing_field"}]}),
                        );
                    };
                    let mut have: Vec<Value> = s.webhooks[i]["events"].as_array().unwrap().clone();
                    if rest[0] == "add_events" {
                        for e in list {
                            if !have.contains(e) {
                                have.push(e.clone());
                            }
                        }
                    } else {
                        have.retain(|e| !list.contains(e));
                    }
                    s.webhooks[i]["events"] = Value::Array(have);
                    Reply::json(200, &s.webhooks[i])
                }
                ("PUT", ["reroll_secret"]) => {
                    Reply::json(200, &json!({"secret": format!("noko-rerolled-{id}")}))
                }
                ("PUT", ["disable"]) => {
                    s.webhooks[i]["state"] = json!("disabled");
                    Reply::empty(204)
                }
                ("PUT", ["enable"]) => {
                    s.webhooks[i]["state"] = json!("enabled");
                    Reply::empty(204)
                }
                ("PUT", ["ping"]) => {
                    s.pings.push(id.to_string());
                    Reply::empty(202)
                }
                ("PUT", ["retry", payload]) => {
                    s.retried.push((id.to_string(), payload.to_string()));
                    Reply::empty(202)
                }
                ("DELETE", []) => {
                    s.webhooks.remove(i);
                    Reply::empty(204)
                }
                _ => msg(404, "Not Found"),
            }
        }
        _ => msg(404, "Not Found"),
    }
}

fn list(s: &State, r: &Recorded, base: &str) -> Reply {
    let name = r.query("name");
    let state = r.query("state");
    let all: Vec<&Value> = s
        .webhooks
        .iter()
        .filter(|w| {
            name.as_deref()
                .is_none_or(|n| w["name"].as_str().unwrap_or("").contains(n))
        })
        .filter(|w| state.as_deref().is_none_or(|st| w["state"] == st))
        .collect();
    let per: usize = r
        .query("per_page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(s.per_page);
    let page: usize = r.query("page").and_then(|p| p.parse().ok()).unwrap_or(1);
    let last = all.len().div_ceil(per).max(1);
    let items: Vec<&Value> = all.iter().skip((page - 1) * per).take(per).copied().collect();
    let mut filters = String::new();
    if let Some(n) = &name {
        filters.push_str(&format!("&name={n}"));
    }
    if let Some(st) = &state {
        filters.push_str(&format!("&state={st}"));
    }
    let link =
        |p: usize, rel: &str| format!("<{base}/v2/webhooks?page={p}&per_page={per}{filters}>; rel=\"{rel}\"");
    let mut links = Vec::new();
    if page < last {
        links.push(link(page + 1, "next"));
    }
    if page > 1 {
        links.push(link(page - 1, "prev"));
    }
    links.push(link(1, "first"));
    links.push(link(last, "last"));
    Reply::json(200, &json!(items)).header("Link", &links.join(", "))
}
