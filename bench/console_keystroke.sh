#!/usr/bin/env bash
# `ecomctl console`, find as you type (docs/design.md "The numbers"):
#   a keystroke to redrawn results, median ≤ 50 ms, over a 200,000-order index.
# Drives the console on a pseudo-terminal (bench/console_pty.py) typing
# customer e-mails a character at a time, ten keys a second, and times each
# key from the write to the screen showing that text's results.
#
#   bench/console_keystroke.sh [KEYS]   (default 200 keystrokes)
#   BENCH_INDEX_ORDERS=200000           orders in the index
#
# Against the fake Meilisearch (realistic timing) unless MEILI_URL is set:
# the issue's bar is for a real Meilisearch.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
KEYS="${1:-200}"
ORDERS="${BENCH_INDEX_ORDERS:-200000}"

bench_build
bench_meili
# A real server is shared: its index goes when the run ends.
BENCH_CLEANUP+=("curl -sf -X DELETE -H 'Authorization: Bearer ${MEILI_API_KEY:-}' '$MEILI_URL/indexes/$ECOMCTL_INDEX' >/dev/null")
bench_database ecomctl_bench_console_keys
echo "seeding and indexing $ORDERS orders..."
bench_seed_orders "$ORDERS"
"$BIN" -q --no-progress reindex >/dev/null
bench_wait_idle
psql -q "$DATABASE_URL" -c "VACUUM ANALYZE"
python3 bench/console_pty.py keystroke "$BIN" "$KEYS"
