"""The Products area's demo step: a small catalog (``Area.demo``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

# (name, type, slug, prices: (name, amount, recurring interval or None, stock or None))
CATALOG = (
    ("Coffee Mug", "PHYSICAL", "coffee-mug", (("Default", 14.5, None, 40),)),
    ("Logo T-Shirt", "PHYSICAL", "logo-t-shirt", (("Small", 22, None, 12), ("Large", 24, None, 0))),
    ("Strategy Session", "SERVICE", "strategy-session", (("One hour", 150, None, None),)),
    ("Growth Membership", "DIGITAL", "growth-membership", (("Monthly", 49, "month", None), ("Yearly", 490, "year", None))),
)


def load(demo: DemoLoader) -> None:
    """A collection and four products with one-time and recurring prices, some of them inventoried, and a
    review waiting for moderation."""
    token, location = demo.main_token, demo.main
    collection = demo.call("POST", "/products/collections", token=token, json={
        "altId": location, "altType": "location", "name": "Best Sellers", "slug": "best-sellers"})["data"]
    made, price_ids = [], []
    for n, (name, kind, slug, prices) in enumerate(CATALOG):
        product = demo.call("POST", "/products/", token=token, json={
            "name": name, "locationId": location, "productType": kind, "slug": slug, "availableInStore": True,
            "collectionIds": [collection["_id"]] if n < 2 else []})
        for price_name, amount, interval, stock in prices:
            body = {"name": price_name, "locationId": location, "currency": "USD", "amount": amount,
                    "type": "recurring" if interval else "one_time"}
            if interval:
                body["recurring"] = {"interval": interval, "intervalCount": 1}
            if stock is not None:
                body.update(trackInventory=True, availableQuantity=stock, allowOutOfStockPurchases=False)
            price_ids.append(demo.call("POST", f"/products/{product['_id']}/price", token=token, json=body)["_id"])
        made.append(product)
    demo.seed(location, "product-reviews", {"productId": made[0]["_id"], "rating": 4, "headline": "Sturdy",
                                            "detail": "Keeps coffee warm", "user": {"name": "Sam Rivers",
                                                                                    "email": "sam@example.org"}})
    demo.made["products"] = [p["_id"] for p in made]
    demo.made["prices"] = price_ids  # for later areas' invoices and orders
    demo.summary.update(products=len(made), productCollections=1)
