"""The control-plane seed of what Facebook hands GHL when a location's user connects (``facebook.py`` says why).

``POST /_mock/locations/{locationId}/facebook`` with the user, their pages (Instagram accounts, lead forms
already on Facebook) and ad accounts (pixels); ``ghl.facebook_connection()`` sends one for tests.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import StringConstraints

from mock_server.apis.ad_facebook import facebook, integration, lead_forms
from mock_server.apis.ad_facebook.tables import FB_AD_ACCOUNTS, FB_PAGES, FB_USERS
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

Text = Annotated[str, StringConstraints(min_length=1)]
FacebookId = Annotated[str, StringConstraints(pattern=r"^(act_)?[0-9]{1,30}$")]


class UserSeed(BodyModel):
    name: Text
    id: FacebookId | None = None
    picture: str | None = None


class InstagramAccountSeed(BodyModel):
    id: FacebookId | None = None
    name: str | None = None
    picture: str | None = None
    typeOfAccount: str | None = None


class LeadFormQuestionSeed(BodyModel):
    key: Text
    type: str = "CUSTOM"
    label: str | None = None


class LeadFormSeed(BodyModel):
    name: Text
    id: FacebookId | None = None
    locale: str = "en_US"
    questions: list[LeadFormQuestionSeed] = []


class PageSeed(BodyModel):
    name: Text
    id: FacebookId | None = None
    category: str | None = None
    picture: str | None = None
    tosAccepted: bool = True
    instagramAccounts: list[InstagramAccountSeed] = []
    leadForms: list[LeadFormSeed] = []


class BusinessSeed(BodyModel):
    id: FacebookId
    name: Text


class PixelSeed(BodyModel):
    name: Text
    id: FacebookId | None = None
    type: str = "LEAD_EVENT"
    fbIsCrmPixel: bool = False


class AdAccountSeed(BodyModel):
    name: Text
    id: FacebookId | None = None
    accountStatus: str | None = None
    currency: str | None = None
    fundingType: str | None = None
    timezoneName: str | None = None
    business: BusinessSeed | None = None
    pixels: list[PixelSeed] = []


class FacebookSeed(BodyModel):
    user: UserSeed
    pages: list[PageSeed] = []
    adAccounts: list[AdAccountSeed] = []
    # Also connect the integration on the first page and ad account, as the user does in GHL's connect dialog.
    integration: bool = False
    # The user's Facebook token has lapsed: GHL marks the location's integration expired until it is reconnected.
    expired: bool = False


SEED_DOC = ('`{"user": {"name"}, "pages": [{"name", "instagramAccounts", "leadForms"}], "adAccounts": [{"name", '
            '"business", "pixels"}], "integration"}` (ids optional; `integration: true` also connects the first page and '
            'ad account, `expired: true` marks the integration expired): what Facebook hands GHL when the location\'s user connects; '
            "the Ad Manager API only reads it (fb-get-current-user, fb-get-pages, fb-get-ad-accounts ...)")


def seed(tenant: Tenant, body: FacebookSeed) -> dict[str, Any]:
    """Store what Facebook holds for the location (a reconnect: see ``facebook.py``); answers it as stored, with the
    ids it made up."""
    given = body.model_dump()
    answer: dict[str, Any] = {"user": facebook.user_view(_put_user(tenant, given["user"])), "pages": [],
                              "adAccounts": []}
    for page in given["pages"]:
        stored = _put_page(tenant, page)
        forms = [lead_forms.seed_published(tenant, stored, form) for form in page["leadForms"]]
        answer["pages"].append({**facebook.page_view(stored),
                                "leadForms": [{"id": form["formId"], "name": form["name"]} for form in forms]})
    for account in given["adAccounts"]:
        stored = _put_ad_account(tenant, account)
        pixels = [facebook.put_pixel(tenant, stored["fbId"], pixel_id=pixel["id"] or facebook.meta_id(tenant),
                                     name=pixel["name"], type_=pixel["type"], crm=pixel["fbIsCrmPixel"])
                  for pixel in account["pixels"]]
        answer["adAccounts"].append({**facebook.ad_account_view(stored),
                                     "pixels": [{"id": pixel["fbPixelId"], "name": pixel["name"]} for pixel in pixels]})
    if given["integration"] and answer["pages"]:
        ad_account_id = answer["adAccounts"][0]["id"] if answer["adAccounts"] else None
        answer["integration"] = integration.stored_view(integration.create(tenant, answer["pages"][0]["id"],
                                                                           ad_account_id))
    if given["expired"]:
        answer["integration"] = integration.stored_view(integration.expire(tenant))
    return answer


def _put_user(tenant: Tenant, given: dict[str, Any]) -> dict[str, Any]:
    previous = facebook.user(tenant)
    return tenant.store.put(FB_USERS, {
        "id": previous["id"] if previous else tenant.new_id(), "locationId": tenant.location_id,
        "fbUserId": given["id"] or facebook.meta_id(tenant), "name": given["name"],
        "picture": given["picture"] or "https://platform-lookaside.fbsbx.com/platform/profilepic/",
        "isSilhouette": not given["picture"]})


def _put_page(tenant: Tenant, given: dict[str, Any]) -> dict[str, Any]:
    fb_id = given["id"] or facebook.meta_id(tenant)
    existing = tenant.store.find(FB_PAGES, "fbId", fb_id)
    # DECISION: an Instagram account seeded without a name or picture answers without them (GHL's docs: not every
    # entry has them), rather than with nulls.
    instagram = [{key: value for key, value in {
        "id": account["id"] or facebook.meta_id(tenant), "name": account["name"], "picture": account["picture"],
        "typeOfAccount": account["typeOfAccount"] or "Page Connected Instagram Account"}.items() if value is not None}
        for account in given["instagramAccounts"]]
    return tenant.store.put(FB_PAGES, {
        "id": existing[0]["id"] if existing else tenant.new_id(), "fbId": fb_id, "name": given["name"],
        "category": given["category"] or "Local business",
        "picture": given["picture"] or f"https://graph.facebook.com/{fb_id}/picture",
        "tosAccepted": given["tosAccepted"], "instagramAccounts": instagram})


def _put_ad_account(tenant: Tenant, given: dict[str, Any]) -> dict[str, Any]:
    fb_id = facebook.ad_account_key(given["id"] or facebook.meta_id(tenant))
    existing = facebook.find_ad_account(tenant, fb_id)
    return tenant.store.put(FB_AD_ACCOUNTS, {
        "id": existing["id"] if existing else tenant.new_id(), "fbId": fb_id, "name": given["name"],
        "accountStatus": given["accountStatus"] or "ACTIVE", "currency": given["currency"] or "USD",
        "fundingType": given["fundingType"] or "CREDIT_CARD",
        "timezoneName": given["timezoneName"] or "America/Los_Angeles", "business": given["business"]})
