//! `hookctl webhooks`: manage endpoints through a provider's management API (spec §11).
//!
//! Everything that can be checked is checked before a request leaves: the provider has an API
//! and the action, URLs, event names and wildcards, ids, flags; missing values are prompted for
//! only on a terminal; destructive actions are confirmed. Then one async call does the work.

use std::time::SystemTime;

use colored::Colorize;
use reqwest::Url;

use crate::api::{self, http, Action, Change, Delivery, Endpoint, NewEndpoint, Reply, Spec, UrlPolicy, View};
use crate::cli::{Format, GenericArgs, WebhookAction, WebhooksArgs};
use crate::error::{Error, Result};
use crate::output;
use crate::providers;
use crate::Context;

pub fn run(args: &WebhooksArgs, ctx: &Context) -> Result<()> {
    let spec = provider_spec(args.provider.as_deref())?;
    let catalog = providers::lookup(spec.id, &GenericArgs::default())?
        .catalog()
        .clone();
    let mut action = from_cli(&args.action);
    if let Some((why, instead)) = (spec.unsupported)(&action) {
        return Err(Error::usage(why).with_hint(instead));
    }
    settle(&mut action, spec, &catalog, ctx, allow_http(&args.action))?;
    let save_secret = wants_saved_secret(&args.action);
    if save_secret && !spec.secret_on_create {
        let hint = if spec.id == "noones" {
            "Webhook API deliveries are signed with Noones' platform Ed25519 key: verify with --scheme ed25519".to_string()
        } else {
            format!(
                "its deliveries are signed with your app secret; store it with `hookctl config set providers.{}.secret`",
                spec.id
            )
        };
        return Err(Error::usage(format!(
            "{} issues no per-webhook signing secret to save",
            spec.name
        ))
        .with_hint(hint));
    }
    confirm(&args.action, spec, ctx)?;
    let base = base_url(args.base_url.as_deref(), spec, ctx)?;
    check_credential_flags(spec, args)?;
    let creds = api::auth::resolve(spec, &args.token, &ctx.config, &ctx.ui)?;
    let cache = api::auth::TokenCache::beside(ctx.config_path.as_deref());
    let settings = http::Settings {
        base,
        timeout: args.timeout,
        retries: args.retries,
        retry_base: args.retry_base,
    };
    let app_key = (spec.id == "cryptohopper").then(|| app_key(args, ctx)).flatten();
    let ui = ctx.ui;
    let reply = crate::runtime::block_on(async move {
        let mut client = http::Client::new(spec, settings, ui)?;
        if let Some(k) = app_key {
            client.add_header("x-api-app-key", k);
        }
        client.authorize(creds, cache).await?;
        api::run(&mut client, &action).await
    })??;
    show(&reply, args.output, ctx);
    if let Some(secret) = &reply.secret {
        if save_secret {
            let path = super::config::save_provider_secret(ctx, spec.id, secret)?;
            ctx.ui.status(format!(
                "saved the signing secret to {} as providers.{}.secret",
                path.display(),
                spec.id
            ));
        }
    } else if save_secret {
        ctx.ui.warn(format!(
            "{} returned no signing secret; nothing was saved",
            spec.name
        ));
    }
    Ok(())
}

fn provider_spec(id: Option<&str>) -> Result<&'static Spec> {
    let with_api: Vec<&str> = api::ALL.iter().map(|s| s.id).collect();
    let Some(id) = id else {
        return Err(
            Error::usage("which provider? --provider is required").with_hint(format!(
                "providers with a management API: {}",
                with_api.join(", ")
            )),
        );
    };
    let provider = providers::lookup(id, &GenericArgs::default())?;
    api::spec(provider.id()).ok_or_else(|| {
        Error::usage(format!("{} has no webhook management API", provider.id())).with_hint(format!(
            "configure its webhooks in its dashboard; providers with an API: {}",
            with_api.join(", ")
        ))
    })
}

fn from_cli(a: &WebhookAction) -> Action {
    let id = |s: &String| s.trim().to_string();
    match a {
        WebhookAction::List { state, name } => Action::List {
            state: state.clone(),
            name: name.clone(),
        },
        WebhookAction::Get { id: i } => Action::Get { id: id(i) },
        WebhookAction::Create {
            url,
            events,
            name,
            partner_ids,
            ..
        } => Action::Create(NewEndpoint {
            url: url.clone().unwrap_or_default(),
            events: events.clone(),
            name: name.clone(),
            partner_ids: partner_ids.clone(),
        }),
        WebhookAction::Update {
            id: i,
            url,
            name,
            events,
            status,
            ..
        } => Action::Update {
            id: id(i),
            change: Change {
                url: url.clone(),
                name: name.clone(),
                events: events.clone(),
                status: status.clone(),
            },
        },
        WebhookAction::Delete { id: i, .. } => Action::Delete { id: id(i) },
        WebhookAction::Enable { id: i } => Action::Enable { id: id(i) },
        WebhookAction::Disable { id: i } => Action::Disable { id: id(i) },
        WebhookAction::AddEvents { id: i, events } => Action::AddEvents {
            id: id(i),
            events: events.clone(),
        },
        WebhookAction::RemoveEvents { id: i, events } => Action::RemoveEvents {
            id: id(i),
            events: events.clone(),
        },
        WebhookAction::RotateSecret { id: i, .. } => Action::RotateSecret { id: id(i) },
        WebhookAction::Ping { id: i } => Action::Ping { id: id(i) },
        WebhookAction::Test { id: i, event, data } => Action::Test {
            id: id(i),
            event: event.clone(),
            data: serde_json::Value::String(data.clone().unwrap_or_else(|| "{}".into())),
        },
        WebhookAction::Deliveries { id: i, status, since } => Action::Deliveries {
            id: id(i),
            status: status.clone(),
            since: since.clone(),
        },
        WebhookAction::Redeliver { id: i, delivery_id } => Action::Redeliver {
            id: id(i),
            delivery_id: delivery_id.trim().to_string(),
        },
    }
}

fn allow_http(a: &WebhookAction) -> bool {
    matches!(
        a,
        WebhookAction::Create { allow_http: true, .. } | WebhookAction::Update { allow_http: true, .. }
    )
}

fn wants_saved_secret(a: &WebhookAction) -> bool {
    matches!(
        a,
        WebhookAction::Create {
            save_secret: true,
            ..
        } | WebhookAction::RotateSecret {
            save_secret: true,
            ..
        }
    )
}

/// Fill in what is missing (prompting on a terminal) and validate everything.
fn settle(
    action: &mut Action,
    spec: &Spec,
    catalog: &providers::Catalog,
    ctx: &Context,
    allow_http: bool,
) -> Result<()> {
    let ui = &ctx.ui;
    match action {
        Action::List { state, .. } => {
            if let Some(s) = state {
                let lower = s.to_ascii_lowercase();
                if !api::noko::STATES.contains(&lower.as_str()) {
                    return Err(Error::usage(format!("--state `{s}` is not enabled or disabled")));
                }
                *s = lower;
            }
        }
        Action::Create(new) => {
            if new.url.is_empty() {
                new.url = ask_text(ui, "Receiver URL", "--url URL")?;
            }
            check_url(&new.url, spec, allow_http, ui)?;
            if new.events.is_empty() {
                new.events = pick_events(spec, catalog, ui)?;
            }
            if spec.needs_name && new.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
                new.name = Some(ask_text(ui, "Webhook name", "--name NAME")?);
            }
            dedup(&mut new.events);
            api::check_events(spec, catalog, &new.events)?;
            for p in &new.partner_ids {
                uuid::Uuid::parse_str(p).map_err(|_| {
                    Error::usage(format!("--partner-id `{p}` is not a UUID"))
                        .with_hint("partner UUIDs are listed by GET /v1/me (authorized partners)")
                })?;
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
                let upper = s.to_ascii_uppercase();
                if !api::novatrade24::STATUSES.contains(&upper.as_str()) {
                    return Err(Error::usage(format!(
                        "--status `{s}` is not one of ACTIVE, PAUSED, DISABLED"
                    )));
                }
                *s = upper;
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
                let upper = s.to_ascii_uppercase();
                let allowed: &[&str] = if spec.id == "noones" {
                    &["DELIVERED", "FAILED"]
                } else {
                    &api::novatrade24::DELIVERY_STATUSES
                };
                if !allowed.contains(&upper.as_str()) {
                    return Err(Error::usage(format!(
                        "--status `{s}` is not one of {}",
                        allowed.join(", ")
                    )));
                }
                *s = upper;
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

/// URLs are checked after prompting, with --allow-http from the command line.
fn check_url(url: &str, spec: &Spec, allow_http: bool, ui: &output::Ui) -> Result<()> {
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

fn ask_text(ui: &output::Ui, prompt: &str, flag: &str) -> Result<String> {
    if !ui.interactive {
        return Err(
            Error::usage(format!("{} is missing", prompt.to_ascii_lowercase())).with_hint(format!(
                "pass {flag} (no prompt without a terminal, with --no-input or in CI)"
            )),
        );
    }
    dialoguer::Input::<String>::new()
        .with_prompt(prompt)
        .interact_text()
        .map(|s| s.trim().to_string())
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))
}

fn pick_events(spec: &Spec, catalog: &providers::Catalog, ui: &output::Ui) -> Result<Vec<String>> {
    let choices: Vec<&providers::catalog::EventDef> = catalog
        .events
        .iter()
        .filter(|e| !e.handshake || spec.handshake_subscribable)
        .collect();
    if !ui.interactive {
        return Err(Error::usage("no events given").with_hint(format!(
            "pass --event EVENT (repeatable); `hookctl events --provider {}` lists them",
            spec.id
        )));
    }
    let items: Vec<String> = choices
        .iter()
        .map(|e| format!("{} — {}", e.name, e.description))
        .collect();
    let picked = dialoguer::MultiSelect::new()
        .with_prompt(format!(
            "{} events (space to select, enter to confirm)",
            spec.name
        ))
        .items(&items)
        .interact()
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))?;
    if picked.is_empty() {
        return Err(Error::usage("no events selected").with_hint("select at least one, or pass --event"));
    }
    Ok(picked.into_iter().map(|i| choices[i].name.clone()).collect())
}

/// Delete and rotate-secret ask first on a terminal; without one they need --yes.
fn confirm(a: &WebhookAction, spec: &Spec, ctx: &Context) -> Result<()> {
    let (id, yes, what) = match a {
        WebhookAction::Delete { id, yes } => (id, *yes, "delete"),
        WebhookAction::RotateSecret { id, yes, .. } => (
            id,
            *yes,
            if spec.id == "novatrade24" {
                "rotate the secret of (delete and re-create, which changes its id)"
            } else {
                "rotate the secret of (the old secret stops working)"
            },
        ),
        _ => return Ok(()),
    };
    if yes {
        return Ok(());
    }
    if !ctx.ui.interactive {
        return Err(Error::usage(format!(
            "refusing to {} {id} without confirmation",
            what.split(' ').next().unwrap_or(what)
        ))
        .with_hint("pass --yes to confirm (no prompt without a terminal, with --no-input or in CI)"));
    }
    let ok = dialoguer::Confirm::new()
        .with_prompt(format!("{what} {} webhook {id}?", spec.name))
        .default(false)
        .interact()
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))?;
    if ok {
        Ok(())
    } else {
        Err(Error::usage("cancelled; nothing was changed"))
    }
}

/// `--base-url` → config `base_url` → the documented root. Only scheme, host and port are
/// replaced; the provider's own path is appended later.
fn base_url(flag: Option<&str>, spec: &Spec, ctx: &Context) -> Result<Url> {
    let (text, origin) = match (flag, ctx.config.provider_value(spec.id, "base_url")) {
        (Some(u), _) => (u, "--base-url".to_string()),
        (None, Some(u)) => (u, format!("config [providers.{}] base_url", spec.id)),
        (None, None) => (spec.api_root, "default".into()),
    };
    let url = Url::parse(text).map_err(|e| {
        Error::usage(format!("base URL `{text}` (from {origin}) is not a URL: {e}"))
            .with_hint("give scheme, host and port, e.g. http://127.0.0.1:8080")
    })?;
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
        ctx.ui
            .warn(format!("{text} is plain http: the API token travels unencrypted"));
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

fn check_credential_flags(spec: &Spec, args: &WebhooksArgs) -> Result<()> {
    let t = &args.token;
    if spec.token_url.is_none()
        && spec.id != "cryptohopper"
        && (t.client_id.is_some() || t.client_secret.is_some())
    {
        return Err(
            Error::usage(format!("{} has no client-credentials grant", spec.name))
                .with_hint("use a personal access token: --token-file, HOOKCTL_NOKO_TOKEN or config token"),
        );
    }
    if spec.id == "cryptohopper" && t.client_secret.is_some() {
        return Err(Error::usage("Cryptohopper has no client-credentials grant; --client-secret is not used")
            .with_hint("use an access token from the developer dashboard (--token-file); --client-id is sent as x-api-app-key"));
    }
    if spec.token_url.is_none() && t.token_url.is_some() {
        return Err(Error::usage(format!(
            "{} has no token endpoint; --token-url is not used",
            spec.name
        )));
    }
    Ok(())
}

/// Cryptohopper's optional `x-api-app-key` (the OAuth client id): flag, env, config.
fn app_key(args: &WebhooksArgs, ctx: &Context) -> Option<String> {
    args.token
        .client_id
        .clone()
        .or_else(|| std::env::var("HOOKCTL_CRYPTOHOPPER_CLIENT_ID").ok())
        .or_else(|| {
            ctx.config
                .provider_value("cryptohopper", "client_id")
                .map(str::to_string)
        })
        .filter(|s| !s.is_empty())
}

fn show(reply: &Reply, format: Format, ctx: &Context) {
    for note in &reply.notes {
        ctx.ui.status(format!(
            "{} {}",
            "note:".cyan().bold(),
            output::sanitize(note, false)
        ));
    }
    if format == Format::Json {
        output::json(&reply.json, false);
        return;
    }
    match &reply.view {
        View::Endpoints(rows) if rows.is_empty() => ctx.ui.status("no webhook endpoints"),
        View::Endpoints(rows) => endpoint_table(rows),
        View::Endpoint(ep) => endpoint_detail(ep),
        View::Deliveries(rows) if rows.is_empty() => ctx.ui.status("no deliveries"),
        View::Deliveries(rows) => delivery_table(rows),
        View::Done(message) => output::data_line(output::sanitize(message, false)),
    }
    if let Some(secret) = &reply.secret {
        output::data_line(format!(
            "{} {}",
            "signing secret (shown only this once; store it now):"
                .yellow()
                .bold(),
            output::sanitize(secret, false)
        ));
    }
}

fn endpoint_table(rows: &[Endpoint]) {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| vec![r.id.clone(), r.url.clone(), r.status.clone(), r.events.join(", ")])
        .collect();
    table(&["ID", "URL", "STATUS", "EVENTS"], &cells);
}

fn delivery_table(rows: &[Delivery]) {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.id.clone(),
                r.event.clone(),
                r.status.clone(),
                r.http_status.clone(),
                r.at.clone(),
            ]
        })
        .collect();
    table(&["ID", "EVENT", "STATUS", "HTTP", "AT"], &cells);
}

/// Left-aligned columns, two spaces apart; every cell sanitised (provider text is untrusted).
fn table(headers: &[&str], rows: &[Vec<String>]) {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| output::sanitize(c, false)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let last = cells.len() - 1;
        cells
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                if i == last {
                    c
                } else {
                    let pad = widths[i].saturating_sub(colorless_len(&c));
                    format!("{c}{}", " ".repeat(pad))
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    output::data_line(line(headers.iter().map(|h| h.bold().to_string()).collect()));
    for r in rows {
        output::data_line(line(r));
    }
}

fn colorless_len(s: &str) -> usize {
    // Headers are the only coloured cells; their visible length is the text without escapes.
    let mut n = 0;
    let mut in_escape = false;
    for c in s.chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => n += 1,
        }
    }
    n
}

fn endpoint_detail(ep: &Endpoint) {
    let mut fields: Vec<(String, String)> = vec![
        ("id".into(), ep.id.clone()),
        ("url".into(), ep.url.clone()),
        ("status".into(), ep.status.clone()),
        ("events".into(), ep.events.join(", ")),
    ];
    fields.extend(ep.extra.iter().cloned());
    fields.retain(|(_, v)| !v.is_empty());
    let width = fields.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    for (k, v) in fields {
        let pad = " ".repeat(width - k.chars().count());
        output::data_line(format!(
            "{}{pad}  {}",
            output::sanitize(&k, false).bold(),
            output::sanitize(&v, false)
        ));
    }
}
