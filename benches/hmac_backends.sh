#!/usr/bin/env bash
# A/B of the HMAC-SHA512 backends hookctl could use, against openssl on the same file in the
# same run: sha2 (its AVX2 path), sha2 with its `asm` feature (sha2-asm, built with gcc), ring
# (its assembly, already built for rustls) and graviola (assembly in Rust, x86_64 and aarch64). Each is a release build with hookctl's profile;
# the figure is the median of 7 runs, the backends and openssl taking turns.
# Usage: bash benches/hmac_backends.sh [SIZE_MB]   (default 200; needs crates.io for sha2-asm)
# Why ring: sha2's `asm` code is only its fallback for CPUs without AVX2, so it changes nothing
# where AVX2 exists (sha2 0.10's src/sha512.rs). aws-lc-rs (builds with gcc alone too) measured
# the same as ring here (0.90x openssl), for a much larger C build, so it is not in this A/B.
set -euo pipefail
size_mb=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ab/src"
cat > "$work/ab/Cargo.toml" <<'TOML'
[package]
name = "hmac-ab"
version = "0.1.0"
edition = "2021"
[dependencies]
hmac = "0.12"
sha2 = "0.10"
ring = "0.17"
graviola = "0.3"
[features]
asm = ["sha2/asm"]
[profile.release]
lto = "fat"
codegen-units = 1
TOML
cat > "$work/ab/src/main.rs" <<'RS'
use std::io::Read;
use hmac::{Hmac, Mac};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut file = std::fs::File::open(&args[2]).unwrap();
    let mut buf = vec![0u8; 256 * 1024];
    let mac: Vec<u8> = if args[1] == "ring" {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA512, b"bench-secret");
        let mut ctx = ring::hmac::Context::with_key(&key);
        loop { let n = file.read(&mut buf).unwrap(); if n == 0 { break; } ctx.update(&buf[..n]); }
        ctx.sign().as_ref().to_vec()
    } else if args[1] == "graviola" {
        let mut ctx = graviola::hashing::hmac::Hmac::<graviola::hashing::Sha512>::new(b"bench-secret");
        loop { let n = file.read(&mut buf).unwrap(); if n == 0 { break; } ctx.update(&buf[..n]); }
        ctx.finish().as_ref().to_vec()
    } else {
        let mut m = Hmac::<sha2::Sha512>::new_from_slice(b"bench-secret").unwrap();
        loop { let n = file.read(&mut buf).unwrap(); if n == 0 { break; } m.update(&buf[..n]); }
        m.finalize().into_bytes().to_vec()
    };
    println!("{}", mac.iter().map(|b| format!("{b:02x}")).collect::<String>());
}
RS
(cd "$work/ab" && cargo build --release -q && cp target/release/hmac-ab ../plain \
  && cargo build --release -q --features asm && cp target/release/hmac-ab ../asm)
head -c $((size_mb * 1024 * 1024)) /dev/urandom > "$work/body"
want=$(openssl dgst -sha512 -hmac bench-secret -r "$work/body" | cut -d' ' -f1)
for run in "plain sha2" "asm sha2" "plain ring" "plain graviola"; do
  set -- $run
  [ "$("$work/$1" "$2" "$work/body")" = "$want" ] || { echo "$1 $2 computes another MAC" >&2; exit 1; }
done
ms() { local t0 t1; t0=$(date +%s%N); "$@" > /dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
declare -A t
for _ in 1 2 3 4 5 6 7; do
  t[openssl]+="$(ms openssl dgst -sha512 -hmac bench-secret "$work/body") "
  t[sha2]+="$(ms "$work/plain" sha2 "$work/body") "
  t[sha2-asm]+="$(ms "$work/asm" sha2 "$work/body") "
  t[ring]+="$(ms "$work/plain" ring "$work/body") "
  t[graviola]+="$(ms "$work/plain" graviola "$work/body") "
done
median() { printf '%s\n' $1 | sort -n | sed -n 4p; }
o=$(median "${t[openssl]}")
printf '%-10s %10s %8s\n' backend "median ms" "vs openssl"
for b in openssl sha2 sha2-asm ring graviola; do
  m=$(median "${t[$b]}")
  printf '%-10s %10s %8s\n' "$b" "$m" "$(python3 -c "print(f'{$o/$m:.2f}')")"
done
