#!/usr/bin/env bash
# `ecomctl reindex --dry-run` throughput and peak memory on generated orders
# (docs/design.md "The numbers": >= 300k documents/s; reindex peak RSS <= 200 MB).
#
#   bench/reindex_dry_run.sh [ORDERS] [PRODUCTS]     (default 1000000 orders, 10000 products)
#
# Generates the data with bench/gen_data.py (seed 42) into $BENCH_DATA (default
# /tmp/ecomctl-bench-<orders>), loads it with psql \copy into a scratch
# database `ecomctl_bench_reindex` (dropped at the end; bench/lib.sh), then
# times the dry run.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ORDERS="${1:-1000000}"
PRODUCTS="${2:-10000}"

bench_build
bench_database ecomctl_bench_reindex
bench_load_generated "$ORDERS" "$PRODUCTS"

# Warm the cache once, then measure.
"$BIN" -q reindex --dry-run >/dev/null
/usr/bin/time -v -o /tmp/ecomctl-reindex-time.txt "$BIN" -o json --no-progress reindex --dry-run > /tmp/ecomctl-reindex.json
python3 - <<'PY'
import json, re
summary = json.load(open("/tmp/ecomctl-reindex.json"))
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open("/tmp/ecomctl-reindex-time.txt").read()).group(1))
print(f"reindex --dry-run: {summary['documents']} documents in {summary['seconds']:.2f}s = "
      f"{summary['documents_per_second']:,.0f} documents/s (bar >= 300,000), "
      f"{summary['bytes'] / 2**20:.0f} MiB NDJSON in {summary['batches']} batches, "
      f"peak RSS {rss_kb / 1024:.0f} MiB (bar <= 200 MB)")
PY
