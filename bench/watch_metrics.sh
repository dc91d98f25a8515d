#!/usr/bin/env bash
# What the watcher's metrics and health cost (docs/design.md "The numbers"):
#
# 1. `sync --watch` draining a backlog of N queued orders, three ways, in
#    turn for ROUNDS rounds: without --metrics-addr, with it, and with it
#    while /metrics is scraped every second. Bar: the last two within 2 %
#    of the first (median ratio of the rounds).
# 2. /metrics latency with a backlog of BIG entries that cannot drain (the
#    watcher points at a Meilisearch that is not there): 200 scrapes, one
#    every 50 ms. Bar: under 10 ms.
#
#   bench/watch_metrics.sh [N] [ROUNDS] [BIG]     (defaults 50000 3 1000000)
#
# Against the fake Meilisearch (realistic timing) unless MEILI_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N="${1:-50000}"
ROUNDS="${2:-3}"
BIG="${3:-1000000}"

bench_build
bench_meili
bench_database ecomctl_bench_watch
echo "seeding $N orders of 3 lines..."
bench_seed_orders "$N"
"$BIN" -q index setup

# drain [EXTRA FLAGS...]: queues every order again, starts the watcher and
# prints the seconds until the outbox is empty (polled every 100 ms).
drain() {
    psql -q "$DATABASE_URL" -c "INSERT INTO search_outbox (order_id) SELECT id FROM orders
        ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq')" >/dev/null
    bench_wait_idle
    local scrape=""
    if [ "${1:-}" = "--scrape" ]; then
        scrape=1
        shift
    fi
    local start end pid scraper=""
    start=$(date +%s.%N)
    "$BIN" -q --no-progress sync --watch "$@" 2>/dev/null &
    pid=$!
    if [ -n "$scrape" ]; then
        (while sleep 1; do curl -sf "http://127.0.0.1:19187/metrics" >/dev/null || true; done) &
        scraper=$!
    fi
    while [ "$(psql -At "$DATABASE_URL" -c 'SELECT count(*) FROM search_outbox')" != 0 ]; do
        sleep 0.1
    done
    end=$(date +%s.%N)
    [ -n "$scraper" ] && kill "$scraper"
    kill -TERM "$pid"
    wait "$pid" || true
    echo "$end - $start" | bc
}

off=(); on=(); scraped=()
for round in $(seq 1 "$ROUNDS"); do
    off+=("$(drain)")
    on+=("$(drain --metrics-addr 127.0.0.1:19187)")
    scraped+=("$(drain --scrape --metrics-addr 127.0.0.1:19187)")
    printf 'round %d: off %.2f s, metrics on %.2f s, on and scraped every second %.2f s\n' \
        "$round" "${off[-1]}" "${on[-1]}" "${scraped[-1]}"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratios_on=(); ratios_scraped=()
for i in "${!off[@]}"; do
    ratios_on+=("$(echo "${on[$i]} / ${off[$i]}" | bc -l)")
    ratios_scraped+=("$(echo "${scraped[$i]} / ${off[$i]}" | bc -l)")
done
printf 'draining %d orders: metrics on / off = %.3f, scraped / off = %.3f (median of %d rounds; bar <= 1.02)\n' \
    "$N" "$(median "${ratios_on[@]}")" "$(median "${ratios_scraped[@]}")" "$ROUNDS"

# /metrics with a large backlog that cannot drain.
echo "queueing $BIG entries..."
psql -q "$DATABASE_URL" <<SQL
INSERT INTO search_outbox (order_id) SELECT g FROM generate_series(1, $BIG) AS g
ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq');
ANALYZE search_outbox;
SQL
MEILI_URL=http://127.0.0.1:9 "$BIN" -q sync --watch --metrics-addr 127.0.0.1:19188 2>/dev/null &
pid=$!
BENCH_CLEANUP+=("kill $pid 2>/dev/null")
until curl -sf http://127.0.0.1:19188/metrics | grep -q "ecomctl_outbox_unsent_entries{[^}]*} $BIG"; do
    sleep 0.5
done
times=()
for _ in $(seq 1 200); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' http://127.0.0.1:19188/metrics)")
    sleep 0.05
done
sorted=($(printf '%s\n' "${times[@]}" | sort -g))
printf '/metrics with %d entries queued, 200 scrapes: median %.1f ms, p99 %.1f ms, max %.1f ms (bar: < 10 ms)\n' \
    "$BIG" "$(echo "${sorted[99]} * 1000" | bc -l)" "$(echo "${sorted[197]} * 1000" | bc -l)" \
    "$(echo "${sorted[199]} * 1000" | bc -l)"
start=$(date +%s.%N)
psql -q "$DATABASE_URL" -c "SELECT count(*) FILTER (WHERE task_uid IS NULL AND refused IS NULL),
    min(enqueued_at) FROM search_outbox" >/dev/null
printf "the checker's outbox query at that size: %.0f ms (once per check, every 1-5 s)\n" \
    "$(echo "($(date +%s.%N) - $start) * 1000" | bc -l)"
