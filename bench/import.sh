#!/usr/bin/env bash
# Import speed against `psql \copy` of the same rows (docs/design.md "The numbers"):
#   products import of N products (NDJSON)   vs  \copy products FROM CSV     bar: <= 1.25x, RSS <= 100 MB
#   orders import of M orders (~3 lines)     vs  \copy orders + order_items  bar: <= 1.5x
# History is on: the imports write their history events as they always do.
#
#   bench/import.sh [PRODUCTS] [ORDERS]      (default 1000000 1000000)
#   BENCH_BIN=path/to/ecomctl bench/import.sh …   measures that build instead
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

for db in $PSQL_DB $TOOL_DB; do
    psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    DATABASE_URL="$(url $db)" $BIN -q migrate >/dev/null
done
trap 'for db in $PSQL_DB $TOOL_DB; do psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; done' EXIT

# Wall seconds and peak RSS (KiB) of a command, into $T and $RSS.
measure() {
    psql -q "$ADMIN" -c CHECKPOINT
    /usr/bin/time -f "%e %M" -o /tmp/ecomctl-bench-time "$@" >/dev/null
    read -r T RSS < /tmp/ecomctl-bench-time
}

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

python3 - "$PRODUCTS" "$ORDERS" "$P_COPY" "$P_TOOL" "$P_RSS" "$O_COPY" "$O_TOOL" "$O_RSS" "$C_TOOL" "$C_RSS" <<'PY'
import sys
products, orders = int(sys.argv[1]), int(sys.argv[2])
p_copy, p_tool, p_rss, o_copy, o_tool, o_rss, c_tool, c_rss = map(float, sys.argv[3:])
print(f"products import ({products:,}): ecomctl {p_tool:.1f}s vs psql \\copy {p_copy:.1f}s = {p_tool / p_copy:.2f}x "
      f"(bar <= 1.25x), peak RSS {p_rss / 1024:.0f} MiB (bar <= 100 MB)")
print(f"products import from CSV ({products:,}): ecomctl {c_tool:.1f}s vs psql \\copy {p_copy:.1f}s = "
      f"{c_tool / p_copy:.2f}x (bar <= 1.25x), peak RSS {c_rss / 1024:.0f} MiB (bar <= 100 MB)")
print(f"orders import ({orders:,}): ecomctl {o_tool:.1f}s vs psql \\copy {o_copy:.1f}s = {o_tool / o_copy:.2f}x "
      f"(bar <= 1.5x), peak RSS {o_rss / 1024:.0f} MiB")
PY
