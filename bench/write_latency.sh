#!/usr/bin/env bash
# Whole-process latency of writes with the Meilisearch push on against
# --no-index, on an index already holding many orders (docs/design.md "The numbers"):
#   orders create (3 items), push on   ≤ 1.5 × --no-index   (median)
#   orders create --no-index           ≤ 1.3 × products get (median)
# Also measures orders set-state and orders update the same way.
#
#   bench/write_latency.sh [RUNS]   (default 50 runs per case)
#   BENCH_INDEX_ORDERS=200000       orders in the index first (default 200000)
#   BENCH_LOOP=1000                 also time a loop of that many creates, push
#                                   on vs off, then one sync and `index check`
#
# Against the fake Meilisearch (realistic timing) unless MEILI_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS="${1:-50}"
ORDERS="${BENCH_INDEX_ORDERS:-200000}"

bench_build
bench_meili
bench_database ecomctl_bench_writes
echo "seeding and indexing $ORDERS orders..."
bench_seed_orders "$ORDERS"
"$BIN" -q --no-progress reindex >/dev/null
bench_wait_idle
# Let autovacuum's work on the fresh tables not land in the middle of a case.
psql -q "$DATABASE_URL" -c "VACUUM ANALYZE"

python3 - "$BIN" "$RUNS" "${BENCH_LOOP:-0}" <<'PY'
import statistics, subprocess, sys, time
binary, runs, loop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def timed(args):
    start = time.perf_counter()
    subprocess.run([binary, "-q"] + args, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000

def measure_pair(make_args, label, with_get=False):
    """Push on and --no-index (and `products get`), interleaved run by run,
    so that background work (autovacuum, the fake indexing) weighs on all
    alike."""
    on, off, gets = [], [], []
    for i in range(-3, runs):
        a, b = timed(make_args(i, [])), timed(make_args(i, ["--no-index"], offset=runs + 4))
        c = timed(["products", "get", "BENCH-A"]) if with_get else 0.0
        if i >= 0:
            on.append(a)
            off.append(b)
            gets.append(c)
    if with_get:
        print(f"{'products get':<34} median {statistics.median(gets):7.2f} ms")
        results["get"] = statistics.median(gets)
    for name, samples in (("push on", on), ("push off", off)):
        samples.sort()
        p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
        print(f"{label + ', ' + name:<34} median {statistics.median(samples):7.2f} ms   p95 {p95:7.2f} ms")
    return statistics.median(on), statistics.median(off)

create = ["orders", "create", "--customer-email", "bench@example.com",
          "--item", "BENCH-A=1", "--item", "BENCH-B=2", "--item", "BENCH-C=3"]
# Seeded orders are CREATED: each case takes its own range of ids.
def order_id(base, i):
    return str(base + (i if i >= 0 else runs - i))
results = {}
results["create on"], results["create off"] = measure_pair(
    lambda i, flag, offset=0: flag + create, "orders create", with_get=True)
base = 1
results["set-state on"], results["set-state off"] = measure_pair(
    lambda i, flag, offset=0: flag + ["orders", "set-state", order_id(base + offset, i), "SHIPPED"],
    "orders set-state")
base = 1 + 2 * (runs + 4)
results["update on"], results["update off"] = measure_pair(
    lambda i, flag, offset=0: flag + ["orders", "update", order_id(base + offset, i), "--item", "BENCH-A=2"],
    "orders update")

print()
for op in ("create", "set-state", "update"):
    ratio = results[f"{op} on"] / results[f"{op} off"]
    print(f"{op:<10} push on / --no-index: {ratio:.2f}  (bar: <= 1.5)")
print(f"create --no-index / products get: {results['create off'] / results['get']:.2f}  (bar: <= 1.3)")

if loop:
    for push, flag in (("off", ["--no-index"]), ("on", [])):
        start = time.perf_counter()
        for _ in range(loop):
            subprocess.run([binary, "-q"] + flag + create, check=True, stdout=subprocess.DEVNULL)
        print(f"{loop} x orders create, push {push}: {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    subprocess.run([binary, "-q", "--wait-timeout", "3600", "sync"], check=True)
    print(f"then one sync: {time.perf_counter() - start:.1f} s")
    check = subprocess.run([binary, "index", "check"], capture_output=True, text=True)
    print(f"index check: exit {check.returncode}: {check.stderr.strip()}")
PY
