"""The payments area's webhooks: an order placed and its status moving (``OrderCreate``,
``OrderStatusUpdate``; ``../shared/design/webhooks.md``: "orders -> OrderCreate/OrderStatusUpdate").

Orders are placed by customers (funnels, store checkouts), which GHL's API cannot do: OrderCreate is caused
by the control plane's order seed (``POST /_mock/locations/{locationId}/orders``), which its trigger recipe
performs. OrderStatusUpdate is sent when an order's ``status`` changes: a payment of all that is due
completes it (``pending`` -> ``completed``), through record-order-payment or the custom provider.
DECISION: a partial payment or a fulfillment changes ``paymentStatus`` / ``fulfillmentStatus``, not
``status``, and sends nothing (the doc: "Called whenever an order's status field updated").
"""

from __future__ import annotations

from typing import Any

from mock_server.webhooks import Cause, EventType

_ORDER = ("_id", "contactId", "status", "currency", "amount", "items")


def _order_recipe(api, sets: dict) -> None:
    """``ghl-mock trigger OrderCreate``: a contact places a one-item order (the control plane's order seed)."""
    where = f"/_mock/locations/{api.where['locationId']}"
    contact_id = api.control("POST", f"{where}/contacts", {"contacts": [{"firstName": "Trigger"}]})["ids"][0]
    api.control("POST", f"{where}/orders",
                {"contactId": contact_id, "items": [{"name": "Trigger item", "amount": 10, "qty": 1}], **sets})


ORDER_CREATE = EventType("OrderCreate", trigger=_order_recipe, always=_ORDER)
# A payment naming no amount pays all that is due, which completes the order.
ORDER_STATUS_UPDATE = EventType("OrderStatusUpdate", caused_by=(
    Cause("record-order-payment", body={"amount": None, "isPartialPayment": False}),), always=_ORDER)

EVENTS = (ORDER_CREATE, ORDER_STATUS_UPDATE)

# The fields the Order* docs show (OrderCreate.md), in their order (``type`` is the envelope's).
ORDER_FIELDS = ("altId", "altType", "_id", "contactId", "contactSnapshot", "status", "fulfillmentStatus", "currency",
                "amount", "liveMode", "items", "amountSummary", "taxSummary", "source", "createdAt", "updatedAt")


def order_payload(answer: dict[str, Any]) -> dict[str, Any]:
    """An order as its events carry it: its full public answer (``orders.view(full=True)``), the documented
    fields it has."""
    return {name: answer[name] for name in ORDER_FIELDS if answer.get(name) is not None}
