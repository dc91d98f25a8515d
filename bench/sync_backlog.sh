#!/usr/bin/env bash
# `ecomctl sync` of a backlog of queued orders against posting the same
# documents directly to Meilisearch in a few large NDJSON requests
# (docs/design.md "The numbers": wall ≤ 1.2 ×, peak RSS ≤ 200 MB).
#
#   bench/sync_backlog.sh [ORDERS]      (default 100000)
#   BENCH_ROUNDS=3 bench/sync_backlog.sh 20000   medians of 3 rounds
#
# Against the fake Meilisearch (realistic timing) unless MEILI_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N="${1:-100000}"

bench_build
bench_meili
bench_database ecomctl_bench_sync
echo "seeding $N orders of 3 lines, all queued..."
bench_seed_orders "$N"
# Baseline: the same documents (built by SQL in the tool's shape), posted in
# requests of 25,000 documents, until Meilisearch has indexed them all.
DOCS=$(mktemp -d)
BENCH_CLEANUP+=("rm -rf $DOCS")
psql -At "$DATABASE_URL" -c "
SELECT json_build_object(
  'id', o.id, 'external_ref', o.external_ref, 'customer_email', o.customer_email,
  'state', o.state, 'total_price', o.total_price,
  'created_at', to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),
  'created_at_ts', extract(epoch FROM o.created_at)::bigint, 'closed_at', o.closed_at,
  'item_count', i.units, 'items', i.items)
FROM orders o JOIN LATERAL (
  SELECT sum(quantity) AS units, json_agg(json_build_object(
    'product_id', product_id, 'product_sku', product_sku, 'product_name', product_name,
    'product_description', product_description, 'product_price', product_price,
    'quantity', quantity) ORDER BY id) AS items
  FROM order_items WHERE order_id = o.id) i ON true
ORDER BY o.id" | split -l 25000 - "$DOCS/part-"
auth=()
[ -n "${MEILI_API_KEY:-}" ] && auth=(-H "Authorization: Bearer $MEILI_API_KEY")

# Both indexes start empty (a real server keeps what earlier runs left, and
# adding to a full index costs the engine more than to an empty one).
empty_indexes() {
    for index in "$ECOMCTL_INDEX" "${ECOMCTL_INDEX}_direct"; do
        curl -s "${auth[@]}" -X DELETE "$MEILI_URL/indexes/$index" >/dev/null
    done
    bench_wait_idle
    "$BIN" -q index setup
    ECOMCTL_INDEX="${ECOMCTL_INDEX}_direct" "$BIN" -q index setup
    bench_wait_idle
}
for index in "$ECOMCTL_INDEX" "${ECOMCTL_INDEX}_direct"; do
    BENCH_CLEANUP+=("curl -s ${auth[*]@Q} -X DELETE '$MEILI_URL/indexes/$index' >/dev/null")
done

post_direct() {
    local start
    start=$(date +%s.%N)
    for part in "$DOCS"/part-*; do
        curl -sf "${auth[@]}" -H 'Content-Type: application/x-ndjson' --data-binary "@$part" \
            "$MEILI_URL/indexes/${ECOMCTL_INDEX}_direct/documents?primaryKey=id" >/dev/null
    done
    bench_wait_idle
    DIRECT=$(echo "$(date +%s.%N) - $start" | bc)
}

run_sync() {
    local start
    psql -q "$DATABASE_URL" -c "INSERT INTO search_outbox (order_id) SELECT id FROM orders ON CONFLICT DO NOTHING"
    start=$(date +%s.%N)
    RSS=$(bench_peak_rss "$BIN" -q --no-progress --wait-timeout 3600 sync)
    SYNCED=$(echo "$(date +%s.%N) - $start" | bc)
    LEFT=$(psql -At "$DATABASE_URL" -c "SELECT count(*) FROM search_outbox")
}

# BENCH_ROUNDS rounds (default 1), which of the two goes first alternating;
# the ratio is taken within each round, the median reported.
ROUNDS="${BENCH_ROUNDS:-1}"
RATIOS=()
for round in $(seq 1 "$ROUNDS"); do
    empty_indexes
    if [ $((round % 2)) -eq 1 ]; then post_direct; run_sync; else run_sync; post_direct; fi
    RATIOS+=("$(echo "$SYNCED / $DIRECT" | bc -l)")
    printf 'round %d: direct post of %d documents %.1f s; ecomctl sync %.1f s (ratio %.2f), peak RSS %d MiB, %d entries left\n' \
        "$round" "$N" "$DIRECT" "$SYNCED" "${RATIOS[-1]}" "$RSS" "$LEFT"
done
printf 'ratio sync/direct: %.2f (median of %d; bar: <= 1.2; peak RSS <= 200 MB)\n' \
    "$(printf '%s\n' "${RATIOS[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')" "$ROUNDS"
if [ -n "${BENCH_SHOW_TASKS:-}" ]; then
    # The task timeline (enqueued, started, finished), to see how Meilisearch batched them.
    curl -sf "${auth[@]}" "$MEILI_URL/tasks?limit=40" | python3 -c '
import json, sys
for t in reversed(json.load(sys.stdin)["results"]):
    print(t["uid"], t["indexUid"], t["details"].get("receivedDocuments"),
          t["enqueuedAt"][11:23], (t["startedAt"] or "")[11:23], (t["finishedAt"] or "")[11:23])'
fi
