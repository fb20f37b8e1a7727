"""The invoices area's webhooks: an invoice's creation, edit, deletion and each move of its life
(``Invoice*``; ``../shared/design/webhooks.md``: "invoices -> InvoiceCreate/Update/Delete/Sent/Void/Paid/
PartiallyPaid").

DECISION: each change sends its own event only: sending an invoice sends InvoiceSent (not also
InvoiceUpdate), voiding InvoiceVoid, a payment InvoicePaid or InvoicePartiallyPaid, a late-fee
configuration InvoiceUpdate. An invoice made from an estimate, by text2pay or issued by a recurring schedule
(on the mock clock) sends InvoiceCreate; text2pay with ``action: send`` then sends InvoiceSent. Estimates,
templates and schedules themselves send nothing (GHL's catalog names no event for them).
"""

from __future__ import annotations

from typing import Any

from mock_server.webhooks import Cause, EventType

_INVOICE = ("_id", "status", "invoiceNumber", "currency", "total", "amountPaid", "amountDue")

INVOICE_CREATE = EventType("InvoiceCreate", caused_by=(
    "create-invoice", "create-invoice-from-estimate",
    Cause("text2pay-invoice", body={"action": "draft"}), Cause("text2pay-invoice", body={"action": "send"})),
    always=_INVOICE)
INVOICE_UPDATE = EventType("InvoiceUpdate", caused_by=("update-invoice", "update-invoice-late-fees-configuration"),
                           always=_INVOICE)
INVOICE_DELETE = EventType("InvoiceDelete", caused_by=("delete-invoice",), always=("_id",))
INVOICE_SENT = EventType("InvoiceSent", caused_by=(
    "send-invoice", Cause("text2pay-invoice", body={"action": "send"})), always=_INVOICE)
INVOICE_VOID = EventType("InvoiceVoid", caused_by=("void-invoice",), always=_INVOICE)
# A payment of all that is due (the request names no amount) pays it; one of a cent less pays part of it.
INVOICE_PAID = EventType("InvoicePaid", caused_by=(Cause("record-invoice", body={"amount": None}),),
                         always=_INVOICE)
INVOICE_PARTIALLY_PAID = EventType("InvoicePartiallyPaid", caused_by=(
    Cause("record-invoice", body={"amount": 0.01}),), always=_INVOICE)

EVENTS = (INVOICE_CREATE, INVOICE_UPDATE, INVOICE_DELETE, INVOICE_SENT, INVOICE_VOID, INVOICE_PAID,
          INVOICE_PARTIALLY_PAID)

# The fields the Invoice* docs show (InvoiceCreate.md), in their order.
INVOICE_FIELDS = ("_id", "status", "liveMode", "amountPaid", "altId", "altType", "name", "businessDetails",
                  "invoiceNumber", "currency", "contactDetails", "issueDate", "dueDate", "discount", "invoiceItems",
                  "total", "title", "amountDue", "createdAt", "updatedAt", "totalSummary")


def invoice_payload(answer: dict[str, Any]) -> dict[str, Any]:
    """An invoice as its events carry it: its public answer (``invoices.view``), the documented fields it has."""
    return {name: answer[name] for name in INVOICE_FIELDS if answer.get(name) is not None}
