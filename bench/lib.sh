# Shared by the search benchmarks: a release build, a scratch database, and a
# Meilisearch — the one at MEILI_URL (key MEILI_API_KEY) when set, otherwise
# the fake of the test suite started here with realistic timing
# (examples/fake_meili.rs: 0.75 s per task batch + ~0.36 ms per document).
# Source it from a script that has `cd`-ed to the repository.

ADMIN="${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

# Where cargo puts its output: CARGO_TARGET_DIR when set (relative to the
# repository, as cargo reads it), else ./target.
TARGET_DIR="$(realpath -m "${CARGO_TARGET_DIR:-target}")"

bench_build() {
    # BENCH_BIN: measure that binary instead (an older build, to compare).
    if [ -n "${BENCH_BIN:-}" ]; then
        BIN="$BENCH_BIN"
        return
    fi
    cargo build --release --quiet
    # A copy of its own: a build from another checkout sharing the target
    # directory must not swap the binary in the middle of a run.
    BENCH_BIN_DIR="$(mktemp -d)"
    cp "$TARGET_DIR/release/ecomctl" "$BENCH_BIN_DIR/ecomctl"
    BIN="$BENCH_BIN_DIR/ecomctl"
    BENCH_CLEANUP+=("rm -rf '$BENCH_BIN_DIR'")
}

# bench_database NAME: a fresh scratch database, migrated, dropped on exit.
bench_database() {
    DB="$1"
    export DATABASE_URL="${ADMIN%/*}/$DB"
    PGOPTIONS="-c client_min_messages=warning" psql -q "$ADMIN" \
        -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    BENCH_CLEANUP+=("PGOPTIONS='-c client_min_messages=warning' psql -q '$ADMIN' -c 'DROP DATABASE IF EXISTS $DB WITH (FORCE)'")
    "$BIN" -q migrate >/dev/null
}

# bench_meili: sets MEILI_URL (and ECOMCTL_INDEX) for the tool.
bench_meili() {
    export ECOMCTL_INDEX="${ECOMCTL_INDEX:-bench_orders}"
    if [ -n "${MEILI_URL:-}" ]; then
        echo "Meilisearch: $MEILI_URL (real server)"
        return
    fi
    cargo build --release --quiet --example fake_meili
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$TARGET_DIR/release/examples/fake_meili" "127.0.0.1:$port" >/dev/null &
    local pid=$!
    BENCH_CLEANUP+=("kill $pid")
    export MEILI_URL="http://127.0.0.1:$port"
    for _ in $(seq 1 100); do curl -sf "$MEILI_URL/health" >/dev/null && break; sleep 0.05; done
    echo "Meilisearch: the fake at $MEILI_URL (realistic timing; set MEILI_URL for a real server)"
}

bench_cleanup() {
    for step in "${BENCH_CLEANUP[@]}"; do eval "$step" || true; done
}
BENCH_CLEANUP=()
trap bench_cleanup EXIT

# Seeding behaves as ecomctl does (it queues for search itself, or not at
# all): the capture of other writers (migration V11) skips it.
SEED_OPTIONS="-c client_min_messages=warning -c ecomctl.writer=on"

# bench_seed_orders N: three products and N orders of 3 lines, written by SQL
# (fast), all queued in the outbox.
bench_seed_orders() {
    PGOPTIONS="$SEED_OPTIONS" psql -q "$DATABASE_URL" <<SQL
INSERT INTO products (sku, name, description, seller_email, price, stock)
SELECT 'BENCH-' || c, 'Bench product ' || c, 'A product for benchmarks', 'bench@example.com', 9.99, 100000000
FROM unnest(ARRAY['A', 'B', 'C']) AS c;
INSERT INTO orders (customer_email, total_price, created_at)
SELECT 'customer' || (g % 5000) || '@example.com', 59.94, now() - (g || ' seconds')::interval
FROM generate_series(1, $1) AS g;
INSERT INTO order_items (order_id, product_id, product_sku, product_name, product_description, product_price, quantity)
SELECT o.id, p.id, p.sku, p.name, p.description, p.price, q.n
FROM orders o CROSS JOIN products p JOIN (VALUES ('BENCH-A', 1), ('BENCH-B', 2), ('BENCH-C', 3)) AS q(sku, n) ON q.sku = p.sku;
INSERT INTO search_outbox (order_id) SELECT id FROM orders;
ANALYZE;
SQL
}

# bench_wait_idle: until the server has no enqueued or processing task.
bench_wait_idle() {
    local auth=()
    [ -n "${MEILI_API_KEY:-}" ] && auth=(-H "Authorization: Bearer $MEILI_API_KEY")
    while curl -sf "${auth[@]}" "$MEILI_URL/tasks?statuses=enqueued,processing&limit=1" \
        | grep -q '"uid"'; do
        sleep 0.1
    done
}

# bench_peak_rss_mb CMD...: runs CMD, prints its peak RSS in MiB on fd 3.
bench_peak_rss() {
    /usr/bin/time -f "%M" -o /tmp/bench_rss.$$ "$@" >/dev/null
    echo $(( $(cat /tmp/bench_rss.$$) / 1024 ))
}

# bench_load_generated ORDERS [PRODUCTS]: the deterministic data of
# bench/gen_data.py (seed 42, cached in $BENCH_DATA or /tmp/ecomctl-bench-ORDERS)
# loaded into $DATABASE_URL with psql \copy (nothing is queued for search).
bench_load_generated() {
    local orders="$1" products="${2:-10000}"
    local data="${BENCH_DATA:-/tmp/ecomctl-bench-$orders}"
    [ -f "$data/order_items.csv" ] || python3 bench/gen_data.py --products "$products" --orders "$orders" --out "$data"
    echo "loading $orders generated orders..."
    PGOPTIONS="$SEED_OPTIONS" psql -q "$DATABASE_URL" <<SQL
\copy products (sku, name, description, manufacturer, stocked_at, seller_email, price, stock) FROM '$data/products.csv' WITH (FORMAT csv, HEADER true, NULL '')
\copy orders (id, external_ref, customer_email, state, total_price, created_at, updated_at, closed_at) FROM '$data/orders.csv' WITH (FORMAT csv, HEADER true, NULL '')
\copy order_items (order_id, product_id, product_sku, product_name, product_description, product_price, quantity) FROM '$data/order_items.csv' WITH (FORMAT csv, HEADER true, NULL '')
SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT max(id) FROM orders)) \g /dev/null
VACUUM ANALYZE;
SQL
}

# bench_indexed_generated NAME ORDERS: a scratch database ecomctl_bench_NAME
# loaded with the generated orders (bench_load_generated), indexed by a
# reindex into bench_NAME (ECOMCTL_INDEX), the engine idle afterwards.
bench_indexed_generated() {
    export ECOMCTL_INDEX="bench_$1"
    bench_database "ecomctl_bench_$1"
    bench_load_generated "$2"
    echo "indexing $2 orders..."
    "$BIN" -q --no-progress reindex >/dev/null
    bench_wait_idle
}
