"""Coupons: codes unique per location, active between their dates on the mock clock, redeemed up to their limits."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from mock_server.apis.invoices import documents, money
from mock_server.apis.payments.tables import COUPONS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not documented.
CODE_TAKEN = "Coupon code {code} already exists"
NOT_REDEEMABLE = "Coupon {code} is {status}"
LIMIT_REACHED = "Coupon {code} has reached its usage limit"
ALREADY_USED = "Coupon {code} has already been used by this customer"
BAD_PERCENTAGE = "discountValue must not be greater than 100 for a percentage coupon"
BAD_DATE = "{field} must be a valid ISO 8601 date string"
ENDS_BEFORE_START = "endDate must be after startDate"
_COPIED = ("name", "code", "discountType", "startDate", "endDate", "productIds", "priceIds", "variantIds",
           "applyToFuturePayments", "applyToFuturePaymentsConfig")


def create_coupon(tenant: Tenant, fields: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    coupon = {"id": tenant.new_id(), "altId": tenant.location_id, "altType": "location", "usageCount": 0,
              "redeemedBy": [], "userId": user_id}
    _write(tenant, coupon, fields)
    return tenant.store.put(COUPONS, documents.stamp(tenant, coupon, created=True))


def update_coupon(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    coupon = tenant.require(COUPONS, fields["id"])
    _write(tenant, coupon, fields)
    return tenant.store.put(COUPONS, documents.stamp(tenant, coupon))


def delete_coupon(tenant: Tenant, coupon_id: str) -> None:
    tenant.require(COUPONS, coupon_id)
    tenant.delete(COUPONS, coupon_id)


def get_coupon(tenant: Tenant, coupon_id: str | None, code: str | None) -> dict[str, Any]:
    """By id (and then its code must match, when given), or by code alone."""
    if coupon_id:
        coupon = tenant.require(COUPONS, coupon_id)
        if code and coupon["code"] != code:
            raise tenant.world.areas.table(COUPONS).missing(coupon_id)
        return coupon
    found = _by_code(tenant, code or "")
    if found is None:
        raise tenant.world.areas.table(COUPONS).missing(code or "")
    return found


def list_coupons(tenant: Tenant, *, status: str | None, search: str | None) -> list[dict[str, Any]]:
    now = tenant.now()
    found = [c for c in tenant.store.scan(COUPONS)
             if (not status or status_of(c, now) == status)
             and (not search or search.lower() in f"{c['name']} {c['code']}".lower())]
    return sorted(found, key=lambda c: c["createdAt"], reverse=True)


def status_of(coupon: dict[str, Any], now: datetime) -> str:
    """``scheduled`` before its start, ``expired`` after its end (DECISION: or once its usage limit is reached,
    since it can no longer be redeemed), else ``active``; on the location's mock clock."""
    if now < _instant(coupon["startDate"]):
        return "scheduled"
    if coupon.get("endDate") and now > _instant(coupon["endDate"]):
        return "expired"
    if coupon.get("usageLimit") is not None and coupon["usageCount"] >= coupon["usageLimit"]:
        return "expired"
    return "active"


def redeem(tenant: Tenant, code: str, contact_id: str | None, line_products: list[str | None]) -> dict[str, Any]:
    """Use the coupon ``code`` once (an order): refused unless active, within its limits. Returns the coupon."""
    coupon = _by_code(tenant, code)
    if coupon is None:
        raise tenant.world.areas.table(COUPONS).missing(code)
    if coupon.get("usageLimit") is not None and coupon["usageCount"] >= coupon["usageLimit"]:
        raise BadRequest(LIMIT_REACHED.format(code=code))
    status = status_of(coupon, tenant.now())
    if status != "active":
        raise BadRequest(NOT_REDEEMABLE.format(code=code, status=status))
    if coupon.get("limitPerCustomer") and contact_id in coupon["redeemedBy"]:
        raise BadRequest(ALREADY_USED.format(code=code))
    coupon["usageCount"] += 1
    coupon["redeemedBy"].append(contact_id)
    return tenant.store.put(COUPONS, documents.stamp(tenant, coupon))


def discount_rule(coupon: dict[str, Any], currency: str) -> money.Discount:
    """The coupon as the money rules apply it to an order in ``currency``."""
    value = Decimal(coupon["discountValue"])
    if coupon["discountType"] == "percentage":
        return money.Discount("percentage", value, tuple(coupon.get("productIds") or ()))
    return money.Discount("fixed", Decimal(money.to_minor(value, currency)), tuple(coupon.get("productIds") or ()))


def view(coupon: dict[str, Any], now: datetime) -> dict[str, Any]:
    out = {k: v for k, v in coupon.items() if k not in ("id", "redeemedBy")}
    out.update({"_id": coupon["id"], "status": status_of(coupon, now),
                "discountValue": documents.number(Decimal(coupon["discountValue"])),
                "limitPerCustomer": 1 if coupon.get("limitPerCustomer") else 0,
                "applyToFuturePayments": bool(coupon.get("applyToFuturePayments")),
                "applyToFuturePaymentsConfig": coupon.get("applyToFuturePaymentsConfig") or {"type": "forever"}})
    return out


def _write(tenant: Tenant, coupon: dict[str, Any], fields: dict[str, Any]) -> None:
    taken = _by_code(tenant, fields["code"])
    if taken is not None and taken["id"] != coupon["id"]:
        raise BadRequest(CODE_TAKEN.format(code=fields["code"]))
    for field in ("startDate", "endDate"):
        if fields.get(field):
            try:
                _instant(fields[field])
            except ValueError:
                raise Unprocessable([BAD_DATE.format(field=field)]) from None
    if fields.get("endDate") and _instant(fields["endDate"]) <= _instant(fields["startDate"]):
        raise Unprocessable([ENDS_BEFORE_START])
    if fields["discountType"] == "percentage" and fields["discountValue"] > 100:
        raise Unprocessable([BAD_PERCENTAGE])
    for key in _COPIED:
        if key in fields:
            coupon[key] = fields[key]
    coupon["discountValue"] = str(money.decimal_of(fields["discountValue"]))
    coupon["usageLimit"] = int(fields["usageLimit"]) if fields.get("usageLimit") is not None else None
    coupon["limitPerCustomer"] = bool(fields.get("limitPerCustomer"))


def _by_code(tenant: Tenant, code: str) -> dict[str, Any] | None:
    return tenant.store.find_first(COUPONS, "code", code)


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
