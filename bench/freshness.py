#!/usr/bin/env python3
"""Commit-to-searchable lag of another writer's changes (bench/freshness.sh).

    freshness.py MODE SECONDS RATE

Another writer (one psql session, as an application's pooled connection
would be) changes a random order's customer e-mail RATE times a second for
SECONDS, each change its own transaction. A poller reads the changed
documents from Meilisearch every 20 ms and notes when each change became
visible. MODE:

  watcher   nothing else: `sync --watch` (started by the caller) carries the
            change, queued in the writer's transaction by the capture.
  direct    the yardstick: right after each commit this script posts the
            change straight to Meilisearch itself (a partial document update).

Prints one JSON line: the lags' median, p95, p99 and max in seconds, and how
many changes never became visible within 30 s after the last one.
Environment: DATABASE_URL, MEILI_URL, MEILI_API_KEY (optional), ECOMCTL_INDEX.
"""

import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.request

MODE, SECONDS, RATE = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
MEILI = os.environ["MEILI_URL"].rstrip("/")
KEY = os.environ.get("MEILI_API_KEY")
INDEX = os.environ["ECOMCTL_INDEX"]


def meili(method, path, body):
    request = urllib.request.Request(MEILI + path, method=method, data=json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if KEY:
        request.add_header("Authorization", f"Bearer {KEY}")
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())


orders = int(subprocess.run(["psql", "-Atq", os.environ["DATABASE_URL"], "-c", "SELECT max(id) FROM orders"],
                            check=True, capture_output=True, text=True).stdout)
rng = random.Random(42)
# The writer: one session, line-buffered so that each commit's time is read
# as it happens.
writer = subprocess.Popen(["stdbuf", "-oL", "psql", "-Atq", "-v", "ON_ERROR_STOP=1",
                           os.environ["DATABASE_URL"]],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
                          env=dict(os.environ, PGAPPNAME="shop-app"))

pending = {}      # order id -> (marker, commit time)
lags = []
lock = threading.Lock()
done = threading.Event()


def poll():
    while not done.is_set() or pending:
        with lock:
            wanted = dict(pending)
        if wanted:
            found = meili("POST", f"/indexes/{INDEX}/documents/fetch",
                          {"ids": [str(i) for i in wanted], "fields": ["id", "customer_email"],
                           "limit": len(wanted)})
            now = time.time()
            with lock:
                for doc in found["results"]:
                    entry = pending.get(doc["id"])
                    if entry and doc.get("customer_email") == entry[0]:
                        lags.append(now - entry[1])
                        del pending[doc["id"]]
        if done.is_set() and time.time() > done_at + 30:
            break
        time.sleep(0.02)


done_at = float("inf")
poller = threading.Thread(target=poll)
poller.start()
start = time.time()
n = 0
while time.time() - start < SECONDS:
    due = start + n / RATE
    if due > time.time():
        time.sleep(due - time.time())
    order = rng.randint(1, orders)
    marker = f"fresh-{MODE}-{n}@example.com"   # unique across runs
    writer.stdin.write(f"UPDATE orders SET customer_email = '{marker}' WHERE id = {order} "
                       f"RETURNING extract(epoch FROM clock_timestamp());\n")
    committed = float(writer.stdout.readline())
    with lock:
        pending[order] = (marker, committed)
    if MODE == "direct":
        meili("PUT", f"/indexes/{INDEX}/documents", [{"id": order, "customer_email": marker}])
    n += 1
writer.stdin.close()
writer.wait()
done_at = time.time()
done.set()
poller.join()

lags.sort()
def pct(p):
    return round(lags[min(len(lags) - 1, int(len(lags) * p))], 3) if lags else None
print(json.dumps({"mode": MODE, "changes": n, "visible": len(lags), "never": len(pending),
                  "median": pct(0.5), "p95": pct(0.95), "p99": pct(0.99),
                  "max": round(lags[-1], 3) if lags else None}))
