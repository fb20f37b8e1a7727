"""Product collections of a location (a store's categories): their slugs, and the products in them.

A product names its collections (``collectionIds``); deleting a collection takes it out of every product
(a cascade declared in ``area.py``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.products import catalog, storefront
from mock_server.apis.products.tables import COLLECTIONS, PRODUCTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: a collection's slug is unique in its location, as a product's is (the store serves both under
# /collections/<slug> and /products/<slug>); GHL's text is not known.
SLUG_TAKEN = "Collection with slug '{slug}' already exists in this location"
ID_TAKEN = "Collection with id {id} already exists"
ANSWERED = ("_id", "altId", "name", "slug", "image", "seo", "createdAt", "updatedAt")


def public(collection: dict[str, Any]) -> dict[str, Any]:
    return {k: collection[k] for k in ANSWERED if k in collection}


def create_collection(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """A new collection. DECISION: a ``collectionId`` the client sends becomes its id (GHL's file offers the
    field without saying more), when no record anywhere has it."""
    collection_id = fields.pop("collectionId", None) or tenant.new_id()
    if tenant.world.store.owner(collection_id) is not None:
        raise BadRequest(ID_TAKEN.format(id=collection_id))
    now = iso_z(tenant.now())
    record = {"id": collection_id, "_id": collection_id, "altId": tenant.location_id, "image": "", "seo": {},
              "createdAt": now}
    return public(_write(tenant, record, fields))


def update_collection(tenant: Tenant, collection_id: str, fields: dict[str, Any]) -> None:
    _write(tenant, tenant.require(COLLECTIONS, collection_id), fields)


def _write(tenant: Tenant, collection: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    content = {k: v for k, v in fields.items() if k not in ("altId", "altType") and v is not None}
    slug = content.get("slug")
    if slug and any(c["id"] != collection["id"] for c in tenant.store.find(COLLECTIONS, "slug", slug)):
        raise BadRequest(SLUG_TAKEN.format(slug=slug))
    return tenant.store.put(COLLECTIONS, {**collection, **content, "updatedAt": iso_z(tenant.now())})


def get_collection(tenant: Tenant, collection_id: str) -> dict[str, Any]:
    return public(tenant.require(COLLECTIONS, collection_id))


def delete_collection(tenant: Tenant, collection_id: str) -> None:
    tenant.require(COLLECTIONS, collection_id)
    tenant.delete(COLLECTIONS, collection_id)


def list_collections(tenant: Tenant, *, limit: int, offset: int, collection_ids: str | None = None,
                     name: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """The location's collections in the order they were made (``collection_ids``: only these; ``name``: whose
    name contains it, case-insensitively)."""
    found = tenant.store.scan(COLLECTIONS)
    if collection_ids:
        wanted = set(storefront.split_ids(collection_ids))
        found = [c for c in found if c["id"] in wanted]
    if name:
        found = [c for c in found if name.casefold() in c["name"].casefold()]
    found.sort(key=lambda c: c["createdAt"])
    return [public(c) for c in catalog.page(found, offset, limit)], len(found)


def take_out_of_products(tenant: Tenant, collection_ids: list[str]) -> None:
    """Deleted collections leave every product that named them (a cascade on the collections table)."""
    gone = set(collection_ids)
    for product in tenant.store.scan(PRODUCTS):
        kept = [c for c in product.get("collectionIds") or [] if c not in gone]
        if len(kept) != len(product.get("collectionIds") or []):
            tenant.store.put(PRODUCTS, {**product, "collectionIds": kept})
