"""A social platform's OAuth flow as GHL keeps it: start, the platform's consent, what the OAuth'd account can
attach, attaching one.

1. **Start** (``GET /social-media-posting/oauth/<platform>/start``): GHL sends the browser to the platform's
   consent page. DECISION: the official file declares a 200 with no body, and the live start is opened in a
   browser window, never read by code (the v2 and v3 files' descriptions; public integrations only build its URL
   and open it in a popup, e.g. a FastAPI backend's ``oauth_url = ".../social-media-posting/oauth/facebook/
   start?locationId=...&userId=..."``; GHL's issue tracker has no report of what these endpoints answer). So
   the mock answers 200 with the flow it began, in the file's envelope:
   ``results.state`` (the OAuth ``state`` the platform hands back) and ``results.redirectUrl`` (the consent page
   it would open: shown, never called). It checks what GHL must know to begin: the user is one of the location's.
2. **Consent**: the platform redirects back to GHL, which keeps the OAuth'd account and posts a message to the
   window (``{actionType, page, platform, placement, accountId, reconnectAccounts}``, as both files document).
   Nothing in GHL's API does this: the control plane's ``POST /_mock/locations/{locationId}/social-media-posting/
   oauth/{platform}/consent`` does, with the pages / profiles / locations the account can attach, and answers
   that message. The same platform user consenting again is the same OAuth account (GHL's ``reconnect``): the
   lists it sends replace the old ones (those it leaves out are kept), and the connected accounts made through it whose token had expired are renewed and listed
   in ``reconnectAccounts``.
3. **List** (``GET .../oauth/{locationId}/<platform>/.../{accountId}``): what the account can attach, each with
   ``isConnected`` (whether the location has it connected now, through this account).
4. **Attach** (``POST`` on the same path): connects the chosen item as a Social Planner account
   (``social_planner.accounts.connect_account``), which ``GET /social-media-posting/{locationId}/accounts`` then
   lists. DECISION: only an item the OAuth'd account can attach is accepted (GHL would be refused by the
   platform for a page its user does not manage); name and avatar default to the item's. Attaching it again
   updates the same connected account.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.social_oauth.platforms import PLATFORMS, Platform, google_origin
from mock_server.apis.social_oauth.tables import OAUTH_ACCOUNT_NOT_FOUND, OAUTH_ACCOUNTS, OAUTH_STARTS
from mock_server.apis.social_planner import accounts as connected
from mock_server.apis.social_planner.envelope import ok
from mock_server.apis.social_planner.tables import ACCOUNTS as CONNECTED
from mock_server.apis.users import location_users
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# The official file's examples of GHL's messages ("Fetched Facebook Account", "Added Facebook Account").
FETCHED = "Fetched {title} Account"
ADDED = "Added {title} Account"
# DECISION: the texts below are not known from GHL.
STARTED = "Redirecting to {title}"
# v3 lists bluesky among the platforms and says it is "currently not supported" and answers an error.
NOT_SUPPORTED = "{platform} is not supported"
ORIGIN_REQUIRED = "originId should not be empty"
LOCATION_REQUIRED = "location.name should not be empty"
NOT_ATTACHABLE = "{title} account {accountId} cannot connect {originId}"
PAGE_MISMATCH = "pageId {pageId} is not the page of Instagram account {originId}"
UNKNOWN_STATE = "No {platform} OAuth start with this state is waiting for its consent"
NOT_A_LIST = "{platform} accounts have no {key} to attach"

# What GHL posts to the window when the consent comes back (both files' "Event Data Response").
MESSAGE_PAGE = "social_media_posting"
CALLBACK = "https://services.leadconnectorhq.com/social-media-posting/oauth/{platform}/finish"


def platform_of(name: str) -> Platform:
    platform = PLATFORMS.get(name)
    if platform is None:
        raise BadRequest(NOT_SUPPORTED.format(platform=name))
    return platform


# -- 1. start ----------------------------------------------------------------------------------------------
def start(tenant: Tenant, platform_name: str, *, user_id: str, page: str | None, reconnect: str | None) -> dict:
    platform = platform_of(platform_name)
    location_users.location_user(tenant, user_id)
    state = tenant.new_id()
    tenant.store.put(OAUTH_STARTS, {"id": state, "platform": platform.name, "userId": user_id, "page": page or "",
                                    "reconnect": reconnect == "true", "createdAt": iso_z(tenant.now())})
    query = urlencode({"state": state, "response_type": "code",
                       "redirect_uri": CALLBACK.format(platform=platform.name)})
    return ok(STARTED.format(title=platform.title),
              {"platform": platform.name, "state": state, "redirectUrl": f"{platform.consent_url}?{query}"})


# -- 2. consent (the control plane, as the platform) ------------------------------------------------------
class GoogleLocationSeed(BodyModel):
    name: str | None = Field(default=None, pattern=r"^(locations/)?[^_/]+$")
    title: str | None = None
    storeCode: str | None = None
    isVerified: bool | None = None
    maxLocation: bool | None = None
    metadata: dict[str, Any] | None = None
    storefrontAddress: dict[str, Any] | None = None
    relationshipData: dict[str, Any] | None = None


class GoogleAccountSeed(BodyModel):
    name: str | None = None
    accountName: str | None = None
    type: str | None = None
    verificationState: str | None = None
    vettedState: str | None = None


class AttachableSeed(BodyModel):
    """A page, profile or account the OAuth'd user can attach (the fields its platform's list shows)."""

    id: str | None = Field(default=None, min_length=1, pattern=r"^[^_/]+$")
    name: str | None = None
    avatar: str | None = None
    isOwned: bool | None = None  # Facebook
    pageId: str | None = None  # Instagram
    urn: str | None = None  # LinkedIn
    username: str | None = None
    verified: bool | None = None
    protected: bool | None = None  # Twitter
    type: str | None = None  # TikTok


class GoogleItemSeed(BodyModel):
    location: GoogleLocationSeed = Field(default_factory=GoogleLocationSeed)
    account: GoogleAccountSeed = Field(default_factory=GoogleAccountSeed)


class ConsentSeed(BodyModel):
    """The platform's answer to GHL: who consented, and what that user can attach (each list its platform has;
    one made up for a list left out)."""

    state: str | None = None  # from the start's answer; without it the consent is the location user's own
    userId: str | None = None
    originId: str | None = Field(default=None, min_length=1, pattern=r"^[^_/]+$")  # the platform's id of the user
    name: str | None = Field(default=None, min_length=1)
    avatar: str | None = None
    pages: list[AttachableSeed] | None = None
    accounts: list[AttachableSeed] | None = None
    profile: list[AttachableSeed] | None = None
    locations: list[GoogleItemSeed] | None = None


LISTS = ("pages", "accounts", "profile", "locations")


def consent(tenant: Tenant, body: ConsentSeed, *, platform: str) -> dict:
    chosen = platform_of(platform)
    started = _take_start(tenant, chosen, body.state) if body.state else None
    user_id = started["userId"] if started else body.userId
    if user_id and not started:
        location_users.location_user(tenant, user_id)
    sent = {key: getattr(body, key) for key in LISTS if getattr(body, key) is not None}
    for key in sent:
        if key not in chosen.lists:
            raise BadRequest(NOT_A_LIST.format(platform=chosen.name, key=key))
    origin = body.originId or tenant.new_id()
    before = next((a for a in tenant.store.find(OAUTH_ACCOUNTS, "originId", origin)
                   if a["platform"] == chosen.name), None)
    now = iso_z(tenant.now())
    name = body.name or (before or {}).get("name") or f"{chosen.title} user"
    account = {**(before or {"id": tenant.new_id(), "createdAt": now}),
               "platform": chosen.name, "originId": origin, "userId": user_id, "name": name,
               "avatar": body.avatar or (before or {}).get("avatar") or "", "updatedAt": now}
    account["attachables"] = {
        key: ([_attachable(tenant, chosen, key, item, account) for item in sent[key]] if key in sent
              else (before or {}).get("attachables", {}).get(key) or [_made_up(tenant, chosen, key, account)])
        for key in chosen.lists}
    tenant.store.put(OAUTH_ACCOUNTS, account)
    return {"actionType": "close", "page": MESSAGE_PAGE, "platform": chosen.name,
            "placement": started["page"] if started else "", "accountId": account["id"],
            "reconnectAccounts": _renew_expired(tenant, chosen, account) if before else []}


def _take_start(tenant: Tenant, platform: Platform, state: str) -> dict:
    started = tenant.store.get(OAUTH_STARTS, state)
    if started is None or started["platform"] != platform.name:
        raise BadRequest(UNKNOWN_STATE.format(platform=platform.name))
    tenant.store.delete(OAUTH_STARTS, state)  # a state is used once
    return started


def _attachable(tenant: Tenant, platform: Platform, key: str, item: BodyModel, account: dict) -> dict:
    made = _made_up(tenant, platform, key, account)
    given = item.model_dump(exclude_none=True)
    if platform.name == "google":
        return {part: {**made[part], **given.get(part, {})} for part in ("location", "account")}
    return {**made, **given}


def _made_up(tenant: Tenant, platform: Platform, key: str, account: dict) -> dict:
    """An item for a list the consent left out (deterministic: ids from the tenant's id stream)."""
    item_id, owner = tenant.new_id(), account["name"]
    if platform.name == "google":
        return {"location": {"name": f"locations/{item_id}", "title": f"{owner}'s business", "storeCode": "",
                             "isVerified": True, "maxLocation": False, "metadata": {}, "storefrontAddress": {},
                             "relationshipData": {}},
                "account": {"name": f"accounts/{account['originId']}", "accountName": owner, "type": "PERSONAL",
                            "verificationState": "VERIFIED", "vettedState": "NOT_VETTED"}}
    item: dict[str, Any] = {"id": item_id, "name": f"{owner} {key.rstrip('s').title()}", "avatar": ""}
    if platform.name == "facebook":
        item["isOwned"] = True
    elif platform.name == "instagram":
        item["pageId"] = tenant.new_id()
    elif platform.name == "linkedin":
        item["urn"] = f"urn:li:{'organization' if key == 'pages' else 'person'}:{item_id}"
    else:
        item |= {"username": owner.lower().replace(" ", "_"), "verified": False}
        if platform.name == "twitter":
            item["protected"] = False
        elif platform.name.startswith("tiktok"):
            item["type"] = "BUSINESS" if platform.name == "tiktok-business" else "PERSONAL"
        elif platform.name == "pinterest":
            item |= {"type": "BUSINESS", "websiteUrl": ""}
    return item


def _renew_expired(tenant: Tenant, platform: Platform, account: dict) -> list[str]:
    """A new consent renews the tokens of the accounts attached through this OAuth account that had expired."""
    now, renewed = tenant.now(), []
    for _, item in _items(platform, account):
        record = _connected(tenant, platform, account, item)
        if record is not None and connected.listed(record, now)["isExpired"]:
            fields = {k: record[k] for k in ("platform", "originId", "oauthId", "name", "avatar", "type",
                                               "profileId", "meta")}
            renewed.append(connected.connect_account(tenant, **fields)["id"])
    return renewed


# -- 3. list -----------------------------------------------------------------------------------------------
def oauth_account(tenant: Tenant, platform: Platform, account_id: str) -> dict:
    """The location's OAuth account of this platform (another platform's is not found here)."""
    account = tenant.require(OAUTH_ACCOUNTS, account_id)
    if account["platform"] != platform.name:
        raise BadRequest(OAUTH_ACCOUNT_NOT_FOUND)
    return account


def attachable(tenant: Tenant, platform_name: str, account_id: str, search: str | None = None) -> dict:
    """What the account can attach; ``search`` keeps those whose name holds it (any case), as v3 documents."""
    platform = platform_of(platform_name)
    account = oauth_account(tenant, platform, account_id)
    results: dict[str, list] = {key: [] for key in platform.lists}
    for key, item in _items(platform, account):
        if search and search.casefold() not in str(_name_of(platform, item) or "").casefold():
            continue
        is_connected = _connected(tenant, platform, account, item) is not None
        if platform.name == "google":
            item = {**item, "location": {**item["location"], "isConnected": is_connected}}
        else:
            item = {**item, "isConnected": is_connected}
        results[key].append(item)
    return ok(FETCHED.format(title=platform.title), results)


def _name_of(platform: Platform, item: dict) -> str | None:
    return item["location"].get("title") if platform.name == "google" else item.get("name")


def _items(platform: Platform, account: dict):
    for key in platform.lists:
        for item in account["attachables"].get(key, []):
            yield key, item


def _connected(tenant: Tenant, platform: Platform, account: dict, item: dict) -> dict | None:
    if platform.connects_as is None:
        return None
    return tenant.store.get(CONNECTED, connected.account_id(account["id"], tenant.location_id,
                                                            platform.origin_of(item)))


# -- 4. attach ---------------------------------------------------------------------------------------------
def attach(tenant: Tenant, platform_name: str, account_id: str, sent: dict[str, Any]) -> dict:
    platform = platform_of(platform_name)
    account = oauth_account(tenant, platform, account_id)
    origin = (sent.get("location") or {}).get("name") if platform.name == "google" else sent.get("originId")
    if isinstance(origin, str) and platform.name == "google":
        origin = google_origin(origin)
    if not isinstance(origin, str) or not origin:
        raise Unprocessable([LOCATION_REQUIRED if platform.name == "google" else ORIGIN_REQUIRED])
    found = next(((key, item) for key, item in _items(platform, account) if platform.origin_of(item) == origin),
                 None)
    if found is None or platform.connects_as is None:
        raise BadRequest(NOT_ATTACHABLE.format(title=platform.title, accountId=account_id, originId=origin))
    key, item = found
    if platform.name == "instagram" and sent.get("pageId") != item.get("pageId"):
        raise BadRequest(PAGE_MISMATCH.format(pageId=sent.get("pageId"), originId=origin))
    if platform.name == "google":
        location = {**item["location"], **sent["location"]}
        name, avatar = _name_of(platform, item | {"location": location}), ""
        meta = {"storeCode": location.get("storeCode"), "isVerified": location.get("isVerified"),
                "storefrontAddress": location.get("storefrontAddress") or {},
                "accountId": (sent.get("account") or item["account"]).get("name")}
    else:
        name, avatar = sent.get("name") or item.get("name"), sent.get("avatar") or item.get("avatar")
        meta = {field: sent[field] if sent.get(field) is not None else item.get(field) for field in platform.meta}
    record = connected.connect_account(
        tenant, platform=platform.connects_as, originId=origin, oauthId=account["id"], name=name, avatar=avatar,
        type=sent.get("type") or platform.kinds[key], profileId=account["originId"],
        meta={k: v for k, v in meta.items() if v is not None})
    return ok(ADDED.format(title=platform.title), connected.attached(record), 201)
