#!/usr/bin/env bash
# Another writer's changes, commit to searchable (issue #27's bar): the shop's
# application commits RATE order changes a second for SECONDS on an index of N
# orders, by plain SQL (captured in its own transactions), with `sync --watch`
# running — against the same writer posting each change straight to
# Meilisearch itself, measured the same way (bench/freshness.py). Then the
# outbox must drain and `index check` be clean.
#   p99 lag, watcher / direct                               bar: <= 1.5x
#
#   bench/freshness.sh [N] [SECONDS] [RATE]     (default 200000 60 100)
#
# Against the fake Meilisearch (realistic timing) unless MEILI_URL is set: the
# figures that matter are a real engine's.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N="${1:-200000}"
SECONDS_="${2:-60}"
RATE="${3:-100}"

bench_build
bench_meili
bench_indexed_generated freshness "$N"

echo "direct: the writer posts each change to Meilisearch itself"
direct=$(python3 bench/freshness.py direct "$SECONDS_" "$RATE")
echo "   $direct"
"$BIN" -q sync >/dev/null   # what the capture queued meanwhile
bench_wait_idle

echo "watcher: the capture queues each change, sync --watch pushes it"
"$BIN" sync --watch 2>/tmp/bench_freshness_watch.log &
watcher=$!
BENCH_CLEANUP+=("kill $watcher 2>/dev/null")
until grep -q "watching the outbox" /tmp/bench_freshness_watch.log; do sleep 0.1; done
watched=$(python3 bench/freshness.py watcher "$SECONDS_" "$RATE")
echo "   $watched"
until [ "$(psql -Atq "$DATABASE_URL" -c "SELECT count(*) FROM search_outbox")" = 0 ]; do sleep 0.2; done
echo "   the outbox drained"
kill -TERM "$watcher"; wait "$watcher" || true
"$BIN" index check >/dev/null && echo "   index check: clean"

python3 - "$direct" "$watched" <<'PY'
import json, sys
d, w = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"p99 commit-to-searchable: watcher {w['p99']} s, direct {d['p99']} s, "
      f"ratio {w['p99'] / d['p99']:.2f}   (bar: <= 1.5); medians {w['median']} s vs {d['median']} s")
PY
