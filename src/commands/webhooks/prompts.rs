//! Questions on a terminal: a missing value, the events to subscribe, and a confirmation before
//! an action that cannot be undone. Without a terminal (or with --no-input, or in CI) each one
//! is a usage error naming the flag to pass instead.

use super::mapping::{Confirmation, Destructive};
use crate::api::{Rotation, Spec};
use crate::error::{Error, Result};
use crate::output::Ui;
use crate::providers;

pub fn ask_text(ui: &Ui, prompt: &str, flag: &str) -> Result<String> {
    if !ui.interactive {
        return Err(
            Error::usage(format!("{} is missing", prompt.to_ascii_lowercase())).with_hint(format!(
                "pass {flag} (no prompt without a terminal, with --no-input or in CI)"
            )),
        );
    }
    dialoguer::Input::<String>::new()
        .with_prompt(prompt)
        .interact_text()
        .map(|s| s.trim().to_string())
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))
}

pub fn pick_events(spec: &Spec, catalog: &providers::Catalog, ui: &Ui) -> Result<Vec<String>> {
    let choices: Vec<&providers::catalog::EventDef> = catalog
        .events
        .iter()
        .filter(|e| !e.handshake || spec.handshake_subscribable)
        .collect();
    if !ui.interactive {
        return Err(Error::usage("no events given").with_hint(format!(
            "pass --event EVENT (repeatable); `hookctl events --provider {}` lists them",
            spec.id
        )));
    }
    let items: Vec<String> = choices
        .iter()
        .map(|e| format!("{} — {}", e.name, e.description))
        .collect();
    // One page at a time, so each key press redraws in place rather than into scrollback.
    let rows = terminal_size::terminal_size().map_or(24, |(_, terminal_size::Height(h))| h as usize);
    let picked = dialoguer::MultiSelect::new()
        .with_prompt(format!(
            "{} events (space selects, a toggles all, enter confirms, Esc or q cancels)",
            spec.name
        ))
        .items(&items)
        .max_length(rows.saturating_sub(3).max(3))
        .interact_opt()
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))?
        .ok_or_else(|| Error::usage("cancelled; nothing was created"))?;
    if picked.is_empty() {
        return Err(Error::usage("no events selected").with_hint("select at least one, or pass --event"));
    }
    Ok(picked.into_iter().map(|i| choices[i].name.clone()).collect())
}

/// Delete and rotate-secret ask first on a terminal; without one they need --yes.
pub fn confirm(c: &Confirmation, spec: &Spec, ui: &Ui) -> Result<()> {
    let what = match (c.of, spec.rotation) {
        (Destructive::Delete, _) => "delete",
        (Destructive::RotateSecret, Rotation::Recreate) => {
            "rotate the secret of (delete and re-create, which changes its id)"
        }
        (Destructive::RotateSecret, Rotation::InPlace) => {
            "rotate the secret of (the old secret stops working)"
        }
    };
    let id = &c.id;
    if c.yes {
        return Ok(());
    }
    if !ui.interactive {
        return Err(Error::usage(format!(
            "refusing to {} {id} without confirmation",
            what.split(' ').next().unwrap_or(what)
        ))
        .with_hint("pass --yes to confirm (no prompt without a terminal, with --no-input or in CI)"));
    }
    let ok = dialoguer::Confirm::new()
        .with_prompt(format!("{what} {} webhook {id}?", spec.name))
        .default(false)
        .interact()
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))?;
    if ok {
        Ok(())
    } else {
        Err(Error::usage("cancelled; nothing was changed"))
    }
}

/// After answering prompts, what is about to be created, and a last chance to say no: a key
/// pressed by mistake must not create an endpoint.
pub fn confirm_create(spec: &Spec, new: &crate::api::NewEndpoint, ui: &Ui) -> Result<()> {
    let name = new
        .name
        .as_deref()
        .map(|n| format!(" named {:?}", crate::output::sanitize(n, false)))
        .unwrap_or_default();
    let n = new.events.len();
    let shown: Vec<&str> = new.events.iter().take(5).map(String::as_str).collect();
    let more = if n > 5 {
        format!(", … {} more", n - 5)
    } else {
        String::new()
    };
    ui.status(format!(
        "about to create a {} webhook{name} to {} for {n} event{} ({}{more})",
        spec.name,
        crate::output::sanitize(&new.url, false),
        if n == 1 { "" } else { "s" },
        shown.join(", ")
    ));
    let ok = dialoguer::Confirm::new()
        .with_prompt("Create?")
        .default(false)
        .interact_opt()
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))?;
    match ok {
        Some(true) => Ok(()),
        _ => Err(Error::usage("cancelled; nothing was created")),
    }
}
