//! Which way the layers point. `cli.rs`, `lib.rs`, `main.rs` and `commands/` read the command
//! line, turn clap's structs into domain values once (`commands::convert`) and call the domain:
//! every other file under `src/`. The domain never reaches back up, so it can be used and tested
//! without a command line.

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    /// The command layer, relative to `src/`: the only files that may name what is listed in
    /// `UPWARD`.
    const COMMAND_LAYER: &[&str] = &["cli.rs", "lib.rs", "main.rs", "commands"];

    /// Paths that lead from the domain back up into the command layer.
    const UPWARD: &[&str] = &["crate::cli", "crate::Context", "crate::commands", "clap::"];

    /// Names that, inside a `crate::{…}` group, are the same arrows written shorter.
    const UPWARD_IN_GROUP: &[&str] = &["cli", "Context", "commands"];

    fn src() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
    }

    /// Every `.rs` file of the domain, relative to `src/`.
    fn domain_files() -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("src/ is readable") {
                let path = entry.expect("src/ is readable").path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let root = src();
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&root).expect("src/ is readable") {
            let path = entry.expect("src/ is readable").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            // This file names the upward paths in order to look for them.
            if COMMAND_LAYER.contains(&name) || name == "layers.rs" {
                continue;
            }
            if path.is_dir() {
                walk(&path, &mut files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
        let mut files: Vec<PathBuf> = files
            .into_iter()
            .map(|p| p.strip_prefix(&root).expect("under src/").to_path_buf())
            .collect();
        files.sort();
        files
    }

    fn is_ident(c: char) -> bool {
        c.is_ascii_alphanumeric() || c == '_'
    }

    /// The upward paths `text` names outside comments.
    fn upward_imports(text: &str) -> Vec<String> {
        let code: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        let code = code.join("\n");
        let mut found = Vec::new();
        for needle in UPWARD {
            for (at, _) in code.match_indices(needle) {
                let before = code[..at].chars().next_back();
                let after = code[at + needle.len()..].chars().next();
                let whole =
                    !before.is_some_and(is_ident) && (needle.ends_with(':') || !after.is_some_and(is_ident));
                if whole {
                    found.push(needle.to_string());
                }
            }
        }
        for (at, _) in code.match_indices("crate::{") {
            if code[..at].chars().next_back().is_some_and(is_ident) {
                continue;
            }
            let group = &code[at + "crate::{".len()..];
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            // Only the group's top-level names: `crate::{a::{cli}}` is `a::cli`, not `cli`.
            let mut depth = 0;
            let top: String = group[..end]
                .chars()
                .map(|c| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        c
                    } else {
                        ' '
                    }
                })
                .collect();
            for item in top.split(',') {
                let head = item
                    .trim()
                    .split(|c: char| !is_ident(c))
                    .next()
                    .unwrap_or_default();
                if UPWARD_IN_GROUP.contains(&head) {
                    found.push(format!("crate::{{{head}}}"));
                }
            }
        }
        found
    }

    #[test]
    fn the_domain_never_imports_the_command_layer() {
        let files = domain_files();
        // The scan must see the files that used to import clap's structs, or it proves nothing.
        for must in [
            "keys.rs",
            "output.rs",
            "listen/keyring.rs",
            "providers/generic.rs",
        ] {
            assert!(files.contains(&PathBuf::from(must)), "{must} is not scanned");
        }
        let offenders: Vec<String> = files
            .iter()
            .filter_map(|f| {
                let text = std::fs::read_to_string(src().join(f)).expect("readable source file");
                let found = upward_imports(&text);
                (!found.is_empty()).then(|| format!("src/{}: {}", f.display(), found.join(", ")))
            })
            .collect();
        assert!(
            offenders.is_empty(),
            "domain files reach into the command layer (convert in `commands` instead):\n{}",
            offenders.join("\n")
        );
    }

    #[test]
    fn the_scan_finds_every_spelling_of_an_upward_import() {
        for bad in [
            "use crate::cli::KeyArgs;",
            "use crate::Context;",
            "fn f(ctx: &crate::Context) {}",
            "let now = crate::commands::unix_now();",
            "use crate::{cli::SecretArgs, error::Result};",
            "use crate::{\n    error::Error,\n    Context,\n};",
            "use clap::ValueEnum;",
        ] {
            assert!(!upward_imports(bad).is_empty(), "{bad}");
        }
        for fine in [
            "use crate::handshakes::{Context, Incoming};",
            "fn poll(cx: &mut std::task::Context<'_>) {}",
            "use crate::client::post;",
            "use crate::{error::Error, output::{Ui, ColorMode}};",
            "// crate::cli holds the flags",
            "    /// see crate::Context",
        ] {
            assert!(
                upward_imports(fine).is_empty(),
                "{fine}: {:?}",
                upward_imports(fine)
            );
        }
    }
}
