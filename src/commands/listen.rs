//! `hookctl listen`: the local receiver. Settles everything that can fail before
//! binding, then serves until `--count`, `--timeout`, SIGINT or SIGTERM.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, watch};

use crate::cli::ListenArgs;
use crate::error::{Error, Result};
use crate::keys::{self, KeyFlags};
use crate::listen::conn::Timeouts;
use crate::listen::dedup::{self, Seen};
use crate::listen::forward::{self, Forwarder};
use crate::listen::framing::Limits;
use crate::listen::record::Recorder;
use crate::listen::route::{EventFilter, Route};
use crate::listen::server::{self, Stop};
use crate::listen::{banner, render, size, tls, ListenOutput, Observer, Shared, Stats};
use crate::Context;

/// How long in-flight requests may take to finish once the listener stops.
const DRAIN_GRACE: Duration = Duration::from_secs(5);

/// A size flag, or a usage error naming it.
fn size_flag(flag: &str, text: &str) -> Result<u64> {
    size::parse_size(text).map_err(|e| {
        Error::usage(format!("{flag}: {e}")).with_hint("write sizes like 10MiB, 1MB, 512KiB or 2048")
    })
}

/// Settle everything that can fail before binding: the shared state and the serving limits.
pub fn prepare(
    args: &ListenArgs,
    ctx: &Context,
    observer: Option<Arc<dyn Observer>>,
) -> Result<(Arc<Shared>, server::Config)> {
    if !args.ui && (args.inspector.ui_port.is_some() || args.inspector.ui_keep.is_some()) {
        return Err(
            Error::usage("--ui-port and --ui-keep set up the web inspector: they need --ui")
                .with_hint("add --ui, or leave them out"),
        );
    }
    let max_body = size_flag("--max-body", &args.max_body)?;
    let limits = Limits {
        head: size_flag("--max-head", &args.max_head)?.min(16 << 20) as usize,
        request_line: size_flag("--max-request-line", &args.max_request_line)?.min(16 << 20) as usize,
        headers: args.max_headers as usize,
    };
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
        Some(ctx.providers.lookup(&args.provider, &(&args.generic).into())?)
    };
    let key_flags = KeyFlags::from(&args.key);
    let variant = keys::variant(&key_flags);
    let mut keyring = crate::commands::convert::keyring(&args.secret, &args.secret_for, &key_flags, ctx)?;
    if let Some(p) = &provider {
        keyring.settle_fixed(p.as_ref(), &variant)?;
    }
    let recorder = args
        .record
        .as_deref()
        .map(|p| Recorder::open(p, args.fsync))
        .transpose()?;
    if let Some(healed) = recorder.as_ref().and_then(Recorder::healed) {
        ctx.ui.warn(healed.to_string());
    }
    let events = EventFilter::parse(&args.events).map_err(|why| {
        Error::usage(format!("--events {why}"))
            .with_hint("write --events 'invoice.*' to keep a family, --events '!ping' to leave one out")
    })?;
    let forwarder = forwarder(args, ctx)?;
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(tls::acceptor(
            &std::fs::read(cert).map_err(|e| Error::file(cert, "read TLS certificate", &e))?,
            &std::fs::read(key).map_err(|e| Error::file(key, "read TLS key", &e))?,
        )?),
        _ => None,
    };
    let handshake = provider.as_ref().and_then(|p| p.info().handshake_kind);
    if let Some(warning) = handshake.and_then(|h| h.listen_warning(args.verification_code.as_deref())) {
        ctx.ui.warn(warning);
    }

    let shared = Arc::new(Shared {
        path,
        provider,
        providers: ctx.providers.checked()?.clone(),
        variant,
        verification_code: args.verification_code.clone(),
        scheme: if args.tls_cert.is_some() { "https" } else { "http" },
        verify_token: args.verify_token.clone(),
        accept_invalid: args.accept_invalid,
        confirm_sns: args.confirm_sns,
        max_body,
        tolerance: args.tolerance,
        forward_timeout: args.forward_timeout,
        events,
        fan_out: args.fan_out,
        output: output_mode(args),
        full: args.full,
        count: args.count,
        ui: ctx.ui,
        keyring,
        recorder,
        fsync: args.fsync,
        forwarder,
        seen: Seen::new(dedup::CAPACITY),
        stats: Stats::default(),
        observer,
    });
    let config = server::Config {
        limits,
        timeouts: Timeouts {
            header: args.header_timeout,
            idle: args.idle_timeout,
        },
        body_timeout: args.body_timeout,
        max_connections: args.max_connections as usize,
        tls,
    };
    Ok((shared, config))
}

/// `-o`, or the default: one line per request for a person at a terminal, today's blocks for
/// a pipe or a file (what scripts reading the human output were written against).
fn output_mode(args: &ListenArgs) -> ListenOutput {
    use std::io::IsTerminal;
    match args.output {
        Some(mode) => mode.into(),
        None if std::io::stdout().is_terminal() => ListenOutput::Compact,
        None => ListenOutput::Pretty,
    }
}

/// The routes and the client of `--forward-*`, every flag checked before the listener binds.
fn forwarder(args: &ListenArgs, ctx: &Context) -> Result<Option<Forwarder>> {
    if args.forward_to.is_empty() {
        return Ok(None);
    }
    let routes = args
        .forward_to
        .iter()
        .map(|text| {
            let route = Route::parse(text).map_err(|why| {
                Error::usage(format!("--forward-to {why}")).with_hint(
                    "write --forward-to http://127.0.0.1:8080/hooks, or a route: \
                     --forward-to 'stripe:invoice.*=http://127.0.0.1:9000/billing'",
                )
            })?;
            if let Some(p) = &route.provider {
                ctx.providers.require(p)?;
            }
            Ok(route)
        })
        .collect::<Result<Vec<_>>>()?;
    let ca_pem = args
        .forward_ca
        .as_deref()
        .map(|p| std::fs::read(p).map_err(|e| Error::file(p, "read --forward-ca", &e)))
        .transpose()?;
    let options = forward::Options {
        insecure: args.forward_insecure,
        ca_pem,
        headers: args.forward_header.clone(),
    };
    Forwarder::start(routes, &options).map(Some)
}

pub fn run(args: &ListenArgs, ctx: &Context) -> Result<()> {
    let feed = args.ui.then(|| super::inspect::feed(&args.inspector));
    let (shared, config) = prepare(args, ctx, feed.clone().map(|f| f as Arc<dyn Observer>))?;
    let (listener, addr) = server::bind(&args.host, args.port)?;
    let base = format!("{}://{addr}", shared.scheme);
    let mut banner = banner::build(&shared, &base, args.record.as_deref(), &args.host);
    let inspector = match feed {
        Some(feed) => {
            let (listener, inspector, url) = inspector(args, ctx, &shared, feed, addr)?;
            // Before "Ctrl-C to stop"; printed with -q too, as the page is reached only by it.
            let at = banner.rest.len().saturating_sub(1);
            banner.rest.insert(at, format!("  inspector: {url}"));
            if ctx.ui.quiet {
                eprintln!("inspector: {url}");
            }
            Some((listener, inspector))
        }
        None => None,
    };
    let first = format!("{}\n", banner.first);
    let rest: String = match ctx.ui.quiet {
        true => String::new(),
        false => banner.rest.iter().map(|l| format!("{l}\n")).collect(),
    };
    let streams = shared.output.streams();
    match (streams.banner_on_stdout, streams.stdout_is_data) {
        (true, false) => render::emit(format!("{first}{rest}").as_bytes()),
        (true, true) => {
            render::emit(first.as_bytes());
            eprint!("{rest}");
        }
        (false, _) => eprint!("{first}{rest}"),
    }
    for warning in &banner.warnings {
        ctx.ui.warn(warning);
    }

    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .thread_name("listen")
        .enable_all()
        .build()
        .map_err(|e| Error::network(format!("cannot start the async runtime: {e}")))?;
    if let Some((listener, inspector)) = inspector {
        // On the listener's runtime; it ends with it.
        runtime.spawn(crate::inspect::server::serve(listener, inspector));
    }
    let started = Instant::now();
    let stop = runtime.block_on(serve_until_stopped(
        listener,
        config,
        shared.clone(),
        args.timeout,
    ))?;
    // In-flight blocking work (a forward) has had its grace period already.
    runtime.shutdown_timeout(Duration::from_millis(100));
    eprintln!("summary: {}", shared.stats.summary());

    let got = shared.stats.valid.load(Ordering::SeqCst);
    let plural = |n: u64| if n == 1 { "" } else { "s" };
    match (stop, args.count) {
        (_, Some(n)) if got >= n => Ok(()),
        (None, Some(n)) => Err(Error::check(format!(
            "timed out after {}: {got} of {n} valid event{} arrived",
            humantime::format_duration(started.elapsed().min(args.timeout.unwrap_or_default())),
            plural(n)
        ))
        .with_hint("check that your app sends to the URL printed on the first line")),
        (Some(Stop::Signal(name)), Some(n)) => Err(Error::check(format!(
            "stopped by {name}: {got} of {n} valid event{} arrived",
            plural(n)
        ))
        .with_hint("--count N passes only once N valid events have arrived")),
        _ => Ok(()),
    }
}

/// The web inspector of `--ui`: actions go back through this listener by default (on
/// loopback when it listens on every address), or to the first `--forward-to` route.
fn inspector(
    args: &ListenArgs,
    ctx: &Context,
    shared: &Arc<Shared>,
    feed: Arc<crate::inspect::feed::Feed>,
    addr: std::net::SocketAddr,
) -> Result<(std::net::TcpListener, Arc<crate::inspect::Inspector>, String)> {
    let mut own = addr;
    if own.ip().is_unspecified() {
        own.set_ip(match own {
            std::net::SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            std::net::SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    let url = format!("{}://{own}{}", shared.scheme, shared.path);
    let key_flags = KeyFlags::from(&args.key);
    let parts = super::inspect::Parts {
        feed,
        providers: shared.providers.clone(),
        keys: super::inspect::key_source(
            shared.clone(),
            |s| &s.keyring,
            key_flags,
            ctx.config.clone(),
            ctx.ui,
        ),
        variant: shared.variant.clone(),
        scheme: shared.scheme,
        tolerance: shared.tolerance,
        forward_to: shared
            .forwarder
            .as_ref()
            .and_then(|f| f.routes().first().map(|r| r.url.to_string())),
        // The listener's own certificate is self-signed more often than not.
        insecure: args.tls_cert.is_some(),
    };
    super::inspect::start(
        parts,
        crate::inspect::Source::Listener { url },
        args.inspector.ui_port,
    )
}

/// Serve until `--count` is met, `--timeout` passes (`None`) or a signal arrives; then stop
/// accepting and give in-flight requests `DRAIN_GRACE` to finish.
async fn serve_until_stopped(
    listener: std::net::TcpListener,
    config: server::Config,
    shared: Arc<Shared>,
    timeout: Option<Duration>,
) -> Result<Option<Stop>> {
    let (stop_tx, mut stop_rx) = mpsc::unbounded_channel();
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let ui = shared.ui;
    // Catch the signals before the first connection can be served: on a multi-thread runtime a
    // worker may answer a request before this task is polled again, and a SIGTERM in that gap
    // would end the process without its summary.
    let signals = signals();
    tokio::pin!(signals);
    let mut serving = tokio::spawn(server::serve(listener, config, shared, stop_tx, shutdown_rx));
    let deadline = async {
        match timeout {
            Some(t) => tokio::time::sleep(t).await,
            None => std::future::pending().await,
        }
    };
    let stop = tokio::select! {
        s = stop_rx.recv() => s,
        s = &mut signals => Some(s),
        _ = deadline => None,
        r = &mut serving => {
            return match r {
                Ok(Err(e)) => Err(e),
                _ => Err(Error::network("the listener stopped unexpectedly")),
            };
        }
    };
    let _ = shutdown_tx.send(true);
    if tokio::time::timeout(DRAIN_GRACE, &mut serving).await.is_err() {
        ui.warn(format!(
            "requests still in flight after {}: stopping anyway",
            humantime::format_duration(DRAIN_GRACE)
        ));
    }
    Ok(stop)
}

/// The first of SIGINT and SIGTERM. The handlers are installed when this is called (not when
/// the future is first polled), so no signal sent after it returns is missed.
fn signals() -> impl std::future::Future<Output = Stop> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let caught = (signal(SignalKind::interrupt()), signal(SignalKind::terminate()));
        async move {
            match caught {
                (Ok(mut int), Ok(mut term)) => tokio::select! {
                    _ = int.recv() => Stop::Signal("SIGINT"),
                    _ = term.recv() => Stop::Signal("SIGTERM"),
                },
                _ => std::future::pending().await,
            }
        }
    }
    #[cfg(not(unix))]
    {
        let ctrl_c = tokio::signal::ctrl_c();
        async move {
            let _ = ctrl_c.await;
            Stop::Signal("Ctrl-C")
        }
    }
}

/// The whole request path (guard, hyper, handler) over in-memory streams, for the fuzz target
/// under `fuzz/`: built once from `hookctl listen` arguments, then fed one request stream at a
/// time.
pub struct Harness {
    runtime: tokio::runtime::Runtime,
    shared: Arc<Shared>,
    config: server::Config,
}

impl Harness {
    pub fn new(listen_args: &[&str]) -> Result<Harness> {
        use clap::Parser;
        let argv = ["hookctl", "listen"].iter().chain(listen_args);
        let cli = crate::cli::Cli::try_parse_from(argv).map_err(|e| Error::usage(e.to_string()))?;
        let crate::cli::Command::Listen(args) = cli.command else {
            return Err(Error::usage("not a listen command"));
        };
        let ctx = Context {
            ui: crate::output::Ui::new(crate::output::ColorMode::Never, true, false, true),
            config: Default::default(),
            config_path: None,
            providers: Default::default(),
        };
        let (shared, config) = prepare(&args, &ctx, None)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::network(format!("cannot start the async runtime: {e}")))?;
        Ok(Harness {
            runtime,
            shared,
            config,
        })
    }

    /// Send `request` as one client would (then close its side) and return all it was answered.
    pub fn serve(&self, request: &[u8]) -> Vec<u8> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        self.runtime.block_on(async {
            let (mut client, server_side) = tokio::io::duplex(1 << 20);
            let serving = server::serve_stream(server_side, &self.config, self.shared.clone());
            let talking = async {
                let _ = client.write_all(request).await;
                let _ = client.shutdown().await;
                let mut answer = Vec::new();
                let _ = client.read_to_end(&mut answer).await;
                answer
            };
            let bounded = tokio::time::timeout(Duration::from_secs(5), async {
                let (_, answer) = tokio::join!(serving, talking);
                answer
            });
            bounded.await.unwrap_or_default()
        })
    }
}
