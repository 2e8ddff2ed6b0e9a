//! Event catalogs: each provider's event types with a realistic sample delivery body.
//! The data lives in `catalog/<provider>.json` beside this file, compiled in with `include_str!`.

use serde::Deserialize;

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
    UnixFloat,
    Int,
}

impl Catalog {
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
