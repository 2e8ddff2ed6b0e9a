//! `hookctl probe`: flags into a `crate::probe::Probe`, then the plan, the count, and the
//! report. The cases and the judging live in `crate::probe`.

use std::io::IsTerminal;

use crate::cli::{Format, ProbeArgs};
use crate::commands::convert::KeyChoice;
use crate::error::{Error, Kind, Result};
use crate::output;
use crate::probe::{Plan, Probe};
use crate::runtime;
use crate::send::client;
use crate::send::report::{self, Sent};
use crate::send::synth::Payload;
use crate::Context;

pub fn run(args: &ProbeArgs, ctx: &Context) -> Result<()> {
    let provider = ctx.providers.lookup(&args.provider, &(&args.generic).into())?;
    let url = client::parse_url(&args.url)?;
    let catalog = provider.catalog();
    let event = match &args.event {
        Some(name) => catalog.require(name)?,
        None => catalog.default_event().ok_or_else(|| {
            Error::usage(format!(
                "{} has no built-in samples to probe with",
                provider.info().name
            ))
        })?,
    };
    let keys = KeyChoice::new(&args.key, &args.secret);
    let mut variant = keys.variant();
    // Schemes that sign the target URL sign the one probed, unless told otherwise.
    variant.url.get_or_insert_with(|| client::signed_url(&url));
    let key = keys.resolve(provider.as_ref(), &variant, true, ctx)?;
    crate::probe::forge::Forge::check_key(&key)?;
    let probe = Probe {
        deadline: args.timeout.unwrap_or(provider.info().delivery_timeout),
        payload: Payload::Sample {
            sample: event.sample.clone(),
            catalog: catalog.clone(),
            edits: Vec::new(),
            form: provider.form_encoded(),
        },
        event: Some(event.name.clone()),
        provider: provider.clone(),
        key,
        variant,
        url,
        insecure: args.insecure,
        tolerance: args.tolerance,
        only: args.only.clone(),
        skip: args.skip.clone(),
        verification_code: args.verification_code.clone(),
    };
    let plan = probe.plan()?;
    let json = args.output == Format::Json;
    if args.dry_run {
        return dry_run(&probe, &plan, json);
    }
    ctx.ui.status(format!(
        "probing {} as {}: sending {} requests{}",
        client::shown(&probe.url),
        provider.info().name,
        plan.requests(),
        if plan.handshake.is_some() {
            " (handshake, baseline, cases)"
        } else {
            " (baseline, cases)"
        }
    ));
    let report = runtime::block_on(probe.run(&plan))??;
    if json {
        output::json(&report.to_json(), false);
    } else {
        print!("{}", report.pretty(width(), ctx.ui.quiet));
    }
    if !report.baseline.ok() {
        return Err(Error::check(
            "the baseline failed: a receiver that refuses valid deliveries cannot be judged",
        )
        .with_hint(format!(
            "run `hookctl send-test {} -p {}` to see the exchange",
            report.url, report.provider
        )));
    }
    if report.ok() {
        Ok(())
    } else {
        Err(Error::silent(Kind::Check))
    }
}

fn dry_run(probe: &Probe, plan: &Plan, json: bool) -> Result<()> {
    let requests = probe.requests(plan)?;
    let shown = client::shown(&probe.url);
    if json {
        let list: Vec<_> = requests
            .iter()
            .map(|(id, method, d)| {
                serde_json::json!({
                    "id": id,
                    "request": report::request_json(&Sent {
                        method,
                        url: client::shown(&d.posted_to(&probe.url)).into(),
                        delivery: d,
                    }),
                })
            })
            .collect();
        output::json(
            &serde_json::json!({
                "provider": probe.provider.id(),
                "url": shown,
                "dry_run": true,
                "requests": list,
                "not_applicable": plan.not_applicable,
            }),
            false,
        );
        return Ok(());
    }
    output::data_line(format!(
        "dry run: {} requests would be sent to {shown}; nothing is sent",
        requests.len()
    ));
    for (id, method, d) in &requests {
        output::data_line("");
        output::data_line(format!("# {id}"));
        report::print_request(&Sent {
            method,
            url: client::shown(&d.posted_to(&probe.url)).into(),
            delivery: d,
        });
    }
    if !plan.not_applicable.is_empty() {
        output::data_line("");
        output::data_line(format!(
            "not applicable to this scheme: {}",
            plan.not_applicable.join(", ")
        ));
    }
    Ok(())
}

/// The terminal's width, else `COLUMNS`, else 120 columns.
fn width() -> u16 {
    if std::io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return w;
        }
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(120)
}
