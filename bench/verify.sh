#!/usr/bin/env bash
# The watcher's continuous verification on an index of N orders, at the
# default rate (issue #27's bars):
#   a full pass                                   bar: <= 10 minutes
#   the watcher's CPU during the pass             bar: <= 5 % of one core
#   the watcher's peak RSS                        bar: <= 50 MB
#   searches during a pass vs without one         bar: <= 1.1x (median)
#
#   bench/verify.sh [N] [SEARCHES]                (default 200000 300)
#
# Against the fake Meilisearch (realistic timing) unless MEILI_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N="${1:-200000}"
SEARCHES="${2:-300}"

bench_build
bench_meili
bench_indexed_generated verify "$N"

# SEARCHES searches straight to Meilisearch, one every 100 ms; the median
# and p95 latency in ms.
searches() {
    python3 - "$SEARCHES" <<'PY'
import json, os, statistics, sys, time, urllib.request
words = ["lamp", "chair", "red", "vintage", "mug", "portable", "blue shoe", "leather"]
url = os.environ["MEILI_URL"].rstrip("/") + f"/indexes/{os.environ['ECOMCTL_INDEX']}/search"
took = []
for n in range(int(sys.argv[1])):
    body = json.dumps({"q": words[n % len(words)], "filter": "state = SHIPPED", "limit": 20}).encode()
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    if os.environ.get("MEILI_API_KEY"):
        request.add_header("Authorization", "Bearer " + os.environ["MEILI_API_KEY"])
    start = time.perf_counter()
    urllib.request.urlopen(request).read()
    took.append((time.perf_counter() - start) * 1000)
    time.sleep(0.1)
took.sort()
print(f"{statistics.median(took):.2f} {took[int(len(took) * 0.95)]:.2f}")
PY
}

# The watcher's user + system CPU seconds so far.
cpu_seconds() {
    awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat"
}

start_watcher() { # extra flags
    "$BIN" sync --watch "$@" 2>/tmp/bench_verify_watch.log &
    WATCHER=$!
    BENCH_CLEANUP+=("kill $WATCHER 2>/dev/null")
    until grep -q "watching the outbox" /tmp/bench_verify_watch.log; do sleep 0.1; done
}

echo "searches without verification..."
start_watcher --verify-rate 0
read -r base_median base_p95 < <(searches)
kill -TERM "$WATCHER"; wait "$WATCHER" || true

echo "a verification pass at the default rate, searches meanwhile..."
started=$(date +%s.%N)
start_watcher --verify-interval 1h
cpu0=$(cpu_seconds "$WATCHER")
read -r pass_median pass_p95 < <(searches)
until grep -q "verification pass:" /tmp/bench_verify_watch.log; do sleep 0.2; done
took=$(echo "$(date +%s.%N) - $started" | bc)
cpu=$(echo "$(cpu_seconds "$WATCHER") - $cpu0" | bc)
rss=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$WATCHER/status")
grep "verification pass:" /tmp/bench_verify_watch.log
kill -TERM "$WATCHER"; wait "$WATCHER" || true

printf 'full pass of %d orders: %.0f s (bar: <= 600 s)\n' "$N" "$took"
printf 'watcher CPU during the pass: %.1f s = %.1f %% of one core (bar: <= 5 %%)\n' "$cpu" "$(echo "100 * $cpu / $took" | bc -l)"
printf 'watcher peak RSS: %d MiB (bar: <= 50 MB)\n' "$rss"
printf 'searches: median %s ms during the pass vs %s ms without = %.2fx (bar: <= 1.1); p95 %s vs %s ms\n' \
    "$pass_median" "$base_median" "$(echo "$pass_median / $base_median" | bc -l)" "$pass_p95" "$base_p95"
