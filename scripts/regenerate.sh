#!/usr/bin/env bash
# Regenerates the committed completion scripts and man page from the CLI
# definitions (a test fails when they are stale).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
BIN="${CARGO_TARGET_DIR:-target}/debug/ecomctl"
$BIN completions bash > completions/ecomctl.bash
$BIN completions zsh > completions/_ecomctl
$BIN completions fish > completions/ecomctl.fish
$BIN completions powershell > completions/_ecomctl.ps1
$BIN completions elvish > completions/ecomctl.elv
$BIN man > man/ecomctl.1
echo "regenerated completions/ and man/ecomctl.1"
