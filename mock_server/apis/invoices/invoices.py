"""Invoices: created, read, listed, edited, sent, paid (in parts), voided and deleted the way GHL moves them.

Money is the money rules' (``money.py`` through ``documents.py``); which move is legal from which status is
``lifecycle.py``'s. Each payment is a transaction of the payments area.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import documents, events, lifecycle, money, numbering
from mock_server.apis.invoices.tables import INVOICES
from mock_server.apis.payments import transactions
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import EventType

ITEMS = "invoiceItems"
# DECISION: GHL's texts for these refusals are not documented.
OVERPAYMENT = "Payment amount ({amount}) cannot be more than the amount due ({due})"
NOTHING_TO_PAY = "Payment amount must be greater than 0"
# Fields a client writes as sent (everything else is computed, or converted by documents.py).
_COPIED = ("name", "title", "description", "businessDetails", "contactDetails", "termsNotes", "issueDate",
           "dueDate", "sentTo", "liveMode", "automaticTaxesEnabled", "paymentSchedule", "lateFeesConfiguration",
           "tipsConfiguration", "invoiceNumberPrefix", "paymentMethods", "attachments", "miscellaneousCharges",
           "xeroDetails", "includeTermsNote")


def create_invoice(tenant: Tenant, fields: dict[str, Any], *, stored_items: list[dict] | None = None,
                   stored_discount: dict | None = None, estimate_id: str | None = None) -> dict[str, Any]:
    """A new draft invoice (``fields`` as the client sent them; items under ``items``), or one made from an
    estimate's stored items and discount."""
    invoice = {"id": tenant.new_id(), "altId": tenant.location_id, "altType": "location",
               "companyId": tenant.company_id, "status": "draft", "amountPaid": 0, "payments": [],
               "businessDetails": {}}
    _write(tenant, invoice, fields, items=fields.get("items") or [])
    if stored_items is not None:
        invoice.update({ITEMS: documents.copy_items(tenant, stored_items), "estimateId": estimate_id,
                        "discount": dict(stored_discount or invoice["discount"])})
    invoice["invoiceNumber"] = numbering.take(tenant, "invoice", fields.get("invoiceNumber"),
                                              taken=_numbers_taken(tenant))
    return _save(tenant, documents.stamp(tenant, invoice, created=True), events.INVOICE_CREATE)


def get_invoice(tenant: Tenant, invoice_id: str) -> dict[str, Any]:
    return tenant.require(INVOICES, invoice_id)


def read_invoice(tenant: Tenant, invoice_id: str) -> dict[str, Any]:
    """An invoice as a client reads it: the recurring schedules' due invoices issued first (mock clock)."""
    from mock_server.apis.invoices import schedules  # schedules issue invoices: they import this module

    schedules.catch_up(tenant)
    return get_invoice(tenant, invoice_id)


def update_invoice(tenant: Tenant, invoice_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    invoice = get_invoice(tenant, invoice_id)
    lifecycle.check_invoice_move(invoice, "update")
    _write(tenant, invoice, fields, items=fields.get("invoiceItems") or [])
    if fields.get("invoiceNumber") and fields["invoiceNumber"] != invoice["invoiceNumber"]:
        invoice["invoiceNumber"] = numbering.take(tenant, "invoice", fields["invoiceNumber"],
                                                  taken=_numbers_taken(tenant, but=invoice_id))
    return _save(tenant, documents.stamp(tenant, invoice), events.INVOICE_UPDATE)


def delete_invoice(tenant: Tenant, invoice_id: str) -> dict[str, Any]:
    invoice = get_invoice(tenant, invoice_id)
    lifecycle.check_invoice_move(invoice, "delete")
    tenant.delete(INVOICES, invoice_id)
    tenant.emit(events.INVOICE_DELETE, events.invoice_payload(view(invoice)))
    return invoice


def send_invoice(tenant: Tenant, invoice_id: str, *, user_id: str, live_mode: bool, action: str) -> dict[str, Any]:
    invoice = get_invoice(tenant, invoice_id)
    lifecycle.check_invoice_move(invoice, "send")
    if invoice["status"] == "draft":
        invoice["status"] = "sent"
    invoice.update({"sentBy": user_id, "liveMode": live_mode, "sentAt": iso_z(tenant.now()), "sentVia": action})
    return _save(tenant, documents.stamp(tenant, invoice), events.INVOICE_SENT)


def void_invoice(tenant: Tenant, invoice_id: str) -> dict[str, Any]:
    invoice = get_invoice(tenant, invoice_id)
    lifecycle.check_invoice_move(invoice, "void")
    invoice["status"] = "void"
    return _save(tenant, documents.stamp(tenant, invoice), events.INVOICE_VOID)


def record_payment(tenant: Tenant, invoice_id: str, *, mode: str, amount: float | None = None,
                   notes: str | None = None, card: dict | None = None, cheque: dict | None = None,
                   meta: dict | None = None, fulfilled_at: str | None = None) -> dict[str, Any]:
    """Record a manual payment of ``amount`` (the whole amount due when absent): partially_paid, or paid when
    nothing is left. More than the amount due is refused, and nothing changes."""
    invoice = get_invoice(tenant, invoice_id)
    paid = payable(invoice, amount)
    method = {"type": mode, **({"card": card} if card else {}), **({"cheque": cheque} if cheque else {})}
    txn = transactions.record(
        tenant, amount=paid, currency=invoice["currency"], contact_id=(invoice.get("contactDetails") or {}).get("id"),
        entity_type="invoice", entity_id=invoice_id, source_type="invoice", live_mode=bool(invoice.get("liveMode")),
        payment_method=method, fulfilled_at=fulfilled_at, meta={**(meta or {}), **({"notes": notes} if notes else {})})
    return settle(tenant, invoice, txn)


def payable(invoice: dict[str, Any], amount: float | None) -> int:
    """The minor units a payment of ``amount`` (None: all that is due) may take from the invoice, or GHL's 400."""
    lifecycle.check_invoice_move(invoice, "pay")
    currency = invoice["currency"]
    due = amount_due(invoice)
    paid = due if amount is None else money.to_minor(amount, currency)
    if paid <= 0:
        raise BadRequest(NOTHING_TO_PAY)
    if paid > due:
        raise BadRequest(OVERPAYMENT.format(amount=money.to_major(paid, currency),
                                            due=money.to_major(due, currency)))
    return paid


def settle(tenant: Tenant, invoice: dict[str, Any], txn: dict[str, Any]) -> dict[str, Any]:
    """A succeeded transaction's amount paid on the invoice: partially_paid, or paid when nothing is left."""
    payable(invoice, money.to_major(txn["amount"], invoice["currency"]))
    invoice["amountPaid"] += txn["amount"]
    invoice["payments"].append({"transactionId": txn["id"], "amount": txn["amount"],
                                "mode": (txn.get("paymentMethod") or {}).get("type", txn["paymentProviderType"]),
                                "createdAt": txn["createdAt"]})
    invoice["status"] = "paid" if amount_due(invoice) == 0 else "partially_paid"
    paid = events.INVOICE_PAID if invoice["status"] == "paid" else events.INVOICE_PARTIALLY_PAID
    return _save(tenant, documents.stamp(tenant, invoice), paid)


def amount_due(invoice: dict[str, Any]) -> int:
    return documents.totals(invoice, ITEMS).total - invoice["amountPaid"]


def list_invoices(tenant: Tenant, *, status: str | None = None, contact_id: str | None = None,
                  search: str | None = None, start_at: str | None = None, end_at: str | None = None,
                  payment_mode: str | None = None, sort_order: str | None = None) -> list[dict[str, Any]]:
    from mock_server.apis.invoices import schedules  # schedules issue invoices: they import this module

    schedules.catch_up(tenant)
    found = [i for i in tenant.store.scan(INVOICES)
             if documents.matches(i, f"{i['name']} {i['invoiceNumber']}", status=status, contact_id=contact_id,
                                  search=search, start_at=start_at, end_at=end_at)
             and (payment_mode not in ("live", "test") or bool(i.get("liveMode")) == (payment_mode == "live"))]
    found.sort(key=lambda i: (i.get("issueDate", ""), i["createdAt"]), reverse=sort_order != "ascend")
    return found


def view(invoice: dict[str, Any]) -> dict[str, Any]:
    """The invoice as GHL answers it: amounts in major units, totals computed by the money rules."""
    currency = invoice["currency"]
    out = {k: v for k, v in invoice.items() if k not in ("id", "payments")}
    out.update(documents.money_view(invoice, ITEMS))
    out.update({"_id": invoice["id"], "amountPaid": money.to_major(invoice["amountPaid"], currency),
                "amountDue": money.to_major(amount_due(invoice), currency)})
    out.setdefault("title", "INVOICE")
    return out


def _write(tenant: Tenant, invoice: dict[str, Any], fields: dict[str, Any], *, items: list[dict]) -> None:
    documents.write(tenant, invoice, fields, copied=_COPIED, items_key=ITEMS, items=items)
    invoice.setdefault("dueDate", fields.get("issueDate"))


def _save(tenant: Tenant, invoice: dict[str, Any], event: EventType) -> dict[str, Any]:
    """Store the changed invoice and send the event the change makes, in the same transaction."""
    saved = tenant.store.put(INVOICES, invoice)
    tenant.emit(event, events.invoice_payload(view(saved)))
    return saved


def _numbers_taken(tenant: Tenant, but: str | None = None) -> set[str]:
    return documents.numbers_taken(tenant, INVOICES, "invoiceNumber", but)


def next_number(tenant: Tenant) -> int:
    """The number the next invoice gets when it names none (nothing is taken)."""
    return numbering.peek(tenant, "invoice", _numbers_taken(tenant))


def configure_late_fees(tenant: Tenant, invoice_id: str, config: dict[str, Any]) -> dict[str, Any]:
    invoice = get_invoice(tenant, invoice_id)
    lifecycle.check_invoice_move(invoice, "late_fees")
    invoice["lateFeesConfiguration"] = config
    return _save(tenant, documents.stamp(tenant, invoice), events.INVOICE_UPDATE)


def visited(tenant: Tenant, invoice_id: str) -> None:
    documents.mark_visited(tenant, INVOICES, invoice_id)


def text2pay(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """An invoice made to be paid from a text message: created (or, with ``id``, the draft rewritten), and sent
    by SMS when ``action`` is ``send``."""
    document = {k: v for k, v in fields.items() if k not in ("id", "action", "userId")}
    if fields.get("id"):
        invoice = update_invoice(tenant, fields["id"], {**document, "invoiceItems": document.get("items") or []})
    else:
        invoice = create_invoice(tenant, document)
    if fields["action"] == "send":
        invoice = send_invoice(tenant, invoice["id"], user_id=fields["userId"], live_mode=fields["liveMode"],
                               action="sms")
    return invoice


def payment_url(invoice: dict[str, Any]) -> str:
    """Where the contact pays it. DECISION: GHL's invoice payment pages live on link.fastpaydirect.com (#281)."""
    return f"https://link.fastpaydirect.com/invoice/{invoice['id']}"


def settings_view(tenant: Tenant) -> dict[str, Any]:
    """The location's invoice settings. DECISION: the mock has no settings editor; GHL's defaults as its UI
    shows them for a new location."""
    return {"altId": tenant.location_id, "altType": "location", "title": "INVOICE", "estimatesTitle": "ESTIMATE",
            "termsNote": "", "estimatesTermsNote": "", "invoiceNumberPrefix": "INV-", "estimateNumberPrefix": "EST-",
            "dueAfterXDays": 0, "estimatesExpireAfterXDays": 30, "minimumPercentagePartialPayment": 0,
            "customFields": [], "tipsConfiguration": {"tipsPercentage": [], "tipsEnabled": False}}
