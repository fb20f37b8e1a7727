"""Bulk changes to a location's products: prices, availability, collections, currency, deletion, and the
bulk edit of chosen fields. Each is all or nothing: one refused product or price changes none (the
request's transaction)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from mock_server.apis.products import catalog, money, prices
from mock_server.apis.products.tables import PRICES, PRODUCTS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known.
NEGATIVE_PRICE = "The new amount of price {id} would be negative"
NEEDS = {"bulk-update-price": "price", "bulk-update-availability": "availability",
         "bulk-update-product-collection": "collectionIds", "bulk-update-currency": "currency"}
NEEDS_MESSAGE = "{field} is required when type is {type}"


def selected(tenant: Tenant, product_ids: list[str], filters: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The products a bulk change applies to: ``productIds`` (each must be the location's), or, when it is
    empty, every product matching ``filters``.

    DECISION: no ids and no filters select nothing (a bulk change never touches every product by omission).
    """
    if product_ids:
        return [tenant.require(PRODUCTS, product_id) for product_id in product_ids]
    if filters is None:
        return []
    products = tenant.store.scan(PRODUCTS)
    if filters.get("search"):
        products = [p for p in products if filters["search"].casefold() in p["name"].casefold()]
    if filters.get("productType"):
        products = [p for p in products if p["productType"] == filters["productType"]]
    if filters.get("availableInStore") is not None:
        products = [p for p in products if bool(p.get("availableInStore")) == filters["availableInStore"]]
    if filters.get("collectionIds"):
        wanted = set(filters["collectionIds"])
        products = [p for p in products if wanted & set(p.get("collectionIds") or [])]
    return products


def bulk_update(tenant: Tenant, body: dict[str, Any]) -> int:
    """Apply one bulk change (``type``) to the selected products; how many products it touched."""
    kind = body["type"]
    needed = NEEDS.get(kind)
    if needed and body.get(needed) is None:
        raise Unprocessable([NEEDS_MESSAGE.format(field=needed, type=kind)])
    products = selected(tenant, body["productIds"], body.get("filters"))
    for product in products:
        if kind == "bulk-delete-products":
            tenant.delete(PRODUCTS, product["id"])
        elif kind == "bulk-update-availability":
            catalog.edit_product(tenant, product, {"availableInStore": body["availability"]})
        elif kind == "bulk-update-product-collection":
            catalog.edit_product(tenant, product, {"collectionIds": body["collectionIds"]})
        else:
            for price in tenant.store.find(PRICES, "product", product["id"]):
                _reprice(tenant, product, price, body)
    return len(products)


def _reprice(tenant: Tenant, product: dict[str, Any], price: dict[str, Any], body: dict[str, Any]) -> None:
    if body["type"] == "bulk-update-currency":
        prices.edit_price(tenant, product, price, {"currency": body["currency"]})
        return
    changes = {}
    for field, rule in (("amount", body.get("price")), ("compareAtPrice", body.get("compareAtPrice"))):
        stored = price.get(prices.MONEY_FIELDS[field])
        if rule is not None and (stored is not None or rule["type"] == "SET_NEW_PRICE"):
            new = adjust(stored or 0, price["currency"], rule)
            if new < 0:
                raise BadRequest(NEGATIVE_PRICE.format(id=price["id"]))
            changes[field] = money.to_major(new, price["currency"])
    prices.edit_price(tenant, product, price, changes)


def adjust(minor: int, currency: str, rule: dict[str, Any]) -> int:
    """An amount (minor units) changed by a bulk price rule, in minor units; may be negative (the caller refuses
    it), rounded half up to the minor unit, or to a whole major unit with ``roundToWhole``.
    """
    value = money.to_minor(rule["value"], currency) if "AMOUNT" in rule["type"] or rule["type"] == "SET_NEW_PRICE" \
        else Decimal(str(rule["value"]))
    match rule["type"]:
        case "SET_NEW_PRICE":
            new = Decimal(value)
        case "INCREASE_BY_AMOUNT":
            new = Decimal(minor + value)
        case "REDUCE_BY_AMOUNT":
            new = Decimal(minor - value)
        case "INCREASE_BY_PERCENTAGE":
            new = Decimal(minor) * (100 + value) / 100
        case _:  # REDUCE_BY_PERCENTAGE
            new = Decimal(minor) * (100 - value) / 100
    # One rounding, to the unit asked for (rounding to the cent first, then to the whole unit, could be off by
    # a cent more than half a unit: 17.495 -> 17.50 -> 18).
    unit = Decimal(10) ** money.decimals(currency) if rule.get("roundToWhole") else Decimal(1)
    return int((new / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit)


def bulk_edit(tenant: Tenant, edits: list[dict[str, Any]]) -> int:
    """Change the fields each edit sends of its product and of its prices (each price must be the product's);
    how many products changed."""
    for edit in edits:
        product = tenant.require(PRODUCTS, edit["_id"])
        fields = {k: v for k, v in edit.items() if k not in ("_id", "prices")}
        if "taxes" in fields:  # the bulk edit sends tax objects where a product keeps tax ids
            fields["taxes"] = [t.get("_id") or t.get("id") for t in fields["taxes"] if t.get("_id") or t.get("id")]
        product = catalog.edit_product(tenant, product, fields) if fields else product
        for price_edit in edit.get("prices") or []:
            price = tenant.require(PRICES, price_edit["_id"])
            if price["product"] != product["id"]:
                raise BadRequest(prices.NOT_OF_PRODUCT.format(id=price["id"]))
            prices.edit_price(tenant, product, price, {k: v for k, v in price_edit.items() if k != "_id"})
    return len(edits)
