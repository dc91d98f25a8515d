#!/usr/bin/env bash
# A bulk move of 10,000 orders (CREATED → SHIPPED), measured against
# (docs/design.md "The numbers"):
#   1. one SQL statement in psql writing the same rows — the states, one
#      history row per order and the outbox entries — bar: ≤ 3 ×;
#   2. the shell loop of single `orders set-state ID SHIPPED` it replaces,
#      timed on BENCH_LOOP orders (default 200) and scaled to all of them —
#      bar: the bulk move ≥ 100 × faster.
# Both ratios come from one run; each figure is the median of BENCH_ROUNDS
# (default 5) rounds, the orders put back as they were (and vacuumed)
# before every round, tool and psql taking turns.
#
#   bench/bulk.sh [ORDERS]            (default 10000, out of 100,000 generated orders)
#
# The data is bench/gen_data.py's (seed 42). The push to Meilisearch is off
# (ECOMCTL_NO_INDEX=true) for the tool and the loop alike: the statement it
# is compared with writes PostgreSQL only; the orders stay queued for sync.
# BENCH_WITH_MEILI=1 also times the bulk move pushing its 10,000 documents
# (to MEILI_URL, or the fake with realistic timing; bench/lib.sh), for
# information: it returns once Meilisearch has accepted them.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N="${1:-10000}"
ROUNDS="${BENCH_ROUNDS:-5}"
LOOP="${BENCH_LOOP:-200}"
export ECOMCTL_NO_INDEX=true

bench_build
bench_database ecomctl_bench_bulk
bench_load_generated 100000
WORK=$(mktemp -d)
BENCH_CLEANUP+=("rm -rf $WORK")
psql -Atq "$DATABASE_URL" -c "SELECT id FROM orders WHERE state = 'CREATED' ORDER BY id LIMIT $N" > "$WORK/ids.txt"
have=$(wc -l < "$WORK/ids.txt")
[ "$have" -eq "$N" ] || { echo "only $have CREATED orders in the generated data (asked for $N)"; exit 1; }
ARRAY="{$(paste -sd, "$WORK/ids.txt")}"
head -n "$LOOP" "$WORK/ids.txt" > "$WORK/loop.txt"

# The statement a DBA would write: every row the tool writes, in one go.
cat > "$WORK/baseline.sql" <<SQL
WITH u AS (UPDATE orders SET state = 'SHIPPED', updated_at = now()
           WHERE id = ANY('$ARRAY'::bigint[]) AND state = 'CREATED' RETURNING id),
     h AS (INSERT INTO history (entity, entity_id, action, old, new, os_user, host, command)
           SELECT 'order', id, 'state', '{"state": "CREATED"}', '{"state": "SHIPPED"}',
                  'bench', 'bench', 'psql' FROM u),
     q AS (INSERT INTO search_outbox (order_id) SELECT id FROM u ORDER BY id
           ON CONFLICT (order_id) DO UPDATE SET seq = nextval('search_outbox_seq'))
SELECT count(*) FROM u;
SQL

# Every order back to CREATED, nothing queued, no history of the rounds.
reset() {
    psql -q "$DATABASE_URL" <<SQL >/dev/null
UPDATE orders SET state = 'CREATED', closed_at = NULL WHERE id = ANY('$ARRAY'::bigint[]);
TRUNCATE search_outbox;
DELETE FROM history WHERE entity = 'order';
VACUUM ANALYZE orders;
VACUUM ANALYZE history;
VACUUM ANALYZE search_outbox;
SQL
}

seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

moved() { psql -Atq "$DATABASE_URL" -c "SELECT count(*) FROM orders WHERE id = ANY('$ARRAY'::bigint[]) AND state = 'SHIPPED'"; }

: > "$WORK/psql"
: > "$WORK/tool"
for round in $(seq 1 "$ROUNDS"); do
    reset
    seconds psql -Atq "$DATABASE_URL" -f "$WORK/baseline.sql" >> "$WORK/psql"
    [ "$(moved)" -eq "$N" ] || { echo "psql moved $(moved) orders"; exit 1; }
    reset
    seconds "$BIN" -q orders set-state SHIPPED --ids-from "$WORK/ids.txt" --max "$N" --yes >> "$WORK/tool"
    [ "$(moved)" -eq "$N" ] || { echo "ecomctl moved $(moved) orders"; exit 1; }
    hist=$(psql -Atq "$DATABASE_URL" -c "SELECT count(*) FROM history WHERE entity = 'order' AND action = 'state'")
    queued=$(psql -Atq "$DATABASE_URL" -c "SELECT count(*) FROM search_outbox")
    [ "$hist" -eq "$N" ] && [ "$queued" -eq "$N" ] || { echo "ecomctl wrote $hist history rows, $queued outbox entries"; exit 1; }
    echo "round $round: psql $(tail -1 "$WORK/psql") s, ecomctl $(tail -1 "$WORK/tool") s"
done
reset
loop_start=$(date +%s.%N)
while read -r id; do
    "$BIN" -q orders set-state "$id" SHIPPED >/dev/null
done < "$WORK/loop.txt"
loop_end=$(date +%s.%N)

PSQL=$(median < "$WORK/psql")
TOOL=$(median < "$WORK/tool")
PER_ORDER=$(echo "($loop_end - $loop_start) / $LOOP" | bc -l)
LOOP_ALL=$(echo "$PER_ORDER * $N" | bc -l)
printf 'one SQL statement (psql):        %8.3f s  (median of %d)\n' "$PSQL" "$ROUNDS"
printf 'ecomctl orders set-state (bulk):  %8.3f s  (median of %d)   ratio %.2f x  (bar: <= 3 x)\n' \
    "$TOOL" "$ROUNDS" "$(echo "$TOOL / $PSQL" | bc -l)"
printf 'shell loop of single set-state:   %8.1f s  (%.1f ms per order over %d orders, scaled to %d)\n' \
    "$LOOP_ALL" "$(echo "$PER_ORDER * 1000" | bc -l)" "$LOOP" "$N"
printf 'bulk move vs the loop:            %8.0f x faster  (bar: >= 100 x)\n' \
    "$(echo "$LOOP_ALL / $TOOL" | bc -l)"

if [ "${BENCH_WITH_MEILI:-0}" = 1 ]; then
    bench_meili
    unset ECOMCTL_NO_INDEX
    reset
    "$BIN" -q reindex >/dev/null
    bench_wait_idle
    : > "$WORK/pushed"
    for round in $(seq 1 "$ROUNDS"); do
        reset
        seconds "$BIN" -q orders set-state SHIPPED --ids-from "$WORK/ids.txt" --max "$N" --yes >> "$WORK/pushed"
        bench_wait_idle
        echo "round $round with the push: $(tail -1 "$WORK/pushed") s"
    done
    printf 'bulk move, pushed to Meilisearch: %8.3f s  (median of %d; accepted, not yet indexed)\n' \
        "$(median < "$WORK/pushed")" "$ROUNDS"
fi
