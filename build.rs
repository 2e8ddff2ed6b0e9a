//! Compiles in every event catalog under `src/providers/catalog/`, found by file name, so a new
//! provider needs its `builtin.toml` table and its catalog file and no list of either.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/providers/catalog");
    println!("cargo:rerun-if-changed={}", dir.display());
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
