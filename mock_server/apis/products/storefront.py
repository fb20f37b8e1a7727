"""A store's products: which are included in it, in what order it shows them, and its counts.

DECISION: stores are GHL websites and funnels, which the mock does not serve, so any ``storeId`` names a
store of the location. A product is in a store when it is ``availableInStore`` (GHL's switch for every
store) unless it was excluded from that store, or when it was included in it; each product keeps its own
per-store choice and display priority (``stores`` on the product record).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.products.tables import PRODUCTS
from mock_server.platform.tenant_context import Tenant

# A product no priority was given in a store shows after every product that has one.
UNRANKED = 1 << 31


def included(product: dict[str, Any], store_id: str) -> bool:
    choice = (product.get("stores") or {}).get(store_id, {}).get("included")
    return bool(product.get("availableInStore")) if choice is None else choice


def priority(product: dict[str, Any], store_id: str) -> int:
    return (product.get("stores") or {}).get(store_id, {}).get("priority", UNRANKED)


def _set(tenant: Tenant, product_ids: list[str], store_id: str, key: str, values: list[Any]) -> None:
    """Set ``key`` of the store's entry on each product: every product must be the location's (else GHL's
    400 for the first unknown one, and nothing changes)."""
    products = [tenant.require(PRODUCTS, product_id) for product_id in product_ids]
    now = iso_z(tenant.now())
    for product, value in zip(products, values, strict=True):
        stores = dict(product.get("stores") or {})
        stores[store_id] = {**stores.get(store_id, {}), key: value}
        tenant.store.put(PRODUCTS, {**product, "stores": stores, "updatedAt": now})


def include(tenant: Tenant, store_id: str, product_ids: list[str], action: str) -> None:
    """``action`` "include" or "exclude" each product in the store."""
    _set(tenant, product_ids, store_id, "included", [action == "include"] * len(product_ids))


def prioritize(tenant: Tenant, store_id: str, ranks: list[tuple[str, int]]) -> None:
    """Give each product its display priority in the store (lower shows first)."""
    _set(tenant, [product_id for product_id, _ in ranks], store_id, "priority", [rank for _, rank in ranks])


def stats(tenant: Tenant, store_id: str, *, search: str | None = None,
          collection_ids: str | None = None) -> dict[str, int]:
    """How many products the location has, and how many of them the store includes and excludes (among those
    matching ``search`` in their name and ``collection_ids``, comma-separated, when given)."""
    products = tenant.store.scan(PRODUCTS)
    if search:
        products = [p for p in products if search.casefold() in p["name"].casefold()]
    if collection_ids:
        wanted = set(split_ids(collection_ids))
        products = [p for p in products if wanted & set(p.get("collectionIds") or [])]
    inside = sum(1 for p in products if included(p, store_id))
    return {"totalProducts": len(products), "includedInStore": inside, "excludedFromStore": len(products) - inside}


def split_ids(ids: str) -> list[str]:
    """A comma-separated id list as GHL's queries send it (``"a,b"``), without blanks."""
    return [i.strip() for i in ids.split(",") if i.strip()]
