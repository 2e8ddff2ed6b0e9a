//! `hookctl providers`: the table of schemes, or one provider in detail.

use colored::Colorize;

use crate::cli::{Format, ProvidersArgs};
use crate::error::Result;
use crate::output;
use crate::providers::{GenericScheme, Info, Registry};

/// Whether `hookctl webhooks` can manage this provider's endpoints: it has an API client.
fn management_api(info: &Info) -> bool {
    crate::api::spec(&info.id).is_some()
}

/// The group a provider is listed under on a terminal.
fn category(info: &Info) -> &str {
    info.category.as_deref().unwrap_or("other")
}

/// One provider as `hookctl providers -o json` shows it: its facts, in this order, and
/// whether it has a management API.
struct Listing<'a>(&'a Info);

impl serde::Serialize for Listing<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let info = self.0;
        let mut out = s.serialize_struct("Info", 11)?;
        out.serialize_field("id", &info.id)?;
        out.serialize_field("name", &info.name)?;
        out.serialize_field("headers", &info.headers)?;
        out.serialize_field("algorithm", &info.algorithm)?;
        out.serialize_field("signed_input", &info.signed_input)?;
        out.serialize_field("encoding", &info.encoding)?;
        out.serialize_field("handshake", &info.handshake)?;
        out.serialize_field("management_api", &management_api(info))?;
        out.serialize_field("delivery_timeout", &info.delivery_timeout.as_secs_f64())?;
        out.serialize_field("notes", &info.notes)?;
        out.serialize_field("category", &category(info))?;
        out.end()
    }
}

pub fn run(args: &ProvidersArgs, providers: &Registry) -> Result<()> {
    if let Some(id) = &args.provider {
        let p = providers.lookup(id, &GenericScheme::default())?;
        return detail(p.info(), p.catalog().events.len(), args.output);
    }
    // The user's own schemes (config `[schemes.<name>]`) are listed after the built-ins.
    let infos: Vec<&Info> = providers.all().map(|p| p.info()).collect();
    match args.output {
        Format::Json => output::json(
            &serde_json::to_value(infos.iter().map(|i| Listing(i)).collect::<Vec<_>>())
                .expect("Info serialises"),
            false,
        ),
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
                        if management_api(i) { "yes" } else { "no" }.to_string(),
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
            let width = crate::table::stdout_width(args.wide);
            let as_vecs = |order: &mut dyn Iterator<Item = usize>| -> Vec<Vec<String>> {
                order.map(|i| rows[i].to_vec()).collect()
            };
            if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                // A person reading: the same rows grouped by category, and how many there are.
                let categories: Vec<&str> = infos.iter().map(|i| category(i)).collect();
                let groups = grouped(&categories);
                let mut order = groups.iter().flat_map(|g| g.rows.iter().copied());
                let mut ordered = as_vecs(&mut order);
                ordered.push(rows[infos.len()].to_vec());
                let lines = crate::table::lines(&head, &ordered, width);
                output::data_line(lines[0].bold().to_string());
                let mut body = lines[1..].iter();
                for group in &groups {
                    output::data_line(
                        format!("{} ({})", group.name, group.rows.len())
                            .bold()
                            .to_string(),
                    );
                    for line in body.by_ref().take(group.rows.len()) {
                        output::data_line(line);
                    }
                }
                for line in body {
                    output::data_line(line);
                }
                output::data_line(format!(
                    "{} providers, and `generic` for a scheme given by flags",
                    infos.len()
                ));
            } else {
                let lines = crate::table::lines(&head, &as_vecs(&mut (0..rows.len())), width);
                for line in &lines {
                    output::data_line(line);
                }
            }
        }
    }
    Ok(())
}

/// Rows under one category heading, in listing order.
struct Group<'a> {
    name: &'a str,
    rows: Vec<usize>,
}

/// The row indexes of each category, categories in the order they first appear.
fn grouped<'a>(categories: &[&'a str]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for (i, &name) in categories.iter().enumerate() {
        match groups.iter_mut().find(|g| g.name == name) {
            Some(g) => g.rows.push(i),
            None => groups.push(Group { name, rows: vec![i] }),
        }
    }
    groups
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
        let mut v = serde_json::to_value(Listing(info)).expect("Info serialises");
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
            if management_api(info) { "yes" } else { "no" }.into(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::builtins;

    #[test]
    fn every_builtin_has_a_category_and_groups_keep_listing_order() {
        for p in builtins() {
            assert!(p.info().category.is_some(), "{} has no category", p.id());
        }
        let groups = grouped(&["payments", "dev tools", "payments", "email"]);
        let shape: Vec<(&str, Vec<usize>)> = groups.iter().map(|g| (g.name, g.rows.clone())).collect();
        assert_eq!(
            shape,
            [
                ("payments", vec![0, 2]),
                ("dev tools", vec![1]),
                ("email", vec![3])
            ]
        );
    }

    #[test]
    fn management_api_is_whether_an_api_client_exists() {
        for p in builtins() {
            assert_eq!(
                management_api(p.info()),
                ["noones", "noko", "novatrade24", "cryptohopper"].contains(&p.id()),
                "{}",
                p.id()
            );
        }
    }
}
