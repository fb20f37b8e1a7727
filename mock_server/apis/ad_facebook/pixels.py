"""Conversion pixels of the integration's ad account, and the Instagram datasets of the user's Instagram accounts.

Live GHL (its docs, 2026-08; a third-party measurement of a live location, 2026-09, saw ``items, total``):
- reading with ``channel`` FACEBOOK (the default) answers ``{items, total}``, each item ``{name, fbPixelId,
  fbIsCrmPixel, type, fbPixelCode, createdAt}``; with ``channel=IG`` a bare array of Instagram datasets,
  ``[{id}]``, empty when no connected Instagram account matches;
- writing creates a pixel (answers ``{id}``), or with ``conversionPixelId`` renames one (answers
  ``{success: true}``): renaming is the only update, and it refuses ``INSTAGRAM_DM``; creating an
  ``INSTAGRAM_DM`` dataset needs ``igUserId`` and fails when that account already has one.
DECISION: the pixels are the ad account's, so they need the integration connected with an ad account (400 as
the other reads of a disconnected integration); Instagram datasets need only the Facebook connection.
DECISION: ``pageId`` narrows the IG datasets to that page's Instagram accounts; ``igUserId`` to one account.
DECISION: a pixel created through GHL is its CRM pixel (``fbIsCrmPixel: true``), named after the ad account when
no name is sent, as GHL's UI does ("<account>'s Pixel").
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_facebook import facebook, integration
from mock_server.apis.ad_facebook.tables import AD_ACCOUNT_NOT_LINKED, FB_PIXELS, PIXEL_NOT_FOUND
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

ITEM_FIELDS = ("name", "fbPixelId", "fbIsCrmPixel", "type", "fbPixelCode", "createdAt")
INSTAGRAM_DM = "INSTAGRAM_DM"
# DECISION: GHL's texts for these refusals are not documented; the mock says what is wrong.
NO_RENAME_OF_DATASET = "An INSTAGRAM_DM dataset cannot be renamed"
IG_USER_REQUIRED = "igUserId is required to create an INSTAGRAM_DM dataset"
IG_USER_UNKNOWN = "Instagram account not found"
DATASET_EXISTS = "An INSTAGRAM_DM dataset already exists for this Instagram account"
NAME_REQUIRED = "name is required to rename a conversion pixel"


def list_pixels(tenant: Tenant, *, channel: str, page_id: str | None, ig_user_id: str | None) -> Any:
    if channel == "IG":
        facebook.require_user(tenant)
        wanted = facebook.instagram_user_ids(tenant)
        if page_id is not None:
            wanted &= {account["id"] for account in facebook.instagram_accounts(tenant, page_id)}
        if ig_user_id is not None:
            wanted &= {ig_user_id}
        return [{"id": dataset["fbPixelId"]} for dataset in tenant.store.find(FB_PIXELS, "channel", "IG")
                if dataset["igUserId"] in wanted]
    items = [{key: pixel[key] for key in ITEM_FIELDS}
             for pixel in tenant.store.find(FB_PIXELS, "adAccountId", _ad_account_id(tenant))]
    return {"items": items, "total": len(items)}


def upsert_pixel(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    pixel_id, name, type_ = fields.get("conversionPixelId"), fields.get("name"), fields["type"]
    if pixel_id is not None:
        return _rename(tenant, pixel_id, name, type_)
    if type_ == INSTAGRAM_DM:
        return {"id": _create_dataset(tenant, fields.get("igUserId"), name)["fbPixelId"]}
    ad_account_id = _ad_account_id(tenant)
    account = facebook.find_ad_account(tenant, ad_account_id)
    pixel = facebook.put_pixel(tenant, ad_account_id, pixel_id=facebook.meta_id(tenant), type_=type_, crm=True,
                               name=name or f"{account['name'] if account else 'Ad account'}'s Pixel")
    return {"id": pixel["fbPixelId"]}


def _ad_account_id(tenant: Tenant) -> str:
    ad_account_id = integration.connected(tenant).get("fbAdAccountId")
    if ad_account_id is None:
        raise BadRequest(AD_ACCOUNT_NOT_LINKED)
    return ad_account_id


def _rename(tenant: Tenant, pixel_id: str, name: str | None, type_: str) -> dict[str, Any]:
    if type_ == INSTAGRAM_DM:
        raise BadRequest(NO_RENAME_OF_DATASET)
    if not name:
        raise BadRequest(NAME_REQUIRED)
    ad_account_id = _ad_account_id(tenant)
    found = [pixel for pixel in tenant.store.find(FB_PIXELS, "fbPixelId", pixel_id)
             if pixel["adAccountId"] == ad_account_id]
    if not found:
        raise BadRequest(PIXEL_NOT_FOUND)
    tenant.store.put(FB_PIXELS, {**found[0], "name": name})
    return {"success": True}


def _create_dataset(tenant: Tenant, ig_user_id: str | None, name: str | None) -> dict[str, Any]:
    facebook.require_user(tenant)
    if not ig_user_id:
        raise BadRequest(IG_USER_REQUIRED)
    if ig_user_id not in facebook.instagram_user_ids(tenant):
        raise BadRequest(IG_USER_UNKNOWN)
    if any(dataset["igUserId"] == ig_user_id for dataset in tenant.store.find(FB_PIXELS, "channel", "IG")):
        raise BadRequest(DATASET_EXISTS)
    dataset_id = facebook.meta_id(tenant)
    return tenant.store.put(FB_PIXELS, {
        "id": tenant.new_id(), "fbPixelId": dataset_id, "channel": "IG", "igUserId": ig_user_id,
        "adAccountId": None, "name": name or f"Instagram dataset {ig_user_id}", "type": INSTAGRAM_DM,
        "fbIsCrmPixel": False, "fbPixelCode": "", "createdAt": facebook.fb_time(tenant.now())})
