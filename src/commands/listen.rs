//! `hookctl listen`: the local receiver (spec §8). Settles everything that can fail before
//! binding, then serves until `--count`, `--timeout` or Ctrl-C.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::cli::{ListenArgs, ListenOutput};
use crate::error::{Error, Result};
use crate::keys;
use crate::listen::dedup::{self, Seen};
use crate::listen::forward::Forwarder;
use crate::listen::keyring::{self, Keyring};
use crate::listen::record::Recorder;
use crate::listen::server::{self, Control, Stop};
use crate::listen::{render, size, Shared, Stats};
use crate::providers;
use crate::Context;

/// How long in-flight requests may take to finish once the listener stops.
const DRAIN_GRACE: Duration = Duration::from_secs(5);

pub fn run(args: &ListenArgs, ctx: &Context) -> Result<()> {
    let max_body = size::parse_size(&args.max_body).map_err(|e| {
        Error::usage(format!("--max-body: {e}")).with_hint("write sizes like 10MiB, 1MB, 512KiB or 2048")
    })?;
    if args.count == Some(0) {
        return Err(Error::usage("--count must be at least 1"));
    }
    let path = if args.path.starts_with('/') {
        args.path.clone()
    } else {
        format!("/{}", args.path)
    };
    let provider = if args.provider.eq_ignore_ascii_case("auto") {
        None
    } else {
        Some(providers::lookup_in(&args.provider, &args.generic, &ctx.config)?)
    };
    let secret_for = args
        .secret_for
        .iter()
        .map(|s| {
            let parsed = keyring::parse_secret_for(s).map_err(|e| {
                Error::usage(format!("--secret-for {e}"))
                    .with_hint("write --secret-for noko=@path/to/secret or --secret-for noko=env:NOKO_SECRET")
            })?;
            if !providers::ids().contains(&parsed.provider)
                && providers::lookup_in(&parsed.provider, &Default::default(), &ctx.config).is_err()
            {
                return Err(providers::unknown_provider(&parsed.provider));
            }
            Ok(parsed)
        })
        .collect::<Result<Vec<_>>>()?;
    let variant = keys::variant(&args.key);
    let mut keyring = Keyring::new(&args.secret, &secret_for, &args.key, ctx)?;
    if let Some(p) = &provider {
        keyring.settle_fixed(p.as_ref(), &variant, ctx)?;
    }
    let recorder = args
        .record
        .as_deref()
        .map(|p| Recorder::open(p, args.fsync))
        .transpose()?;
    if let Some(healed) = recorder.as_ref().and_then(Recorder::healed) {
        ctx.ui.warn(healed.to_string());
    }
    let forwarder = args.forward_to.as_deref().map(Forwarder::start).transpose()?;
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some((
            std::fs::read(cert).map_err(|e| Error::file(cert, "read TLS certificate", &e))?,
            std::fs::read(key).map_err(|e| Error::file(key, "read TLS key", &e))?,
        )),
        _ => None,
    };
    if provider.as_ref().is_some_and(|p| {
        p.info().handshake_kind == Some(crate::providers::HandshakeKind::CryptohopperValidate)
    }) && args.verification_code.is_none()
    {
        ctx.ui
            .warn("no --verification-code: Cryptohopper's `validate` message cannot be answered correctly");
    }

    let (tx, rx) = mpsc::channel();
    server::watch_tiny_http(tx.clone());
    let (server, base) = server::bind(&args.host, args.port, tls)?;
    let banner = format!("Listening on {base}{path}\n");
    match args.output {
        ListenOutput::Json => eprint!("{banner}"),
        _ => render::emit(banner.as_bytes()),
    }
    ctx.ui.status(format!(
        "provider: {}{}{}",
        provider.as_ref().map_or("auto", |p| p.id()),
        args.record
            .as_ref()
            .map(|p| format!(", recording to {}", p.display()))
            .unwrap_or_default(),
        args.forward_to
            .as_ref()
            .map(|u| match reqwest::Url::parse(u) {
                Ok(url) => format!(", forwarding to {}", crate::send::client::shown(&url)),
                Err(_) => format!(", forwarding to {u}"),
            })
            .unwrap_or_default(),
    ));

    let shared = Arc::new(Shared {
        path,
        provider,
        user_schemes: providers::user_defined(&ctx.config)?,
        variant,
        verification_code: args.verification_code.clone(),
        scheme: if args.tls_cert.is_some() { "https" } else { "http" },
        verify_token: args.verify_token.clone(),
        accept_invalid: args.accept_invalid,
        max_body,
        tolerance: args.tolerance,
        forward_timeout: args.forward_timeout,
        output: args.output,
        full: args.full,
        count: args.count,
        ui: ctx.ui,
        keyring,
        recorder,
        forwarder,
        seen: Seen::new(dedup::CAPACITY),
        stats: Stats::default(),
    });
    let control = Arc::new(Control {
        stopping: AtomicBool::new(false),
        busy: AtomicUsize::new(0),
        stop: Mutex::new(tx.clone()),
    });
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = tx.send(Stop::Interrupted);
    }) {
        ctx.ui.warn(format!(
            "cannot catch Ctrl-C ({e}): the summary will not print on interrupt"
        ));
    }
    let server = Arc::new(server);
    server::spawn_workers(&server, &shared, &control)?;

    let started = Instant::now();
    let stop = match args.timeout {
        Some(limit) => match rx.recv_timeout(limit) {
            Ok(stop) => Some(stop),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Stop::Interrupted),
        },
        None => Some(rx.recv().unwrap_or(Stop::Interrupted)),
    };

    control.stopping.store(true, Ordering::SeqCst);
    for _ in 0..server::WORKERS {
        server.unblock();
    }
    let grace = Instant::now();
    while control.busy.load(Ordering::SeqCst) > 0 && grace.elapsed() < DRAIN_GRACE {
        std::thread::sleep(Duration::from_millis(5));
    }
    eprintln!("summary: {}", shared.stats.summary());

    match (stop, args.count) {
        (Some(Stop::Failed(why)), _) => Err(Error::network(why)
            .with_hint("raise the open-file limit (`ulimit -n`) or reduce concurrent connections")),
        (None, Some(n)) => {
            let got = shared.stats.valid.load(Ordering::SeqCst);
            Err(Error::check(format!(
                "timed out after {}: {got} of {n} valid event{} arrived",
                humantime::format_duration(started.elapsed().min(args.timeout.unwrap_or_default())),
                if n == 1 { "" } else { "s" }
            ))
            .with_hint("check that your app sends to the URL printed on the first line"))
        }
        _ => Ok(()),
    }
}
