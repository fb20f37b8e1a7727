"""What Facebook holds for a location: the user who connected, the pages they manage (with their Instagram
accounts and the lead forms already on them), the ad accounts they can use (with their pixels).

GHL receives all of it from Facebook when the location's user connects (OAuth in GHL's UI); its API only reads
it. The mock takes it from the control plane (``POST /_mock/locations/{locationId}/facebook``) and the
``ghl.facebook_connection()`` factory, and answers from it deterministically.

DECISION: a seed is a (re)connect: the user is replaced, and pages and ad accounts are added or replaced by
their Facebook id, so a test can grant one more page later. Ids the seed leaves out are made up from the
agency's id stream (deterministic in seeded tenants), in Facebook's shapes: digits, ``act_`` for ad accounts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_server.apis.ad_facebook.tables import (
    AD_ACCOUNT_NOT_FOUND,
    FB_AD_ACCOUNTS,
    FB_PAGES,
    FB_PIXELS,
    FB_USERS,
    NOT_CONNECTED,
    PAGE_NOT_FOUND,
)
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

PAGE_FIELDS = ("name", "category", "picture", "tosAccepted")
AD_ACCOUNT_FIELDS = ("name", "accountStatus", "currency", "fundingType", "timezoneName", "business")


def meta_id(tenant: Tenant) -> str:
    """A Facebook-style id (15 digits) from the agency's id stream."""
    return str(10 ** 14 + int(tenant.new_uuid().replace("-", ""), 16) % (9 * 10 ** 14))


def fb_time(moment: datetime) -> str:
    """Facebook's timestamp format: ``2026-08-19T00:32:57+0000`` (no sub-second, an offset)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def ad_account_key(ad_account_id: str) -> str:
    """An ad account id as Facebook writes it: ``act_<digits>`` (clients send it with or without the prefix)."""
    return ad_account_id if ad_account_id.startswith("act_") else f"act_{ad_account_id}"


# -- reads --------------------------------------------------------------------------------------------------
def user(tenant: Tenant) -> dict[str, Any] | None:
    return tenant.store.find_first(FB_USERS, "locationId", tenant.location_id)


def require_user(tenant: Tenant) -> dict[str, Any]:
    connected = user(tenant)
    if connected is None:
        raise BadRequest(NOT_CONNECTED)
    return connected


def user_view(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["fbUserId"], "name": record["name"],
            "picture": {"data": {"url": record["picture"], "width": 50, "height": 50,
                                 "isSilhouette": record["isSilhouette"]}}}


def pages(tenant: Tenant) -> list[dict[str, Any]]:
    """The pages the connected user manages, in the order Facebook gave them."""
    require_user(tenant)
    return tenant.store.scan(FB_PAGES)


def page(tenant: Tenant, page_id: str) -> dict[str, Any]:
    require_user(tenant)
    found = tenant.store.find(FB_PAGES, "fbId", page_id)
    if not found:
        raise BadRequest(PAGE_NOT_FOUND)
    return found[0]


def page_view(record: dict[str, Any]) -> dict[str, Any]:
    """A page as the seed answers it: Facebook's fields and its Instagram accounts."""
    return {"id": record["fbId"], **{key: record[key] for key in PAGE_FIELDS},
            "instagramAccounts": record["instagramAccounts"]}


def ad_accounts(tenant: Tenant) -> list[dict[str, Any]]:
    require_user(tenant)
    return tenant.store.scan(FB_AD_ACCOUNTS)


def find_ad_account(tenant: Tenant, ad_account_id: str) -> dict[str, Any] | None:
    return tenant.store.find_first(FB_AD_ACCOUNTS, "fbId", ad_account_key(ad_account_id))


def ad_account(tenant: Tenant, ad_account_id: str) -> dict[str, Any]:
    require_user(tenant)
    found = find_ad_account(tenant, ad_account_id)
    if found is None:
        raise BadRequest(AD_ACCOUNT_NOT_FOUND)
    return found


def ad_account_view(record: dict[str, Any]) -> dict[str, Any]:
    view = {"id": record["fbId"], **{key: record[key] for key in AD_ACCOUNT_FIELDS}}
    if view["business"] is None:
        del view["business"]
    return view


def instagram_accounts(tenant: Tenant, page_id: str) -> list[dict[str, Any]]:
    return page(tenant, page_id)["instagramAccounts"]


def instagram_user_ids(tenant: Tenant) -> set[str]:
    return {account["id"] for fb_page in tenant.store.scan(FB_PAGES) for account in fb_page["instagramAccounts"]}


def put_pixel(tenant: Tenant, ad_account_id: str, *, pixel_id: str, name: str, type_: str, crm: bool) -> dict[str, Any]:
    """A conversion pixel of the ad account, with the snippet Facebook hands out for it."""
    code = (f"<!-- Facebook Pixel Code -->\n<script>fbq('init', '{pixel_id}');fbq('track', 'PageView');</script>\n"
            "<!-- End Facebook Pixel Code -->")
    existing = tenant.store.find(FB_PIXELS, "fbPixelId", pixel_id)
    return tenant.store.put(FB_PIXELS, {
        "id": existing[0]["id"] if existing else tenant.new_id(), "fbPixelId": pixel_id, "channel": "FACEBOOK",
        "adAccountId": ad_account_id, "name": name, "type": type_, "fbIsCrmPixel": crm, "fbPixelCode": code,
        "createdAt": fb_time(tenant.now())})
