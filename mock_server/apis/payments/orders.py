"""Orders: placed through the control plane (GHL's API only reads them), paid in one or more recorded
payments, fulfilled item by item, with notes of what happened.

Totals are the money rules' (``mock_server/apis/invoices/money.py``): lines x quantity, the coupon's discount.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import documents, money
from mock_server.apis.payments import coupons, events, transactions
from mock_server.apis.payments.tables import FULFILLMENTS, ORDER_NOTES, ORDERS
from mock_server.platform.errors import BadRequest, Forbidden
from mock_server.platform.models import BodyModel
from mock_server.platform.tenancy import NO_LOCATION_ACCESS
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not documented.
OVERPAYMENT = "Payment amount ({amount}) cannot be more than the amount due ({due})"
ALREADY_PAID = "Order is already paid"
PARTIAL_NOT_ASKED = "Amount is less than the amount due: set isPartialPayment to record a partial payment"
NOT_IN_ORDER = "Item with price id {id} is not in this order"
OVER_FULFILLED = "Cannot fulfill {qty} of {name}: {left} left to fulfill"


class OrderItemSeed(BodyModel):
    name: str = Field(min_length=1)
    amount: float = Field(ge=0, allow_inf_nan=False)
    qty: int = Field(default=1, gt=0)
    priceId: str | None = None
    productId: str | None = None


class OrderSeed(BodyModel):
    """An order placed by a customer (a funnel, a store checkout): what GHL's API can only read."""

    contactId: str
    items: list[OrderItemSeed] = Field(min_length=1)
    currency: str = Field(default="USD", pattern=r"^[A-Za-z]{3}$")
    couponCode: str | None = None
    liveMode: bool = False
    sourceType: str = "website"
    sourceName: str | None = None


def place_order(tenant: Tenant, body: OrderSeed) -> dict[str, Any]:
    """A new unpaid order of a contact; its coupon (if any) is redeemed."""
    contact = tenant.require(documents.CONTACTS, body.contactId)
    currency = body.currency.upper()
    items = [{"_id": tenant.new_id(), "name": i.name, "priceId": i.priceId or tenant.new_id(),
              "productId": i.productId, "qty": i.qty, "amount": money.to_minor(i.amount, currency),
              "currency": currency} for i in body.items]
    coupon = None
    if body.couponCode:
        coupon = coupons.redeem(tenant, body.couponCode, body.contactId, [i["productId"] for i in items])
    now = iso_z(tenant.now())
    order = {
        "id": tenant.new_id(), "altId": tenant.location_id, "altType": "location", "contactId": body.contactId,
        "contactName": " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p) or None,
        "contactEmail": contact.get("email"), "currency": currency, "items": items,
        "couponCode": body.couponCode, "coupon": {"_id": coupon["id"], "code": coupon["code"]} if coupon else None,
        "discountRule": ({"type": coupon["discountType"], "value": coupon["discountValue"],
                          "productIds": coupon.get("productIds") or []} if coupon else None),
        "status": "pending", "paymentStatus": "unpaid", "fulfillmentStatus": "unfulfilled", "amountPaid": 0,
        "liveMode": body.liveMode, "sourceType": body.sourceType, "sourceName": body.sourceName,
        "createdAt": now, "updatedAt": now,
    }
    if _totals(order).total == 0:
        # DECISION: an order its coupon makes free is placed paid and completed (a free checkout takes no
        # payment, and "Order is already paid" is what paying it answers); GHL's record of one is not documented.
        order.update(status="completed", paymentStatus="paid")
    order = tenant.store.put(ORDERS, order)
    tenant.emit(events.ORDER_CREATE, events.order_payload(view(order, full=True)))
    _note(tenant, order, f"Order placed ({money.to_major(_totals(order).total, currency)} {currency})")
    return order


def check_alt(tenant: Tenant, alt_id: str) -> None:
    """Order queries name the location as a bare ``altId`` (no ``altType``), which the platform's tenancy check
    does not read: another location's id gets GHL's 403, as a ``locationId`` would."""
    if alt_id != tenant.location_id:
        raise Forbidden(NO_LOCATION_ACCESS)


def get_order(tenant: Tenant, order_id: str) -> dict[str, Any]:
    return tenant.require(ORDERS, order_id)


def list_orders(tenant: Tenant, *, status: str | None, payment_status: str | None, contact_id: str | None,
                search: str | None, payment_mode: str | None) -> list[dict[str, Any]]:
    found = [o for o in tenant.store.scan(ORDERS)
             if (not status or o["status"] == status) and (not payment_status or o["paymentStatus"] == payment_status)
             and (not contact_id or o["contactId"] == contact_id)
             and (not search or search.lower() in f"{o['id']} {o.get('contactName') or ''}".lower())
             and (payment_mode not in ("live", "test") or o["liveMode"] == (payment_mode == "live"))]
    return sorted(found, key=lambda o: o["createdAt"], reverse=True)


def record_payment(tenant: Tenant, order_id: str, *, mode: str, amount: float | None, partial: bool,
                   notes: str | None = None, card: dict | None = None, cheque: dict | None = None,
                   meta: dict | None = None) -> dict[str, Any]:
    order = get_order(tenant, order_id)
    paid = payable(order, amount, partial=partial)
    method = {"type": mode, **({"card": card} if card else {}), **({"cheque": cheque} if cheque else {})}
    txn = transactions.record(tenant, amount=paid, currency=order["currency"], contact_id=order["contactId"],
                              entity_type="order", entity_id=order_id, source_type=order["sourceType"],
                              live_mode=order["liveMode"], payment_method=method,
                              meta={**(meta or {}), **({"notes": notes} if notes else {})})
    return settle(tenant, order, txn)


def payable(order: dict[str, Any], amount: float | None, *, partial: bool = True) -> int:
    """The minor units a payment of ``amount`` (None: all that is due) may take from the order, or GHL's 400."""
    currency = order["currency"]
    due = amount_due(order)
    if due <= 0:
        raise BadRequest(ALREADY_PAID)
    paid = due if amount is None else money.to_minor(amount, currency)
    if paid > due:
        raise BadRequest(OVERPAYMENT.format(amount=money.to_major(paid, currency), due=money.to_major(due, currency)))
    if paid <= 0:
        raise BadRequest("Payment amount must be greater than 0")
    if paid < due and not partial:
        raise BadRequest(PARTIAL_NOT_ASKED)
    return paid


def amount_due(order: dict[str, Any]) -> int:
    return _totals(order).total - order["amountPaid"]


def settle(tenant: Tenant, order: dict[str, Any], txn: dict[str, Any]) -> dict[str, Any]:
    """A succeeded transaction's amount paid on the order; all of it paid completes the order."""
    payable(order, money.to_major(txn["amount"], order["currency"]))
    order["amountPaid"] += txn["amount"]
    order["paymentStatus"] = "paid" if amount_due(order) == 0 else "partially_paid"
    status_before = order["status"]
    if order["paymentStatus"] == "paid":
        order["status"] = "completed"
    order = tenant.store.put(ORDERS, documents.stamp(tenant, order))
    if order["status"] != status_before:
        tenant.emit(events.ORDER_STATUS_UPDATE, events.order_payload(view(order, full=True)))
    method = (txn.get("paymentMethod") or {}).get("type", txn["paymentProviderType"])
    _note(tenant, order, f"Payment of {money.to_major(txn['amount'], order['currency'])} {order['currency']} "
                         f"recorded ({method})")
    return order


def fulfill(tenant: Tenant, order_id: str, *, items: list[dict[str, Any]], trackings: list[dict[str, Any]],
            notify: bool) -> dict[str, Any]:
    """Ship some of an order's items: each no more than is left unfulfilled of it."""
    order = get_order(tenant, order_id)
    shipped = _fulfilled(tenant, order_id)
    by_price = {i["priceId"]: i for i in order["items"]}
    lines = []
    for wanted in items:
        line = by_price.get(wanted["priceId"])
        if line is None:
            raise BadRequest(NOT_IN_ORDER.format(id=wanted["priceId"]))
        qty = Decimal(str(wanted["qty"]))
        left = line["qty"] - shipped.get(line["priceId"], 0)
        if qty <= 0 or qty != qty.to_integral_value() or qty > left:
            raise BadRequest(OVER_FULFILLED.format(qty=documents.number(qty), name=line["name"], left=left))
        shipped[line["priceId"]] = shipped.get(line["priceId"], 0) + int(qty)
        lines.append({"priceId": line["priceId"], "qty": int(qty)})
    now = iso_z(tenant.now())
    fulfillment = tenant.store.put(FULFILLMENTS, {
        "id": tenant.new_id(), "orderId": order_id, "altId": tenant.location_id, "altType": "location",
        "trackings": trackings, "items": lines, "notifyCustomer": notify, "createdAt": now, "updatedAt": now})
    done = all(shipped.get(i["priceId"], 0) >= i["qty"] for i in order["items"])
    order["fulfillmentStatus"] = "fulfilled" if done else "partially_fulfilled"
    tenant.store.put(ORDERS, documents.stamp(tenant, order))
    _note(tenant, order, f"Fulfilled {sum(line['qty'] for line in lines)} item(s)")
    return fulfillment


def fulfillments(tenant: Tenant, order_id: str) -> list[dict[str, Any]]:
    get_order(tenant, order_id)
    return sorted(tenant.store.find(FULFILLMENTS, "orderId", order_id), key=lambda f: f["createdAt"])


def notes(tenant: Tenant, order_id: str) -> list[dict[str, Any]]:
    get_order(tenant, order_id)
    found = sorted(tenant.store.find(ORDER_NOTES, "orderId", order_id), key=lambda n: n["createdAt"])
    return [{"_id": n["id"], **{k: v for k, v in n.items() if k != "id"}} for n in found]


def view(order: dict[str, Any], *, full: bool = False) -> dict[str, Any]:
    currency = order["currency"]
    found = _totals(order)
    major = money.to_major
    out = {k: v for k, v in order.items() if k not in ("id", "items", "discountRule", "amountPaid")}
    out.update({"_id": order["id"], "amount": major(found.total, currency), "subtotal": major(found.sub_total, currency),
                "discount": major(found.discount, currency), "totalProducts": len(order["items"]),
                "onetimeProducts": len(order["items"]), "recurringProducts": 0,
                "amountPaid": major(order["amountPaid"], currency)})
    if full:
        out.update({
            "amountSummary": {"subtotal": out["subtotal"], "discount": out["discount"]},
            "source": {"type": order["sourceType"], "id": order["id"],
                       **({"name": order["sourceName"]} if order.get("sourceName") else {})},
            "items": [{**{k: v for k, v in i.items() if k != "amount"},
                       "price": {"_id": i["priceId"], "name": i["name"], "currency": currency,
                                 "amount": major(i["amount"], currency)}} for i in order["items"]],
            "contactSnapshot": {"id": order["contactId"], "name": order.get("contactName"),
                                "email": order.get("contactEmail")},
        })
    return {k: v for k, v in out.items() if v is not None}


def fulfillment_view(tenant: Tenant, fulfillment: dict[str, Any]) -> dict[str, Any]:
    order = get_order(tenant, fulfillment["orderId"])
    by_price = {i["priceId"]: i for i in order["items"]}
    currency = order["currency"]
    items = []
    for line in fulfillment["items"]:
        item = by_price[line["priceId"]]
        product_id = item.get("productId") or line["priceId"]
        items.append({"_id": item["_id"], "name": item["name"], "qty": line["qty"],
                      "product": {"_id": product_id, "name": item["name"], "locationId": tenant.location_id,
                                  "productType": "PHYSICAL", "createdAt": order["createdAt"],
                                  "updatedAt": order["createdAt"]},
                      "price": {"_id": item["priceId"], "name": item["name"], "type": "one_time",
                                "currency": currency, "amount": money.to_major(item["amount"], currency)}})
    out = {k: v for k, v in fulfillment.items() if k not in ("id", "items")}
    out.update({"_id": fulfillment["id"], "items": items})
    return out


def _totals(order: dict[str, Any]) -> money.Totals:
    lines = [money.Line(unit=i["amount"], qty=Decimal(i["qty"]), product_id=i.get("productId"))
             for i in order["items"]]
    rule = order.get("discountRule")
    discount = None
    if rule:
        discount = coupons.discount_rule({"discountType": rule["type"], "discountValue": rule["value"],
                                          "productIds": rule["productIds"]}, order["currency"])
    return money.compute(lines, discount)


def _fulfilled(tenant: Tenant, order_id: str) -> dict[str, int]:
    shipped: dict[str, int] = {}
    for fulfillment in tenant.store.find(FULFILLMENTS, "orderId", order_id):
        for line in fulfillment["items"]:
            shipped[line["priceId"]] = shipped.get(line["priceId"], 0) + line["qty"]
    return shipped


def _note(tenant: Tenant, order: dict[str, Any], text: str) -> None:
    now = iso_z(tenant.now())
    tenant.store.put(ORDER_NOTES, {"id": tenant.new_id(), "orderId": order["id"], "text": text, "createdAt": now,
                                   "updatedAt": now})


def seed_order(tenant: Tenant, body: OrderSeed) -> dict[str, Any]:
    """The control plane's order: placed, and answered as get-order-by-id answers it."""
    return view(place_order(tenant, body), full=True)
