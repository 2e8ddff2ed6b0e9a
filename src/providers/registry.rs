//! Which providers exist. Every command asks one `Registry`: the built-ins, the config file's
//! own `[schemes.<name>]` (built once per run, when the config is loaded) and `generic`.
//!
//! The built-ins are Noones, then the tables of `builtin.toml` in the order they are written,
//! then the providers whose schemes need code (`code_providers!` in `mod.rs`: Amazon SNS, …,
//! Mailgun). That order is the `hookctl providers` listing and the auto-detection order:
//! Noones' header is its own, the code providers' headers are theirs (Mailgun is never
//! detected), so it matters among the data
//! providers, where a scheme that also matches another's deliveries (GitHub's
//! `X-Hub-Signature-256`, which Meta sends too) is written after the narrower one (Meta, which
//! also needs its User-Agent).

use std::sync::{Arc, OnceLock};

use super::spec::{self, Origin};
use super::{generic, noones, GenericScheme, Headers, Provider};
use crate::config::Config;
use crate::error::{Error, Result};

/// The definitions of every data provider: `[schemes.<id>]` tables, each with `catalog/<id>.json`.
const BUILTIN_TOML: &str = include_str!("builtin.toml");

/// The provider described by flags rather than by a definition.
pub const GENERIC: &str = "generic";

/// The providers one run knows. Cloning is cheap.
#[derive(Clone)]
pub struct Registry {
    /// The config file's schemes, or why they do not load: a broken one is reported when a
    /// command needs the user's schemes, and never hides the built-ins.
    user: std::result::Result<Arc<[Arc<dyn Provider>]>, Arc<Error>>,
}

impl Default for Registry {
    /// The built-ins and `generic` only.
    fn default() -> Self {
        Registry {
            user: Ok(Arc::new([])),
        }
    }
}

impl Registry {
    /// The built-ins and `generic` only.
    pub fn builtin() -> Registry {
        Registry::default()
    }

    /// The built-ins, `generic` and the config file's `[schemes.<name>]`.
    pub fn from_config(config: &Config) -> Registry {
        Registry {
            user: user_schemes(config).map(Arc::from).map_err(Arc::new),
        }
    }

    /// The user's schemes, or the error that keeps them from loading.
    pub fn user(&self) -> Result<&[Arc<dyn Provider>]> {
        self.user.as_deref().map_err(|e| again(e))
    }

    /// This registry, or the error that keeps the user's schemes from loading: for commands
    /// that consider every provider (auto-detection).
    pub fn checked(&self) -> Result<&Registry> {
        self.user().map(|_| self)
    }

    /// Every provider with a definition, in listing and detection order: the built-ins, then
    /// the user's schemes that load.
    pub fn all(&self) -> impl Iterator<Item = &Arc<dyn Provider>> {
        builtins().iter().chain(self.user.as_deref().unwrap_or_default())
    }

    /// The ids a user may name, `generic` last.
    pub fn ids(&self) -> Vec<String> {
        self.all()
            .map(|p| p.id().to_string())
            .chain(std::iter::once(GENERIC.to_string()))
            .collect()
    }

    /// `id` (as written) names a provider; else why not.
    pub fn require(&self, id: &str) -> Result<()> {
        if self.ids().iter().any(|known| known == id) {
            return Ok(());
        }
        self.user()?;
        Err(self.unknown(id))
    }

    /// Look a provider up by id, case-insensitively; `generic` is built from its flags.
    pub fn lookup(&self, id: &str, generic: &GenericScheme) -> Result<Arc<dyn Provider>> {
        let wanted = id.trim().to_ascii_lowercase();
        if wanted == GENERIC {
            return Ok(Arc::new(generic::build(generic)?));
        }
        if let Some(p) = builtins().iter().find(|p| p.id() == wanted) {
            return Ok(p.clone());
        }
        self.user()?
            .iter()
            .find(|p| p.id() == wanted)
            .cloned()
            .ok_or_else(|| self.unknown(id))
    }

    /// The provider whose headers these are, or `None`: built-ins first, then the user's schemes.
    pub fn detect(&self, headers: &Headers) -> Option<Arc<dyn Provider>> {
        self.all().find(|p| p.detect(headers)).cloned()
    }

    /// The error for an id no provider has, suggesting the closest one.
    pub fn unknown(&self, id: &str) -> Error {
        let ids = self.ids();
        let hint = match super::closest(id, ids.iter().map(String::as_str)) {
            Some(best) => format!("did you mean `{best}`? `hookctl providers` lists them all"),
            None => format!("known providers: {}", ids.join(", ")),
        };
        Error::usage(format!("unknown provider `{id}`")).with_hint(hint)
    }
}

/// Every built-in provider, in listing and detection order.
pub fn builtins() -> &'static [Arc<dyn Provider>] {
    static ALL: OnceLock<Vec<Arc<dyn Provider>>> = OnceLock::new();
    ALL.get_or_init(|| {
        load_builtins().unwrap_or_else(|e| panic!("builtin.toml does not load: {}", e.message))
    })
}

fn load_builtins() -> Result<Vec<Arc<dyn Provider>>> {
    let mut all: Vec<Arc<dyn Provider>> = vec![Arc::new(noones::provider())];
    for (id, spec) in builtin_specs()? {
        all.push(Arc::new(spec.build(&id, Origin::Builtin)?));
    }
    all.extend(super::code_providers());
    Ok(all)
}

/// `builtin.toml`'s tables in the order they are written; anything else in the file is an
/// error, so nothing there is silently left out.
fn builtin_specs() -> Result<Vec<(String, spec::SchemeSpec)>> {
    let doc: toml::Table = BUILTIN_TOML
        .parse()
        .map_err(|e: toml::de::Error| Error::usage(e.to_string()))?;
    if let Some(other) = doc.keys().find(|k| *k != "schemes") {
        return Err(Error::usage(format!("`{other}` is not [schemes.<id>]")));
    }
    let schemes = doc
        .get("schemes")
        .and_then(toml::Value::as_table)
        .ok_or_else(|| Error::usage("there is no [schemes.<id>] table"))?;
    spec::parse_table(schemes)
}

/// The config file's `[schemes.<name>]`, usable like built-ins.
fn user_schemes(config: &Config) -> Result<Vec<Arc<dyn Provider>>> {
    let Some(table) = config.doc.get("schemes") else {
        return Ok(Vec::new());
    };
    let table = table
        .as_table()
        .ok_or_else(|| Error::usage("config `schemes` must be a table of [schemes.<name>] sections"))?;
    let mut out: Vec<Arc<dyn Provider>> = Vec::new();
    for (id, spec) in spec::parse_table(table)? {
        if builtins().iter().any(|p| p.id() == id) || id == GENERIC {
            return Err(Error::usage(format!(
                "config scheme `{id}` has the name of a built-in provider"
            ))
            .with_hint("give your scheme another name"));
        }
        out.push(Arc::new(spec.build(&id, Origin::User)?));
    }
    Ok(out)
}

/// The same usage error once more, for each command that meets it.
fn again(e: &Error) -> Error {
    let mut copy = Error::usage(e.message.clone());
    copy.hint = e.hint.clone();
    copy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_has_a_unique_id_and_a_catalog() {
        let mut seen = std::collections::HashSet::new();
        for p in builtins() {
            assert!(seen.insert(p.id().to_string()), "duplicate id {}", p.id());
            assert!(!p.catalog().events.is_empty(), "{} has no events", p.id());
        }
        assert!(seen.len() >= 9);
    }

    #[test]
    fn every_builtin_toml_table_loads() {
        // A table that does not build is an error here, never a provider silently left out.
        let specs = builtin_specs().expect("builtin.toml parses");
        for (id, spec) in &specs {
            if let Err(e) = spec.build(id, Origin::Builtin) {
                panic!("[schemes.{id}] does not build: {}", e.message);
            }
        }
        assert_eq!(
            builtins().len(),
            specs.len() + 1 + super::super::code_providers().len(),
            "Noones, the tables, the code providers"
        );
    }

    #[test]
    fn every_catalog_file_belongs_to_a_provider() {
        // Catalogs are compiled in by file name; one that no provider uses is a leftover or a
        // provider whose table is missing.
        let used: std::collections::BTreeSet<String> =
            builtins().iter().map(|p| p.catalog().provider.clone()).collect();
        let files: std::collections::BTreeSet<String> = super::super::catalog::BUILTIN
            .iter()
            .map(|(id, _)| id.to_string())
            .collect();
        assert_eq!(used, files);
    }

    #[test]
    fn listing_and_detection_order_is_the_table_order() {
        // Noones, builtin.toml's tables as written, the code providers. Meta's deliveries also look like
        // GitHub's, so Meta comes first; the schemes on `X-Hub-Signature` differ by the value.
        let ids: Vec<&str> = builtins().iter().map(|p| p.id()).collect();
        let order = "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta \
            twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom \
            gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github \
            slack shopify \
            razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly \
            mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit \
            pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger \
            instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify \
            mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave \
            gocardless calcom easypost \
            sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun";
        assert_eq!(ids, order.split_whitespace().collect::<Vec<_>>());
        let mut headers = Headers::default();
        headers.push("X-Hub-Signature-256", "sha256=00");
        assert_eq!(Registry::builtin().detect(&headers).unwrap().id(), "github");
        headers.push("User-Agent", "facebookexternalua");
        assert_eq!(Registry::builtin().detect(&headers).unwrap().id(), "meta");
        let mut hub = Headers::default();
        hub.push("X-Hub-Signature", "a".repeat(128));
        assert_eq!(Registry::builtin().detect(&hub).unwrap().id(), "cryptohopper");
        hub.set("X-Hub-Signature", "a".repeat(127));
        assert!(
            Registry::builtin().detect(&hub).is_none(),
            "not a whole SHA-512 digest"
        );
        hub.set("X-Hub-Signature", "sha1=00");
        assert_eq!(Registry::builtin().detect(&hub).unwrap().id(), "intercom");
        hub.set("X-Hub-Signature", "sha256=00");
        assert_eq!(Registry::builtin().detect(&hub).unwrap().id(), "bitbucket");
        hub.push("X-Atlassian-Webhook-Identifier", "1a2b");
        assert_eq!(Registry::builtin().detect(&hub).unwrap().id(), "jira");
    }

    #[test]
    fn providers_that_share_a_header_are_told_apart_narrowest_first() {
        let detect = |pairs: &[(&str, &str)]| {
            let mut h = Headers::default();
            for (k, v) in pairs {
                h.push(*k, *v);
            }
            Registry::builtin().detect(&h).map(|p| p.id().to_string())
        };
        // X-Signature: Segment's is a whole SHA-1 digest, Modern Treasury's comes with X-Topic,
        // Lemon Squeezy's is anything else.
        let sha1 = "0a".repeat(20);
        let sha256 = "0a".repeat(32);
        assert_eq!(detect(&[("X-Signature", &sha1)]).as_deref(), Some("segment"));
        assert_eq!(
            detect(&[("X-Signature", &sha256), ("X-Topic", "payment_order")]).as_deref(),
            Some("modern-treasury")
        );
        assert_eq!(
            detect(&[("X-Signature", &sha256)]).as_deref(),
            Some("lemonsqueezy")
        );
        // Authorization: only Teams' `HMAC <sig>` is detected; Okta, Postmark and Chargebee
        // carry a bare credential, named with --provider.
        assert_eq!(
            detect(&[("Authorization", "HMAC abc=")]).as_deref(),
            Some("msteams")
        );
        assert_eq!(detect(&[("Authorization", "Basic dXNlcjpw")]), None);
        // Webhook-Signature: Standard Webhooks' `v1,<base64>` list, or GoCardless' hex digest.
        assert_eq!(
            detect(&[
                ("webhook-id", "m"),
                ("webhook-timestamp", "1"),
                ("webhook-signature", "v1,x")
            ])
            .as_deref(),
            Some("standard")
        );
        assert_eq!(
            detect(&[("Webhook-Signature", &sha256)]).as_deref(),
            Some("gocardless")
        );
        // Svix's and Standard Webhooks' headers stay theirs, whichever provider sent them.
        assert_eq!(
            detect(&[
                ("svix-id", "m"),
                ("svix-timestamp", "1"),
                ("svix-signature", "v1,x")
            ])
            .as_deref(),
            Some("svix")
        );
    }

    #[test]
    fn user_schemes_are_known_by_id_after_the_builtins() {
        let config = Config::from_toml("[schemes.acme]\nsignature_header = \"X-Acme-Signature\"\n").unwrap();
        let registry = Registry::from_config(&config);
        assert!(registry.require("acme").is_ok());
        assert!(registry.require("generic").is_ok());
        assert!(registry.require("acne").is_err());
        assert_eq!(
            registry.lookup("ACME", &GenericScheme::default()).unwrap().id(),
            "acme"
        );
        assert_eq!(registry.ids().last().map(String::as_str), Some("generic"));
        assert_eq!(registry.all().last().unwrap().id(), "acme");
        let hint = registry.unknown("acm").hint.unwrap();
        assert!(hint.contains("`acme`"), "{hint}");

        let broken = Config::from_toml("[schemes.bad]\nsignature_header = 1\n").unwrap();
        let registry = Registry::from_config(&broken);
        assert!(registry.lookup("stripe", &GenericScheme::default()).is_ok());
        assert!(registry.require("stripe").is_ok());
        let e = registry.require("bad").unwrap_err();
        assert!(e.message.contains("scheme `bad`"), "{}", e.message);
        assert!(registry.checked().is_err());
        assert_eq!(registry.all().count(), builtins().len());
    }
}
