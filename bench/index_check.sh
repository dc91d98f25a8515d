#!/usr/bin/env bash
# `index check` on a large index: wall time and peak RSS (docs/design.md "The numbers":
# streaming, peak RSS <= 200 MB).
#
#   bench/index_check.sh [ORDERS]      (default 1000000)
#
# Against the fake Meilisearch with the test suite's short timing (the check
# reads, it does not index) unless MEILI_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N="${1:-1000000}"

bench_build
if [ -z "${MEILI_URL:-}" ]; then
    cargo build --release --quiet --example fake_meili
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$TARGET_DIR/release/examples/fake_meili" "127.0.0.1:$port" --suite-timing >/dev/null &
    BENCH_CLEANUP+=("kill $!")
    export MEILI_URL="http://127.0.0.1:$port"
    for _ in $(seq 1 100); do curl -sf "$MEILI_URL/health" >/dev/null && break; sleep 0.05; done
fi
export ECOMCTL_INDEX="${ECOMCTL_INDEX:-bench_check}"
bench_database ecomctl_bench_check
echo "seeding $N orders and indexing them..."
bench_seed_orders "$N"
"$BIN" -q --no-progress reindex >/dev/null
bench_wait_idle
start=$(date +%s.%N)
rss=$(bench_peak_rss "$BIN" -q index check)
took=$(echo "$(date +%s.%N) - $start" | bc)
printf 'index check of %d orders: %.1f s, peak RSS %d MiB (bar <= 200 MB)\n' "$N" "$took" "$rss"
