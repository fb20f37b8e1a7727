"""Conversion actions of the integrated Google Ads account, and the conversion goals they make up."""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_google import accounts, dates
from mock_server.apis.ad_google.models import UpsertConversionBody
from mock_server.apis.ad_google.tables import CONVERSIONS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

# Google Ads' conversion action categories (ConversionActionCategoryEnum).
CATEGORIES = ("DEFAULT", "PAGE_VIEW", "PURCHASE", "SIGNUP", "LEAD", "DOWNLOAD", "ADD_TO_CART", "BEGIN_CHECKOUT",
              "SUBSCRIBE_PAID", "PHONE_CALL_LEAD", "IMPORTED_LEAD", "SUBMIT_LEAD_FORM", "BOOK_APPOINTMENT",
              "REQUEST_QUOTE", "GET_DIRECTIONS", "OUTBOUND_CLICK", "CONTACT", "ENGAGEMENT", "STORE_VISIT",
              "STORE_SALE", "QUALIFIED_LEAD", "CONVERTED_LEAD")
# Where a conversion of each type comes from, as Google's goals group them (ConversionOriginEnum).
ORIGINS = {"WEBPAGE": "WEBSITE", "UPLOAD_CLICKS": "WEBSITE", "UPLOAD_CALLS": "CALL_FROM_ADS",
           "LEAD_FORM_SUBMIT": "GOOGLE_HOSTED"}
MAX_WINDOW = 90  # Google Ads' click-through lookback window is 1 to 90 days


def upsert(tenant: Tenant, body: UpsertConversionBody) -> dict[str, Any]:
    """Create a conversion action in the integrated account, or update the one ``conversionId`` names."""
    account_id = accounts.account_id_of(tenant)
    problems = []
    if body.category not in CATEGORIES:
        problems.append(f"category must be one of the following values: {', '.join(CATEGORIES)}")
    if not 1 <= body.clickThroughWindow <= MAX_WINDOW:
        problems.append(f"clickThroughWindow must be between 1 and {MAX_WINDOW} days")
    if problems:
        raise Unprocessable(problems)
    now = iso_z(tenant.now())
    fields = body.model_dump(exclude={"locationId", "conversionId"})
    if body.conversionId:
        earlier = tenant.require(CONVERSIONS, body.conversionId)
        return tenant.store.put(CONVERSIONS, {**earlier, **fields, "updatedAt": now})
    conversion_id = tenant.new_id()
    return tenant.store.put(CONVERSIONS, {
        "id": conversion_id, "locationId": tenant.location_id, "adAccountId": account_id, **fields,
        "resourceName": f"customers/{account_id}/conversionActions/{conversion_id}", "status": "ENABLED",
        # DECISION: every conversion made through GHL is the ad manager's; its origin follows its type.
        "source": "AD_MANAGER", "origin": ORIGINS[body.type], "createdAt": now, "updatedAt": now})


def get(tenant: Tenant, conversion_id: str) -> dict[str, Any]:
    return tenant.require(CONVERSIONS, conversion_id)


def delete(tenant: Tenant, conversion_id: str) -> dict[str, Any]:
    tenant.require(CONVERSIONS, conversion_id)
    tenant.delete(CONVERSIONS, conversion_id)
    return {"success": True, "conversionId": conversion_id}


def listing(tenant: Tenant, *, conversion_type: str | None, category: str | None, start: str | None,
            end: str | None) -> list[dict[str, Any]]:
    """The location's conversions, oldest first, filtered by their type, category and the day they were made.

    DECISION: ``type`` (the ad manager's or all of the account's, AD_WORDS) filters nothing: the account holds
    only the conversions made through GHL.
    """
    first, last = dates.optional_range(start, end)
    found = sorted(tenant.store.scan(CONVERSIONS), key=lambda c: c["createdAt"])
    return [c for c in found if (conversion_type is None or c["type"] == conversion_type)
            and (category is None or c["category"] == category)
            and (first is None or c["createdAt"][:10] >= first.isoformat())
            and (last is None or c["createdAt"][:10] <= last.isoformat())]


def goals(tenant: Tenant) -> list[dict[str, Any]]:
    """Google's conversion goals: one per category and origin of the account's conversion actions, biddable
    (none before the location has conversions, which need the integration)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for conversion in sorted(tenant.store.scan(CONVERSIONS), key=lambda c: c["createdAt"]):
        grouped.setdefault((conversion["category"], conversion["origin"]), []).append(conversion["id"])
    account_id = accounts.account_id_of(tenant) if grouped else None
    return [{"category": category, "origin": origin, "biddable": True, "conversionActionIds": ids,
             "resourceName": f"customers/{account_id}/customerConversionGoals/{category}~{origin}"}
            for (category, origin), ids in sorted(grouped.items())]
