//! `hookctl events --provider P [TYPE]`: a provider's event types, or one sample payload.

use crate::cli::{EventsArgs, Format};
use crate::error::Result;
use crate::output::{self, Ui};
use crate::providers::{GenericScheme, Registry};

pub fn run(args: &EventsArgs, providers: &Registry, ui: &Ui) -> Result<()> {
    let provider = providers.lookup(&args.provider, &GenericScheme::default())?;
    let catalog = provider.catalog();
    if let Some(name) = &args.event {
        let event = catalog.require(name)?;
        match args.output {
            Format::Json => output::json(&event.sample, false),
            Format::Pretty => output::data_line(output::pretty_json(&event.sample)),
        }
        return Ok(());
    }
    match args.output {
        Format::Json => {
            let list: Vec<_> = catalog
                .events
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "type": e.name, "description": e.description, "category": e.category,
                        "handshake": e.handshake, "note": e.note,
                    })
                })
                .collect();
            output::json(&serde_json::Value::Array(list), false);
        }
        Format::Pretty if catalog.events.is_empty() => ui.status(format!(
            "{} has no event samples: name a built-in catalog with `catalog = \"<id>\"` in its \
             [schemes.{}] table, or give send-test your own body with --data",
            provider.info().name,
            provider.id()
        )),
        Format::Pretty => {
            let width = catalog.events.iter().map(|e| e.name.len()).max().unwrap_or(0);
            for e in &catalog.events {
                let mark = if e.handshake { " (handshake)" } else { "" };
                output::data_line(format!("{:width$}  {}{mark}", e.name, e.description));
            }
        }
    }
    Ok(())
}
