#!/usr/bin/env bash
# `ecomctl sync` of a backlog of queued orders against posting the same
# documents directly to Meilisearch in a few large NDJSON requests
# (docs/design.md "The numbers": wall ≤ 1.2 ×, peak RSS ≤ 200 MB).
#
#   bench/sync_backlog.sh [ORDERS]      (default 100000)
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
# Both indexes start empty (a real server keeps what earlier runs left, and
# adding to a full index costs the engine more than to an empty one).
auth=()
[ -n "${MEILI_API_KEY:-}" ] && auth=(-H "Authorization: Bearer $MEILI_API_KEY")
for index in "$ECOMCTL_INDEX" "${ECOMCTL_INDEX}_direct"; do
    curl -s "${auth[@]}" -X DELETE "$MEILI_URL/indexes/$index" >/dev/null
    BENCH_CLEANUP+=("curl -s ${auth[*]@Q} -X DELETE '$MEILI_URL/indexes/$index' >/dev/null")
done
bench_wait_idle
"$BIN" -q index setup
ECOMCTL_INDEX="${ECOMCTL_INDEX}_direct" "$BIN" -q index setup

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
bench_wait_idle
start=$(date +%s.%N)
for part in "$DOCS"/part-*; do
    curl -sf "${auth[@]}" -H 'Content-Type: application/x-ndjson' --data-binary "@$part" \
        "$MEILI_URL/indexes/${ECOMCTL_INDEX}_direct/documents?primaryKey=id" >/dev/null
done
bench_wait_idle
direct=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
rss=$(bench_peak_rss "$BIN" -q --no-progress --wait-timeout 3600 sync)
synced=$(echo "$(date +%s.%N) - $start" | bc)
left=$(psql -At "$DATABASE_URL" -c "SELECT count(*) FROM search_outbox")

printf 'direct post of %d documents: %.1f s\n' "$N" "$direct"
printf 'ecomctl sync of %d queued orders: %.1f s, peak RSS %d MiB, %d entries left\n' "$N" "$synced" "$rss" "$left"
printf 'ratio sync/direct: %.2f (bar: <= 1.2; peak RSS <= 200 MB)\n' "$(echo "$synced / $direct" | bc -l)"
if [ -n "${BENCH_SHOW_TASKS:-}" ]; then
    # The task timeline (enqueued, started, finished), to see how Meilisearch batched them.
    curl -sf "${auth[@]}" "$MEILI_URL/tasks?limit=40" | python3 -c '
import json, sys
for t in reversed(json.load(sys.stdin)["results"]):
    print(t["uid"], t["indexUid"], t["details"].get("receivedDocuments"),
          t["enqueuedAt"][11:23], (t["startedAt"] or "")[11:23], (t["finishedAt"] or "")[11:23])'
fi
