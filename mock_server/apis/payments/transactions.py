"""Transactions: the money that moved, recorded by invoice and order payments (and the provider flow).

Stored amounts are ints of minor units (``mock_server/apis/invoices/money.py``); views convert them.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import money
from mock_server.apis.payments.tables import TRANSACTIONS
from mock_server.platform.tenant_context import Tenant

# DECISION: a manual payment's provider type. GHL shows manual payments as "manual" in its transactions list.
MANUAL = "manual"


def record(tenant: Tenant, *, amount: int, currency: str, contact_id: str | None, entity_type: str,
           entity_id: str, source_type: str, live_mode: bool, status: str = "succeeded",
           provider: str = MANUAL, payment_method: dict[str, Any] | None = None, charge_id: str | None = None,
           subscription_id: str | None = None, meta: dict[str, Any] | None = None,
           fulfilled_at: str | None = None) -> dict[str, Any]:
    """A new transaction of ``amount`` minor units for an invoice or order (``entity_type``/``entity_id``)."""
    if not isinstance(amount, int):
        raise TypeError("transaction amounts are ints of minor units")
    now = iso_z(tenant.now())
    txn_id = tenant.new_id()
    return tenant.store.put(TRANSACTIONS, {
        "id": txn_id, "altId": tenant.location_id, "altType": "location", "contactId": contact_id,
        "currency": currency, "amount": amount, "amountRefunded": 0, "status": status, "liveMode": live_mode,
        "entityType": entity_type, "entityId": entity_id, "entitySourceType": source_type,
        "entitySourceId": entity_id, "paymentProviderType": provider, "paymentMethod": payment_method or {},
        "chargeId": charge_id, "subscriptionId": subscription_id, "meta": meta or {},
        "fulfilledAt": fulfilled_at or now, "createdAt": now, "updatedAt": now,
    })


def view(txn: dict[str, Any]) -> dict[str, Any]:
    currency = txn["currency"]
    out = {k: v for k, v in txn.items() if k != "id" and v is not None}
    out["_id"] = txn["id"]
    out["amount"] = money.to_major(txn["amount"], currency)
    out["amountRefunded"] = money.to_major(txn.get("amountRefunded", 0), currency)
    if txn.get("entityType") == "invoice":
        out["invoiceId"] = txn["entityId"]
    return out


def list_transactions(tenant: Tenant, *, contact_id: str | None, entity_id: str | None,
                      subscription_id: str | None, source_type: str | None, search: str | None,
                      payment_mode: str | None, start_at: str | None, end_at: str | None) -> list[dict[str, Any]]:
    found = [t for t in tenant.store.scan(TRANSACTIONS)
             if (not contact_id or t["contactId"] == contact_id) and (not entity_id or t["entityId"] == entity_id)
             and (not subscription_id or t.get("subscriptionId") == subscription_id)
             and (not source_type or t["entitySourceType"] == source_type)
             and (not search or search.lower() in f"{t['id']} {t.get('chargeId') or ''}".lower())
             and (payment_mode not in ("live", "test") or t["liveMode"] == (payment_mode == "live"))
             and (not start_at or t["createdAt"] >= start_at) and (not end_at or t["createdAt"] <= end_at)]
    return sorted(found, key=lambda t: t["createdAt"], reverse=True)
