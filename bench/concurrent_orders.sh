#!/usr/bin/env bash
# 16 concurrent writers creating orders on 10 hot products (docs/design.md "The numbers": zero
# oversell, zero surfaced deadlocks). Each writer runs `ecomctl orders create`
# ROUNDS times with 1-3 random hot products in random order (the order that
# would deadlock without id-ordered locking), until stock runs out.
#
#   bench/concurrent_orders.sh [WRITERS] [ROUNDS] [STOCK]     (default 16 40 50)
set -euo pipefail
cd "$(dirname "$0")/.."
WRITERS="${1:-16}"
ROUNDS="${2:-40}"
STOCK="${3:-50}"
ADMIN="${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
DB=ecomctl_bench_concurrency
export DATABASE_URL="${ADMIN%/*}/$DB"
export PGOPTIONS="-c client_min_messages=warning"
export ECOMCTL_NO_INDEX=true

cargo build --release --quiet
# Where cargo put it: CARGO_TARGET_DIR when set (relative to the repository), else ./target.
BIN="$(realpath -m "${CARGO_TARGET_DIR:-target}")/release/ecomctl"
psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
trap 'psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
$BIN -q migrate >/dev/null
for i in $(seq 1 10); do
    $BIN -q products create --sku "HOT-$i" --name "Hot $i" --price 1.00 --stock "$STOCK" \
        --seller-email bench@example.com >/dev/null
done

python3 - "$BIN" "$WRITERS" "$ROUNDS" "$STOCK" "$DATABASE_URL" <<'PY'
import random, subprocess, sys, threading, time
binary, writers, rounds, stock, url = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
counts = {"created": 0, "refused": 0, "other": 0, "deadlocks": 0}
lock = threading.Lock()

def writer(seed):
    rng = random.Random(seed)
    for _ in range(rounds):
        items = rng.sample(range(1, 11), rng.randint(1, 3))
        args = [binary, "-q", "orders", "create", "--customer-email", f"w{seed}@example.com"]
        for i in items:
            args += ["--item", f"HOT-{i}={rng.randint(1, 3)}"]
        run = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        with lock:
            if "deadlock" in run.stderr.lower():
                counts["deadlocks"] += 1
            if run.returncode == 0:
                counts["created"] += 1
            elif run.returncode == 4 and "insufficient stock" in run.stderr:
                counts["refused"] += 1
            else:
                counts["other"] += 1
                print(run.returncode, run.stderr, file=sys.stderr)

start = time.perf_counter()
threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.perf_counter() - start
sold, left = subprocess.run(
    ["psql", "-qtA", url, "-c",
     "SELECT (SELECT COALESCE(sum(quantity),0) FROM order_items), (SELECT sum(stock) FROM products)"],
    capture_output=True, text=True, check=True).stdout.strip().split("|")
sold, left = int(sold), int(left)
oversell = sold + left != 10 * stock or left < 0
print(f"{writers} writers x {rounds} orders on 10 hot products (stock {stock} each): "
      f"{counts['created']} created, {counts['refused']} refused (exit 4), {counts['other']} other failures, "
      f"{counts['deadlocks']} deadlocks surfaced; sold {sold} + left {left} = {sold + left} "
      f"(initial {10 * stock}) -> {'OVERSELL' if oversell else 'no oversell'}; "
      f"{(counts['created'] + counts['refused']) / elapsed:.0f} orders/s")
sys.exit(1 if oversell or counts["other"] or counts["deadlocks"] else 0)
PY
