//! `hookctl inspect FILE.jsonl`, and the web inspector's set-up shared with `listen --ui`:
//! the token, the keys, the client, the banner line.

use std::sync::Arc;
use std::time::Duration;

use crate::cli::{InspectArgs, InspectorArgs};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::inspect::feed::{Feed, DEFAULT_KEEP};
use crate::inspect::{guard::Guard, server, Inspector, KeySource, Source};
use crate::keys::{self, KeyFlags};
use crate::listen::keyring::Keyring;
use crate::output::Ui;
use crate::providers::{KeyNeed, Registry, Variant};
use crate::Context;

/// The feed `--ui-keep` asks for.
pub fn feed(args: &InspectorArgs) -> Arc<Feed> {
    Arc::new(Feed::new(args.ui_keep.map_or(DEFAULT_KEEP, |n| n as usize)))
}

/// Keys from a keyring (the listener's, or one made for `inspect`): a shared secret for
/// verifying and re-signing alike; a private key, when re-signing needs one, from the key
/// flags or the config, never by prompting (a page cannot answer a prompt).
pub fn key_source<H: Send + Sync + 'static>(
    holder: Arc<H>,
    ring: fn(&H) -> &Keyring,
    key_flags: KeyFlags,
    config: Config,
    ui: Ui,
) -> Box<KeySource> {
    let ui = Ui {
        interactive: false,
        ..ui
    };
    Box::new(move |provider, variant, signing| {
        if signing && provider.key_need(variant, true) != KeyNeed::Secret {
            return keys::resolve(
                provider,
                variant,
                true,
                Default::default(),
                &key_flags,
                &config,
                &ui,
            )
            .map(Arc::new)
            .map_err(|e| e.message);
        }
        ring(&holder).key_for(provider, variant)
    })
}

/// What an inspector is made of, apart from where its deliveries come from.
pub struct Parts {
    pub feed: Arc<Feed>,
    pub providers: Registry,
    pub keys: Box<KeySource>,
    pub variant: Variant,
    pub scheme: &'static str,
    pub tolerance: Duration,
    pub forward_to: Option<String>,
    /// Accept any certificate: the listener's own self-signed one, when it serves TLS.
    pub insecure: bool,
}

/// Bind the inspector's socket and make it; its URL (with the token) is the third value.
pub fn start(
    parts: Parts,
    source: Source,
    port: Option<u16>,
) -> Result<(std::net::TcpListener, Arc<Inspector>, String)> {
    let (listener, addr) = server::bind(port.unwrap_or(0))?;
    let guard = Guard::new(addr.port());
    let url = guard.url();
    let client = crate::send::client::build(parts.insecure, 4)?;
    let inspector = Arc::new(Inspector {
        feed: parts.feed,
        source,
        providers: parts.providers,
        keys: parts.keys,
        variant: parts.variant,
        scheme: parts.scheme,
        tolerance: parts.tolerance,
        forward_to: parts.forward_to,
        client,
        guard,
    });
    Ok((listener, inspector, url))
}

pub fn run(args: &InspectArgs, ctx: &Context) -> Result<()> {
    let text = std::fs::read(&args.file).map_err(|e| Error::file(&args.file, "read record file", &e))?;
    let feed = feed(&args.inspector);
    let (mut kept, mut skipped) = (0usize, 0usize);
    for line in text.split(|b| *b == b'\n').filter(|l| !l.trim_ascii().is_empty()) {
        if feed.push_checked(line) {
            kept += 1;
        } else {
            skipped += 1;
        }
    }
    if skipped > 0 {
        ctx.ui.warn(format!(
            "{skipped} line(s) of {} are not record lines: left out",
            args.file.display()
        ));
    }
    let key_flags = KeyFlags::from(&args.key);
    let ring = Arc::new(crate::commands::convert::keyring(
        &args.secret,
        &args.secret_for,
        &key_flags,
        ctx,
    )?);
    let forward_to = args
        .to
        .as_deref()
        .map(|t| crate::send::client::parse_url(t).map(|u| u.to_string()))
        .transpose()?;
    let parts = Parts {
        feed,
        providers: ctx.providers.checked()?.clone(),
        keys: key_source(ring, |r| r, key_flags.clone(), ctx.config.clone(), ctx.ui),
        variant: keys::variant(&key_flags),
        scheme: "http",
        tolerance: args.tolerance,
        forward_to,
        insecure: false,
    };
    let source = Source::File {
        path: args.file.display().to_string(),
    };
    let (listener, inspector, url) = start(parts, source, args.inspector.ui_port)?;
    let shown = kept.min(inspector.feed.keep());
    crate::output::data_line(format!("Inspector on {url}"));
    ctx.ui.status(format!(
        "  {} deliveries from {} ({shown} kept in memory); Ctrl-C to stop",
        kept,
        args.file.display()
    ));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("inspect")
        .enable_all()
        .build()
        .map_err(|e| Error::network(format!("cannot start the async runtime: {e}")))?;
    let timeout = args.timeout;
    let result = runtime.block_on(async move {
        let serving = server::serve(listener, inspector);
        let deadline = async {
            match timeout {
                Some(t) => tokio::time::sleep(t).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            r = serving => r,
            _ = tokio::signal::ctrl_c() => Ok(()),
            _ = deadline => Ok(()),
        }
    });
    runtime.shutdown_timeout(Duration::from_millis(100));
    result
}
