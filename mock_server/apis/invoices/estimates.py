"""Estimates: drafted, edited, sent, accepted or declined, and converted to an invoice (once marked invoiced).

Totals follow the same money rules as invoices (``documents.py``); legal moves are ``lifecycle.py``'s.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import documents, invoices, lifecycle, numbering
from mock_server.apis.invoices.tables import ESTIMATES
from mock_server.platform.tenant_context import Tenant

ITEMS = "items"
_COPIED = ("name", "title", "businessDetails", "contactDetails", "termsNotes", "issueDate", "expiryDate", "sentTo",
           "liveMode", "automaticTaxesEnabled", "meta", "frequencySettings", "estimateNumberPrefix", "attachments",
           "autoInvoice", "miscellaneousCharges", "paymentScheduleConfig", "userId")


def create_estimate(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    estimate = {"id": tenant.new_id(), "altId": tenant.location_id, "altType": "location",
                "companyId": tenant.company_id, "status": "draft", "deleted": False, "estimateActionHistory": [],
                "meta": {}, "sentTo": {}, "automaticTaxesEnabled": False, "liveMode": False}
    _write(tenant, estimate, fields)
    estimate.setdefault("issueDate", tenant.now().date().isoformat())
    estimate.setdefault("expiryDate", estimate["issueDate"])
    estimate["estimateNumber"] = int(numbering.take(tenant, "estimate", _whole(fields.get("estimateNumber")),
                                                    taken=_numbers_taken(tenant)))
    _history(tenant, estimate, "created")
    return _save(tenant, documents.stamp(tenant, estimate, created=True))


def get_estimate(tenant: Tenant, estimate_id: str) -> dict[str, Any]:
    return tenant.require(ESTIMATES, estimate_id)


def update_estimate(tenant: Tenant, estimate_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    estimate = get_estimate(tenant, estimate_id)
    lifecycle.check_estimate_move(estimate, "update")
    _write(tenant, estimate, fields)
    if fields.get("estimateStatus") and fields["estimateStatus"] != "all":
        estimate["status"] = fields["estimateStatus"]
    requested = _whole(fields.get("estimateNumber"))
    if requested is not None and str(requested) != str(estimate["estimateNumber"]):
        estimate["estimateNumber"] = int(numbering.take(tenant, "estimate", requested,
                                                        taken=_numbers_taken(tenant, but=estimate_id)))
    _history(tenant, estimate, "updated")
    return _save(tenant, documents.stamp(tenant, estimate))


def delete_estimate(tenant: Tenant, estimate_id: str) -> dict[str, Any]:
    estimate = get_estimate(tenant, estimate_id)
    lifecycle.check_estimate_move(estimate, "delete")
    tenant.delete(ESTIMATES, estimate_id)
    return {**estimate, "deleted": True}


def send_estimate(tenant: Tenant, estimate_id: str, *, user_id: str, live_mode: bool, action: str) -> dict[str, Any]:
    estimate = get_estimate(tenant, estimate_id)
    lifecycle.check_estimate_move(estimate, "send")
    if estimate["status"] == "draft":
        estimate["status"] = "sent"
    estimate.update({"sentBy": user_id, "liveMode": live_mode})
    _history(tenant, estimate, f"sent ({action})")
    return _save(tenant, documents.stamp(tenant, estimate))


def convert_to_invoice(tenant: Tenant, estimate_id: str, *, mark_as_invoiced: bool) -> tuple[dict, dict]:
    """A draft invoice with the estimate's items, discount and parties; the estimate is marked invoiced when
    asked (then it cannot be converted again). Returns (estimate, invoice)."""
    estimate = get_estimate(tenant, estimate_id)
    lifecycle.check_estimate_move(estimate, "invoice")
    today = tenant.now().date().isoformat()
    invoice = invoices.create_invoice(tenant, {
        "name": estimate["name"], "title": "INVOICE", "currency": estimate["currency"],
        "businessDetails": estimate.get("businessDetails") or {}, "contactDetails": estimate.get("contactDetails"),
        "termsNotes": estimate.get("termsNotes"), "issueDate": today, "dueDate": today,
        "sentTo": estimate.get("sentTo") or {}, "liveMode": bool(estimate.get("liveMode"))},
        stored_items=estimate[ITEMS], stored_discount=estimate.get("discount"), estimate_id=estimate_id)
    if mark_as_invoiced:
        estimate["status"] = "invoiced"
    estimate["invoiceId"] = invoice["id"]
    _history(tenant, estimate, "invoiced")
    return _save(tenant, documents.stamp(tenant, estimate)), invoice


def list_estimates(tenant: Tenant, *, status: str | None = None, contact_id: str | None = None,
                   search: str | None = None, start_at: str | None = None,
                   end_at: str | None = None) -> list[dict[str, Any]]:
    found = [e for e in tenant.store.scan(ESTIMATES)
             if documents.matches(e, f"{e['name']} {e['estimateNumber']}", status=status, contact_id=contact_id,
                                  search=search, start_at=start_at, end_at=end_at)]
    found.sort(key=lambda e: e["createdAt"], reverse=True)
    return found


def next_number(tenant: Tenant) -> int:
    return numbering.peek(tenant, "estimate", _numbers_taken(tenant))


def visited(tenant: Tenant, estimate_id: str) -> None:
    documents.mark_visited(tenant, ESTIMATES, estimate_id)


def view(estimate: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in estimate.items() if k != "id"}
    out.update(documents.money_view(estimate, ITEMS))
    # DECISION: the mock keeps no exchange rates: the total in USD is the total, whatever the currency.
    out.update({"_id": estimate["id"], "__v": 0, "totalamountInUSD": out["total"], "estimateStatus": estimate["status"]})
    out.setdefault("lastVisitedAt", estimate["updatedAt"])
    out.setdefault("frequencySettings", {"enabled": False, "schedule": {}})
    return out


def _write(tenant: Tenant, estimate: dict[str, Any], fields: dict[str, Any]) -> None:
    documents.write(tenant, estimate, fields, copied=_COPIED, items_key=ITEMS, items=fields.get(ITEMS) or [])


def _history(tenant: Tenant, estimate: dict[str, Any], action: str) -> None:
    estimate.setdefault("estimateActionHistory", []).append(f"{iso_z(tenant.now())} {action}")


def _save(tenant: Tenant, estimate: dict[str, Any]) -> dict[str, Any]:
    return tenant.store.put(ESTIMATES, estimate)


def _whole(number: Any) -> Any:
    return int(number) if isinstance(number, float) and number.is_integer() else number


def _numbers_taken(tenant: Tenant, but: str | None = None) -> set[str]:
    return documents.numbers_taken(tenant, ESTIMATES, "estimateNumber", but)
