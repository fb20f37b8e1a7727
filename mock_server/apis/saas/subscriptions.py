"""A sub-account's SaaS mode: enabling it (V1: a Stripe customer of the agency's Stripe account; V2: a contact of
the agency's provider sub-account), its plan's subscription, pausing, disabling, and the agency-wide views.

One record per SaaS location (``saasSubscriptions``, in the agency's tenant; indexed by the location's id and its
Stripe customer and subscription ids). Disabling deletes it; a location without one reads as
``not_activated``. Stripe itself is outside the mock: DECISION: the ids it would make are the mock's own
(``cus_<id>``, ``sub_<id>``), a subscription starts ``trialing`` when its plan has a trial period, else
``active``; later changes Stripe reports (``past_due``, ``canceled`` ...) are set through the control plane
(``POST /_mock/locations/{locationId}/saas/subscription``).

DECISION: ``saasMode`` takes the values of GHL's location SaaS settings: ``activated`` (a subscription is
attached), ``setup_pending`` (SaaS enabled, no subscription yet: the "saas_pending" state a developer describes
in GoHighLevel/highlevel-api-docs#295) and ``not_activated``; the official file's example value is "saasV2",
which is what ``isSaaSV2`` already says.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.formats import iso_z
from mock_server.apis.saas import plans, rebilling
from mock_server.apis.saas.tables import SUBSCRIPTIONS
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import LOCATIONS

ACTIVATED, SETUP_PENDING, NOT_ACTIVATED = "activated", "setup_pending", "not_activated"
PAUSED = "paused"
# DECISION: the SaaS locations listing shows 10 a page (the official file's pagination example).
PAGE_SIZE = 10
# DECISION: GHL's texts for these refusals are not known.
V1_ACCOUNT_REQUIRED = "stripeAccountId is required for SaaS V1"
V1_CUSTOMER_REQUIRED = "stripeCustomerId, or name and email, are required for SaaS V1"
V2_CONTACT_REQUIRED = "contactId is required for SaaS V2"
PRICE_WITHOUT_PLAN = "saasPlanId is required with priceId"
NOT_SAAS = "SaaS is not enabled for the location {location}"
BULK_ENABLED = "SaaS enabled for {count} location(s)"
# DECISION: GHL's texts are not known; the official file answers both with 422.
NOT_SETUP_PENDING = "The location {location} is not in setup_pending state"
ALREADY_ACTIVATED = "The location {location} is already in SaaS mode activated"
# DECISION: where GHL's answers point at its app, the mock points at a host that never resolves.
PAYMENT_LINK = "https://app.ghl-mock.invalid/saas/payment-link/{location}?subscription={subscription}"
BULK_ACTION_URL = "https://app.ghl-mock.invalid/bulk-actions/{id}"


# -- enabling ---------------------------------------------------------------------------------------------
def enable(tenant: Tenant, location_id: str, body: Any) -> dict[str, Any]:
    """Put the location in SaaS mode (again: a second call replaces its configuration).

    V1 needs the agency's ``stripeAccountId`` and a customer: an existing ``stripeCustomerId``, or a ``name`` and
    ``email`` to make one. V2 needs the ``contactId`` billed in the agency's provider sub-account (checked to be a
    contact there when ``providerLocationId`` names it). With a ``saasPlanId`` the location subscribes to the
    plan's price (``priceId``, else its first active one) and is ``activated``; without, it is ``setup_pending``.
    DECISION: ``paymentMethodAdded`` is true for an existing customer (a V1 ``stripeCustomerId``, a V2 contact),
    false for one made from a name and e-mail (no card yet).
    """
    if body.isSaaSV2:
        if not body.contactId:
            raise BadRequest(V2_CONTACT_REQUIRED)
        _check_provider(tenant, body.providerLocationId, body.contactId)
        customer_id, has_card = body.contactId, True
    else:
        if not body.stripeAccountId:
            raise BadRequest(V1_ACCOUNT_REQUIRED)
        if not body.stripeCustomerId and not (body.name and body.email):
            raise BadRequest(V1_CUSTOMER_REQUIRED)
        customer_id = body.stripeCustomerId or f"cus_{tenant.new_id()}"
        has_card = bool(body.stripeCustomerId)
    if body.priceId and not body.saasPlanId:
        raise BadRequest(PRICE_WITHOUT_PLAN)
    location = _location(tenant, location_id)
    record = _fresh(tenant, location_id, body.isSaaSV2) | {
        "customerId": customer_id, "name": body.name or location.get("name"),
        "email": body.email or location.get("email"), "stripeAccountId": body.stripeAccountId,
        "contactId": body.contactId, "providerLocationId": body.providerLocationId, "description": body.description}
    if body.saasPlanId:
        _subscribe(tenant, record, *plans.plan_and_price(tenant, body.saasPlanId, body.priceId))
    tenant.agency.store.put(SUBSCRIPTIONS, record)
    return {"data": {"customer_id": customer_id, "ok": True, "paymentMethodAdded": has_card}}


def bulk_enable(tenant: Tenant, location_ids: list[str], is_v2: bool, payload: Any) -> dict[str, Any]:
    """Enable SaaS for each location on one plan and price. DECISION: GHL runs this as a bulk action (its answer
    links to it); the mock applies it at once, all or nothing. A location keeps its Stripe customer when it has
    one, else gets a new one made from the location's name and e-mail; V1 needs the ``stripeAccountId``."""
    if not is_v2 and not payload.stripeAccountId:
        raise BadRequest(V1_ACCOUNT_REQUIRED)
    _check_provider(tenant, payload.providerLocationId, None)
    plan, price = plans.plan_and_price(tenant, payload.saasPlanId, payload.priceId)
    for location_id in dict.fromkeys(location_ids):
        location = _location(tenant, location_id)
        old = _record_of(tenant, location_id) or {}
        record = _fresh(tenant, location_id, is_v2) | {
            "customerId": old.get("customerId") or f"cus_{tenant.new_id()}", "name": location.get("name"),
            "email": location.get("email"), "stripeAccountId": payload.stripeAccountId,
            "providerLocationId": payload.providerLocationId}
        _subscribe(tenant, record, plan, price)
        tenant.agency.store.put(SUBSCRIPTIONS, record)
    count = len(set(location_ids))
    return {"success": True, "message": BULK_ENABLED.format(count=count),
            "bulkActionUrl": BULK_ACTION_URL.format(id=tenant.new_id())}


def bulk_disable(tenant: Tenant, location_ids: list[str]) -> dict[str, Any]:
    """Take the locations out of SaaS mode (their subscription records go). DECISION: a location not in SaaS mode
    is skipped, not refused."""
    _delete_of(tenant, location_ids)
    return {"data": {"msg": "success"}}


def forget_locations(tenant: Tenant, location_ids: list[str]) -> None:
    """Cascade of a deleted location: its SaaS subscription goes with it."""
    _delete_of(tenant, location_ids)


# -- changing one location ------------------------------------------------------------------------------------
def pause(tenant: Tenant, location_id: str, paused: bool) -> bool:
    """Pause (or resume) a SaaS sub-account: its subscription reads ``paused`` while it is. DECISION: only a
    location in SaaS mode can be paused (400 otherwise); pausing twice is no error."""
    record = _saas_record(tenant, location_id)
    record["paused"] = paused
    record["updatedAt"] = iso_z(tenant.now())
    tenant.agency.store.put(SUBSCRIPTIONS, record)
    return True


def attach_subscription(tenant: Tenant, location_id: str, subscription_id: str, customer_id: str) -> str:
    """Bill the SaaS location through a Stripe subscription and customer the agency already has: it becomes
    ``activated`` on them (DECISION: ``active``, the plan and price it had are kept). DECISION: GHL's answer is a
    string (the operation is named generate-payment-link): the mock answers the link where the customer confirms
    the subscription."""
    record = _saas_record(tenant, location_id)
    record.update(subscriptionId=subscription_id, customerId=customer_id, subscriptionStatus="active",
                  updatedAt=iso_z(tenant.now()))
    _activate(tenant, record)
    tenant.agency.store.put(SUBSCRIPTIONS, record)
    return PAYMENT_LINK.format(location=location_id, subscription=subscription_id)


def allow_attach_rebilling(tenant: Tenant, location_id: str, config: dict[str, Any] | None) -> dict[str, Any]:
    """Mark a setup-pending SaaS location as awaiting its rebilling (``paymentPending``), with the products'
    rebilling to set when its subscription starts (``rebilling.attach``). The markup is sent as a multiplier
    and kept as GHL's percentage (4 -> 300). DECISION: calling again replaces what was kept (none sent: none)."""
    record = _record_of(tenant, location_id)
    if record is None or record["saasMode"] != SETUP_PENDING:
        activated = record is not None and record["saasMode"] == ACTIVATED
        raise BadRequest((ALREADY_ACTIVATED if activated else NOT_SETUP_PENDING).format(location=location_id),
                         status=422)
    kept = {product: {**product_config, "markup": round((product_config["markup"] - 1) * 100, 10)}
            for product, product_config in (config or {}).items()}
    record.update(paymentPending=True, attachedRebillingConfig=kept, updatedAt=iso_z(tenant.now()))
    tenant.agency.store.put(SUBSCRIPTIONS, record)
    return {"success": True, "locationId": location_id, "attachedRebillingConfig": kept}


def _activate(tenant: Tenant, record: dict[str, Any]) -> None:
    """The location's subscription started: the rebilling kept for it (``allow_attach_rebilling``) is set."""
    record["saasMode"] = ACTIVATED
    if record.pop("paymentPending", False):
        rebilling.attach(tenant, record["locationId"], record.pop("attachedRebillingConfig", {}))


class SubscriptionSeed(BodyModel):
    subscriptionStatus: Literal["active", "trialing", "past_due", "unpaid", "canceled", "incomplete"] = "active"
    isSaaSV2: bool = True


def seed_subscription(tenant: Tenant, body: SubscriptionSeed) -> dict[str, Any]:
    """What Stripe tells GHL about the location's subscription: the customer paid (a setup-pending location is
    ``activated`` on a new subscription), or its status changed. A location not in SaaS mode is put in it."""
    location_id = tenant.location_id or ""
    record = _record_of(tenant, location_id)
    if record is None:
        location = _location(tenant, location_id)
        record = _fresh(tenant, location_id, body.isSaaSV2) | {
            "customerId": f"cus_{tenant.new_id()}", "name": location.get("name"), "email": location.get("email")}
    if not record.get("subscriptionId"):
        record["subscriptionId"] = f"sub_{tenant.new_id()}"
        _activate(tenant, record)
    record.update(subscriptionStatus=body.subscriptionStatus, updatedAt=iso_z(tenant.now()))
    tenant.agency.store.put(SUBSCRIPTIONS, record)
    return subscription(tenant, location_id)


# -- reading ----------------------------------------------------------------------------------------------------
def subscription(tenant: Tenant, location_id: str) -> dict[str, Any]:
    """The location's SaaS subscription as GHL reads it from the location; a location not in SaaS mode answers
    ``not_activated`` (the file requires only its ids and ``isSaaSV2`` in the answer)."""
    record = _record_of(tenant, location_id)
    if record is None:
        return {"locationId": location_id, "companyId": tenant.company_id, "isSaaSV2": False,
                "saasMode": NOT_ACTIVATED}
    view = {k: record.get(k) for k in ("locationId", "isSaaSV2", "companyId", "saasMode", "subscriptionId",
                                       "customerId", "productId", "priceId", "saasPlanId", "paymentPending")}
    view["subscriptionStatus"] = _status(record)
    return {k: v for k, v in view.items() if v is not None}


def locations_by_stripe(tenant: Tenant, customer_id: str | None, subscription_id: str | None) -> list[str]:
    """The ids of the agency's SaaS locations billed to the Stripe customer or subscription (either matches).
    DECISION: on the deprecated path, where both are optional, naming neither finds every SaaS location of the
    agency (the agency's id being the one criterion left)."""
    store = tenant.agency.store
    if not customer_id and not subscription_id:
        return sorted(record["locationId"] for record in store.scan(SUBSCRIPTIONS))
    found = [*(store.find(SUBSCRIPTIONS, "customerId", customer_id) if customer_id else ()),
             *(store.find(SUBSCRIPTIONS, "subscriptionId", subscription_id) if subscription_id else ())]
    return sorted({record["locationId"] for record in found})


def saas_locations(tenant: Tenant, page: float | None) -> dict[str, Any]:
    """The agency's SaaS-activated locations (a subscription attached), in the order they were enabled,
    ``PAGE_SIZE`` a page (DECISION: page 1 when none is sent; a fractional page counts as the page it is in)."""
    records = sorted((r for r in tenant.agency.store.scan(SUBSCRIPTIONS) if r.get("subscriptionId")),
                     key=lambda r: (r["enabledAt"], r["id"]))
    number = max(1, int(page or 1))
    total = len(records)
    pages = math.ceil(total / PAGE_SIZE)
    shown = records[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
    return {"locations": [_listed(r) for r in shown],
            "pagination": {"page": number, "limit": PAGE_SIZE, "total": total, "totalPages": pages,
                           "hasNext": number < pages, "hasPrev": number > 1}}


# -- helpers ------------------------------------------------------------------------------------------------------
def _record_of(tenant: Tenant, location_id: str) -> dict[str, Any] | None:
    return tenant.agency.store.find_first(SUBSCRIPTIONS, "locationId", location_id)


def _delete_of(tenant: Tenant, location_ids: list[str]) -> None:
    for location_id in dict.fromkeys(location_ids):
        for record_id in tenant.agency.store.ids_where(SUBSCRIPTIONS, "locationId", location_id):
            tenant.agency.store.delete(SUBSCRIPTIONS, record_id)


def _fresh(tenant: Tenant, location_id: str, is_v2: bool) -> dict[str, Any]:
    """A location's record as enabling makes it (the record it had, if any, keeps its id and enabling time)."""
    old = _record_of(tenant, location_id) or {}
    now = iso_z(tenant.now())
    kept = {k: old[k] for k in ("paymentPending", "attachedRebillingConfig") if k in old}  # awaiting its rebilling
    return {"id": old.get("id") or tenant.new_id(), "locationId": location_id, "companyId": tenant.company_id, "isSaaSV2": is_v2,
            "saasMode": SETUP_PENDING, "paused": False, "enabledAt": old.get("enabledAt") or now, "updatedAt": now,
            **kept}


def _subscribe(tenant: Tenant, record: dict[str, Any], plan: dict[str, Any], price: dict[str, Any]) -> None:
    record.update(saasPlanId=plan["planId"], priceId=price["id"], productId=plan["productId"],
                  subscriptionId=f"sub_{tenant.new_id()}",
                  subscriptionStatus="trialing" if plan.get("trialPeriod") else "active")
    _activate(tenant, record)


def _saas_record(tenant: Tenant, location_id: str) -> dict[str, Any]:
    record = _record_of(tenant, location_id)
    if record is None:
        raise BadRequest(NOT_SAAS.format(location=location_id))
    return record


def _location(tenant: Tenant, location_id: str) -> dict[str, Any]:
    """The agency's location (the platform has checked the ids a request names belong to the agency)."""
    return tenant.global_store.get(LOCATIONS, location_id) or {}


def _check_provider(tenant: Tenant, provider_location_id: str | None, contact_id: str | None) -> None:
    """A provider sub-account must be one of the agency's; the V2 contact billed must be one of its contacts."""
    if provider_location_id is None:
        return
    if provider_location_id not in tenant.agency.location_ids():
        raise BadRequest(plans.PROVIDER_NOT_FOUND)
    if contact_id is not None:
        tenant.for_location(provider_location_id).require(CONTACTS, contact_id)


def _status(record: dict[str, Any]) -> str | None:
    return PAUSED if record.get("paused") else record.get("subscriptionStatus")


def _listed(record: dict[str, Any]) -> dict[str, Any]:
    info = {"priceId": record.get("priceId"), "saasPlanId": record.get("saasPlanId"),
            "stripeProductId": record.get("productId"), "subscriptionStatus": _status(record)}
    item = {k: record.get(k) for k in ("locationId", "companyId", "saasMode", "subscriptionId", "customerId", "name",
                                       "email", "providerLocationId", "isSaaSV2")}
    item["subscriptionInfo"] = {k: v for k, v in info.items() if v is not None}
    return {k: v for k, v in item.items() if v is not None}
