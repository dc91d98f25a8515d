#!/usr/bin/env bash
# `ecomctl console` start-up (docs/design.md "The numbers"):
#   process start to the first drawn screen of results ≤ 1.5 × `orders list`
#   (the whole process: start, connect, query, print, exit).
# Both are timed on the same database, interleaved run by run; the console
# counts until its list shows the first search's answer, not just a frame.
#
#   bench/console_start.sh [RUNS]       (default 30)
#   BENCH_INDEX_ORDERS=200000           orders in the database and index
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS="${1:-30}"
ORDERS="${BENCH_INDEX_ORDERS:-200000}"

bench_build
bench_meili
# A real server is shared: its index goes when the run ends.
BENCH_CLEANUP+=("curl -sf -X DELETE -H 'Authorization: Bearer ${MEILI_API_KEY:-}' '$MEILI_URL/indexes/$ECOMCTL_INDEX' >/dev/null")
bench_database ecomctl_bench_console_start
echo "seeding and indexing $ORDERS orders..."
bench_seed_orders "$ORDERS"
"$BIN" -q --no-progress reindex >/dev/null
bench_wait_idle
psql -q "$DATABASE_URL" -c "VACUUM ANALYZE"
python3 bench/console_pty.py start "$BIN" "$RUNS"
