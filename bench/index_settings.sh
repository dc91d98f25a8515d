#!/usr/bin/env bash
# What the index settings cost the engine (docs/benchmarks.md), on generated
# orders (bench/gen_data.py, seed 42), against a real Meilisearch (MEILI_URL,
# key MEILI_API_KEY; the fake does no indexing work worth measuring):
#
# 1. The documents posted directly (two requests, curl), timed until the
#    engine has indexed them: with the settings ecomctl applied before
#    ("plain": every filterable attribute with every feature, the engine's
#    defaults for the rest) and with today's ("tuned"), for --searchable full
#    and compact.
# 2. `ecomctl reindex` (tuned settings) against (1): bar <= 0.65 x the plain
#    settings posted directly, and <= 1.0 x the tuned ones posted directly.
# 3. A relevance check, the same queries on the plain and the tuned index
#    (e-mail, external ref, SKU, product words, a typo, two words): each
#    query's first hits must meet its rule on both.
#
#   MEILI_URL=http://127.0.0.1:7700 MEILI_API_KEY=… bench/index_settings.sh [ORDERS] [PRODUCTS]
#   BENCH_ROUNDS=3 …: three rounds, the cases in rotating order, medians
#   (default 200000 orders, 10000 products)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ORDERS="${1:-200000}"
PRODUCTS="${2:-10000}"
[ -n "${MEILI_URL:-}" ] || { echo "set MEILI_URL (and MEILI_API_KEY) to a real Meilisearch" >&2; exit 2; }

bench_build
bench_meili
bench_database ecomctl_bench_settings
bench_load_generated "$ORDERS" "$PRODUCTS"
BENCH_CLEANUP+=("python3 bench/index_settings.py cleanup")
export BIN ORDERS
python3 bench/index_settings.py run
