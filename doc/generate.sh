#!/usr/bin/env sh
# Regenerate the checked-in man pages from the clap definition (clap_mangen).
set -eu
cd "$(dirname "$0")/.."
HOOKCTL_BLESS=1 cargo test --quiet --test cli man_page >/dev/null
