#!/usr/bin/env bash
# Whole-process latency of writes with the Meilisearch push on against
# --no-index, on an index already holding many orders (DESIGN.md §5):
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

python3 - "$BIN" "$RUNS" "${BENCH_LOOP:-0}" <<'PY'
import statistics, subprocess, sys, time
binary, runs, loop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def timed(args):
    start = time.perf_counter()
    subprocess.run([binary, "-q"] + args, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000

def measure(make_args, label):
    for i in range(3):
        timed(make_args(-1 - i))
    samples = sorted(timed(make_args(i)) for i in range(runs))
    median = statistics.median(samples)
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    print(f"{label:<34} median {median:7.2f} ms   p95 {p95:7.2f} ms")
    return median

create = ["orders", "create", "--customer-email", "bench@example.com",
          "--item", "BENCH-A=1", "--item", "BENCH-B=2", "--item", "BENCH-C=3"]
# Seeded orders are CREATED: ids 1..runs+3 for set-state, the next ones for update.
def order_id(base, i):
    return str(base + (i if i >= 0 else runs - i))
results = {}
results["get"] = measure(lambda i: ["products", "get", "BENCH-A"], "products get")
for push, flag in (("on", []), ("off", ["--no-index"])):
    results[f"create {push}"] = measure(lambda i: flag + create, f"orders create, push {push}")
offset = 0
for push, flag in (("on", []), ("off", ["--no-index"])):
    base = 1 + offset
    results[f"set-state {push}"] = measure(
        lambda i: flag + ["orders", "set-state", order_id(base, i), "SHIPPED"],
        f"orders set-state, push {push}")
    offset += runs + 4
for push, flag in (("on", []), ("off", ["--no-index"])):
    base = 1 + offset
    results[f"update {push}"] = measure(
        lambda i: flag + ["orders", "update", order_id(base, i), "--item", "BENCH-A=2"],
        f"orders update, push {push}")
    offset += runs + 4

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
