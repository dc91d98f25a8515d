#!/usr/bin/env bash
# What capturing every writer costs (migration V11; docs/history.md "Other
# writers"), as ratios taken in one run, the cases interleaved round by round:
#
#   1. ecomctl `orders create` (3 lines, --no-index), the whole process: this
#      build on a database with capture vs the build before capture on one
#      without.                                                 bar: <= 1.03x
#   2. another writer's order and 3 lines, in a fresh session each
#      (pgbench -C): the milliseconds capture adds.            bar: <= +2 ms
#      Also with plpgsql preloaded (what shared_preload_libraries = 'plpgsql'
#      gives every session), and in one long session (an application's pool).
#   3. another writer's COPY of N orders and their lines, one transaction:
#      with capture vs without.                                 bar: <= 1.5x
#   4. ecomctl's own `orders import` of N orders, the whole process: this
#      build with capture vs the build before without.          bar: <= 1.05x
#
#   bench/capture.sh [N] [ROUNDS]          (default 100000 5)
#   BENCH_BEFORE=path/to/ecomctl           the build before capture (else it is
#                                          built from the commit before V11)
#   TX=300                                 transactions per pgbench run (case 2)
#   CASES="1 2 3 4"                        which cases to run
#
# Two scratch databases on the local PostgreSQL (BENCH_ADMIN_URL): "before"
# migrated by the build before (no capture), "after" by this build. Data from
# bench/gen_data.py (seed 42).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N="${1:-100000}"
ROUNDS="${2:-5}"
TX="${TX:-300}"
CASES=" ${CASES:-1 2 3 4} "
run_case() { [[ "$CASES" == *" $1 "* ]]; }
DATA="${BENCH_DATA:-/tmp/ecomctl-bench-capture-$N}"
export PGOPTIONS="-c client_min_messages=warning"
export ECOMCTL_NO_INDEX=true
# ecomctl's own sessions skip the capture with this startup option.
SKIP="-c ecomctl.writer=on"

bench_build
NEW="$BIN"
if [ -n "${BENCH_BEFORE:-}" ]; then
    OLD="$BENCH_BEFORE"
else
    rev=$(git log --format=%H --diff-filter=A -1 -- migrations/V11__capture_other_writers.sql)
    tree="$(mktemp -d)/before"
    git worktree add --quiet --detach "$tree" "$rev^"
    BENCH_CLEANUP+=("git worktree remove --force '$tree'")
    echo "building the build before capture ($(git log --format='%h %s' -1 "$rev^" | cut -c1-60))..."
    (cd "$tree" && CARGO_TARGET_DIR="$TARGET_DIR/before-capture" cargo build --release --quiet)
    OLD="$TARGET_DIR/before-capture/release/ecomctl"
fi
BIN="$OLD" bench_database ecomctl_bench_before
BEFORE="$DATABASE_URL"
bench_database ecomctl_bench_after
AFTER="$DATABASE_URL"
echo "before: $(psql -Atq "$BEFORE" -c "SELECT max(version) FROM refinery_schema_history") migrations," \
     "after: $(psql -Atq "$AFTER" -c "SELECT max(version) FROM refinery_schema_history")"

[ -f "$DATA/order_items.csv" ] || python3 bench/gen_data.py --products 1000 --orders "$N" --out "$DATA" >/dev/null
for db in "$BEFORE" "$AFTER"; do
    psql -q "$db" -c "\\copy products (sku, name, description, manufacturer, stocked_at, seller_email, price, stock) FROM '$DATA/products.csv' WITH (FORMAT csv, HEADER true, NULL '')" \
        -c "UPDATE products SET stock = 1000000000" -c "VACUUM ANALYZE"
done

# Empties what the cases write (with the skip setting: not captured).
reset() {
    PGOPTIONS="$SKIP $PGOPTIONS" psql -q "$1" \
        -c "TRUNCATE orders, order_items, search_outbox, history RESTART IDENTITY" \
        -c "UPDATE products SET stock = 1000000000 WHERE stock <> 1000000000" \
        -c "VACUUM ANALYZE products" -c "CHECKPOINT"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
seconds() { local t0=$EPOCHREALTIME; "$@" >/dev/null; awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.3f", b - a}'; }

if run_case 1; then
echo
echo "1. ecomctl orders create, whole process (50 runs a round, interleaved)"
python3 - "$OLD" "$BEFORE" "$NEW" "$AFTER" "$ROUNDS" <<'PY'
import os, statistics, subprocess, sys, time
old, before, new, after, rounds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
args = ["-q", "orders", "create", "--customer-email", "bench@example.com",
        "--item", "SKU-0000001=1", "--item", "SKU-0000002=2", "--item", "SKU-0000003=3"]
def timed(binary, url):
    env = dict(os.environ, DATABASE_URL=url)
    start = time.perf_counter()
    subprocess.run([binary] + args, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start
ratios = []
for r in range(rounds):
    a, b = [], []
    for i in range(-3, 50):
        x, y = timed(new, after), timed(old, before)
        if i >= 0:
            a.append(x); b.append(y)
    ratio = statistics.median(a) / statistics.median(b)
    ratios.append(ratio)
    print(f"   round {r + 1}: with capture {statistics.median(a)*1000:.2f} ms, before {statistics.median(b)*1000:.2f} ms, ratio {ratio:.3f}")
print(f"   median ratio {statistics.median(ratios):.3f}   (bar: <= 1.03)")
PY
fi

if run_case 2; then
echo
echo "2. another writer's order + 3 lines (pgbench, $TX transactions a run)"
cat > "$DATA/other_order.sql" <<'SQL'
\set p random(1, 997)
BEGIN;
INSERT INTO orders (customer_email, total_price) VALUES ('shop@example.com', 42.00) RETURNING id AS oid \gset
INSERT INTO order_items (order_id, product_id, product_sku, product_name, product_price, quantity)
VALUES (:oid, :p, 'P-' || :p, 'Product ' || :p, 10.00, 1),
       (:oid, :p + 1, 'P-' || (:p + 1), 'Product ' || (:p + 1), 12.00, 1),
       (:oid, :p + 2, 'P-' || (:p + 2), 'Product ' || (:p + 2), 20.00, 1);
COMMIT;
SQL
# The median transaction latency of one pgbench run, in ms (pgbench -l).
pgbench_ms() { # url flags [options]
    local prefix="$DATA/pgbench_log_$$"
    rm -f "$prefix".*
    PGOPTIONS="$PGOPTIONS ${3:-}" PGAPPNAME=shop-app pgbench -n -l --log-prefix="$prefix" $2 -t "$TX" -f "$DATA/other_order.sql" "$1" >/dev/null 2>&1
    cat "$prefix".* | awk '{print $3 / 1000}' | median
    rm -f "$prefix".*
}
reset "$BEFORE"; reset "$AFTER"
for mode in fresh preloaded pooled; do
    flag="-C"; [ $mode = pooled ] && flag=""
    options=""; [ $mode = preloaded ] && options="-c session_preload_libraries=plpgsql"
    added=()
    for r in $(seq 1 "$ROUNDS"); do
        b=$(pgbench_ms "$BEFORE" "$flag" "$options"); a=$(pgbench_ms "$AFTER" "$flag" "$options")
        added+=("$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.3f", a - b}')")
        echo "   $mode session, round $r: without capture $b ms, with $a ms"
    done
    echo "   $mode session: capture adds $(printf '%s\n' "${added[@]}" | median) ms (median of the rounds)$([ $mode = fresh ] && echo '   (bar: <= 2 ms)')"
done
fi

if run_case 3; then
echo
echo "3. another writer's COPY of $N orders + $(($(wc -l < "$DATA/order_items.csv") - 1)) lines, one transaction"
copy_once() {
    reset "$1"
    seconds env PGAPPNAME=shop-loader psql -q "$1" -c "BEGIN" \
        -c "\\copy orders (id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at) FROM '$DATA/orders.csv' WITH (FORMAT csv, HEADER true, NULL '')" \
        -c "\\copy order_items (order_id, product_id, product_sku, product_name, product_description, product_price, quantity) FROM '$DATA/order_items.csv' WITH (FORMAT csv, HEADER true, NULL '')" \
        -c "COMMIT"
}
ratios=()
for r in $(seq 1 "$ROUNDS"); do
    if (( r % 2 )); then b=$(copy_once "$BEFORE"); a=$(copy_once "$AFTER"); else a=$(copy_once "$AFTER"); b=$(copy_once "$BEFORE"); fi
    queued=$(psql -Atq "$AFTER" -c "SELECT count(*) FROM search_outbox")
    ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.3f", a / b}')")
    echo "   round $r: without capture ${b}s, with ${a}s ($queued orders queued)"
done
echo "   median ratio $(printf '%s\n' "${ratios[@]}" | median)   (bar: <= 1.5)"
fi

if run_case 4; then
echo
echo "4. ecomctl orders import of $N orders, whole process"
import_once() { # binary url
    reset "$2"
    seconds env DATABASE_URL="$2" "$1" -q --no-progress orders import --no-sync "$DATA/orders.ndjson"
}
ratios=()
for r in $(seq 1 "$ROUNDS"); do
    if (( r % 2 )); then b=$(import_once "$OLD" "$BEFORE"); a=$(import_once "$NEW" "$AFTER"); else a=$(import_once "$NEW" "$AFTER"); b=$(import_once "$OLD" "$BEFORE"); fi
    captured=$(psql -Atq "$AFTER" -c "SELECT count(*) FROM history WHERE command LIKE 'sql:%'")
    ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.3f", a / b}')")
    echo "   round $r: before ${b}s, with capture ${a}s (events captured from ecomctl: $captured)"
done
echo "   median ratio $(printf '%s\n' "${ratios[@]}" | median)   (bar: <= 1.05)"
fi
