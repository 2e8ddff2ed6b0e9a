//! `hookctl providers`: the table of schemes, or one provider in detail.

use colored::Colorize;

use crate::cli::{Format, ProvidersArgs};
use crate::error::Result;
use crate::output;
use crate::providers::{GenericScheme, Info, Registry};

pub fn run(args: &ProvidersArgs, providers: &Registry) -> Result<()> {
    if let Some(id) = &args.provider {
        let p = providers.lookup(id, &GenericScheme::default())?;
        return detail(p.info(), p.catalog().events.len(), args.output);
    }
    // The user's own schemes (config `[schemes.<name>]`) are listed after the built-ins.
    let infos: Vec<&Info> = providers.all().map(|p| p.info()).collect();
    match args.output {
        Format::Json => output::json(&serde_json::to_value(&infos).expect("Info serialises"), false),
        Format::Pretty => {
            let rows: Vec<[String; 7]> = infos
                .iter()
                .map(|i| {
                    [
                        i.id.clone(),
                        i.headers.clone(),
                        i.algorithm.clone(),
                        i.signed_input.clone(),
                        i.encoding.clone(),
                        i.handshake.clone(),
                        if i.management_api() { "yes" } else { "no" }.to_string(),
                    ]
                })
                .chain(std::iter::once(generic_row()))
                .collect();
            let head = [
                "ID",
                "HEADER(S)",
                "ALGORITHM",
                "SIGNED INPUT",
                "ENCODING",
                "HANDSHAKE",
                "API",
            ];
            let widths: Vec<usize> = (0..7)
                .map(|c| {
                    rows.iter()
                        .map(|r| r[c].chars().count())
                        .chain([head[c].len()])
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            let line = |cells: &[String]| {
                cells
                    .iter()
                    .zip(&widths)
                    .map(|(c, w)| format!("{c:w$}"))
                    .collect::<Vec<_>>()
                    .join("  ")
                    .trim_end()
                    .to_string()
            };
            output::data_line(line(&head.map(String::from)).bold().to_string());
            for r in &rows {
                output::data_line(line(r));
            }
        }
    }
    Ok(())
}

fn generic_row() -> [String; 7] {
    [
        "generic".into(),
        "--header NAME".into(),
        "--algorithm sha1|sha256|sha512".into(),
        "--template '{body}'".into(),
        "--encoding hex|base64".into(),
        "none".into(),
        "no".into(),
    ]
}

fn detail(info: &Info, events: usize, format: Format) -> Result<()> {
    if format == Format::Json {
        let mut v = serde_json::to_value(info).expect("Info serialises");
        v["events"] = events.into();
        output::json(&v, false);
        return Ok(());
    }
    let rows = [
        ("Provider", format!("{} ({})", info.name, info.id)),
        ("Headers", info.headers.clone()),
        ("Algorithm", info.algorithm.clone()),
        ("Signed input", info.signed_input.clone()),
        ("Encoding", info.encoding.clone()),
        ("Handshake", info.handshake.clone()),
        (
            "Management API",
            if info.management_api() { "yes" } else { "no" }.into(),
        ),
        (
            "Delivery timeout",
            humantime::format_duration(info.delivery_timeout).to_string(),
        ),
        (
            "Events",
            format!("{events} (hookctl events --provider {})", info.id),
        ),
    ];
    for (k, v) in rows {
        output::data_line(format!("{} {v}", format!("{:17}", format!("{k}:")).bold()));
    }
    if !info.notes.is_empty() {
        output::data_line("Inferred or unknown (safe default taken):".bold().to_string());
        for n in &info.notes {
            output::data_line(format!("  - {n}"));
        }
    }
    Ok(())
}
