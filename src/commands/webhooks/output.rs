//! What `hookctl webhooks` prints: the provider's JSON unchanged with `--output json`, else
//! tables and a detail view, every cell sanitised (provider text is untrusted).

use colored::Colorize;

use crate::api::{Delivery, Endpoint, Reply, View};
use crate::output::{self, Ui};

/// Notes, then the JSON document or the view for people, then a newly issued secret.
pub fn show(reply: &Reply, json: bool, ui: &Ui) {
    for note in &reply.notes {
        ui.status(format!(
            "{} {}",
            "note:".cyan().bold(),
            output::sanitize(note, false)
        ));
    }
    if json {
        output::json(&reply.json, false);
        return;
    }
    match &reply.view {
        View::Endpoints(rows) if rows.is_empty() => ui.status("no webhook endpoints"),
        View::Endpoints(rows) => endpoint_table(rows),
        View::Endpoint(ep) => endpoint_detail(ep),
        View::Deliveries(rows) if rows.is_empty() => ui.status("no deliveries"),
        View::Deliveries(rows) => delivery_table(rows),
        View::Done(message) => output::data_line(output::sanitize(message, false)),
    }
    if let Some(secret) = &reply.secret {
        output::data_line(format!(
            "{} {}",
            "signing secret (shown only this once; store it now):"
                .yellow()
                .bold(),
            output::sanitize(secret, false)
        ));
    }
}

fn endpoint_table(rows: &[Endpoint]) {
    // A NAME column only for providers whose endpoints carry names.
    let named = rows.iter().any(|r| !r.name.is_empty());
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.id.clone()];
            if named {
                row.push(r.name.clone());
            }
            row.extend([r.url.clone(), r.status.clone(), r.events.join(", ")]);
            row
        })
        .collect();
    if named {
        table(&["ID", "NAME", "URL", "STATUS", "EVENTS"], &cells);
    } else {
        table(&["ID", "URL", "STATUS", "EVENTS"], &cells);
    }
}

fn delivery_table(rows: &[Delivery]) {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.id.clone(),
                r.event.clone(),
                r.status.clone(),
                r.http_status.clone(),
                r.at.clone(),
            ]
        })
        .collect();
    table(&["ID", "EVENT", "STATUS", "HTTP", "AT"], &cells);
}

/// Columns fitted to the terminal (whole cells in a pipe); every cell sanitised (provider
/// text is untrusted).
fn table(headers: &[&str], rows: &[Vec<String>]) {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| output::sanitize(c, false)).collect())
        .collect();
    let lines = crate::table::lines(headers, &rows, crate::table::stdout_width(false));
    output::data_line(lines[0].bold().to_string());
    for line in &lines[1..] {
        output::data_line(line);
    }
}

fn endpoint_detail(ep: &Endpoint) {
    let mut fields: Vec<(String, String)> = vec![
        ("id".into(), ep.id.clone()),
        ("name".into(), ep.name.clone()),
        ("url".into(), ep.url.clone()),
        ("status".into(), ep.status.clone()),
        ("events".into(), ep.events.join(", ")),
    ];
    fields.extend(ep.extra.iter().cloned());
    fields.retain(|(_, v)| !v.is_empty());
    let width = fields.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    for (k, v) in fields {
        let pad = " ".repeat(width - k.chars().count());
        output::data_line(format!(
            "{}{pad}  {}",
            output::sanitize(&k, false).bold(),
            output::sanitize(&v, false)
        ));
    }
}
