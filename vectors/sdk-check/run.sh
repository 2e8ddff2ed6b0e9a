#!/usr/bin/env bash
# Manual check (needs the npm registry, so it is not part of `cargo test`): every catalog sample
# of Paddle, Stripe, Svix (and Clerk, Resend), Standard Webhooks, GitHub, Linear and Twilio, as
# `hookctl send-test` sends it, is accepted by the provider's official SDK.
# Usage: bash vectors/sdk-check/run.sh        (from the repository root; builds hookctl first)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cargo build --quiet --manifest-path "$repo/Cargo.toml"
work=${SDK_CHECK_DIR:-/tmp/hookctl-sdk-check}
mkdir -p "$work"
cp "$repo/vectors/sdk-check/package.json" "$repo/vectors/sdk-check/check.mjs" "$work/"
(cd "$work" && npm install --silent --no-audit --no-fund)
HOOKCTL="$repo/target/debug/hookctl" CATALOG="$repo/src/providers/catalog" node "$work/check.mjs"
