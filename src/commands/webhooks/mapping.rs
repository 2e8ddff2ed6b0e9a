//! The command line of `hookctl webhooks`, converted once into the API's own types: nothing
//! past this file reads a clap struct, and `crate::api` never sees one.

use std::time::Duration;

use crate::api::auth::CredentialFlags;
use crate::api::{Action, Change, NewEndpoint};
use crate::cli::{Format, TokenArgs, WebhookAction, WebhooksArgs};

/// Everything one `hookctl webhooks` run was asked to do.
pub struct Options {
    pub provider: Option<String>,
    /// The action as typed: ids trimmed, nothing validated or prompted for yet.
    pub action: Action,
    /// `--allow-http` of create and update.
    pub allow_http: bool,
    /// `--save-secret` of create and rotate-secret.
    pub save_secret: bool,
    /// Set for the actions that cannot be undone.
    pub confirmation: Option<Confirmation>,
    pub credentials: CredentialFlags,
    pub base_url: Option<String>,
    pub timeout: Duration,
    pub retries: u32,
    pub retry_base: Duration,
    pub json: bool,
}

/// An action asked about before it is done, unless `--yes` was given.
pub struct Confirmation {
    pub of: Destructive,
    /// The id as typed, for the question and the refusal.
    pub id: String,
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destructive {
    Delete,
    RotateSecret,
}

impl Options {
    pub fn from_cli_arguments(args: &WebhooksArgs) -> Options {
        Options {
            provider: args.provider.clone(),
            action: action(&args.action),
            allow_http: matches!(
                args.action,
                WebhookAction::Create { allow_http: true, .. }
                    | WebhookAction::Update { allow_http: true, .. }
            ),
            save_secret: matches!(
                args.action,
                WebhookAction::Create {
                    save_secret: true,
                    ..
                } | WebhookAction::RotateSecret {
                    save_secret: true,
                    ..
                }
            ),
            confirmation: confirmation(&args.action),
            credentials: CredentialFlags::from(&args.token),
            base_url: args.base_url.clone(),
            timeout: args.timeout,
            retries: args.retries,
            retry_base: args.retry_base,
            json: args.output == Format::Json,
        }
    }
}

impl From<&TokenArgs> for CredentialFlags {
    fn from(t: &TokenArgs) -> Self {
        CredentialFlags {
            token_file: t.token_file.clone(),
            token_env: t.token_env.clone(),
            token: t.token.clone(),
            client_id: t.client_id.clone(),
            client_secret: t.client_secret.clone(),
            client_secret_file: t.client_secret_file.clone(),
            token_url: t.token_url.clone(),
        }
    }
}

fn action(a: &WebhookAction) -> Action {
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
        // `--data` stays text here; validation parses it, so a bad value exits 2 with a hint.
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

fn confirmation(a: &WebhookAction) -> Option<Confirmation> {
    let (of, id, yes) = match a {
        WebhookAction::Delete { id, yes } => (Destructive::Delete, id, *yes),
        WebhookAction::RotateSecret { id, yes, .. } => (Destructive::RotateSecret, id, *yes),
        _ => return None,
    };
    Some(Confirmation {
        of,
        id: id.clone(),
        yes,
    })
}
