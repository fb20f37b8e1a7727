"""The Products area's webhooks: a product's and a price's creation, update and deletion (``Product*``,
``Price*``; ``../shared/design/webhooks.md``: "products and prices -> Product*/Price*").

DECISION: the single-record operations send them (create, update, delete of a product or a price); the bulk
update and bulk edit send nothing (GHL's docs name no event for them), and deleting a product sends only
ProductDelete, not a PriceDelete for each price that goes with it (as a contact's deletion sends only
ContactDelete).
DECISION: a price event cannot carry the price's ``type`` ("one_time"/"recurring"): every body's ``type`` is
the event name (``mock_server/webhooks/oddities.py``). PriceCreate carries it as ``priceType``, which its doc
names; the others leave it out.
"""

from __future__ import annotations

from typing import Any

from mock_server.webhooks import EventType

PRODUCT_CREATE = EventType("ProductCreate", caused_by=("create-product",), always=("_id", "name"))
PRODUCT_UPDATE = EventType("ProductUpdate", caused_by=("update-product-by-id",), always=("_id", "name"))
PRODUCT_DELETE = EventType("ProductDelete", caused_by=("delete-product-by-id",), always=("_id",))
PRICE_CREATE = EventType("PriceCreate", caused_by=("create-price-for-product",),
                         always=("_id", "product", "amount", "currency", "priceType"))
PRICE_UPDATE = EventType("PriceUpdate", caused_by=("update-price-by-id-for-product",),
                         always=("_id", "product", "amount", "currency"))
PRICE_DELETE = EventType("PriceDelete", caused_by=("delete-price-by-id-for-product",), always=("_id", "product"))

EVENTS = (PRODUCT_CREATE, PRODUCT_UPDATE, PRODUCT_DELETE, PRICE_CREATE, PRICE_UPDATE, PRICE_DELETE)

# The fields the docs show (ProductCreate.md, PriceUpdate.md), in their order.
PRODUCT_FIELDS = ("_id", "description", "variants", "medias", "locationId", "name", "productType",
                  "availableInStore", "userId", "createdAt", "updatedAt", "statementDescriptor", "image")
PRICE_FIELDS = ("_id", "membershipOffers", "variantOptionIds", "locationId", "product", "userId", "name", "currency",
                "amount", "recurring", "createdAt", "updatedAt", "compareAtPrice", "trackInventory",
                "availableQuantity", "allowOutOfStockPurchases")


def product_payload(product: dict[str, Any]) -> dict[str, Any]:
    """A product as its events carry it (its public answer): the documented fields it has."""
    return {name: product[name] for name in PRODUCT_FIELDS if product.get(name) is not None}


def price_payload(price: dict[str, Any], *, created: bool = False) -> dict[str, Any]:
    """A price as its events carry it (its public answer, amounts in major units)."""
    payload = {name: price[name] for name in PRICE_FIELDS if price.get(name) is not None}
    if created:
        payload["priceType"] = price["type"]
    return payload
