use std::process::ExitCode;

// glibc's malloc was about a tenth of `listen`'s CPU time under load (many small, short-lived
// allocations per request, freed on another worker thread); mimalloc's thread-local free lists
// cost a fraction of that (`benches/listen.sh`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    hookctl::run()
}
