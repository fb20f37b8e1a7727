"""Prices of a product (one-time or recurring), their variants and inventory, and what other areas read of them.

Amounts are stored in the currency's minor units (``amountMinor`` 9999 for 99.99 USD, see money.py) and
answered as GHL's numbers. Other areas (invoices, orders) read a price through ``price_for`` and take stock
through ``take_stock``; they never read the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.products import catalog, events, money, storefront
from mock_server.apis.products.tables import PRICES, PRODUCTS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# Money fields: what the client sends (major units) -> where the mock keeps it (minor units).
MONEY_FIELDS = {"amount": "amountMinor", "compareAtPrice": "compareAtPriceMinor", "setupFee": "setupFeeMinor"}
# DECISION: GHL's texts are not known.
RECURRING_NEEDED = "recurring must be an object when type is recurring"
RECURRING_UNWANTED = "recurring is allowed only when type is recurring"
UNKNOWN_OPTION = "Variant option {id} is not an option of this product"
NOT_OF_PRODUCT = "Price with id {id} not found for this product"
OUT_OF_STOCK = "Only {available} left in stock for {name}"


# -- what other areas read -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CatalogPrice:
    """A price as an invoice or order line uses it: exact money and what selling it needs."""

    id: str
    product_id: str
    product_name: str
    product_type: str
    name: str
    type: str  # "one_time" | "recurring"
    currency: str
    amount_minor: int
    setup_fee_minor: int
    recurring: dict[str, Any] | None  # {"interval": "month", "intervalCount": 1}
    trial_period: int | None
    total_cycles: int | None
    sku: str | None
    track_inventory: bool
    available_quantity: int | None
    allow_out_of_stock: bool
    weight: dict[str, Any] | None  # shippingOptions.weight: {"value": 1.5, "unit": "kg"}

    @property
    def amount(self) -> Decimal:
        """The unit amount in major units, exactly."""
        return money.to_major(self.amount_minor, self.currency)


def price_for(tenant: Tenant, price_id: str) -> CatalogPrice:
    """The location's price ``price_id`` with its product, or GHL's 400 for an unknown (or another location's)
    price. For invoice and order lines of other areas."""
    price = tenant.require(PRICES, price_id)
    product = tenant.require(PRODUCTS, price["product"])
    return CatalogPrice(
        id=price["id"], product_id=product["id"], product_name=product["name"], product_type=product["productType"],
        name=price["name"], type=price["type"], currency=price["currency"], amount_minor=price["amountMinor"],
        setup_fee_minor=price.get("setupFeeMinor") or 0, recurring=price.get("recurring"),
        trial_period=price.get("trialPeriod"), total_cycles=price.get("totalCycles"), sku=price.get("sku"),
        track_inventory=bool(price.get("trackInventory")), available_quantity=price.get("availableQuantity"),
        allow_out_of_stock=bool(price.get("allowOutOfStockPurchases")),
        weight=(price.get("shippingOptions") or {}).get("weight"))


def take_stock(tenant: Tenant, price_id: str, quantity: int) -> None:
    """Sell ``quantity`` of a price: an inventoried price's quantity goes down; past zero only when the price
    allows out-of-stock purchases (else GHL's 400, nothing taken). Called in the seller's transaction."""
    price = tenant.require(PRICES, price_id)
    if not price.get("trackInventory"):
        return
    available = price.get("availableQuantity") or 0
    if quantity > available and not price.get("allowOutOfStockPurchases"):
        raise BadRequest(OUT_OF_STOCK.format(available=max(available, 0), name=price["name"]))
    tenant.store.put(PRICES, {**price, "availableQuantity": available - quantity, "updatedAt": iso_z(tenant.now())})


# -- the API ---------------------------------------------------------------------------------------------------
def public(price: dict[str, Any]) -> dict[str, Any]:
    """The price as GHL answers it: amounts back in major units."""
    answer = {k: v for k, v in price.items() if k not in ("id", *MONEY_FIELDS.values())}
    for field, stored in MONEY_FIELDS.items():
        if price.get(stored) is not None:
            answer[field] = money.as_number(price[stored], price["currency"])
    return answer


def create_price(tenant: Tenant, product_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    product = tenant.require(PRODUCTS, product_id)
    price_id = tenant.new_id()
    answer = public(_write(tenant, product, {"id": price_id, "_id": price_id, "product": product_id,
                                             "locationId": tenant.location_id}, fields))
    tenant.emit(events.PRICE_CREATE, events.price_payload(answer, created=True))
    return answer


def update_price(tenant: Tenant, product_id: str, price_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Replace the price's content (the update carries every field the create does)."""
    product, price = _price_of(tenant, product_id, price_id)
    kept = {k: price[k] for k in ("id", "_id", "product", "locationId", "createdAt")}
    answer = public(_write(tenant, product, kept, fields))
    tenant.emit(events.PRICE_UPDATE, events.price_payload(answer))
    return answer


def edit_price(tenant: Tenant, product: dict[str, Any], price: dict[str, Any], fields: dict[str, Any]) -> None:
    """Change only ``fields`` of ``price`` (bulk edit), amounts in major units as the API sends them."""
    currency = fields.get("currency", price["currency"])
    current = {field: money.to_major(price[stored], price["currency"]) for field, stored in MONEY_FIELDS.items()
               if price.get(stored) is not None}
    stored = {k: v for k, v in price.items() if k not in MONEY_FIELDS.values()}
    _write(tenant, product, stored, {"type": price["type"], "recurring": price.get("recurring"), **current,
                                     "currency": currency, **fields})


def _write(tenant: Tenant, product: dict[str, Any], price: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    if fields["type"] == "recurring" and not fields.get("recurring"):
        raise Unprocessable([RECURRING_NEEDED])
    if fields["type"] == "one_time" and fields.get("recurring"):
        raise Unprocessable([RECURRING_UNWANTED])
    options = catalog.variant_option_ids(product)
    for option_id in fields.get("variantOptionIds") or []:
        if option_id not in options:
            raise BadRequest(UNKNOWN_OPTION.format(id=option_id))
    record = {**price, **{k: v for k, v in fields.items() if k not in MONEY_FIELDS and k != "locationId"}}
    for field, stored in MONEY_FIELDS.items():
        if fields.get(field) is not None:
            record[stored] = money.to_minor(fields[field], fields["currency"])
    now = iso_z(tenant.now())
    record.setdefault("createdAt", now)
    record["updatedAt"] = now
    return tenant.store.put(PRICES, record)


def _price_of(tenant: Tenant, product_id: str, price_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The product and its price; a price of another product is unknown to this one."""
    product = tenant.require(PRODUCTS, product_id)
    price = tenant.require(PRICES, price_id)
    if price["product"] != product_id:
        raise BadRequest(NOT_OF_PRODUCT.format(id=price_id))
    return product, price


def get_price(tenant: Tenant, product_id: str, price_id: str) -> dict[str, Any]:
    return public(_price_of(tenant, product_id, price_id)[1])


def delete_price(tenant: Tenant, product_id: str, price_id: str) -> None:
    price = public(_price_of(tenant, product_id, price_id)[1])
    tenant.delete(PRICES, price_id)
    tenant.emit(events.PRICE_DELETE, events.price_payload(price))


def list_prices(tenant: Tenant, product_id: str, *, limit: int, offset: int,
                ids: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """The product's prices in the order they were made (``ids``: only these, comma-separated)."""
    tenant.require(PRODUCTS, product_id)
    prices = tenant.store.find(PRICES, "product", product_id)
    if ids:
        wanted = set(storefront.split_ids(ids))
        prices = [p for p in prices if p["id"] in wanted]
    prices.sort(key=lambda p: p["createdAt"])
    return [public(p) for p in catalog.page(prices, offset, limit)], len(prices)


# -- inventory -------------------------------------------------------------------------------------------------
def list_inventory(tenant: Tenant, *, limit: int, offset: int,
                   search: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """Every price of the location that tracks inventory, with its product's name and image.

    DECISION: ``search`` matches the price's name, its SKU or its product's name, case-insensitively.
    """
    products = {p["id"]: p for p in tenant.store.scan(PRODUCTS)}
    items = []
    for price in tenant.store.scan(PRICES):
        product = products.get(price["product"])
        if not price.get("trackInventory") or product is None:
            continue
        item = {"_id": price["id"], "name": price["name"], "availableQuantity": price.get("availableQuantity") or 0,
                "sku": price.get("sku") or "", "allowOutOfStockPurchases": bool(price.get("allowOutOfStockPurchases")),
                "product": product["id"], "updatedAt": price["updatedAt"], "productName": product["name"]}
        if product.get("image"):
            item["image"] = product["image"]
        items.append(item)
    if search:
        needle = search.casefold()
        items = [i for i in items if any(needle in i[k].casefold() for k in ("name", "sku", "productName"))]
    return catalog.page(items, offset, limit), len(items)


def update_inventory(tenant: Tenant, items: list[dict[str, Any]]) -> None:
    """Set quantities and out-of-stock permission of the location's prices: all of them, or none (an unknown
    price id refuses the whole update).

    DECISION: a price whose inventory is set tracks inventory from then on (it is listed by GET /inventory).
    """
    now = iso_z(tenant.now())
    for item in items:
        price = tenant.require(PRICES, item["priceId"])
        changes = {k: item[k] for k in ("availableQuantity", "allowOutOfStockPurchases") if k in item}
        tenant.store.put(PRICES, {**price, **changes, "trackInventory": True, "updatedAt": now})
