//! Compiles in every event catalog under `src/providers/catalog/`, found by file name, so a new
//! provider needs its `builtin.toml` table and its catalog file and no list of either. Also
//! records the build facts `hookctl --version` prints (commit, its date, target, features).

use std::fmt::Write;
use std::path::Path;

fn main() {
    build_facts();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/providers/catalog");
    // Relative to the package root: an absolute path would keep watching the checkout that
    // first built this target directory (a target copied to another worktree).
    println!("cargo:rerun-if-changed=src/providers/catalog");
    let mut found: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable catalog directory").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let id = p.file_stem().expect("a file name").to_string_lossy().into_owned();
            (id, p.display().to_string())
        })
        .collect();
    found.sort();
    let mut out = String::from("/// Each built-in catalog by id (its file name), sorted by id.\n");
    out.push_str("pub static BUILTIN: &[(&str, &str)] = &[\n");
    for (id, path) in &found {
        writeln!(out, "    ({id:?}, include_str!({path:?})),").expect("writing to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogs.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// `HOOKCTL_COMMIT`, `HOOKCTL_COMMIT_DATE`, `HOOKCTL_TARGET`, `HOOKCTL_FEATURES` for `--version`.
/// The date is the commit's, not the clock's, so a rebuild of one commit prints the same facts.
fn build_facts() {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let commit = git(&["rev-parse", "--short=12", "HEAD"]);
    let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some();
    let date = git(&["log", "-1", "--format=%cs"]);
    for path in ["HEAD", "index"] {
        if let Some(p) = git(&["rev-parse", "--git-path", path]) {
            let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(p);
            println!("cargo:rerun-if-changed={}", p.display());
        }
    }
    if let Some(refs) = git(&["rev-parse", "--symbolic-full-name", "HEAD"]) {
        if let Some(p) = git(&["rev-parse", "--git-path", &refs]) {
            let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(p);
            println!("cargo:rerun-if-changed={}", p.display());
        }
    }
    let commit = match commit {
        Some(c) if dirty => format!("{c}-modified"),
        Some(c) => c,
        None => "unknown".into(),
    };
    let mut features: Vec<String> = std::env::vars()
        .filter_map(|(k, _)| {
            k.strip_prefix("CARGO_FEATURE_")
                .map(|f| f.to_lowercase().replace('_', "-"))
        })
        .collect();
    features.sort();
    let features = if features.is_empty() {
        "none".to_string()
    } else {
        features.join(",")
    };
    let target = std::env::var("TARGET").unwrap_or_else(|_| "unknown".into());
    println!("cargo:rustc-env=HOOKCTL_COMMIT={commit}");
    println!(
        "cargo:rustc-env=HOOKCTL_COMMIT_DATE={}",
        date.as_deref().unwrap_or("unknown")
    );
    println!("cargo:rustc-env=HOOKCTL_TARGET={target}");
    println!("cargo:rustc-env=HOOKCTL_FEATURES={features}");
}
