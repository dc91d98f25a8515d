#!/usr/bin/env python3
"""The engine side of bench/index_settings.sh (read it first).

    index_settings.py run       time the settings, reindex, check relevance
    index_settings.py cleanup   delete the benchmark's indexes
"""
import json, os, statistics, subprocess, sys, time, urllib.error, urllib.request

URL = os.environ["MEILI_URL"].rstrip("/")
KEY = os.environ.get("MEILI_API_KEY")
LIVE = os.environ["ECOMCTL_INDEX"]
PREFIX = "bench_settings_"
DUMP = f"/tmp/ecomctl-bench-settings-{os.environ.get('ORDERS', 'x')}.ndjson"

EQUALITY = ["state", "customer_email", "items.product_sku", "items.product_id"]
RANGES = ["created_at_ts", "total_price"]
SORTABLE = ["created_at_ts", "total_price", "id"]
COMPACT = ["customer_email", "external_ref", "state", "items.product_name", "items.product_sku"]


def settings(kind, searchable):
    """What ecomctl applied before ("plain") and applies now ("tuned"), as in src/search/settings.rs."""
    body = {"sortableAttributes": SORTABLE,
            "searchableAttributes": ["*"] if searchable == "full" else COMPACT}
    if kind == "plain":
        body["filterableAttributes"] = EQUALITY + RANGES
        return body

    def rule(names, comparison):
        return {"attributePatterns": names,
                "features": {"facetSearch": False, "filter": {"equality": True, "comparison": comparison}}}
    body.update({"filterableAttributes": [rule(EQUALITY, False), rule(RANGES, True)],
                 "proximityPrecision": "byAttribute", "facetSearch": False,
                 "typoTolerance": {"disableOnNumbers": True}})
    return body


def http(method, path, body=None, content_type="application/json"):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(URL + path, data=data, method=method)
    if KEY:
        request.add_header("Authorization", f"Bearer {KEY}")
    if data is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=600) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def wait(task_uids, may_fail=False):
    for uid in task_uids:
        while True:
            _, task = http("GET", f"/tasks/{uid}")
            if task["status"] in ("succeeded", "failed", "canceled"):
                if task["status"] != "succeeded" and not may_fail:
                    sys.exit(f"task {uid} {task['status']}: {task.get('error')}")
                break
            time.sleep(0.05)


def make_index(uid, body):
    delete_index(uid)
    wait([http("POST", "/indexes", {"uid": uid, "primaryKey": "id"})[1]["taskUid"]])
    wait([http("PATCH", f"/indexes/{uid}/settings", body)[1]["taskUid"]])


def dump_documents():
    """The live index's documents (as ecomctl built them) as NDJSON, once."""
    if os.path.exists(DUMP):
        return
    with open(DUMP + ".part", "w") as out:
        offset = 0
        while True:
            _, page = http("GET", f"/indexes/{LIVE}/documents?limit=10000&offset={offset}")
            for doc in page["results"]:
                out.write(json.dumps(doc, separators=(",", ":")) + "\n")
            offset += len(page["results"])
            if len(page["results"]) < 10000:
                break
    os.rename(DUMP + ".part", DUMP)


def post_directly(uid):
    """Posts the dump in two requests (as curl would) and waits: seconds."""
    lines = open(DUMP, "rb").read().split(b"\n")
    half = len(lines) // 2
    bodies = [b"\n".join(lines[:half]), b"\n".join(lines[half:])]
    started = time.perf_counter()
    tasks = [http("POST", f"/indexes/{uid}/documents", body, "application/x-ndjson")[1]["taskUid"]
             for body in bodies]
    wait(tasks)
    return time.perf_counter() - started


def reindex(searchable):
    started = time.perf_counter()
    subprocess.run([os.environ["BIN"], "-q", "--no-progress", "--searchable", searchable, "reindex"],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def relevance(uid, docs, sample):
    """Each query's first hits must meet its rule. Returns failures."""
    failures = []

    def hits(q, n=20):
        status, answer = http("POST", f"/indexes/{uid}/search", {"q": q, "limit": n})
        assert status == 200, answer
        return answer["hits"]

    def names(doc):
        return " ".join(i["product_name"].lower() for i in doc["items"])

    for order in sample:
        email, item = order["customer_email"], order["items"][0]
        name_words = item["product_name"].lower().split()
        noun = max(name_words, key=len)
        # one letter changed (words of five letters and more allow one typo)
        typo = noun[:2] + ("a" if noun[2] != "a" else "e") + noun[3:] if len(noun) >= 5 else noun
        same_email = sum(1 for d in docs.values() if d["customer_email"] == email)
        same_sku = sum(1 for d in docs.values() if any(i["product_sku"] == item["product_sku"] for i in d["items"]))
        first_name = email.split("@")[0].split(".")[0]
        checks = [
            ("e-mail", email, min(20, same_email), lambda h: h["customer_email"] == email),
            ("external ref", order["external_ref"], 1, lambda h: h["id"] == order["id"]),
            ("SKU", item["product_sku"], min(20, same_sku),
             lambda h: any(i["product_sku"] == item["product_sku"] for i in h["items"])),
            ("product words", item["product_name"], 20, lambda h: all(w in names(h) for w in name_words)),
            ("a typo", typo, 20, lambda h: noun in names(h)),
            ("two words", f"{first_name} {noun}", 5,
             lambda h: h["customer_email"].startswith(first_name) and noun in names(h)),
        ]
        for what, query, first, rule in checks:
            got = hits(query, first)
            if len(got) < first or not all(rule(h) for h in got[:first]):
                failures.append(f"{uid}: {what} {query!r}: the first {first} hit(s) should match; got ids "
                                f"{[h['id'] for h in got[:first]]}")
    return failures


def delete_index(uid):
    """Deletes an index and waits, so that the next case does not pay for it."""
    status, answer = http("DELETE", f"/indexes/{uid}")
    if status == 202:
        wait([answer["taskUid"]], may_fail=True)  # fails when there was no such index


def run():
    # BENCH_ROUNDS rounds; the order of the three cases rotates from round to
    # round (whatever runs right after a large index was built or deleted
    # pays for the engine's leftover work), and each round's ratios are
    # taken within the round; the medians are reported.
    rounds = int(os.environ.get("BENCH_ROUNDS", "1"))
    times = {}
    docs = {}
    for r in range(rounds):
        for searchable in ["full", "compact"]:
            cases = ["reindex", "plain", "tuned"]
            cases = cases[r % 3:] + cases[:r % 3]
            for kind in cases:
                print(f"round {r + 1}: {kind}, searchable {searchable}...", flush=True)
                if kind == "reindex":
                    seconds = reindex(searchable)
                else:
                    dump_documents()
                    uid = f"{PREFIX}{kind}_{searchable}"
                    make_index(uid, settings(kind, searchable))
                    seconds = post_directly(uid)
                    if searchable == "compact":
                        delete_index(uid)
                times.setdefault((kind, searchable), []).append(seconds)
    with open(DUMP) as f:
        for line in f:
            doc = json.loads(line)
            docs[doc["id"]] = doc

    print()
    print(f"{len(docs)} documents, {os.path.getsize(DUMP) / 2**20:.0f} MiB NDJSON, "
          f"{rounds} round(s): medians (ratios taken within each round)")
    print("| searchable | plain settings, direct | tuned, direct | ecomctl reindex (tuned) | reindex / plain direct | reindex / tuned direct |")
    print("|---|---|---|---|---|---|")
    for searchable in ["full", "compact"]:
        plain, tuned, ours = (times[(k, searchable)] for k in ["plain", "tuned", "reindex"])
        per_plain = statistics.median(o / p for o, p in zip(ours, plain))
        per_tuned = statistics.median(o / t for o, t in zip(ours, tuned))
        print(f"| {searchable} | {statistics.median(plain):.1f} s | {statistics.median(tuned):.1f} s "
              f"| {statistics.median(ours):.1f} s | {per_plain:.2f} | {per_tuned:.2f} |")
    if rounds > 1:
        for key, values in sorted(times.items()):
            print(f"  {key[0]} {key[1]}: " + ", ".join(f"{v:.1f}" for v in values))
    print("bars (searchable full): reindex / plain direct <= 0.65, reindex / tuned direct <= 1.0")

    ids = sorted(docs)
    sample = [docs[ids[i * len(ids) // 5]] for i in range(5)]
    failures = []
    for kind in ["plain", "tuned"]:
        failures += relevance(f"{PREFIX}{kind}_full", docs, sample)
    print(f"relevance: {6 * len(sample)} queries on the plain and on the tuned index: "
          + ("all first hits as expected" if not failures else f"{len(failures)} failure(s)"))
    for failure in failures:
        print("  " + failure)
    cleanup()
    sys.exit(1 if failures else 0)


def cleanup():
    for kind in ["plain", "tuned"]:
        for searchable in ["full", "compact"]:
            http("DELETE", f"/indexes/{PREFIX}{kind}_{searchable}")


if __name__ == "__main__":
    {"run": run, "cleanup": cleanup}[sys.argv[1]]()
