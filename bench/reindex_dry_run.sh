#!/usr/bin/env bash
# `ecomctl reindex --dry-run` throughput and peak memory on generated orders
# (docs/design.md "The numbers": >= 300k documents/s; reindex peak RSS <= 200 MB).
#
#   bench/reindex_dry_run.sh [ORDERS] [PRODUCTS]     (default 1000000 orders, 10000 products)
#
# Generates the data with bench/gen_data.py (seed 42) into $BENCH_DATA (default
# /tmp/ecomctl-bench-<orders>), loads it with psql \copy into a scratch
# database `ecomctl_bench_reindex` (dropped at the end), then times the dry run.
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS="${1:-1000000}"
PRODUCTS="${2:-10000}"
ADMIN="${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
DATA="${BENCH_DATA:-/tmp/ecomctl-bench-$ORDERS}"
DB=ecomctl_bench_reindex
export DATABASE_URL="${ADMIN%/*}/$DB"
export PGOPTIONS="-c client_min_messages=warning"

cargo build --release --quiet
# Where cargo put it: CARGO_TARGET_DIR when set (relative to the repository), else ./target.
BIN="$(realpath -m "${CARGO_TARGET_DIR:-target}")/release/ecomctl"

[ -f "$DATA/order_items.csv" ] || python3 bench/gen_data.py --products "$PRODUCTS" --orders "$ORDERS" --out "$DATA"

psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
trap 'psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
$BIN -q migrate >/dev/null
psql -q "$DATABASE_URL" <<SQL
\copy products (sku, name, description, manufacturer, stocked_at, seller_email, price, stock) FROM '$DATA/products.csv' WITH (FORMAT csv, HEADER true, NULL '')
\copy orders (id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at) FROM '$DATA/orders.csv' WITH (FORMAT csv, HEADER true, NULL '')
\copy order_items (order_id, product_id, product_sku, product_name, product_description, product_price, quantity) FROM '$DATA/order_items.csv' WITH (FORMAT csv, HEADER true, NULL '')
SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT max(id) FROM orders)) \g /dev/null
VACUUM ANALYZE;
SQL

# Warm the cache once, then measure.
$BIN -q reindex --dry-run >/dev/null
/usr/bin/time -v -o /tmp/ecomctl-reindex-time.txt $BIN -o json --no-progress reindex --dry-run > /tmp/ecomctl-reindex.json
python3 - <<'PY'
import json, re
summary = json.load(open("/tmp/ecomctl-reindex.json"))
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open("/tmp/ecomctl-reindex-time.txt").read()).group(1))
print(f"reindex --dry-run: {summary['documents']} documents in {summary['seconds']:.2f}s = "
      f"{summary['documents_per_second']:,.0f} documents/s (bar >= 300,000), "
      f"{summary['bytes'] / 2**20:.0f} MiB NDJSON in {summary['batches']} batches, "
      f"peak RSS {rss_kb / 1024:.0f} MiB (bar <= 200 MB)")
PY
