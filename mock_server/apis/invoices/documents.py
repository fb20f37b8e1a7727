"""What invoices, estimates, their templates and schedules share: line items and discounts stored exactly,
and their totals and views computed by the money rules (``money.py``).

Stored records keep GHL's field names, with every money figure an ``int`` of minor units, quantities, tax
rates and percentages as decimal strings: no float is ever stored. ``item_view`` / ``totals_view`` turn them
back into the numbers clients read.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import money
from mock_server.apis.products import prices
from mock_server.apis.products.tables import PRODUCTS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

CONTACTS = "contacts"  # the contacts area's table: a document's contactDetails.id must name one of its contacts
# DECISION: a line item in another currency than its document is refused; GHL's text is not known.
CURRENCY_MISMATCH = "All items must be in the invoice currency ({currency})"
# DECISION: GHL's text for a line whose price belongs to another product is not known.
PRICE_NOT_OF_PRODUCT = "Price {price} does not belong to product {product}"


def number(value: Decimal) -> int | float:
    """A decimal as a JSON number (ints stay ints)."""
    return int(value) if value == value.to_integral_value() else float(value)


# -- in: what a client sent, stored exactly -------------------------------------------------------------------
def store_items(tenant: Tenant, items: list[dict[str, Any]], currency: str) -> list[dict[str, Any]]:
    """A document's line items as stored; a line naming a catalog price is checked and priced by it."""
    stored = []
    for position, item in enumerate(items):
        if item.get("currency") and item["currency"].upper() != currency.upper():
            raise Unprocessable([f"items.{position}.currency: " + CURRENCY_MISMATCH.format(currency=currency)])
        row = {k: v for k, v in item.items() if v is not None and k not in ("amount", "qty", "taxes")}
        amount = _catalog_amount(tenant, item, row, currency, position)
        row.update({
            "_id": tenant.new_id(),
            "currency": currency,
            "amount": money.to_minor(item["amount"], currency) if amount is None else amount,
            "qty": str(money.decimal_of(item["qty"])),
            "taxes": [{**{k: v for k, v in tax.items() if v is not None}, "rate": str(money.decimal_of(tax["rate"]))}
                      for tax in item.get("taxes") or []],
        })
        stored.append(row)
    return stored


def _catalog_amount(tenant: Tenant, item: dict[str, Any], row: dict[str, Any], currency: str,
                    position: int) -> int | None:
    """The unit amount (minor units) of a line naming the location's catalog: its price's, or None for a free
    line. An unknown price or product (or another location's) is GHL's 400; nothing is written.

    DECISION: a line naming a ``priceId`` is priced by the catalog (the amount the client sent is replaced, as
    GHL's invoice editor fills a product line from its price); a ``productId`` beside it must be that price's
    product; a line naming only a ``productId`` keeps its amount once the product is found.
    """
    if item.get("priceId"):
        price = prices.price_for(tenant, item["priceId"])
        if item.get("productId") and item["productId"] != price.product_id:
            raise BadRequest(PRICE_NOT_OF_PRODUCT.format(price=price.id, product=item["productId"]))
        if price.currency.upper() != currency.upper():
            raise Unprocessable([f"items.{position}.priceId: " + CURRENCY_MISMATCH.format(currency=currency)])
        row.update({"productId": price.product_id, "type": price.type})
        return price.amount_minor
    if item.get("productId"):
        tenant.require(PRODUCTS, item["productId"])
    return None


def store_discount(discount: dict[str, Any] | None, currency: str) -> dict[str, Any]:
    """A discount as stored: a percentage as a decimal string, a fixed value in minor units."""
    if not discount:
        return {"type": "percentage", "value": "0"}
    value = discount.get("value") or 0
    stored = {"type": discount["type"],
              "value": money.to_minor(value, currency) if discount["type"] == "fixed"
              else str(money.decimal_of(value))}
    if discount.get("validOnProductIds"):
        stored["validOnProductIds"] = list(discount["validOnProductIds"])
    return stored


def check_contact(tenant: Tenant, contact_details: dict[str, Any] | None) -> None:
    """The document's contact is one of the location's contacts (the contacts area's not-found error)."""
    if contact_details and contact_details.get("id"):
        tenant.require(CONTACTS, contact_details["id"])


def stamp(tenant: Tenant, record: dict[str, Any], *, created: bool = False) -> dict[str, Any]:
    now = iso_z(tenant.now())
    if created:
        record["createdAt"] = now
    record["updatedAt"] = now
    return record


# -- the money rules on a stored document ---------------------------------------------------------------------
def totals(document: dict[str, Any], items_key: str) -> money.Totals:
    lines = [money.Line(unit=item["amount"], qty=Decimal(item["qty"]), product_id=item.get("productId"),
                        tax_inclusive=bool(item.get("taxInclusive")),
                        taxes=tuple(money.Tax(t.get("name", ""), Decimal(t["rate"])) for t in item.get("taxes", [])))
             for item in document.get(items_key, [])]
    discount = document.get("discount") or {}
    rule = None
    if discount.get("type") in ("percentage", "fixed"):
        rule = money.Discount(discount["type"], Decimal(str(discount.get("value", "0"))),
                              tuple(discount.get("validOnProductIds") or ()))
    return money.compute(lines, rule)


# -- out: what clients read -----------------------------------------------------------------------------------
def item_view(item: dict[str, Any], currency: str) -> dict[str, Any]:
    return {**item, "amount": money.to_major(item["amount"], currency), "qty": number(Decimal(item["qty"])),
            "taxes": [{**tax, "rate": number(Decimal(tax["rate"]))} for tax in item.get("taxes", [])]}


def discount_view(discount: dict[str, Any] | None, currency: str) -> dict[str, Any]:
    discount = dict(discount or {"type": "percentage", "value": "0"})
    if discount.get("type") == "fixed":
        discount["value"] = money.to_major(discount["value"], currency)
    else:
        discount["value"] = number(Decimal(str(discount.get("value", "0"))))
    return discount


def totals_view(found: money.Totals, currency: str) -> dict[str, Any]:
    major = money.to_major
    return {"subTotal": major(found.sub_total, currency), "discount": major(found.discount, currency),
            "tax": major(found.tax, currency)}



# -- what invoices and estimates do alike ---------------------------------------------------------------------
def write(tenant: Tenant, record: dict[str, Any], fields: dict[str, Any], *, copied: tuple[str, ...],
          items_key: str, items: list[dict[str, Any]]) -> None:
    """Write a client's fields on a document: its contact checked, items and discount stored exactly."""
    currency = fields.get("currency") or record.get("currency") or "USD"
    check_contact(tenant, fields.get("contactDetails"))
    for key in copied:
        if key in fields:
            record[key] = fields[key]
    record["currency"] = currency
    record[items_key] = store_items(tenant, items, currency)
    record["discount"] = store_discount(fields.get("discount"), currency)


def copy_items(tenant: Tenant, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored items of one document for another (an estimate's for its invoice), each with a new id."""
    return [{**item, "_id": tenant.new_id()} for item in items]


def matches(record: dict[str, Any], text: str, *, status: str | None, contact_id: str | None, search: str | None,
            start_at: str | None, end_at: str | None) -> bool:
    """Whether a document passes a listing's filters (``text`` is what ``search`` looks in)."""
    issued = record.get("issueDate") or ""
    return not ((status and status != "all" and record["status"] != status)
                or (contact_id and (record.get("contactDetails") or {}).get("id") != contact_id)
                or (search and search.lower() not in text.lower())
                or (start_at and issued < start_at[:10])
                or (end_at and issued > end_at[:10]))


def numbers_taken(tenant: Tenant, table: str, field: str, but: str | None = None) -> set[str]:
    return {str(r.get(field)) for r in tenant.store.scan(table) if r["id"] != but}


def money_view(record: dict[str, Any], items_key: str) -> dict[str, Any]:
    """A document's money as clients read it: items, discount, totalSummary and total in major units."""
    currency = record["currency"]
    found = totals(record, items_key)
    return {items_key: [item_view(item, currency) for item in record.get(items_key, [])],
            "discount": discount_view(record.get("discount"), currency),
            "totalSummary": totals_view(found, currency), "total": money.to_major(found.total, currency),
            "automaticTaxesCalculated": False}


def mark_visited(tenant: Tenant, table: str, record_id: str) -> None:
    record = tenant.require(table, record_id)
    record["lastVisitedAt"] = iso_z(tenant.now())
    tenant.store.put(table, record)
