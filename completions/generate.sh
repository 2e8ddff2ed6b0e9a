#!/usr/bin/env sh
# Regenerate the checked-in completion scripts from the current binary.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/hookctl
$bin completions bash > completions/hookctl.bash
$bin completions zsh > completions/_hookctl
$bin completions fish > completions/hookctl.fish
$bin completions powershell > completions/_hookctl.ps1
$bin completions elvish > completions/hookctl.elv
