"""Wallet charges: usage-based billing of a Marketplace app, charged to a location's wallet.

A charge is the calling app's: an app lists, reads and deletes only its own. Its price per unit comes from
the meter the app's rebilling config declares (``apps.seed_rebilling``): a fixed meter's price, or the price
sent for a dynamic one. The location's wallet holds no balance until the control plane sets one
(``POST /_mock/locations/{locationId}/marketplace/wallet``): until then it has funds (DECISION: GHL's sandbox
wallets are funded; a test sets a balance to see ``hasFunds: false`` and refused charges).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.marketplace import apps
from mock_server.apis.marketplace.tables import CHARGE_NOT_FOUND, CHARGES, WALLET, WALLETS
from mock_server.platform.errors import BadRequest, NotFound
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

CURRENCY = "USD"  # the official file: "We currently support USD only"
DEFAULT_LIMIT = 10  # DECISION: the official file's example page size
# Issue #244 (GoHighLevel/highlevel-api-docs): the two texts GHL answers, observed.
CUSTOM_PRICE_ON_FIXED = "Custom price is not allowed for fixed price meters"
EMPTY_USER_ID = "userId should not be empty"
# DECISION: GHL's texts for these refusals are not known.
APP_MISMATCH = "appId does not match the app of the token"
UNKNOWN_METER = "Meter not found in the app's pricing"
PRICE_REQUIRED = "price is required for dynamic price meters"
PRICE_OUT_OF_RANGE = "price is outside the meter's price range"
INSUFFICIENT_FUNDS = "Insufficient funds in the wallet"
BAD_DATE = "{name} must be a valid ISO 8601 date string"


def create_charge(tenant: Tenant, client_id: str | None, body: Any) -> dict[str, Any]:
    """Charge the location's wallet for ``units`` of the app's meter; the charge id."""
    app = apps.calling_app(tenant, client_id)
    if body.appId != app["appId"]:
        raise BadRequest(APP_MISMATCH)
    if body.userId is not None and not body.userId.strip():
        raise BadRequest(EMPTY_USER_ID)
    price = _price(apps.plans(tenant, app["appId"]), body.meterId, body.price)
    amount = round(price * body.units, 10)  # rounding only drops float noise (0.1 * 3)
    _debit(tenant, amount)
    now = iso_z(tenant.now())
    meta = {"eventId": body.eventId, "description": body.description, "eventTime": body.eventTime or now,
            "userId": body.userId or ""}
    charge_id = tenant.new_id()
    tenant.store.put(CHARGES, {
        "id": charge_id, "chargeId": charge_id, "appId": app["appId"], "meterId": body.meterId,
        "entityType": "location", "entityId": tenant.location_id, "currency": CURRENCY, "refunded": False,
        "transactionType": "charge", "units": body.units, "pricePerUnit": price, "amountCharged": amount,
        "meta": meta, "createdAt": now, "updatedAt": now,
    })
    return {"success": True, "chargeId": charge_id}


def _price(plans: dict[str, Any] | None, meter_id: str, sent: float | None) -> float:
    """The price per unit. DECISION: with no rebilling config for the app, any meter is taken as a dynamic one
    with no bounds (the mock cannot know the app's pricing page); with one, the meter must be in it."""
    if plans is None:
        meter = {"priceType": "dynamic", "minPricePerUnit": "0", "maxPricePerUnit": None}
    else:
        meter = next((m for m in plans["usage"] if m["meterId"] == meter_id), None)
        if meter is None:
            raise BadRequest(UNKNOWN_METER)
    if meter["priceType"] == "fixed":
        if sent is not None:
            raise BadRequest(CUSTOM_PRICE_ON_FIXED)
        return meter["fixedPricePerUnit"]
    if sent is None:
        raise BadRequest(PRICE_REQUIRED)
    top = meter["maxPricePerUnit"]
    if sent < float(meter["minPricePerUnit"]) or (top is not None and sent > float(top)):
        raise BadRequest(PRICE_OUT_OF_RANGE)
    return sent


def _debit(tenant: Tenant, amount: float) -> None:
    """Draw ``amount`` from the wallet: its complimentary credits first (DECISION), then its balance."""
    wallet = tenant.store.get(WALLETS, WALLET)
    if wallet is None:
        return
    credits = wallet.get("complimentaryCredits", 0)
    from_credits = min(credits, amount)
    if wallet["balance"] < amount - from_credits:
        raise BadRequest(INSUFFICIENT_FUNDS)
    tenant.store.put(WALLETS, {**wallet, "complimentaryCredits": round(credits - from_credits, 10),
                               "balance": round(wallet["balance"] - (amount - from_credits), 10)})


def get_charge(tenant: Tenant, client_id: str | None, charge_id: str) -> dict[str, Any]:
    """One of the app's charges; another app's is not found, as an unknown one."""
    app = apps.calling_app(tenant, client_id)
    record = tenant.store.get(CHARGES, charge_id)
    if record is None or record["appId"] != app["appId"]:
        raise NotFound(CHARGE_NOT_FOUND)
    return _public(record)


def delete_charge(tenant: Tenant, client_id: str | None, charge_id: str) -> dict[str, Any]:
    """DECISION: deleting a charge undoes it: it is gone (404 after) and its amount goes back to a wallet
    whose balance the control plane set."""
    charge = get_charge(tenant, client_id, charge_id)
    tenant.delete(CHARGES, charge_id)
    wallet = tenant.store.get(WALLETS, WALLET)
    if wallet is not None:
        tenant.store.put(WALLETS, {**wallet, "balance": round(wallet["balance"] + charge["amountCharged"], 10)})
    return {"success": True}


def list_charges(tenant: Tenant, client_id: str | None, query: Any) -> dict[str, Any]:
    """The app's charges at the location, newest first, filtered and paged as GHL's listing is."""
    app = apps.calling_app(tenant, client_id)
    start, end = _day(query.startDate, "startDate"), _day(query.endDate, "endDate")
    found = []
    for charge in tenant.store.find(CHARGES, "appId", app["appId"]):
        created = charge["createdAt"][:10]
        if (query.meterId and charge["meterId"] != query.meterId) \
                or (query.eventId and charge["meta"]["eventId"] != query.eventId) \
                or (query.userId and charge["meta"]["userId"] != query.userId) \
                or (start and created < start) or (end and created > end):
            continue
        found.append(charge)
    found.reverse()  # charges made in the same millisecond: the later one first
    found.sort(key=lambda c: c["createdAt"], reverse=True)
    skip = int(query.skip or 0)
    limit = int(query.limit or DEFAULT_LIMIT)
    # ``count`` is deprecated in the official file but still sent (issue #237 shows it beside the charges)
    return {"charges": [_public(c) for c in found[skip:skip + limit]], "count": len(found),
            "pagination": {"total": len(found), "skip": skip, "limit": limit}}


def _day(value: str | None, name: str) -> str | None:
    """A filter's day (YYYY-MM-DD), from a date or an ISO instant. DECISION: both bounds are whole days, inclusive."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise BadRequest(BAD_DATE.format(name=name)) from None
        return (moment.astimezone(UTC) if moment.tzinfo else moment).date().isoformat()


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


# -- the wallet ----------------------------------------------------------------------------------------------
# The location's wallet: one record (id WALLET) with its ``balance`` and ``complimentaryCredits`` (USD), which the
# SaaS area's v3 wallet operations read and credit (mock_server/apis/saas/wallet.py). None until the control plane
# sets a balance or the agency adds credits: until then the sandbox's wallet has funds without bound.
def has_funds(tenant: Tenant, client_id: str | None) -> dict[str, Any]:
    apps.calling_app(tenant, client_id)
    return {"hasFunds": _funded(tenant.store.get(WALLETS, WALLET))}


def _funded(record: dict[str, Any] | None) -> bool:
    return record is None or record["balance"] + record.get("complimentaryCredits", 0) > 0


class WalletSeed(BodyModel):
    balance: float = Field(ge=0, le=1_000_000_000)


def seed_wallet(tenant: Tenant, body: WalletSeed) -> dict[str, Any]:
    """Set the location's wallet balance (in USD): charges draw on it, ``hasFunds`` is false at 0 (and no
    complimentary credits). Credits it had stay."""
    tenant.store.put(WALLETS, {**_existing_or_new(tenant), "balance": body.balance})
    return wallet(tenant)


def wallet_record(tenant: Tenant) -> dict[str, Any] | None:
    """The location's wallet record (``walletId``, ``balance``, ``complimentaryCredits``), None while unset."""
    record = tenant.store.get(WALLETS, WALLET)
    # a wallet stored before wallets had an id or credits reads with the location's id and none
    return None if record is None else {"walletId": tenant.location_id, "complimentaryCredits": 0, **record}


def add_credits(tenant: Tenant, amount: float) -> dict[str, Any]:
    """Add complimentary credits to the location's wallet. DECISION: crediting an unset wallet makes it, with a
    balance of 0: from then on charges draw on the credits, then on the balance."""
    record = _existing_or_new(tenant)
    record["complimentaryCredits"] = round(record.get("complimentaryCredits", 0) + amount, 10)
    tenant.store.put(WALLETS, record)
    return wallet_record(tenant) or record


def _existing_or_new(tenant: Tenant) -> dict[str, Any]:
    return wallet_record(tenant) or {"id": WALLET, "walletId": tenant.new_id(), "balance": 0,
                                     "complimentaryCredits": 0}


def wallet(tenant: Tenant) -> dict[str, Any]:
    """The location's wallet: its balance, null until set (funds available), and its complimentary credits."""
    record = tenant.store.get(WALLETS, WALLET)
    return {"locationId": tenant.location_id, "currency": CURRENCY,
            "balance": None if record is None else record["balance"],
            "complimentaryCredits": 0 if record is None else record.get("complimentaryCredits", 0),
            "hasFunds": _funded(record)}
