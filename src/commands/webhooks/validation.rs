//! Everything that can be checked before a request leaves: the action's values against the
//! provider's [`Spec`] and catalog (prompting for what is missing, on a terminal only), the
//! base URL, and which credential flags make sense for the provider.

use std::time::SystemTime;

use reqwest::Url;

use super::prompts;
use crate::api::auth::CredentialFlags;
use crate::api::{self, Action, SigningSecret, Spec, UrlPolicy};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::Ui;
use crate::providers;

/// Fill in what is missing (prompting on a terminal) and validate everything.
pub fn settle(
    action: &mut Action,
    spec: &Spec,
    catalog: &providers::Catalog,
    ui: &Ui,
    allow_http: bool,
) -> Result<()> {
    match action {
        Action::List { state, .. } => {
            if let Some(s) = state {
                let lower = s.to_ascii_lowercase();
                if !spec.list_states.contains(&lower.as_str()) {
                    return Err(Error::usage(format!(
                        "--state `{s}` is not {}",
                        spec.list_states.join(" or ")
                    )));
                }
                *s = lower;
            }
        }
        Action::Create(new) => {
            let mut prompted = false;
            if new.url.is_empty() {
                new.url = prompts::ask_text(ui, "Receiver URL", "--url URL")?;
                prompted = true;
            }
            check_url(&new.url, spec, allow_http, ui)?;
            if new.events.is_empty() {
                new.events = prompts::pick_events(spec, catalog, ui)?;
                prompted = true;
            }
            if spec.needs_name && new.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
                new.name = Some(prompts::ask_text(ui, "Webhook name", "--name NAME")?);
                prompted = true;
            }
            dedup(&mut new.events);
            api::check_events(spec, catalog, &new.events)?;
            for p in &new.partner_ids {
                uuid::Uuid::parse_str(p).map_err(|_| {
                    Error::usage(format!("--partner-id `{p}` is not a UUID"))
                        .with_hint("partner UUIDs are listed by GET /v1/me (authorized partners)")
                })?;
            }
            if prompted {
                // Flags alone are a decision already; answers typed at prompts get a summary.
                prompts::confirm_create(spec, new, ui)?;
            }
        }
        Action::Update { id, change } => {
            check_id(id)?;
            if change.url.is_none()
                && change.name.is_none()
                && change.events.is_empty()
                && change.status.is_none()
            {
                return Err(
                    Error::usage("nothing to update").with_hint("give --url, --name, --event or --status")
                );
            }
            if let Some(u) = &change.url {
                check_url(u, spec, allow_http, ui)?;
            }
            dedup(&mut change.events);
            api::check_events(spec, catalog, &change.events)?;
            if let Some(s) = &mut change.status {
                *s = one_of(s, spec.endpoint_statuses)?;
            }
        }
        Action::AddEvents { id, events } | Action::RemoveEvents { id, events } => {
            check_id(id)?;
            dedup(events);
            api::check_events(spec, catalog, events)?;
        }
        Action::Test { id, event, data } => {
            check_id(id)?;
            api::check_event(spec, catalog, event, false)?;
            let text = data.as_str().unwrap_or("{}").to_string();
            let parsed: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                Error::usage(format!("--data is not JSON: {e}"))
                    .with_hint("pass a JSON object, e.g. --data '{}'")
            })?;
            if !parsed.is_object() {
                return Err(Error::usage("--data must be a JSON object")
                    .with_hint("e.g. --data '{\"orderId\":\"…\"}'"));
            }
            *data = parsed;
        }
        Action::Deliveries { id, status, since } => {
            check_id(id)?;
            if let Some(s) = status {
                *s = one_of(s, spec.delivery_statuses)?;
            }
            if let Some(t) = since {
                *t = parse_since(t)?;
            }
        }
        Action::Redeliver { id, delivery_id } => {
            check_id(id)?;
            check_id(delivery_id)?;
        }
        Action::Get { id }
        | Action::Delete { id }
        | Action::Enable { id }
        | Action::Disable { id }
        | Action::RotateSecret { id }
        | Action::Ping { id } => check_id(id)?,
    }
    Ok(())
}

/// A `--status` value, uppercased, if the provider has it.
fn one_of(given: &str, allowed: &[&str]) -> Result<String> {
    let upper = given.to_ascii_uppercase();
    if !allowed.contains(&upper.as_str()) {
        return Err(Error::usage(format!(
            "--status `{given}` is not one of {}",
            allowed.join(", ")
        )));
    }
    Ok(upper)
}

/// `--save-secret` only where the provider issues a per-endpoint secret.
pub fn check_save_secret(spec: &Spec, save_secret: bool) -> Result<()> {
    match spec.signing_secret {
        SigningSecret::Elsewhere(instead) if save_secret => Err(Error::usage(format!(
            "{} issues no per-webhook signing secret to save",
            spec.name
        ))
        .with_hint(instead)),
        _ => Ok(()),
    }
}

/// URLs are checked after prompting, with --allow-http from the command line.
fn check_url(url: &str, spec: &Spec, allow_http: bool, ui: &Ui) -> Result<()> {
    let parsed = Url::parse(url).map_err(|e| {
        Error::usage(format!("`{url}` is not a URL: {e}"))
            .with_hint("give a full URL such as https://example.com/webhooks")
    })?;
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(Error::usage(format!("`{url}` has no host")));
    }
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if allow_http => Ok(()),
        "http" if spec.url_policy == UrlPolicy::HttpsPreferred => {
            ui.warn(format!(
                "{url} is plain http: anyone on the path can read and alter the events"
            ));
            Ok(())
        }
        "http" => Err(
            Error::usage(format!("{} requires an https:// receiver URL", spec.name))
                .with_hint("use https://, or --allow-http for a local test receiver"),
        ),
        other => {
            Err(Error::usage(format!("`{other}://` URLs cannot receive webhooks")).with_hint("use https://"))
        }
    }
}

fn check_id(id: &str) -> Result<()> {
    if id.is_empty() {
        return Err(Error::usage("the id is empty").with_hint("`hookctl webhooks list` shows the ids"));
    }
    Ok(())
}

fn dedup(events: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    events.retain(|e| seen.insert(e.clone()));
}

/// RFC 3339 as given, or a duration (`24h`) back from now.
fn parse_since(text: &str) -> Result<String> {
    if let Ok(t) = humantime::parse_rfc3339_weak(text) {
        return Ok(humantime::format_rfc3339_seconds(t).to_string());
    }
    if let Ok(d) = humantime::parse_duration(text) {
        let t = SystemTime::now().checked_sub(d).unwrap_or(SystemTime::UNIX_EPOCH);
        return Ok(humantime::format_rfc3339_seconds(t).to_string());
    }
    Err(
        Error::usage(format!("--since `{text}` is neither a time nor a duration"))
            .with_hint("give 2026-04-21T10:00:00Z or a duration such as 24h"),
    )
}

/// `--base-url` → config `base_url` → the documented root. Only scheme, host and port are
/// replaced; the provider's own path is appended later.
pub fn base_url(flag: Option<&str>, spec: &Spec, config: &Config, ui: &Ui) -> Result<Url> {
    let (text, origin) = match (flag, config.provider_value(spec.id, "base_url")) {
        (Some(u), _) => (u, "--base-url".to_string()),
        (None, Some(u)) => (u, format!("config [providers.{}] base_url", spec.id)),
        (None, None) => (spec.api_root, "default".into()),
    };
    let url = Url::parse(text).map_err(|e| {
        Error::usage(format!("base URL `{text}` (from {origin}) is not a URL: {e}"))
            .with_hint("give scheme, host and port, e.g. http://127.0.0.1:8080")
    })?;
    // From here on the URL parsed: it is shown with its password masked.
    let text = crate::output::url(&url).to_string();
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::usage(format!(
            "base URL `{text}` (from {origin}) is not an http(s) URL"
        )));
    }
    if !matches!(url.path(), "" | "/") || url.query().is_some() {
        return Err(
            Error::usage(format!("base URL `{text}` (from {origin}) has a path")).with_hint(format!(
                "give only scheme, host and port: hookctl appends {}'s own path ({})",
                spec.name, spec.api_path
            )),
        );
    }
    if url.scheme() == "http" && !is_loopback(&url) {
        ui.warn(format!("{text} is plain http: the API token travels unencrypted"));
    }
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Client-credential flags only for a provider with that grant (or a client-id header).
pub fn check_credential_flags(spec: &Spec, flags: &CredentialFlags) -> Result<()> {
    if spec.token_url.is_none()
        && spec.client_id_header.is_none()
        && (flags.client_id.is_some() || flags.client_secret.is_some())
    {
        return Err(
            Error::usage(format!("{} has no client-credentials grant", spec.name)).with_hint(format!(
                "use a personal access token: --token-file, HOOKCTL_{}_TOKEN or config token",
                spec.id.to_ascii_uppercase()
            )),
        );
    }
    if let Some(header) = spec.client_id_header.filter(|_| flags.client_secret.is_some()) {
        return Err(Error::usage(format!(
            "{} has no client-credentials grant; --client-secret is not used",
            spec.name
        ))
        .with_hint(format!(
            "use an access token from the developer dashboard (--token-file); --client-id is sent as {header}"
        )));
    }
    if spec.token_url.is_none() && flags.token_url.is_some() {
        return Err(Error::usage(format!(
            "{} has no token endpoint; --token-url is not used",
            spec.name
        )));
    }
    Ok(())
}
