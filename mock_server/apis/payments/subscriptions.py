"""Subscriptions: a contact's recurring payments, created through the control plane or the custom provider flow
(GHL's API only reads them). Amounts are ints of minor units; views convert them."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import documents, money
from mock_server.apis.payments.tables import SUBSCRIPTIONS
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

STATUSES = ("incomplete", "scheduled", "trialing", "active", "past_due", "unpaid", "canceled", "expired")


class SubscriptionSeed(BodyModel):
    """A subscription a contact took (a funnel's recurring product): what GHL's API can only read."""

    contactId: str
    amount: float = Field(ge=0, allow_inf_nan=False)
    currency: str = Field(default="USD", pattern=r"^[A-Za-z]{3}$")
    interval: str = Field(default="month", pattern=r"^(day|week|month|year)$")
    intervalCount: int = Field(default=1, gt=0)
    status: str = Field(default="active", pattern="^(" + "|".join(STATUSES) + ")$")
    liveMode: bool = False
    name: str = "Subscription"


def create(tenant: Tenant, *, contact_id: str, amount: int, currency: str, status: str, live_mode: bool,
           recurring: dict[str, Any], name: str, provider: str = "manual",
           entity_type: str = "order", entity_id: str | None = None) -> dict[str, Any]:
    contact = tenant.require(documents.CONTACTS, contact_id)
    now = iso_z(tenant.now())
    return tenant.store.put(SUBSCRIPTIONS, {
        "id": tenant.new_id(), "altId": tenant.location_id, "altType": "location", "contactId": contact_id,
        "contactName": " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p) or None,
        "contactEmail": contact.get("email"), "currency": currency, "amount": amount, "status": status,
        "liveMode": live_mode, "entityType": entity_type, "entityId": entity_id, "entitySourceType": entity_type,
        "entitySourceName": name, "paymentProviderType": provider, "recurringProduct": {"name": name, **recurring},
        "subscriptionSnapshot": {"status": status}, "createdAt": now, "updatedAt": now})


def seed(tenant: Tenant, body: SubscriptionSeed) -> dict[str, Any]:
    currency = body.currency.upper()
    made = create(tenant, contact_id=body.contactId, amount=money.to_minor(body.amount, currency),
                  currency=currency, status=body.status, live_mode=body.liveMode, name=body.name,
                  recurring={"interval": body.interval, "intervalCount": body.intervalCount})
    return view(made)


def set_status(tenant: Tenant, subscription_id: str, status: str, snapshot: dict[str, Any] | None = None) -> dict:
    subscription = tenant.require(SUBSCRIPTIONS, subscription_id)
    subscription["status"] = status
    subscription["subscriptionSnapshot"] = {**subscription.get("subscriptionSnapshot", {}), **(snapshot or {}),
                                            "status": status}
    if status == "canceled":
        subscription["canceledAt"] = iso_z(tenant.now())
    return tenant.store.put(SUBSCRIPTIONS, documents.stamp(tenant, subscription))


def list_subscriptions(tenant: Tenant, *, contact_id: str | None, entity_id: str | None, subscription_id: str | None,
                       search: str | None, payment_mode: str | None) -> list[dict[str, Any]]:
    found = [s for s in tenant.store.scan(SUBSCRIPTIONS)
             if (not contact_id or s["contactId"] == contact_id) and (not entity_id or s.get("entityId") == entity_id)
             and (not subscription_id or s["id"] == subscription_id)
             and (not search or search.lower() in f"{s['entitySourceName']} {s.get('contactName') or ''}".lower())
             and (payment_mode not in ("live", "test") or s["liveMode"] == (payment_mode == "live"))]
    return sorted(found, key=lambda s: s["createdAt"], reverse=True)


def view(subscription: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in subscription.items() if k != "id" and v is not None}
    out.update({"_id": subscription["id"], "subscriptionId": subscription["id"],
                "amount": money.to_major(subscription["amount"], subscription["currency"])})
    return out
