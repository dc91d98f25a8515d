#!/usr/bin/env python3
"""Deterministic data generator for ecomctl's benchmarks.

    bench/gen_data.py --products N --orders M --out DIR [--seed 42]

Writes, for the same seed always the same bytes:

  products.ndjson      one product per line (the `products import` format)
  products.csv         the same rows as CSV, for a `psql \\copy` baseline
  orders.ndjson        one order per line, lines by SKU (the `orders import` format)
  orders.csv           the final `orders` rows (ids 1..M), for `psql \\copy`
  order_items.csv      the final `order_items` rows, for `psql \\copy`

Products get ids 1..N when loaded into an empty database in file order. Orders
have 1-5 lines of distinct products, realistic text for full-text search,
varied states and creation times over two years.
"""

import argparse
import csv
import json
import os
import random
from datetime import datetime, timedelta, timezone
from decimal import Decimal

ADJECTIVES = ["red", "blue", "green", "black", "white", "silver", "golden", "wooden", "leather",
              "vintage", "compact", "deluxe", "ergonomic", "organic", "waterproof", "wireless",
              "handmade", "classic", "modern", "rustic", "portable", "heavy-duty", "soft", "bright"]
NOUNS = ["shoe", "lamp", "mug", "chair", "table", "backpack", "jacket", "kettle", "headphones",
         "notebook", "pen", "blanket", "pillow", "watch", "bottle", "speaker", "keyboard", "mouse",
         "umbrella", "scarf", "glove", "wallet", "candle", "vase", "plate", "bowl", "knife", "pan"]
MAKERS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Wonka",
          "Tyrell", "Cyberdyne", "Soylent", "Aperture", "Monarch", "Gringotts", None]
WAREHOUSES = ["Berlin-1", "Berlin-2", "Lyon", "Madrid", "Milano", "Warsaw", None]
FIRST = ["ann", "bob", "carla", "dmitri", "eve", "farah", "george", "hana", "ivan", "jules", "kim",
         "lena", "mo", "nina", "omar", "pia", "quentin", "rosa", "sven", "tara", "ugo", "vera"]
DOMAINS = ["example.com", "example.org", "mail.example.net", "shop.example"]
# Weighted like a live shop: most orders are delivered.
STATES = (["DELIVERED"] * 50 + ["SHIPPED"] * 15 + ["CREATED"] * 12 + ["CHANGED"] * 5
          + ["CANCELLED"] * 10 + ["FAILED"] * 3 + ["REFUNDED"] * 5)
CLOSED = {"DELIVERED", "CANCELLED", "FAILED", "REFUNDED"}
EPOCH = datetime(2024, 11, 25, tzinfo=timezone.utc)


def rfc3339(at):
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def products(rng, count):
    for i in range(1, count + 1):
        adjective, noun = rng.choice(ADJECTIVES), rng.choice(NOUNS)
        maker = rng.choice(MAKERS)
        yield {
            "sku": f"SKU-{i:07d}",
            "name": f"{adjective.capitalize()} {noun}",
            "description": f"A {adjective} {noun} {'by ' + maker if maker else 'without a brand'}, "
                           f"{rng.choice(['great', 'perfect', 'ideal'])} for {rng.choice(['home', 'office', 'travel', 'gifts'])}.",
            "manufacturer": maker,
            "stocked_at": rng.choice(WAREHOUSES),
            "seller_email": f"seller{rng.randrange(1, 500)}@{rng.choice(DOMAINS)}",
            "price": f"{Decimal(rng.randrange(99, 50000)) / 100:.2f}",
            "stock": rng.randrange(100, 1000),
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)

    catalogue = []
    with open(os.path.join(args.out, "products.ndjson"), "w") as nd, \
            open(os.path.join(args.out, "products.csv"), "w", newline="") as cf:
        writer = csv.writer(cf)
        writer.writerow(["sku", "name", "description", "manufacturer", "stocked_at", "seller_email", "price", "stock"])
        for product in products(rng, args.products):
            nd.write(json.dumps(product, separators=(",", ":")) + "\n")
            writer.writerow([product[k] if product[k] is not None else "" for k in
                             ["sku", "name", "description", "manufacturer", "stocked_at", "seller_email", "price", "stock"]])
            catalogue.append((product["sku"], product["name"], product["description"], Decimal(product["price"])))

    with open(os.path.join(args.out, "orders.ndjson"), "w") as nd, \
            open(os.path.join(args.out, "orders.csv"), "w", newline="") as of, \
            open(os.path.join(args.out, "order_items.csv"), "w", newline="") as itf:
        orders_csv, items_csv = csv.writer(of), csv.writer(itf)
        orders_csv.writerow(["id", "external_ref", "customer_email", "state", "total_price",
                             "created_at", "updated_at", "closed_at"])
        items_csv.writerow(["order_id", "product_id", "product_sku", "product_name",
                            "product_description", "product_price", "quantity"])
        for order_id in range(1, args.orders + 1):
            created = EPOCH + timedelta(seconds=rng.randrange(0, 730 * 86400))
            state = rng.choice(STATES)
            closed = created + timedelta(hours=rng.randrange(1, 240)) if state in CLOSED else None
            picks = rng.sample(range(len(catalogue)), rng.randint(1, min(5, len(catalogue))))
            lines = [(p, rng.choice([1, 1, 1, 2, 2, 3, 5])) for p in picks]
            total = sum(catalogue[p][3] * q for p, q in lines)
            customer = f"{rng.choice(FIRST)}.{rng.randrange(1, 20000)}@{rng.choice(DOMAINS)}"
            external_ref = f"SHOP-{order_id:08d}"
            nd.write(json.dumps({
                "external_ref": external_ref,
                "customer_email": customer,
                "state": state,
                "created_at": rfc3339(created),
                "items": [{"sku": catalogue[p][0], "quantity": q} for p, q in lines],
            }, separators=(",", ":")) + "\n")
            orders_csv.writerow([order_id, external_ref, customer, state, f"{total:.2f}", rfc3339(created),
                                 rfc3339(closed or created), rfc3339(closed) if closed else ""])
            for p, q in lines:
                sku, name, description, price = catalogue[p]
                items_csv.writerow([order_id, p + 1, sku, name, description, f"{price:.2f}", q])


if __name__ == "__main__":
    main()
