//! Arbitrary bytes as one client connection to `hookctl listen` (the head guard, hyper, the
//! handler, verification and dedup for every provider that auto-detection may pick): no input
//! may panic, hang or answer without a status line.
//!
//!   cargo install cargo-fuzz && cargo +nightly fuzz run listen_request -- -max_total_time=600
#![no_main]

use std::sync::OnceLock;

use hookctl::commands::listen::Harness;
use libfuzzer_sys::fuzz_target;

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        // A secret for auto-detected deliveries to be verified, not only refused as unsigned.
        std::env::set_var("HOOKCTL_NOKO_SECRET", "fuzz-secret");
        std::env::set_var("HOOKCTL_CONFIG", "/nonexistent/hookctl-fuzz.toml");
        Harness::new(&["--port", "0", "-o", "json", "--header-timeout", "1s", "--body-timeout", "1s"])
            .expect("listen arguments")
    })
}

fuzz_target!(|data: &[u8]| {
    let answer = harness().serve(data);
    // Whatever came in, anything answered starts with a status line.
    if !answer.is_empty() {
        assert!(answer.starts_with(b"HTTP/1."), "{:?}", String::from_utf8_lossy(&answer[..answer.len().min(64)]));
    }
});
