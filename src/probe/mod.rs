//! `hookctl probe`: attack a receiver the way a forger would. A valid delivery first (the
//! baseline, with the provider's handshake), then each case that applies to the scheme: a
//! delivery a correct receiver must refuse, or one it must accept. Deliveries are made by the
//! provider's own signer (`crate::providers`) and sent by `send::client`.

pub mod cases;
pub mod forge;
pub mod mutate;
pub mod report;
pub mod shape;

use std::sync::Arc;
use std::time::Duration;

use cases::{Attack, Case, Expect, Setting};
use forge::{Forge, Forged};
use report::{Baseline, Report, Row, Verdict};
use shape::Shape;

use crate::error::{Error, Result};
use crate::providers::delivery::Answer;
use crate::providers::delivery::{Delivery, Signer};
use crate::providers::{Key, Provider, Variant};
use crate::send::challenge::Challenge;
use crate::send::client::{self, Failure};
use crate::send::synth::Payload;

/// Everything a probe run needs, settled by the command.
pub struct Probe {
    pub provider: Arc<dyn Provider>,
    pub key: Key,
    pub variant: Variant,
    pub url: reqwest::Url,
    pub payload: Payload,
    pub event: Option<String>,
    /// The provider's delivery timeout unless `--timeout` said otherwise.
    pub deadline: Duration,
    pub insecure: bool,
    /// The receiver's timestamp tolerance: bad timestamps are put twice as far out.
    pub tolerance: Duration,
    pub only: Vec<String>,
    pub skip: Vec<String>,
    pub verification_code: Option<String>,
}

/// What will be sent.
pub struct Plan {
    pub shape: Shape,
    pub cases: Vec<Case>,
    pub not_applicable: Vec<&'static str>,
    pub handshake: Option<Challenge>,
    /// Why the provider's handshake is left out, when it is.
    pub handshake_skipped: Option<String>,
}

impl Plan {
    /// How many requests the run sends.
    pub fn requests(&self) -> usize {
        1 + usize::from(self.handshake.is_some())
            + self
                .cases
                .iter()
                .map(|c| if *c == Case::Replay { 2 } else { 1 })
                .sum::<usize>()
    }
}

impl Probe {
    fn forge(&self) -> Forge<'_> {
        Forge {
            provider: self.provider.as_ref(),
            key: &self.key,
            variant: &self.variant,
            payload: &self.payload,
            event: self.event.as_deref(),
        }
    }

    fn name(&self) -> &str {
        &self.provider.info().name
    }

    /// The cases `--only` and `--skip` leave, each id checked.
    fn selected(&self) -> Result<Vec<Case>> {
        for id in self.only.iter().chain(&self.skip) {
            if cases::find(id).is_none() {
                let ids = cases::ALL.iter().map(|c| c.id());
                let hint = match crate::providers::closest(id, ids.clone()) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!("case ids: {}", ids.collect::<Vec<_>>().join(", ")),
                };
                return Err(Error::usage(format!("no probe case has the id `{id}`")).with_hint(hint));
            }
        }
        Ok(cases::ALL
            .iter()
            .copied()
            .filter(|c| self.only.is_empty() || self.only.iter().any(|o| o == c.id()))
            .filter(|c| !self.skip.iter().any(|s| s == c.id()))
            .collect())
    }

    /// Work out the scheme's shape and which cases apply, sending nothing.
    pub fn plan(&self) -> Result<Plan> {
        let selected = self.selected()?;
        let forge = self.forge();
        let sample = forge.valid()?;
        let shape = Shape::of(&forge, &sample, self.url.as_str())?;
        let (cases, not_applicable): (Vec<Case>, Vec<Case>) =
            selected.into_iter().partition(|c| c.applies(&shape));
        let mut handshake_skipped = None;
        let handshake = match self.provider.info().handshake_kind {
            Some(h) if h.code().is_some() && self.verification_code.is_none() => {
                handshake_skipped = Some(format!(
                    "the {} handshake needs --verification-code, so it is not probed",
                    self.name()
                ));
                None
            }
            Some(_) => Some(Challenge::of(
                self.provider.as_ref(),
                self.verification_code.as_deref(),
            )?),
            None => None,
        };
        Ok(Plan {
            shape,
            cases,
            not_applicable: not_applicable.into_iter().map(Case::id).collect(),
            handshake,
            handshake_skipped,
        })
    }

    fn setting<'a>(&'a self, forge: &'a Forge<'a>, plan: &'a Plan) -> Setting<'a> {
        Setting {
            forge,
            shape: &plan.shape,
            url: self.url.as_str(),
            skew: 2 * self.tolerance.as_secs().max(1) as i64,
        }
    }

    /// Each request as it would be sent, secrets masked: `--dry-run`.
    pub fn requests(&self, plan: &Plan) -> Result<Vec<(String, String, Delivery)>> {
        let forge = self.forge();
        let mut out = Vec::new();
        if let Some(hs) = &plan.handshake {
            let signer = self.signer();
            let request = hs.request(hs.signed().then_some(&signer))?;
            out.push((
                "baseline.handshake".to_string(),
                request.method.to_string(),
                forge.masked(&request.delivery),
            ));
        }
        out.push((
            "baseline.delivery".to_string(),
            "POST".into(),
            forge.masked(&forge.valid()?.delivery),
        ));
        let setting = self.setting(&forge, plan);
        for case in &plan.cases {
            for d in case.build(&setting)?.deliveries {
                out.push((case.id().to_string(), "POST".into(), forge.masked(&d)));
            }
        }
        Ok(out)
    }

    fn signer(&self) -> Signer<'_> {
        static NO_HEADERS: std::sync::OnceLock<crate::providers::Headers> = std::sync::OnceLock::new();
        Signer {
            provider: self.provider.as_ref(),
            key: &self.key,
            variant: &self.variant,
            event_type: None,
            extra: NO_HEADERS.get_or_init(Default::default),
        }
    }

    /// Send the baseline, then every planned case, and judge each answer.
    pub async fn run(&self, plan: &Plan) -> Result<Report> {
        let client = client::build(self.insecure, 1)?;
        let title_client = reqwest::Client::builder()
            .danger_accept_invalid_certs(self.insecure)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(10))
            .http1_title_case_headers()
            .build()
            .map_err(|e| Error::network(format!("cannot set up the HTTP client: {e}")))?;
        let forge = self.forge();
        // The handshake first, as the provider performs it when the URL is saved.
        let handshake = match &plan.handshake {
            Some(hs) => Some(self.handshake_row(&client, hs).await?),
            None => plan.handshake_skipped.clone().map(|why| {
                row(
                    "baseline.handshake",
                    "the provider's URL-verification handshake",
                    None,
                    "",
                    Verdict::Info,
                    why,
                )
            }),
        };
        let mut report = Report {
            provider: self.provider.id().to_string(),
            provider_name: self.name().to_string(),
            url: client::shown(&self.url),
            baseline: Baseline {
                delivery: self.baseline_row(&client, &forge.valid()?).await?,
                handshake,
            },
            transport: self.transport(&client).await,
            cases: Vec::new(),
            not_applicable: plan.not_applicable.clone(),
        };
        if !report.baseline.ok() {
            return Ok(report);
        }
        let setting = self.setting(&forge, plan);
        for case in &plan.cases {
            let attack = case.build(&setting)?;
            let via = if attack.title_case { &title_client } else { &client };
            report.cases.extend(self.attack_rows(via, *case, attack).await);
        }
        Ok(report)
    }

    async fn post(&self, client: &reqwest::Client, d: &Delivery) -> std::result::Result<Answer, Failure> {
        client::post(
            client,
            &d.posted_to(&self.url),
            &d.headers,
            d.body.clone(),
            self.deadline,
        )
        .await
    }

    async fn baseline_row(&self, client: &reqwest::Client, valid: &Forged) -> Result<Row> {
        let result = self.post(client, &valid.delivery).await;
        let about = "a valid delivery, signed exactly as the provider signs";
        let sent = format!("valid delivery, event id {}", valid.id);
        let mut r = match &result {
            Ok(a) if (200..300).contains(&a.status) => row("baseline.delivery", about, Some(Expect::Accept), &sent, Verdict::Pass, format!("accepted ({})", a.status)),
            Ok(a) if (300..400).contains(&a.status) => row("baseline.delivery", about, Some(Expect::Accept), &sent, Verdict::Fail, format!(
                "answered {} (a redirect): providers do not follow redirects, so every delivery fails", a.status
            )),
            Ok(a) => row("baseline.delivery", about, Some(Expect::Accept), &sent, Verdict::Fail, format!(
                "refused a valid delivery ({}): a receiver that refuses valid events cannot be judged; `hookctl send-test` shows the exchange",
                a.status
            )),
            Err(f @ Failure::Slow { .. }) => row("baseline.delivery", about, Some(Expect::Accept), &sent, Verdict::Fail, f.describe(self.name())),
            Err(f @ Failure::Connect(why)) if why.contains("TLS certificate refused") => {
                return Err(Error::network(f.describe(self.name())).with_hint(
                    "providers refuse to deliver to such an endpoint too; --insecure probes the receiver anyway",
                ))
            }
            Err(f @ Failure::Connect(_)) => {
                return Err(Error::network(f.describe(self.name()))
                    .with_hint(format!("is the receiver running and listening at {}?", client::shown(&self.url))))
            }
        };
        fill(&mut r, &result);
        Ok(r)
    }

    async fn handshake_row(&self, client: &reqwest::Client, hs: &Challenge) -> Result<Row> {
        let signer = self.signer();
        let request = hs.request(hs.signed().then_some(&signer))?;
        let url = request.url(&self.url);
        let result = client::send(
            client,
            request.method.clone(),
            &url,
            &request.delivery.headers,
            request.delivery.body.clone(),
            hs.deadline(self.provider.info().delivery_timeout),
        )
        .await;
        let judged = match &result {
            Ok(answer) => hs.judge(request.challenge.as_deref(), answer, Some(&self.key)),
            Err(f) => Err(f.describe(self.name())),
        };
        let (verdict, detail) = match judged {
            Ok(why) => (Verdict::Pass, format!("handshake passed: {why}")),
            Err(why) => (Verdict::Fail, format!("handshake failed: {why}")),
        };
        let mut r = row(
            "baseline.handshake",
            "the provider's URL-verification handshake",
            Some(Expect::Accept),
            &format!("{} handshake request", self.name()),
            verdict,
            detail,
        );
        fill(&mut r, &result);
        Ok(r)
    }

    /// For `https://`: whether the certificate is one providers accept (checked apart, without
    /// `--insecure`, with a HEAD request that is not a delivery).
    async fn transport(&self, client: &reqwest::Client) -> Vec<Row> {
        let _ = client;
        if self.url.scheme() != "https" {
            return Vec::new();
        }
        let about = "the certificate, as a provider checks it";
        let strict = match client::build(false, 1) {
            Ok(c) => c,
            Err(e) => {
                return vec![row(
                    "transport.certificate",
                    about,
                    None,
                    "HEAD",
                    Verdict::Info,
                    e.message,
                )]
            }
        };
        let result = client::send(
            &strict,
            reqwest::Method::HEAD,
            &self.url,
            &Default::default(),
            Vec::new(),
            self.deadline,
        )
        .await;
        let r = match result {
            Ok(_) => row(
                "transport.certificate",
                about,
                None,
                "HEAD",
                Verdict::Pass,
                "valid certificate for this host".into(),
            ),
            Err(f) => row(
                "transport.certificate",
                about,
                None,
                "HEAD",
                Verdict::Fail,
                format!(
                    "{}: providers refuse to deliver to this endpoint",
                    f.describe(self.name())
                ),
            ),
        };
        vec![Row {
            fix: Some("serve a certificate from a public CA, valid and for this host name".into()),
            ..r
        }]
    }

    async fn attack_rows(&self, client: &reqwest::Client, case: Case, attack: Attack) -> Vec<Row> {
        let mut results = Vec::new();
        for d in &attack.deliveries {
            results.push(self.post(client, d).await);
        }
        let first = &results[0];
        let (verdict, detail, forged) = judge(case.expect(), first);
        let mut rows = vec![Row {
            fix: (verdict == Verdict::Fail).then(|| case.fix().to_string()),
            accepted_forgery: forged,
            ..row(
                case.id(),
                case.about(),
                Some(case.expect()),
                &attack.sent,
                verdict,
                detail,
            )
        }];
        fill(&mut rows[0], first);
        if case == Case::Replay {
            if let Some(second) = results.get(1) {
                let (verdict, detail, _) = judge(Expect::Accept, second);
                let r = &mut rows[0];
                if verdict == Verdict::Fail && r.verdict != Verdict::Fail {
                    r.verdict = Verdict::Fail;
                    r.detail = format!("the second delivery of the same event: {detail}");
                    r.fix = Some(case.fix().to_string());
                }
                let same = match (first, second) {
                    (Ok(a), Ok(b)) => a.status == b.status && a.body == b.body,
                    _ => false,
                };
                let shape = |r: &std::result::Result<Answer, Failure>| match r {
                    Ok(a) => a.status.to_string(),
                    Err(f) => f.kind().to_string(),
                };
                let mut info = row(
                    cases::REPLAY_ANSWER,
                    "whether the repeated delivery was answered alike",
                    None,
                    &attack.sent,
                    Verdict::Info,
                    if same {
                        "both answers identical".into()
                    } else {
                        format!("answers differ: {} then {}", shape(first), shape(second))
                    },
                );
                fill(&mut info, second);
                rows.push(info);
            }
        }
        rows
    }
}

/// The verdict on an answer to a case that expects `expect`, and whether a forgery got in.
fn judge(expect: Expect, result: &std::result::Result<Answer, Failure>) -> (Verdict, String, bool) {
    match (expect, result) {
        (Expect::Refuse, Ok(a)) if (200..300).contains(&a.status) => (
            Verdict::Fail,
            format!("accepted a forged delivery ({})", a.status),
            true,
        ),
        (Expect::Refuse, Ok(a)) if (400..500).contains(&a.status) => {
            (Verdict::Pass, format!("refused ({})", a.status), false)
        }
        (Expect::Refuse, Ok(a)) if a.status >= 500 => (
            Verdict::Info,
            format!(
                "crashed instead of refusing ({}): counted as refused; answer 4xx",
                a.status
            ),
            false,
        ),
        (Expect::Refuse, Ok(a)) => (
            Verdict::Info,
            format!("answered {}: not accepted, but not a refusal either", a.status),
            false,
        ),
        (Expect::Accept, Ok(a)) if (200..300).contains(&a.status) => {
            (Verdict::Pass, format!("accepted ({})", a.status), false)
        }
        (Expect::Accept, Ok(a)) => (
            Verdict::Fail,
            format!(
                "refused a valid delivery ({}): the receiver would drop real events",
                a.status
            ),
            false,
        ),
        (_, Err(f @ Failure::Slow { .. })) => (
            Verdict::Fail,
            format!(
                "no answer within {}",
                humantime::format_duration(match f {
                    Failure::Slow { deadline } => *deadline,
                    Failure::Connect(_) => Duration::ZERO,
                })
            ),
            false,
        ),
        (_, Err(Failure::Connect(why))) => {
            (Verdict::Fail, format!("cannot reach the receiver: {why}"), false)
        }
    }
}

fn row(id: &str, about: &str, expect: Option<Expect>, sent: &str, verdict: Verdict, detail: String) -> Row {
    Row {
        id: id.to_string(),
        about: about.to_string(),
        expect,
        sent: sent.to_string(),
        status: None,
        latency_ms: None,
        verdict,
        detail,
        fix: None,
        accepted_forgery: false,
    }
}

fn fill(r: &mut Row, result: &std::result::Result<Answer, Failure>) {
    if let Ok(a) = result {
        r.status = Some(a.status);
        r.latency_ms = Some(crate::send::report::millis(a.latency));
    }
}
