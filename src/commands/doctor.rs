//! `hookctl doctor`: local checks for when nothing verifies. Runs even when the config file is
//! broken (that is one of the things it reports). Exit 1 when any check fails.

use colored::Colorize;

use crate::cli::{DoctorArgs, Format};
use crate::config::Config;
use crate::doctor::{self, Finding, Report, Status};
use crate::error::{Error, Kind, Result};
use crate::output;

pub fn run(args: &DoctorArgs, config_flag: Option<&std::path::Path>) -> Result<()> {
    let env_os = |k: &str| std::env::var_os(k);
    let env = |k: &str| std::env::var(k).ok();
    let path = Config::default_path(config_flag);
    let mut report = Report::default();
    let (config_finding, config) = doctor::files::config(path.as_deref());
    report.push(config_finding);
    if let Some(config) = &config {
        report.extend(doctor::files::secrets_on_disk(config, path.as_deref()));
        let (schemes, user_ids) = doctor::credentials::user_schemes(config);
        report.extend(schemes);
        let api_ids: Vec<&str> = crate::api::ALL.iter().map(|s| s.id).collect();
        report.extend(doctor::credentials::found(config, &user_ids, &api_ids, &env_os));
        report.push(doctor::clock::check(&base_urls(config), args.offline));
    }
    let shell = env("SHELL").and_then(|s| s.rsplit('/').next().map(str::to_string));
    let current = |name: &str| {
        let shell: clap_complete::Shell = name.parse().ok()?;
        let mut out = Vec::new();
        super::completions::generate(shell, &mut out);
        Some(out)
    };
    report.push(doctor::completions::check(shell.as_deref(), &env, &current));
    match args.output {
        Format::Json => {
            let mut v = serde_json::to_value(&report).expect("a report serialises");
            v["ok"] = report.ok().into();
            output::json(&v, false);
        }
        Format::Pretty => print(&report),
    }
    if report.ok() {
        Ok(())
    } else {
        Err(Error::silent(Kind::Check))
    }
}

/// Every `base_url` the config names, to compare the clock with.
fn base_urls(config: &Config) -> Vec<(String, String)> {
    let Some(providers) = config.doc.get("providers").and_then(toml::Value::as_table) else {
        return Vec::new();
    };
    providers
        .iter()
        .filter_map(|(id, t)| Some((id.clone(), t.get("base_url")?.as_str()?.to_string())))
        .collect()
}

fn print(report: &Report) {
    for f in &report.checks {
        output::data_line(line(f));
        if let (Some(hint), true) = (&f.hint, f.status != Status::Ok) {
            output::data_line(format!(
                "       {} {}",
                "hint:".cyan(),
                output::sanitize(hint, false)
            ));
        }
    }
    let summary = format!(
        "{} checks: {} failed, {} warnings",
        report.checks.len(),
        report.count(Status::Fail),
        report.count(Status::Warn)
    );
    output::data_line(if report.ok() {
        summary.green().to_string()
    } else {
        summary.red().bold().to_string()
    });
}

fn line(f: &Finding) -> String {
    let tag = match f.status {
        Status::Ok => "  ok ".green(),
        Status::Warn => "warn ".yellow(),
        Status::Fail => "FAIL ".red().bold(),
        Status::Skip => "skip ".dimmed(),
    };
    format!("{tag} {}", output::sanitize(&f.detail, false))
}
