#!/usr/bin/env bash
# Reindex over a slow link, with and without --compress (docs/benchmarks.md):
# a bandwidth-limited TCP proxy on loopback (bench/slow_link.py) stands for a
# Meilisearch on another machine. For ROUNDS rounds, in turn:
#
#   loopback, plain   the yardstick (what `auto` does on loopback)
#   loopback, gzip    what compressing costs where bytes are free
#   link, plain       MBIT Mbit/s, bodies as they are
#   link, gzip        MBIT Mbit/s, gzip level 1
#
# Prints each run's wall time and peak RSS, and the medians of the ratios to
# the yardstick. Bars: link + gzip <= 1.15 x loopback; peak RSS <= 120 MB.
#
#   bench/reindex_link.sh [ORDERS] [MBIT] [ROUNDS]     (defaults 100000 100 3)
#
# Against the fake Meilisearch (realistic timing) unless MEILI_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ORDERS="${1:-100000}"
MBIT="${2:-100}"
ROUNDS="${3:-3}"

bench_build
bench_meili
bench_database ecomctl_bench_link
bench_load_generated "$ORDERS"
target="${MEILI_URL#*://}"
target="${target%%/*}"
proxy_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 bench/slow_link.py "$proxy_port" "$target" "$MBIT" &
BENCH_CLEANUP+=("kill $!")
sleep 0.5
LOOPBACK="$MEILI_URL"
LINK="http://127.0.0.1:$proxy_port"
"$BIN" -q --no-progress reindex >/dev/null   # warm PostgreSQL's cache

# run URL COMPRESS: "seconds peak_mib" of one reindex.
run() {
    local start end rss
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o /tmp/bench_link_rss.$$ \
        env MEILI_URL="$1" "$BIN" -q --no-progress --compress "$2" reindex >/dev/null
    end=$(date +%s.%N)
    rss=$(( $(cat /tmp/bench_link_rss.$$) / 1024 ))
    bench_wait_idle
    echo "$(echo "$end - $start" | bc) $rss"
}

declare -A times rss
cases=("loopback none" "loopback gzip" "link none" "link gzip")
for round in $(seq 1 "$ROUNDS"); do
    line="round $round:"
    for c in "${cases[@]}"; do
        read -r where how <<<"$c"
        url=$LOOPBACK; [ "$where" = link ] && url=$LINK
        read -r t m <<<"$(run "$url" "$how")"
        times["$c"]+="$t "; rss["$c"]+="$m "
        line+=" $where/$how $(printf '%.1f' "$t") s ${m} MiB;"
    done
    echo "$line"
done
median() { printf '%s\n' $@ | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=(${times["loopback none"]})
echo "reindex of $ORDERS orders, median of $ROUNDS rounds, ratio to loopback without compression (bar: link + gzip <= 1.15):"
for c in "${cases[@]}"; do
    t=(${times["$c"]}); ratios=()
    for i in "${!t[@]}"; do ratios+=("$(echo "${t[$i]} / ${base[$i]}" | bc -l)"); done
    printf '  %-14s %6.1f s  x%.2f  peak RSS %s MiB (max of rounds)\n' "$c" "$(median "${t[@]}")" \
        "$(median "${ratios[@]}")" "$(printf '%s\n' ${rss["$c"]} | sort -n | tail -1)"
done
