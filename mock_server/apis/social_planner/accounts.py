"""Connected social accounts of a location, and the groups that bundle them.

GHL connects an account through an OAuth flow with the platform (Facebook, Google, LinkedIn ...); the
``social_oauth`` area models those flows and stores the attached page or profile with
:func:`connect_account`. The control plane seeds one directly
(``POST /_mock/locations/{locationId}/social-accounts``). Posts and CSV imports name accounts by ``id``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.apis.social_planner.tables import ACCOUNTS, GROUPS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.models import BodyModel, Paging
from mock_server.platform.tenant_context import Tenant

Platform = Literal["google", "facebook", "instagram", "linkedin", "twitter", "tiktok", "youtube", "pinterest",
                   "threads", "bluesky"]
AccountType = Literal["location", "page", "group", "profile", "business"]
PLATFORMS: tuple[str, ...] = Platform.__args__

# The kind of account a platform's OAuth flow attaches when none is said (the official attach schemas' examples:
# a Google Business location, a Facebook page, profiles elsewhere).
DEFAULT_TYPE = {"google": "location", "facebook": "page"}
# DECISION: a connected account's platform token lasts 60 days (Facebook's long-lived page tokens do); after
# that, on the mock clock, get-account answers it with isExpired: true until it is connected again.
TOKEN_LIFETIME = timedelta(days=60)
# DECISION: GHL's text for connecting an account of an unknown platform is not known.
# v3's SetAccountsUnprocessableDTO lists GHL's text (a 422) for an account id the location has not connected.
UNKNOWN_ACCOUNT = "Invalid account id in accountIds list"
UNKNOWN_PLATFORM = "platform must be one of the following values: " + ", ".join(PLATFORMS)


def account_id(oauth_id: str, location_id: str, origin_id: str) -> str:
    """GHL's id of a connected account: its OAuth connection, its location and the platform's own id, joined
    with ``_`` (the shape of every account id in the official file: ``<oauthId>_<locationId>_<originId>``)."""
    return f"{oauth_id}_{location_id}_{origin_id}"


def connect_account(tenant: Tenant, **fields: Any) -> dict[str, Any]:
    """Store one connected account of ``tenant``'s location and return the stored record.

    ``fields``: ``platform`` (required: one of :data:`PLATFORMS`), ``originId`` (the platform's id of the page
    or profile; a new id if absent), ``name``, ``avatar``, ``type`` (``page``, ``profile``, ``group``,
    ``location``, ``business``; the platform's usual kind if absent), ``oauthId`` (the OAuth connection it came
    through; a new id if absent), ``profileId``, ``meta`` (a dict), ``expire`` (ISO instant; now + 60 days if
    absent), ``followers`` (what statistics report; kept, or 0, if absent); others are ignored. Connecting the
    same page again through the same connection updates the stored account (GHL keeps one account per
    ``<oauthId>_<locationId>_<originId>``).

    The record keeps what both kinds of answer show: :func:`listed` gives get-account's view (``id``,
    ``oauthId``, ``isExpired`` on the clock ...), :func:`attached` the OAuth attach operations' (``_id``,
    ``oAuthId``, ``originId``, ``active`` ...).
    """
    platform = fields.get("platform")
    if platform not in PLATFORMS:
        raise BadRequest(UNKNOWN_PLATFORM)
    location_id = tenant.location_id
    oauth_id = fields.get("oauthId") or tenant.new_id()
    origin_id = str(fields.get("originId") or tenant.new_id())
    record_id = account_id(oauth_id, location_id, origin_id)
    now = tenant.now()
    stored = tenant.store.get(ACCOUNTS, record_id)
    record = {
        **(stored or {"_id": tenant.new_id(), "createdAt": iso_z(now)}),
        "id": record_id, "oauthId": oauth_id, "originId": origin_id, "locationId": location_id,
        "platform": platform, "type": fields.get("type") or DEFAULT_TYPE.get(platform, "profile"),
        "name": fields.get("name") or f"{platform.title()} account",
        "avatar": fields.get("avatar") or "",
        "profileId": fields.get("profileId") or oauth_id,
        "meta": {**(fields.get("meta") or {})},
        "expire": fields.get("expire") or iso_z(now + TOKEN_LIFETIME),
        "followers": int(fields["followers"] if fields.get("followers") is not None
                         else (stored or {}).get("followers", 0)),
        "active": True, "deleted": False, "updatedAt": iso_z(now),
    }
    return tenant.store.put(ACCOUNTS, record)


def listed(record: dict[str, Any], now: datetime) -> dict[str, Any]:
    """An account as get-account lists it (``isExpired`` on the mock clock)."""
    return {"id": record["id"], "oauthId": record["oauthId"], "profileId": record["profileId"],
            "name": record["name"], "platform": record["platform"], "type": record["type"],
            "expire": record["expire"], "isExpired": record["expire"] <= iso_z(now),
            "meta": {"canDelete": True, **record["meta"]}, "avatar": record["avatar"],
            "originId": record["originId"]}


def attached(record: dict[str, Any]) -> dict[str, Any]:
    """An account as the OAuth attach operations answer it (``_id``, ``oAuthId``)."""
    return {"_id": record["_id"], "oAuthId": record["oauthId"], "oldId": record["id"],
            "locationId": record["locationId"], "originId": record["originId"], "platform": record["platform"],
            "type": record["type"], "name": record["name"], "avatar": record["avatar"], "meta": record["meta"],
            "active": record["active"], "deleted": record["deleted"], "createdAt": record["createdAt"],
            "updatedAt": record["updatedAt"]}


def list_accounts(tenant: Tenant) -> dict[str, Any]:
    """get-account's results: the location's connected accounts and its groups of them."""
    now = tenant.now()
    accounts = [listed(a, now) for a in tenant.store.scan(ACCOUNTS)]
    groups = [{"id": g["id"], "name": g["name"], "accountIds": g["accountIds"]} for g in tenant.store.scan(GROUPS)]
    return {"accounts": accounts, "groups": groups}


def delete_account(tenant: Tenant, record_id: str) -> dict[str, Any]:
    """Disconnect an account: it leaves the location's accounts, and every group naming it (a cascade)."""
    tenant.require(ACCOUNTS, record_id)
    tenant.delete(ACCOUNTS, record_id)
    return {"locationId": tenant.location_id, "id": record_id}


def ungroup(tenant: Tenant, account_ids: list[str]) -> None:
    """Cascade: deleted accounts leave the groups naming them."""
    for account in account_ids:
        for group_id in sorted(tenant.store.ids_where(GROUPS, "accountIds", account)):
            group = tenant.store.get(GROUPS, group_id)
            group["accountIds"] = [a for a in group["accountIds"] if a != account]
            tenant.store.put(GROUPS, group)


def require_accounts(tenant: Tenant, ids: list[str]) -> list[dict[str, Any]]:
    """The location's connected accounts of ``ids``, in order; GHL's 422 when one is not connected there."""
    found = tenant.store.scan_ids(ACCOUNTS, list(dict.fromkeys(ids)))
    if len(found) != len(set(ids)):
        raise Unprocessable([UNKNOWN_ACCOUNT])
    return found


class AccountSeed(BodyModel):
    """A connected account, as a platform's OAuth flow would attach it."""

    platform: Platform
    name: str | None = Field(default=None, min_length=1)
    type: AccountType | None = None
    originId: str | None = Field(default=None, min_length=1, pattern=r"^[^_/]+$")
    oauthId: str | None = Field(default=None, min_length=1, pattern=r"^[^_/]+$")
    avatar: str | None = None
    expire: IsoInstant | None = None
    meta: dict[str, Any] | None = None
    followers: Paging | None = None


def seed_account(tenant: Tenant, body: AccountSeed) -> dict[str, Any]:
    return listed(connect_account(tenant, **body.model_dump(exclude_none=True)), tenant.now())


class GroupSeed(BodyModel):
    """A group of the location's connected accounts (GHL's UI makes them; its API only lists them)."""

    name: str = Field(min_length=1)
    accountIds: list[str] = Field(default_factory=list)



def seed_group(tenant: Tenant, body: GroupSeed) -> dict[str, Any]:
    require_accounts(tenant, body.accountIds)
    return tenant.store.put(GROUPS, {"id": tenant.new_id(), "name": body.name,
                                     "accountIds": list(dict.fromkeys(body.accountIds))})
