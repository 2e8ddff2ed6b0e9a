//! `hookctl webhooks`: manage endpoints through a provider's management API.
//!
//! Everything that can be checked is checked before a request leaves: the provider has an API
//! and the action, URLs, event names and wildcards, ids, flags; missing values are prompted for
//! only on a terminal; destructive actions are confirmed. Then one async call does the work.

mod mapping;
mod output;
mod prompts;
mod validation;

use crate::api::token::TokenCache;
use crate::api::transport::Settings;
use crate::api::{self, http, Reply, Spec};
use crate::cli::WebhooksArgs;
use crate::error::{Error, Result};
use crate::providers::{self, GenericScheme};
use crate::Context;
use mapping::Options;

pub fn run(args: &WebhooksArgs, ctx: &Context) -> Result<()> {
    let Options {
        provider,
        mut action,
        allow_http,
        save_secret,
        confirmation,
        credentials,
        base_url,
        timeout,
        retries,
        retry_base,
        json,
    } = Options::from_cli_arguments(args);
    let spec = provider_spec(provider.as_deref())?;
    let catalog = providers::lookup(spec.id, &GenericScheme::default())?
        .catalog()
        .clone();
    if let Some((why, instead)) = (spec.unsupported)(&action) {
        return Err(Error::usage(why).with_hint(instead));
    }
    validation::settle(&mut action, spec, &catalog, &ctx.ui, allow_http)?;
    validation::check_save_secret(spec, save_secret)?;
    if let Some(c) = &confirmation {
        prompts::confirm(c, spec, &ctx.ui)?;
    }
    let base = validation::base_url(base_url.as_deref(), spec, &ctx.config, &ctx.ui)?;
    validation::check_credential_flags(spec, &credentials)?;
    let creds = api::auth::resolve(spec, &credentials, &ctx.config, &ctx.ui)?;
    let cache = TokenCache::beside(ctx.config_path.as_deref());
    let settings = Settings {
        base,
        timeout,
        retries,
        retry_base,
    };
    let client_id_header = api::auth::client_id_header(spec, &credentials, &ctx.config);
    let ui = ctx.ui;
    let reply = crate::runtime::block_on(async move {
        let mut client = http::Client::new(spec, settings, ui)?;
        if let Some((name, value)) = client_id_header {
            client.add_header(name, value);
        }
        client.authorize(creds, cache).await?;
        api::run(&mut client, &action).await
    })??;
    output::show(&reply, json, &ctx.ui);
    keep_secret(&reply, save_secret, spec, ctx)
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
    let provider = providers::lookup(id, &GenericScheme::default())?;
    api::spec(provider.id()).ok_or_else(|| {
        Error::usage(format!("{} has no webhook management API", provider.id())).with_hint(format!(
            "configure its webhooks in its dashboard; providers with an API: {}",
            with_api.join(", ")
        ))
    })
}

/// `--save-secret`: the secret the provider just issued goes into the config file.
fn keep_secret(reply: &Reply, save_secret: bool, spec: &Spec, ctx: &Context) -> Result<()> {
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
