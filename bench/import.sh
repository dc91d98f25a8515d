#!/usr/bin/env bash
# Import speed against `psql \copy` of the same rows (docs/design.md "The numbers"):
#   products import of N products (NDJSON)   vs  \copy products FROM CSV     bar: <= 1.25x, RSS <= 100 MB
#   orders import of M orders (~3 lines)     vs  \copy orders + order_items  bar: <= 1.5x
# History is on: the imports write their history events as they always do.
#
#   bench/import.sh [PRODUCTS] [ORDERS]      (default 1000000 1000000)
#   BENCH_BIN=path/to/ecomctl bench/import.sh …   measures that build instead
#   BENCH_ROUNDS=5 bench/import.sh 300000 100000  medians of 5 rounds (default 1):
#     small runs take seconds, and one busy second on this machine moves a
#     single run's ratio by 0.2; each round starts from fresh databases and
#     times psql and ecomctl back to back.
#
# Data from bench/gen_data.py (seed 42), cached in $BENCH_DATA. Two scratch
# databases on the local PostgreSQL (BENCH_ADMIN_URL), dropped at the end:
# one loaded with psql, one with ecomctl, both with the full schema and indexes.
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS="${1:-1000000}"
ORDERS="${2:-1000000}"
ADMIN="${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
DATA="${BENCH_DATA:-/tmp/ecomctl-bench-$PRODUCTS-$ORDERS}"
export PGOPTIONS="-c client_min_messages=warning"
export ECOMCTL_NO_INDEX=true
PSQL_DB=ecomctl_bench_psql
TOOL_DB=ecomctl_bench_tool
url() { echo "${ADMIN%/*}/$1"; }

if [ -n "${BENCH_BIN:-}" ]; then
    BIN="$BENCH_BIN"   # an older build, to compare
else
    cargo build --release --quiet
    # Where cargo put it: CARGO_TARGET_DIR when set (relative to the repository), else ./target.
    BIN="$(mktemp -d)/ecomctl"
    cp "$(realpath -m "${CARGO_TARGET_DIR:-target}")/release/ecomctl" "$BIN"
fi
[ -f "$DATA/order_items.csv" ] || python3 bench/gen_data.py --products "$PRODUCTS" --orders "$ORDERS" --out "$DATA"

ROUNDS="${BENCH_ROUNDS:-1}"
# One line per round: P_COPY P_TOOL P_RSS O_COPY O_TOOL O_RSS C_TOOL C_RSS
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"; for db in $PSQL_DB $TOOL_DB; do psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; done' EXIT

# Wall seconds and peak RSS (KiB) of a command, into $T and $RSS.
measure() {
    psql -q "$ADMIN" -c CHECKPOINT
    /usr/bin/time -f "%e %M" -o /tmp/ecomctl-bench-time "$@" >/dev/null
    read -r T RSS < /tmp/ecomctl-bench-time
}

for round in $(seq 1 "$ROUNDS"); do
    [ "$ROUNDS" -gt 1 ] && echo "round $round of $ROUNDS..." >&2
    for db in $PSQL_DB $TOOL_DB; do
        psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
        DATABASE_URL="$(url $db)" $BIN -q migrate >/dev/null
    done

    measure psql -q "$(url $PSQL_DB)" -c "\\copy products (sku, name, description, manufacturer, stocked_at, seller_email, price, stock) FROM '$DATA/products.csv' WITH (FORMAT csv, HEADER true, NULL '')"
    P_COPY=$T
    measure env DATABASE_URL="$(url $TOOL_DB)" $BIN --no-progress -q products import "$DATA/products.ndjson"
    P_TOOL=$T; P_RSS=$RSS
    # The same catalogue again from the CSV file psql read.
    psql -q "$(url $TOOL_DB)" -c "TRUNCATE products RESTART IDENTITY CASCADE"
    measure env DATABASE_URL="$(url $TOOL_DB)" $BIN --no-progress -q products import "$DATA/products.csv"
    C_TOOL=$T; C_RSS=$RSS

    measure psql -q "$(url $PSQL_DB)" \
        -c "\\copy orders (id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at) FROM '$DATA/orders.csv' WITH (FORMAT csv, HEADER true, NULL '')" \
        -c "\\copy order_items (order_id, product_id, product_sku, product_name, product_description, product_price, quantity) FROM '$DATA/order_items.csv' WITH (FORMAT csv, HEADER true, NULL '')"
    O_COPY=$T
    measure env DATABASE_URL="$(url $TOOL_DB)" $BIN --no-progress -q orders import "$DATA/orders.ndjson" --no-sync
    O_TOOL=$T; O_RSS=$RSS
    echo "$P_COPY $P_TOOL $P_RSS $O_COPY $O_TOOL $O_RSS $C_TOOL $C_RSS" >> "$RESULTS"
done

python3 - "$PRODUCTS" "$ORDERS" "$RESULTS" <<'PY'
import statistics, sys
products, orders = int(sys.argv[1]), int(sys.argv[2])
rounds = [list(map(float, line.split())) for line in open(sys.argv[3])]
# Ratios are taken per round (psql and ecomctl ran back to back), then the median.
def ratio(tool, copy):
    return statistics.median(r[tool] / r[copy] for r in rounds)
p_copy, p_tool, p_rss, o_copy, o_tool, o_rss, c_tool, c_rss = (
    statistics.median(r[i] for r in rounds) if i not in (2, 5, 7) else max(r[i] for r in rounds)
    for i in range(8))
if len(rounds) > 1:
    print(f"medians of {len(rounds)} rounds (peak RSS: the highest)")
print(f"products import ({products:,}): ecomctl {p_tool:.1f}s vs psql \\copy {p_copy:.1f}s = {ratio(1, 0):.2f}x "
      f"(bar <= 1.25x), peak RSS {p_rss / 1024:.0f} MiB (bar <= 100 MB)")
print(f"products import from CSV ({products:,}): ecomctl {c_tool:.1f}s vs psql \\copy {p_copy:.1f}s = "
      f"{ratio(6, 0):.2f}x (bar <= 1.25x), peak RSS {c_rss / 1024:.0f} MiB (bar <= 100 MB)")
print(f"orders import ({orders:,}): ecomctl {o_tool:.1f}s vs psql \\copy {o_copy:.1f}s = {ratio(4, 3):.2f}x "
      f"(bar <= 1.5x), peak RSS {o_rss / 1024:.0f} MiB")
PY
