#!/usr/bin/env sh
# Regenerate doc/inspector.png, the README's picture of the web inspector: the browser test
# that fills the page with three deliveries saves it here. Needs the Debian packages chromium
# and chromium-driver.
set -eu
cd "$(dirname "$0")/.."
HOOKCTL_SCREENSHOT="$PWD/doc/inspector.png" \
  cargo test --quiet --locked --features browser --test browser a_screenshot_with_three_deliveries
