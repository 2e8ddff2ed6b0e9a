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
    let events: Vec<(&str, &str)> = choices
        .iter()
        .map(|e| (e.name.as_str(), e.description.as_str()))
        .collect();
    // dialoguer draws on stderr: its size is the one to fit.
    let (rows, cols) = terminal_size::terminal_size_of(std::io::stderr())
        .map_or((24, 80), |(w, h)| (h.0 as usize, w.0 as usize));
    let picker = Picker::fit(spec.name, &events, rows, cols);
    let picked = dialoguer::MultiSelect::new()
        .with_prompt(&picker.prompt)
        .items(&picker.items)
        .max_length(picker.page)
        .interact_opt()
        .map_err(|e| Error::usage(format!("could not read from the terminal: {e}")))?
        .ok_or_else(|| Error::usage("cancelled; nothing was created"))?;
    if picked.is_empty() {
        return Err(Error::usage("no events selected").with_hint("select at least one, or pass --event"));
    }
    Ok(picked.into_iter().map(|i| choices[i].name.clone()).collect())
}

/// The event picker fitted to a terminal of `rows` × `cols`: one page at a time, each item on
/// one line. dialoguer redraws a page by moving up one line for each it drew, so a page taller
/// than the screen, or a line the terminal wraps, would leave copies in the scrollback at every
/// key press.
#[derive(Debug)]
struct Picker {
    prompt: String,
    items: Vec<String>,
    /// Items a page.
    page: usize,
}

/// What dialoguer writes before an item ("> [x] ") and after the prompt (": [Page 9/9] ").
const ITEM_PREFIX: usize = 6;

impl Picker {
    fn fit(provider: &str, events: &[(&str, &str)], rows: usize, cols: usize) -> Picker {
        let cols = cols.max(20);
        // One column spare, so no line ends in the last one (where some terminals wrap).
        let line = cols - 1;
        let marker = format!(": [Page {n}/{n}] ", n = events.len()).chars().count();
        let prompt = [
            format!("{provider} events (space selects, a toggles all, enter confirms, Esc or q cancels)"),
            format!("{provider} events (space, a: all, enter; Esc: cancel)"),
        ]
        .into_iter()
        .find(|p| p.chars().count() + marker <= line)
        .unwrap_or_else(|| format!("{provider} events"));
        let prompt_lines = (prompt.chars().count() + marker).div_ceil(line);
        let items = events
            .iter()
            .map(|(name, description)| cut(&format!("{name} — {description}"), line - ITEM_PREFIX))
            .collect();
        // The prompt, a page, the line the cursor rests on, and one spare.
        let page = rows.saturating_sub(prompt_lines + 2).max(3);
        Picker { prompt, items, page }
    }
}

/// `text` in at most `width` characters, ending in `…` when cut.
fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn noko() -> Vec<(String, String)> {
        let noko = crate::providers::builtins()
            .iter()
            .find(|p| p.id() == "noko")
            .cloned()
            .expect("built in");
        noko.catalog()
            .events
            .iter()
            .map(|e| (e.name.clone(), e.description.clone()))
            .collect()
    }

    /// Each page as dialoguer draws it: the prompt with its page marker, wrapped at `cols`,
    /// then one line per item, then the line the cursor rests on.
    fn frames(p: &Picker, cols: usize) -> Vec<(usize, Vec<String>)> {
        let pages = p.items.len().div_ceil(p.page);
        p.items
            .chunks(p.page)
            .enumerate()
            .map(|(i, chunk)| {
                let prompt = format!("{}: [Page {}/{pages}] ", p.prompt, i + 1);
                let wrapped: usize = prompt.chars().count().div_ceil(cols);
                let lines: Vec<String> = chunk.iter().map(|item| format!("  [ ] {item}")).collect();
                (wrapped + lines.len() + 1, lines)
            })
            .collect()
    }

    #[test]
    fn a_20_row_terminal_pages_the_38_noko_events_and_never_overflows() {
        let events = noko();
        assert_eq!(events.len(), 38);
        let pairs: Vec<(&str, &str)> = events.iter().map(|(n, d)| (n.as_str(), d.as_str())).collect();
        for (rows, cols) in [(20, 80), (20, 100), (20, 60), (20, 40), (24, 132), (50, 80)] {
            let p = Picker::fit("Noko", &pairs, rows, cols);
            let frames = frames(&p, cols);
            if rows == 20 {
                assert!(frames.len() > 1, "{rows}×{cols}: 38 events do not fit one page");
            }
            for (i, (height, lines)) in frames.iter().enumerate() {
                assert!(
                    *height <= rows,
                    "{rows}×{cols}: page {} takes {height} lines",
                    i + 1
                );
                for line in lines {
                    assert!(line.chars().count() < cols, "{rows}×{cols}: `{line}` wraps");
                }
            }
            // Paging shows the rest: every event, in order, on some page.
            let shown: Vec<&String> = frames.iter().flat_map(|(_, l)| l).collect();
            assert_eq!(shown.len(), 38);
            for (line, (name, description)) in shown.iter().zip(&events) {
                let item = line.strip_prefix("  [ ] ").unwrap();
                let whole = format!("{name} — {description}");
                match item.strip_suffix('…') {
                    Some(kept) => assert!(whole.starts_with(kept), "{item}"),
                    None => assert_eq!(item, whole),
                }
            }
        }
        // On 20 × 80 the hint is the short one, so the page stays as tall as it can be.
        let p = Picker::fit("Noko", &pairs, 20, 80);
        assert_eq!(p.page, 17);
        assert!(p.prompt.starts_with("Noko events ("), "{}", p.prompt);
        let p = Picker::fit("Noko", &pairs, 20, 120);
        assert!(p.prompt.contains("space selects"), "{}", p.prompt);
    }

    #[test]
    fn items_are_cut_to_the_width_with_an_ellipsis() {
        assert_eq!(cut("abcdef", 6), "abcdef");
        assert_eq!(cut("abcdefg", 6), "abcde…");
        assert_eq!(cut("entry — é", 9), "entry — é");
    }
}
