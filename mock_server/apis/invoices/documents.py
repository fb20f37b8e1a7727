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
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

CONTACTS = "contacts"  # the contacts area's table: a document's contactDetails.id must name one of its contacts
# DECISION: a line item in another currency than its document is refused; GHL's text is not known.
CURRENCY_MISMATCH = "All items must be in the invoice currency ({currency})"


def number(value: Decimal) -> int | float:
    """A decimal as a JSON number (ints stay ints)."""
    return int(value) if value == value.to_integral_value() else float(value)


# -- in: what a client sent, stored exactly -------------------------------------------------------------------
def store_items(tenant: Tenant, items: list[dict[str, Any]], currency: str) -> list[dict[str, Any]]:
    stored = []
    for position, item in enumerate(items):
        if item.get("currency") and item["currency"].upper() != currency.upper():
            raise Unprocessable([f"items.{position}.currency: " + CURRENCY_MISMATCH.format(currency=currency)])
        row = {k: v for k, v in item.items() if v is not None and k not in ("amount", "qty", "taxes")}
        row.update({
            "_id": tenant.new_id(),
            "currency": currency,
            "amount": money.to_minor(item["amount"], currency),
            "qty": str(money.decimal_of(item["qty"])),
            "taxes": [{**{k: v for k, v in tax.items() if v is not None}, "rate": str(money.decimal_of(tax["rate"]))}
                      for tax in item.get("taxes") or []],
        })
        stored.append(row)
    return stored


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

