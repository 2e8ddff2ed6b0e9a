//! `hookctl send-test`: build a signed synthetic event from a provider's catalog and POST it to
//! a URL exactly as the provider would. The parts live in `crate::send`.

use std::borrow::Cow;
use std::io::IsTerminal;
use std::sync::Arc;
use std::time::{Duration, Instant};

use colored::Colorize;
use serde_json::json;

use crate::cli::{Format, SendTestArgs};
use crate::commands::convert::KeyChoice;
use crate::error::{Error, Kind, Result};
use crate::output;
use crate::payload::Body;
use crate::providers::delivery::Answer;
use crate::providers::delivery::{Delivery, Signer};
use crate::providers::{Headers, Provider};
use crate::runtime;
use crate::send::challenge::Challenge;
use crate::send::client::{self, Failure};
use crate::send::expect::Expect;
use crate::send::load::{self, Job};
use crate::send::report::{self, Sent};
use crate::send::retry;
use crate::send::synth::{Edit, Payload};
use crate::Context;

/// What every mode needs once the flags are checked.
struct Target {
    client: reqwest::Client,
    url: reqwest::Url,
    /// `url` for output, its password masked.
    shown: String,
    deadline: Duration,
    expect: Expect,
    json: bool,
    /// `-q`: the result line and errors only, no request or answer dump.
    quiet: bool,
    provider: Arc<dyn Provider>,
}

impl Target {
    fn name(&self) -> &str {
        &self.provider.info().name
    }
    fn sent<'a>(&'a self, delivery: &'a Delivery) -> Sent<'a> {
        let url = match delivery.posted_to(&self.url) {
            Cow::Borrowed(_) => Cow::Borrowed(self.shown.as_str()),
            Cow::Owned(u) => Cow::Owned(client::shown(&u)),
        };
        Sent {
            method: "POST",
            url,
            delivery,
        }
    }
    async fn post(&self, d: &Delivery) -> std::result::Result<Answer, Failure> {
        let url = d.posted_to(&self.url);
        client::post(&self.client, &url, &d.headers, d.body.clone(), self.deadline).await
    }
    fn ok(&self, result: &std::result::Result<Answer, Failure>) -> bool {
        matches!(result, Ok(a) if self.expect.matches(a.status))
    }
}

pub fn run(args: &SendTestArgs, ctx: &Context) -> Result<()> {
    let provider = ctx.providers.lookup(&args.provider, &(&args.generic).into())?;
    let url = client::parse_url(&args.url)?;
    let expect = Expect::parse(&args.expect)?;
    check_flags(args)?;
    if let Some(warning) = crate::payload::Flags::from(&args.payload).at_file_warning() {
        ctx.ui.warn(warning);
    }
    let mut extra = Headers::default();
    for line in &args.headers {
        let (n, v) = Headers::parse_line(line)?;
        extra.push(n, v);
    }
    let keys = KeyChoice::new(&args.key, &args.secret);
    let mut variant = keys.variant();
    // Noones ed25519 signs the target URL: the one we post to, unless told otherwise.
    variant.url.get_or_insert_with(|| client::signed_url(&url));

    if args.challenge {
        let hs = Challenge::of(provider.as_ref(), args.verification_code.as_deref())?;
        let key = if hs.needs_key() {
            Some(keys.resolve(provider.as_ref(), &variant, true, ctx)?)
        } else {
            None
        };
        let target = Target {
            client: client::build(args.insecure, 1)?,
            shown: client::shown(&url),
            url,
            deadline: args
                .timeout
                .unwrap_or(hs.deadline(provider.info().delivery_timeout)),
            expect,
            json: args.output == Format::Json,
            quiet: ctx.ui.quiet,
            provider: provider.clone(),
        };
        let signer = key.as_ref().map(|key| Signer {
            provider: provider.as_ref(),
            key,
            variant: &variant,
            event_type: None,
            extra: &extra,
        });
        return challenge(&target, &hs, signer.as_ref(), &extra);
    }

    let (payload, event_type) = payload(args, provider.as_ref())?;
    payload.check()?;
    let key = keys.resolve(provider.as_ref(), &variant, true, ctx)?;
    let target = Target {
        client: client::build(args.insecure, args.concurrency)?,
        shown: client::shown(&url),
        url,
        deadline: args.timeout.unwrap_or(provider.info().delivery_timeout),
        expect,
        json: args.output == Format::Json,
        quiet: ctx.ui.quiet,
        provider: provider.clone(),
    };

    if let Some(count) = args.count {
        let progress = (!ctx.ui.quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(count);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} events  {per_sec}  eta {eta}")
                    .expect("valid template"),
            );
            bar
        });
        let job = Job {
            client: target.client.clone(),
            url: target.url.clone(),
            deadline: target.deadline,
            payload,
            provider: provider.clone(),
            key,
            variant,
            event_type,
            extra,
            expect: target.expect.clone(),
            count,
            concurrency: args.concurrency,
            rate: args.rate,
        };
        let summary = load::run(job, progress)?;
        return load_report(&target, &summary);
    }

    let signer = Signer {
        provider: provider.as_ref(),
        key: &key,
        variant: &variant,
        event_type: event_type.as_deref(),
        extra: &extra,
    };
    let body = payload.fresh()?;
    if let Some(n) = args.repeat {
        repeat(&target, &signer, body, n)
    } else if args.retry {
        retry_run(&target, &signer, body, args.time_scale)
    } else {
        once(&target, &signer, body)
    }
}

/// Flag combinations clap cannot express, checked before any secret is asked for.
fn check_flags(args: &SendTestArgs) -> Result<()> {
    let modes = [
        (args.challenge, "--challenge"),
        (args.count.is_some(), "--count"),
        (args.repeat.is_some(), "--repeat"),
        (args.retry, "--retry"),
    ];
    let on: Vec<&str> = modes.iter().filter(|(set, _)| *set).map(|(_, n)| *n).collect();
    if on.len() > 1 {
        return Err(Error::usage(format!("{} cannot be combined", on.join(" and ")))
            .with_hint("run one mode at a time"));
    }
    if args.count == Some(0) || args.repeat == Some(0) {
        return Err(Error::usage(
            "--count and --repeat take a number of events of at least 1",
        ));
    }
    if args.concurrency == 0 {
        return Err(Error::usage("--concurrency must be at least 1"));
    }
    if args.rate.is_some_and(|r| !(r.is_finite() && r > 0.0)) {
        return Err(Error::usage(
            "--rate must be a positive number of events per second",
        ));
    }
    if !(args.time_scale.is_finite() && args.time_scale >= 0.0) {
        return Err(Error::usage(
            "--time-scale must be a factor of 0 or more (0.001 = 1 h becomes 3.6 s)",
        ));
    }
    if !args.set.is_empty() && (args.payload.data.is_some() || args.payload.file.is_some()) {
        return Err(
            Error::usage("--set edits the catalog sample, and --data/--file replace it")
                .with_hint("edit your payload directly, or drop --data/--file to start from the sample"),
        );
    }
    Ok(())
}

/// The body source and the event type to put in headers.
fn payload(args: &SendTestArgs, provider: &dyn Provider) -> Result<(Payload, Option<String>)> {
    // Only explicit flags: a piped stdin is not taken as the payload, so scripts that run
    // send-test in a pipeline still get the catalog sample. `--file -` reads stdin.
    if args.payload.data.is_some() || args.payload.file.is_some() {
        let body = Body::required((&args.payload).into())?;
        return Ok((Payload::Fixed(body.to_bytes()?.into_owned()), args.event.clone()));
    }
    let catalog = provider.catalog();
    let event = match &args.event {
        Some(name) => catalog.require(name)?,
        None => catalog.default_event().ok_or_else(|| {
            Error::usage(format!("{} has no built-in samples", provider.info().name))
                .with_hint("pass the payload with --data or --file")
        })?,
    };
    let edits = args
        .set
        .iter()
        .map(|s| Edit::parse(s))
        .collect::<Result<Vec<_>>>()?;
    Ok((
        Payload::Sample {
            sample: event.sample.clone(),
            catalog: catalog.clone(),
            edits,
            form: provider.form_encoded(),
        },
        Some(event.name.clone()),
    ))
}

/// Hint for a receiver that could not be reached.
fn unreachable(target: &Target, f: &Failure) -> Error {
    Error::network(f.describe(target.name())).with_hint(format!(
        "is the receiver running and listening at {}?",
        target.shown
    ))
}

fn slow(target: &Target, f: &Failure) -> Error {
    Error::check(f.describe(target.name()))
        .with_hint("acknowledge with 2xx at once and process the event asynchronously")
}

/// One event: print the request and the answer; exit by --expect.
fn once(target: &Target, signer: &Signer<'_>, body: Vec<u8>) -> Result<()> {
    let delivery = signer.sign(body, None)?;
    let sent = target.sent(&delivery);
    if !target.json && !target.quiet {
        report::print_request(&sent);
    }
    let result = runtime::block_on(target.post(&delivery))?;
    let ok = target.ok(&result);
    if target.json {
        output::json(&report::exchange_json(&sent, &result, ok, target.name()), false);
    } else if target.quiet {
        if result.is_ok() {
            output::data_line(report::attempt_line(
                &format!("POST {}", output::sanitize(&sent.url, false)),
                &result,
                ok,
                target.name(),
            ));
        }
    } else if let Ok(answer) = &result {
        report::print_answer(answer, ok);
    }
    match result {
        Ok(_) if ok => Ok(()),
        Ok(a) => Err(Error::check(format!(
            "the receiver answered {}, not {}",
            a.status, target.expect
        ))),
        Err(f @ Failure::Slow { .. }) => Err(slow(target, &f)),
        Err(f) => Err(unreachable(target, &f)),
    }
}

/// The same event (same id, fresh signature) N times, as an at-least-once provider redelivers.
fn repeat(target: &Target, signer: &Signer<'_>, body: Vec<u8>, n: u32) -> Result<()> {
    let first = signer.sign(body.clone(), None)?;
    let id = signer.event_id(&first);
    if !target.json && !target.quiet {
        report::print_request(&target.sent(&first));
        output::data_line("");
        output::data_line(format!(
            "sending it {n} times with event id {}",
            id.as_deref()
                .map(|i| output::sanitize(i, false))
                .unwrap_or_else(|| "(none: the body is the event)".into())
        ));
    }
    let mut results = Vec::new();
    let mut delivery = first.clone();
    for i in 0..n {
        if i > 0 {
            delivery = signer.sign(body.clone(), id.as_deref())?;
        }
        let result = runtime::block_on(target.post(&delivery))?;
        let ok = target.ok(&result);
        if !target.json {
            output::data_line(report::attempt_line(
                &format!("#{}", i + 1),
                &result,
                ok,
                target.name(),
            ));
        }
        results.push((result, ok));
    }
    let outcome = |r: &std::result::Result<Answer, Failure>| match r {
        Ok(a) => a.status.to_string(),
        Err(f) => f.kind().to_string(),
    };
    let shapes: Vec<String> = results.iter().map(|(r, _)| outcome(r)).collect();
    let consistent = shapes.windows(2).all(|w| w[0] == w[1]);
    let all_ok = results.iter().all(|(_, ok)| *ok);
    if target.json {
        let attempts: Vec<_> = results
            .iter()
            .enumerate()
            .map(|(i, (r, ok))| attempt_json(i + 1, None, r, *ok, target.name()))
            .collect();
        output::json(
            &json!({
                "request": report::request_json(&target.sent(&first)),
                "event_id": id,
                "attempts": attempts,
                "consistent": consistent,
                "ok": all_ok,
            }),
            false,
        );
    } else if consistent {
        output::data_line(format!(
            "{} the receiver answered all {n} deliveries the same way ({})",
            "✔".green(),
            shapes[0]
        ));
    } else {
        output::data_line(format!(
            "{} the receiver answered inconsistently: {}",
            "✘".red(),
            shapes.join(", ")
        ));
    }
    finish(target, &results, all_ok, || {
        Error::check(format!(
            "{} of {n} deliveries missed --expect {}",
            results.iter().filter(|(_, ok)| !ok).count(),
            target.expect
        ))
        .with_hint("a receiver should acknowledge a duplicate delivery with 2xx and not process it twice")
    })
}

/// Exit 3 when nothing could be reached at all, else `fail()` unless everything passed.
fn finish(
    target: &Target,
    results: &[(std::result::Result<Answer, Failure>, bool)],
    ok: bool,
    fail: impl FnOnce() -> Error,
) -> Result<()> {
    if ok {
        return Ok(());
    }
    if let Some(f) = results
        .iter()
        .map(|(r, _)| r.as_ref().err())
        .collect::<Option<Vec<_>>>()
        .filter(|all| all.iter().all(|f| matches!(f, Failure::Connect(_))))
        .and_then(|all| all.first().copied())
    {
        return Err(unreachable(target, f));
    }
    Err(fail())
}

fn attempt_json(
    n: usize,
    offset: Option<Duration>,
    result: &std::result::Result<Answer, Failure>,
    ok: bool,
    provider: &str,
) -> serde_json::Value {
    let mut v = json!({ "attempt": n, "ok": ok });
    if let Some(o) = offset {
        v["offset_s"] = json!(o.as_secs_f64());
    }
    match result {
        Ok(a) => {
            v["status"] = json!(a.status);
            v["latency_ms"] = json!(report::millis(a.latency));
            v["body"] = report::body_json(&a.body);
        }
        Err(f) => v["error"] = json!({ "kind": f.kind(), "message": f.describe(provider) }),
    }
    v
}

/// Redeliver a failing event on the provider's schedule, compressed by `scale`.
fn retry_run(target: &Target, signer: &Signer<'_>, body: Vec<u8>, scale: f64) -> Result<()> {
    let schedule = retry::schedule(target.provider.info());
    let first = signer.sign(body.clone(), None)?;
    let id = signer.event_id(&first);
    let offsets: Vec<Duration> = std::iter::once(Duration::ZERO)
        .chain(schedule.retries.iter().copied())
        .collect();
    if !target.json && !target.quiet {
        report::print_request(&target.sent(&first));
        output::data_line("");
        output::data_line(format!("{} {}", "schedule:".bold(), schedule.note));
        output::data_line(format!(
            "{} {} attempts at most, time compressed ×{scale}",
            "retry:".bold(),
            offsets.len()
        ));
    }
    let started = Instant::now();
    let mut results = Vec::new();
    let mut delivered = None;
    for (i, offset) in offsets.iter().enumerate() {
        let due = started + offset.mul_f64(scale);
        // Each redelivery is signed afresh (new timestamp) but carries the same event id.
        let delivery = if i == 0 {
            first.clone()
        } else {
            runtime::block_on(async { tokio::time::sleep_until(due.into()).await })?;
            signer.sign(body.clone(), id.as_deref())?
        };
        let result = runtime::block_on(target.post(&delivery))?;
        let ok = target.ok(&result);
        if !target.json {
            let label = format!("attempt {} at +{}", i + 1, humantime::format_duration(*offset));
            output::data_line(report::attempt_line(&label, &result, ok, target.name()));
        }
        results.push((result, ok));
        if ok {
            delivered = Some(i + 1);
            break;
        }
    }
    if target.json {
        let attempts: Vec<_> = results
            .iter()
            .enumerate()
            .map(|(i, (r, ok))| attempt_json(i + 1, Some(offsets[i]), r, *ok, target.name()))
            .collect();
        output::json(
            &json!({
                "request": report::request_json(&target.sent(&first)),
                "event_id": id,
                "schedule": schedule.note,
                "attempts": attempts,
                "delivered_on_attempt": delivered,
                "provider_gives_up": delivered.is_none().then_some(schedule.gives_up),
                "ok": delivered.is_some(),
            }),
            false,
        );
    } else {
        match delivered {
            Some(n) => output::data_line(format!("{} delivered on attempt {n}", "✔".green())),
            None => output::data_line(format!(
                "{} {}",
                "✘ every attempt failed:".red(),
                schedule.gives_up
            )),
        }
    }
    finish(target, &results, delivered.is_some(), || {
        Error::silent(Kind::Check)
    })
}

/// `--challenge`: the provider's URL-verification request and a precise verdict.
fn challenge(target: &Target, hs: &Challenge, signer: Option<&Signer<'_>>, extra: &Headers) -> Result<()> {
    let request = hs.request(signer)?;
    let url = request.url(&target.url);
    let (mut delivery, challenge) = (request.delivery, request.challenge);
    if !hs.signed() {
        for (name, value) in &extra.0 {
            delivery.headers.set(name, value.clone());
        }
    }
    let sent = report::Sent {
        method: request.method.as_str(),
        url: client::shown(&url).into(),
        delivery: &delivery,
    };
    if !target.json && !target.quiet {
        report::print_request(&sent);
    }
    let result = runtime::block_on(client::send(
        &target.client,
        request.method.clone(),
        &url,
        &delivery.headers,
        delivery.body.clone(),
        target.deadline,
    ))?;
    let verdict = match &result {
        Ok(answer) => hs.judge(challenge.as_deref(), answer, signer.map(|s| s.key)),
        Err(f) => Err(f.describe(target.name())),
    };
    let passed = verdict.is_ok();
    if target.json {
        let mut v = report::exchange_json(&sent, &result, passed, target.name());
        v["challenge"] = match &verdict {
            Ok(why) => json!({ "passed": true, "detail": why }),
            Err(why) => json!({ "passed": false, "detail": why }),
        };
        output::json(&v, false);
    } else {
        if !target.quiet {
            if let Ok(answer) = &result {
                report::print_answer(answer, passed);
            }
            output::data_line("");
        }
        match &verdict {
            Ok(why) => output::data_line(format!("{} challenge passed: {why}", "✔".green())),
            Err(why) => output::data_line(format!("{} challenge failed: {why}", "✘".red())),
        }
    }
    match (result, verdict) {
        (_, Ok(_)) => Ok(()),
        (Err(f @ Failure::Connect(_)), _) => Err(unreachable(target, &f)),
        (_, Err(_)) => Err(Error::silent(Kind::Check)),
    }
}

fn load_report(target: &Target, s: &load::Summary) -> Result<()> {
    if target.json {
        output::json(&s.to_json(&target.expect), false);
    } else {
        let ms = |p: f64| {
            s.percentile_ms(p)
                .map_or("-".to_string(), |v| format!("{v:.2} ms"))
        };
        let tally = |counts: Vec<String>| {
            if counts.is_empty() {
                "none".to_string()
            } else {
                counts.join(", ")
            }
        };
        let statuses = tally(s.statuses.iter().map(|(k, v)| format!("{k} × {v}")).collect());
        let errors = tally(s.errors.iter().map(|(k, v)| format!("{k} × {v}")).collect());
        let sent = if s.interrupted {
            format!(
                "{} of {} events to {} (interrupted)",
                s.sent, s.planned, target.shown
            )
        } else {
            format!("{} events to {}", s.sent, target.shown)
        };
        if target.quiet {
            // The result line: what was sent and how it was answered.
            output::data_line(format!("sent {sent}: {statuses}; errors: {errors}"));
            return load_outcome(target, s);
        }
        output::data_line(format!("{:<11} {sent}", "sent".bold()));
        output::data_line(format!("{:<11} {statuses}", "status".bold()));
        output::data_line(format!("{:<11} {errors}", "errors".bold()));
        output::data_line(format!(
            "{:<11} min {}  p50 {}  p90 {}  p99 {}  max {}",
            "latency".bold(),
            ms(0.0),
            ms(50.0),
            ms(90.0),
            ms(99.0),
            ms(100.0)
        ));
        output::data_line(format!(
            "{:<11} {:.1} answered events/s ({} answered in {:.2} s)",
            "throughput".bold(),
            s.events_per_s(),
            s.answered(),
            s.elapsed.as_secs_f64()
        ));
    }
    load_outcome(target, s)
}

/// The exit of a load run: 3 when nothing was reachable, 1 when interrupted or --expect missed.
fn load_outcome(target: &Target, s: &load::Summary) -> Result<()> {
    if s.missed == 0 && !s.interrupted {
        return Ok(());
    }
    if s.all_unreachable() {
        return Err(
            Error::network(s.first_error.clone().unwrap_or_default()).with_hint(format!(
                "is the receiver running and listening at {}?",
                target.shown
            )),
        );
    }
    if s.interrupted {
        return Err(Error::check(format!(
            "interrupted: {} of {} events sent, {} missed --expect {}",
            s.sent, s.planned, s.missed, target.expect
        )));
    }
    let mut e = Error::check(format!(
        "{} of {} events missed --expect {}",
        s.missed, s.sent, target.expect
    ));
    if let Some(first) = &s.first_error {
        e = e.with_hint(format!("first error: {first}"));
    }
    Err(e)
}
