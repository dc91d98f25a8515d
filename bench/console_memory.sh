#!/usr/bin/env bash
# `ecomctl console` watching a busy shop (docs/design.md "The numbers"):
#   100 new orders a second for 10 minutes, RSS growth ≤ 10 MiB.
# The orders are written by SQL at the rate asked, each with the
# notification ecomctl's writers send (the feed of `orders watch`), so the
# console reads every one of them, as it would from busy writers.
#
#   bench/console_memory.sh [SECONDS] [RATE]   (default 600 s, 100 orders/s)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SECONDS_WATCHED="${1:-600}"
RATE="${2:-100}"

bench_build
bench_meili
# A real server is shared: its index goes when the run ends.
BENCH_CLEANUP+=("curl -sf -X DELETE -H 'Authorization: Bearer ${MEILI_API_KEY:-}' '$MEILI_URL/indexes/$ECOMCTL_INDEX' >/dev/null")
bench_database ecomctl_bench_console_memory
bench_seed_orders 1000
"$BIN" -q --no-progress reindex >/dev/null
bench_wait_idle

# Every tenth of a second one autocommitted statement writes a tenth of the
# second's orders, each with its own notification (sent at the commit);
# psql runs the script as one session, paced by pg_sleep.
FEED=$(mktemp)
BENCH_CLEANUP+=("rm -f $FEED")
python3 - "$SECONDS_WATCHED" "$RATE" > "$FEED" <<'PY'
import sys
seconds, rate = int(sys.argv[1]) + 60, int(sys.argv[2])
per_tick = max(rate // 10, 1)
for i in range(seconds * 10):
    print("WITH o AS (INSERT INTO orders (customer_email, total_price) "
          f"SELECT 'live' || g || '@example.com', 9.99 FROM generate_series(1, {per_tick}) g "
          "RETURNING id) "
          "SELECT pg_notify('ecomctl_orders', json_build_object('event', 'created', "
          "'ids', json_build_array(o.id), 'count', 1)::text) FROM o \\g /dev/null")
    print("SELECT pg_sleep(0.097) \\g /dev/null")
PY
STARTED=$(date +%s)
# It notifies the feed itself, as ecomctl does: the capture skips it.
PGOPTIONS="$SEED_OPTIONS" psql -q "$DATABASE_URL" -f "$FEED" >/dev/null &
BENCH_CLEANUP+=("kill $! 2>/dev/null")
python3 bench/console_pty.py memory "$BIN" "$SECONDS_WATCHED"
WRITTEN=$(psql -Atq "$DATABASE_URL" -c 'SELECT count(*) - 1000 FROM orders')
echo "orders written meanwhile: $WRITTEN ($(( WRITTEN / ($(date +%s) - STARTED) )) a second)"
