"""Products of a location: their content, slugs, variants and listing.

Prices live in ``prices.py``; a product's collections in ``collections.py``; its place in a store in
``storefront.py``. Deleting a product deletes its prices and reviews (cascades declared in ``area.py``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars.slugs import slugify
from mock_server.apis.common import iso_z
from mock_server.apis.products import events, storefront
from mock_server.apis.products.tables import COLLECTIONS, PRICES, PRODUCTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: a product's slug is unique in its location. Live GHL does not enforce it: GoHighLevel/
# highlevel-api-docs issue #336 shows PUT /products/:productId accepting another product's slug, after
# which the store shows the older product at that address. The mock refuses it, so an app finds the clash
# in its tests rather than in a customer's store. 400, as GHL's services answer business-rule failures
# (no products.json operation declares a 409); the reporter of #336 asked for 409, one line to change here.
SLUG_TAKEN = "Product with slug '{slug}' already exists in this location"
UNKNOWN_COLLECTION = "Collection with id {id} not found"
UNKNOWN_PRICE_OF_PRODUCT = "Price with id {id} not found for this product"
# What a product's answer carries (ProductOut's fields; GHL adds no others the files name).
ANSWERED = ("_id", "description", "variants", "locationId", "name", "productType", "availableInStore",
            "createdAt", "updatedAt", "statementDescriptor", "image", "collectionIds", "isTaxesEnabled", "taxes",
            "automaticTaxCategoryId", "label", "slug", "medias", "isLabelEnabled", "seo", "taxInclusive")


def public(product: dict[str, Any]) -> dict[str, Any]:
    return {k: product[k] for k in ANSWERED if k in product}


def create_product(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    product_id = tenant.new_id()
    product = {"id": product_id, "_id": product_id, "locationId": tenant.location_id, "availableInStore": False,
               "collectionIds": [], "variants": [], "medias": [], "taxes": [], "stores": {}}
    answer = public(_write(tenant, product, fields))
    tenant.emit(events.PRODUCT_CREATE, events.product_payload(answer))
    return answer


def update_product(tenant: Tenant, product_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Change the fields the update sends; the others keep their values.

    DECISION: a merge, not a replacement: the update body requires only what the create does (name,
    productType, locationId), and a client that leaves out ``variants`` or ``collectionIds`` does not mean
    to drop them."""
    product = tenant.require(PRODUCTS, product_id)
    for price_id in fields.pop("prices", None) or []:
        price = tenant.store.get(PRICES, price_id)
        if price is None or price["product"] != product_id:
            raise BadRequest(UNKNOWN_PRICE_OF_PRODUCT.format(id=price_id))
    answer = public(_write(tenant, product, fields))
    tenant.emit(events.PRODUCT_UPDATE, events.product_payload(answer))
    return answer


def edit_product(tenant: Tenant, product: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Change only ``fields`` of ``product`` (the bulk edit), with the same checks as a create."""
    return _write(tenant, product, fields)


def _write(tenant: Tenant, product: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in _without_nulls(fields).items() if k != "locationId"}
    for collection_id in fields.get("collectionIds") or []:
        if tenant.store.get(COLLECTIONS, collection_id) is None:
            raise BadRequest(UNKNOWN_COLLECTION.format(id=collection_id))
    merged = {**product, **fields}
    if fields.get("slug"):
        ensure_slug_free(tenant, fields["slug"], except_id=product["id"])
    elif not merged.get("slug"):
        merged["slug"] = _free_slug(tenant, merged["name"], except_id=product["id"])
    if "variants" in fields:
        _check_variants(tenant, merged)
    now = iso_z(tenant.now())
    merged.setdefault("createdAt", now)
    merged["updatedAt"] = now
    return tenant.store.put(PRODUCTS, merged)


def ensure_slug_free(tenant: Tenant, slug: str, *, except_id: str | None = None) -> None:
    if any(p["id"] != except_id for p in tenant.store.find(PRODUCTS, "slug", slug)):
        raise BadRequest(SLUG_TAKEN.format(slug=slug))


def _free_slug(tenant: Tenant, name: str, *, except_id: str) -> str:
    """A slug made from the name ("Blue Mug!" -> "blue-mug", then "blue-mug-2" ...), as GHL's UI proposes."""
    base = slugify(name, fallback="product")
    candidate, n = base, 1
    while any(p["id"] != except_id for p in tenant.store.find(PRODUCTS, "slug", candidate)):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# DECISION: variant option ids are the product's own (GHL's UI makes short random ones, "h4z7u0im2q8");
# an option id used twice in one product is refused, as a price names its variant by option ids.
DUPLICATE_OPTION = "Variant option id {id} is used more than once"
OPTION_IN_USE = "Variant option {id} is used by a price of this product"


def _check_variants(tenant: Tenant, product: dict[str, Any]) -> None:
    options = [o["id"] for v in product.get("variants") or [] for o in v["options"]]
    seen: set[str] = set()
    for option_id in options:
        if option_id in seen:
            raise BadRequest(DUPLICATE_OPTION.format(id=option_id))
        seen.add(option_id)
    for price in tenant.store.find(PRICES, "product", product["id"]):
        for option_id in price.get("variantOptionIds") or []:
            if option_id not in seen:
                raise BadRequest(OPTION_IN_USE.format(id=option_id))


def variant_option_ids(product: dict[str, Any]) -> set[str]:
    return {o["id"] for v in product.get("variants") or [] for o in v["options"]}


def get_product(tenant: Tenant, id_or_slug: str) -> dict[str, Any]:
    """The product by its id or, as GHL's docs allow for GET /products/:productId, by its slug."""
    found = tenant.store.get(PRODUCTS, id_or_slug) or next(iter(tenant.store.find(PRODUCTS, "slug", id_or_slug)),
                                                          None)
    return public(found) if found is not None else public(tenant.require(PRODUCTS, id_or_slug))


def delete_product(tenant: Tenant, product_id: str) -> None:
    product = public(tenant.require(PRODUCTS, product_id))
    tenant.delete(PRODUCTS, product_id)
    tenant.emit(events.PRODUCT_DELETE, events.product_payload(product))


def list_products(tenant: Tenant, *, limit: int, offset: int, search: str | None = None,
                  collection_ids: list[str] | None = None, collection_slug: str | None = None,
                  product_ids: list[str] | None = None, store_id: str | None = None,
                  included_in_store: bool | None = None, available_in_store: bool | None = None,
                  sort_order: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """The location's products matching every filter given, newest first unless ``sort_order`` is asc,
    and how many matched before paging."""
    products = tenant.store.scan_ids(PRODUCTS, product_ids) if product_ids else tenant.store.scan(PRODUCTS)
    if search:
        products = [p for p in products if search.casefold() in p["name"].casefold()]
    if collection_slug:
        collection_ids = [*(collection_ids or []), *(c["id"] for c in tenant.store.find(COLLECTIONS, "slug",
                                                                                          collection_slug))]
        if not collection_ids:
            return [], 0
    if collection_ids:
        wanted = set(collection_ids)
        products = [p for p in products if wanted & set(p.get("collectionIds") or [])]
    if available_in_store is not None:
        products = [p for p in products if bool(p.get("availableInStore")) == available_in_store]
    if store_id and included_in_store is not None:
        products = [p for p in products if storefront.included(p, store_id) == included_in_store]
    # DECISION: newest first (createdAt desc) unless sortOrder=asc; a store's listing follows its display
    # priorities first (storefront.py).
    newest_first = sort_order != "asc"
    if newest_first:  # records made in the same millisecond: the later one first (sorts below are stable)
        products.reverse()
    products.sort(key=lambda p: p["createdAt"], reverse=newest_first)
    if store_id:
        products.sort(key=lambda p: storefront.priority(p, store_id))
    return [public(p) for p in page(products, offset, limit)], len(products)


def page(items: list[Any], offset: int, limit: int) -> list[Any]:
    """``limit`` items from ``offset``; a limit of 0 is no limit (see models.PageQuery)."""
    return items[offset:offset + limit] if limit else items[offset:]


def _without_nulls(value: Any) -> Any:
    """DECISION: a null is a field not sent (products.json declares none nullable), at any depth (``label``'s
    ``startDate`` too): the product keeps its value rather than answering a null its schema refuses."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value
