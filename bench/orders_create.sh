#!/usr/bin/env bash
# Median whole-process wall time of `ecomctl orders create` with 3 items
# against a scratch database on the local PostgreSQL (docs/design.md "The numbers": ≤ 20 ms).
#
#   bench/orders_create.sh [RUNS]        (default 200 runs, after 10 warm-up runs)
#
# Uses BENCH_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) to
# create and drop the scratch database `ecomctl_bench_orders`. The push to
# Meilisearch is skipped (ECOMCTL_NO_INDEX=true) unless BENCH_WITH_MEILI=1, in
# which case MEILI_URL/MEILI_API_KEY are used as set.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-200}"
ADMIN="${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
DB=ecomctl_bench_orders
export DATABASE_URL="${ADMIN%/*}/$DB"
[ "${BENCH_WITH_MEILI:-0}" = 1 ] || export ECOMCTL_NO_INDEX=true

cargo build --release --quiet
# Where cargo put it: CARGO_TARGET_DIR when set (relative to the repository), else ./target.
BIN="$(realpath -m "${CARGO_TARGET_DIR:-target}")/release/ecomctl"

PGOPTIONS="-c client_min_messages=warning" psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
trap 'PGOPTIONS="-c client_min_messages=warning" psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
$BIN -q migrate >/dev/null
for sku in BENCH-A BENCH-B BENCH-C; do
    $BIN -q products create --sku $sku --name "Bench $sku" --price 9.99 --stock 1000000 \
        --seller-email bench@example.com >/dev/null
done

python3 - "$BIN" "$RUNS" <<'PY'
import statistics, subprocess, sys, time
binary, runs = sys.argv[1], int(sys.argv[2])
cmd = [binary, "-q", "orders", "create", "--customer-email", "bench@example.com",
       "--item", "BENCH-A=1", "--item", "BENCH-B=2", "--item", "BENCH-C=3"]
def once():
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000
for _ in range(10):
    once()
samples = sorted(once() for _ in range(runs))
p95 = samples[int(len(samples) * 0.95) - 1]
print(f"orders create (3 items): median {statistics.median(samples):.2f} ms, "
      f"p95 {p95:.2f} ms, min {samples[0]:.2f} ms over {runs} runs (bar: median <= 20 ms)")
PY
