//! Event catalogs: each provider's event types with a realistic sample delivery body.
//! The data lives in `catalog/<id>.json` beside this file; `build.rs` compiles in every file
//! there, so a catalog is found by its id and needs no list.

use serde::Deserialize;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The built-in catalog `id` (its id, as a `'static` name, and its JSON), if there is one.
pub fn builtin(id: &str) -> Option<(&'static str, &'static str)> {
    BUILTIN
        .binary_search_by(|(known, _)| (*known).cmp(id))
        .ok()
        .map(|i| BUILTIN[i])
}

#[derive(Debug, Clone, Deserialize)]
pub struct Catalog {
    pub provider: String,
    /// Rules that give each synthetic delivery fresh ids and timestamps.
    #[serde(default)]
    pub fresh: Vec<FreshRule>,
    pub events: Vec<EventDef>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EventDef {
    #[serde(rename = "type")]
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub category: Option<String>,
    /// A URL-verification or ping message rather than a business event.
    #[serde(default)]
    pub handshake: bool,
    /// How sure the provider's documents are about this event.
    #[serde(default)]
    pub note: Option<String>,
    pub sample: serde_json::Value,
}

#[derive(Debug, Clone, Deserialize)]
pub struct FreshRule {
    /// Dotted path into the sample (`data.object.id`, `messages.0.data.order_id`).
    pub path: String,
    pub kind: FreshKind,
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub len: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FreshKind {
    Uuid,
    PrefixedHex,
    PrefixedAlnum,
    Hex,
    Rfc3339,
    Unix,
    /// Unix time in milliseconds (Linear's `webhookTimestamp`).
    UnixMillis,
    UnixFloat,
    Int,
}

impl Catalog {
    /// No events: the catalog of a user's own scheme.
    pub fn empty(provider: &str) -> Catalog {
        Catalog {
            provider: provider.to_string(),
            fresh: Vec::new(),
            events: Vec::new(),
        }
    }

    /// Parse a built-in catalog; a broken one is a bug caught by the unit tests.
    pub fn parse(provider: &str, json: &str) -> Catalog {
        serde_json::from_str(json)
            .unwrap_or_else(|e| panic!("built-in catalog for {provider} is invalid: {e}"))
    }

    pub fn event(&self, name: &str) -> Option<&EventDef> {
        self.events.iter().find(|e| e.name == name)
    }

    /// The first business event: the default for `send-test` without `--event`.
    pub fn default_event(&self) -> Option<&EventDef> {
        self.events.iter().find(|e| !e.handshake).or(self.events.first())
    }

    /// An event by name, or a usage error suggesting the closest name.
    pub fn require(&self, name: &str) -> crate::error::Result<&EventDef> {
        self.event(name).ok_or_else(|| {
            let hint = match super::closest(name, self.events.iter().map(|e| e.name.as_str())) {
                Some(best) => format!(
                    "did you mean `{best}`? `hookctl events --provider {}` lists them",
                    self.provider
                ),
                None => format!("`hookctl events --provider {}` lists them", self.provider),
            };
            crate::error::Error::usage(format!("unknown {} event `{name}`", self.provider)).with_hint(hint)
        })
    }
}

impl Catalog {
    /// Give a sample fresh ids and timestamps, as each real delivery has. A rule whose path the
    /// sample lacks is skipped: rules are per provider, samples differ per event.
    pub fn freshen(&self, sample: &mut serde_json::Value, now: std::time::SystemTime) {
        for rule in &self.fresh {
            if let Some(slot) = crate::json_path::get_mut(sample, &rule.path) {
                *slot = rule.fresh_value(slot, now);
            }
        }
    }
}

impl FreshRule {
    /// Whether serde_json writes every value this rule makes as JavaScript's `JSON.stringify`
    /// does: ids from ASCII alphabets behind a plain prefix, integers JavaScript holds exactly
    /// (up to 15 digits; X's 19-digit ids come back rounded), RFC 3339 text, and floats of a
    /// timestamp's size, except that JavaScript writes a whole float without `.0`.
    pub fn writes_like_javascript(&self) -> bool {
        if self.kind == FreshKind::Int && self.len.unwrap_or(9) > 15 {
            return false;
        }
        self.prefix
            .as_deref()
            .unwrap_or_default()
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
    }

    /// A fresh value shaped like `existing` (an integer stays an integer).
    pub fn fresh_value(&self, existing: &serde_json::Value, now: std::time::SystemTime) -> serde_json::Value {
        use crate::random_id::{prefixed_random, random_chars, random_uuid, ALNUM, HEX};
        use serde_json::Value;
        let since_epoch = now.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let prefix = self.prefix.as_deref().unwrap_or("");
        match self.kind {
            FreshKind::Uuid => Value::String(random_uuid().to_string()),
            FreshKind::PrefixedHex => Value::String(prefixed_random(prefix, HEX, self.len.unwrap_or(12))),
            FreshKind::PrefixedAlnum => Value::String(prefixed_random(prefix, ALNUM, self.len.unwrap_or(16))),
            FreshKind::Hex => Value::String(random_chars(HEX, self.len.unwrap_or(24))),
            FreshKind::Rfc3339 => Value::String(humantime::format_rfc3339_seconds(now).to_string()),
            FreshKind::Unix => Value::from(since_epoch.as_secs()),
            FreshKind::UnixMillis => Value::from(since_epoch.as_millis() as u64),
            // Noones sends some timestamps with milliseconds and some without; keep the sample's
            // shape so a receiver's type checks see what production sends.
            FreshKind::UnixFloat if existing.is_i64() || existing.is_u64() => {
                Value::from(since_epoch.as_secs())
            }
            FreshKind::UnixFloat => {
                let millis = since_epoch.as_millis() as f64 / 1000.0;
                serde_json::Number::from_f64(millis).map_or(Value::from(since_epoch.as_secs()), Value::Number)
            }
            FreshKind::Int => {
                // A positive integer with `len` digits (leading digit never 0).
                let len = self.len.unwrap_or(9).clamp(1, 18);
                let digits = format!(
                    "{}{}",
                    random_chars(b"123456789", 1),
                    random_chars(b"0123456789", len - 1)
                );
                Value::from(digits.parse::<u64>().unwrap_or(1))
            }
        }
    }
}

#[cfg(test)]
mod fresh_tests {
    use super::*;

    fn rule(path: &str, kind: FreshKind, prefix: Option<&str>, len: Option<usize>) -> FreshRule {
        FreshRule {
            path: path.into(),
            kind,
            prefix: prefix.map(str::to_string),
            len,
        }
    }

    #[test]
    fn freshen_replaces_ids_and_keeps_shapes() {
        let catalog = Catalog {
            provider: "t".into(),
            fresh: vec![
                rule("id", FreshKind::PrefixedHex, Some("evt_"), Some(12)),
                rule("p.ts_int", FreshKind::UnixFloat, None, None),
                rule("p.ts_float", FreshKind::UnixFloat, None, None),
                rule("p.n", FreshKind::Int, None, Some(10)),
                rule("absent.path", FreshKind::Uuid, None, None),
                rule("at", FreshKind::Rfc3339, None, None),
                rule("ms", FreshKind::UnixMillis, None, None),
            ],
            events: vec![],
        };
        let mut v = serde_json::json!({"id":"evt_000000000000","p":{"ts_int":1,"ts_float":1.5,"n":1},"at":"x","ms":1});
        let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(1_700_000_000_250);
        catalog.freshen(&mut v, now);
        let id = v["id"].as_str().unwrap();
        assert!(id.starts_with("evt_") && id.len() == 16 && id != "evt_000000000000");
        assert_eq!(v["p"]["ts_int"], serde_json::json!(1_700_000_000u64));
        assert_eq!(v["p"]["ts_float"].as_f64().unwrap(), 1_700_000_000.25);
        assert_eq!(v["p"]["n"].as_u64().unwrap().to_string().len(), 10);
        assert_eq!(v["at"], "2023-11-14T22:13:20Z");
        assert_eq!(v["ms"], serde_json::json!(1_700_000_000_250u64));
        assert!(v.get("absent").is_none());
    }
}

#[cfg(test)]
mod builtin_tests {
    #[test]
    fn builtin_catalogs_are_found_by_the_id_they_name() {
        assert!(
            super::BUILTIN.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, for the search"
        );
        for (id, json) in super::BUILTIN {
            assert_eq!(super::Catalog::parse(id, json).provider, *id, "catalog/{id}.json");
            assert_eq!(super::builtin(id).map(|(found, _)| found), Some(*id));
        }
        assert!(super::builtin("nope").is_none());
    }

    /// Paddle's Node SDK (`webhooks.unmarshal`) maps over these arrays of a transaction without
    /// checking them, so a sample without one makes a receiver written per its README fail
    /// (vectors/sdk-check runs the SDK itself).
    #[test]
    fn paddle_transactions_carry_the_arrays_the_sdk_reads() {
        let (_, json) = super::builtin("paddle").unwrap();
        let catalog = super::Catalog::parse("paddle", json);
        let mut seen = 0;
        for event in catalog
            .events
            .iter()
            .filter(|e| e.name.starts_with("transaction."))
        {
            seen += 1;
            let data = &event.sample["data"];
            for path in [
                "items",
                "payments",
                "details.tax_rates_used",
                "details.line_items",
            ] {
                let v = crate::json_path::get(data, path);
                assert!(
                    v.is_some_and(|v| v.is_array()),
                    "{}: data.{path} is not an array",
                    event.name
                );
            }
            for item in data["details"]["line_items"].as_array().unwrap() {
                for field in [
                    "id",
                    "price_id",
                    "quantity",
                    "tax_rate",
                    "unit_totals",
                    "totals",
                    "product",
                ] {
                    assert!(
                        item.get(field).is_some(),
                        "{}: line item has no {field}",
                        event.name
                    );
                }
            }
        }
        assert!(seen > 0, "the catalog has transaction events");
    }
}
