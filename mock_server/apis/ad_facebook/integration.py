"""A location's Facebook ad integration: the pages it publishes as (one the default) and the ad account it spends
from, chosen among what the connected Facebook user holds (``facebook.py``).

Live GHL (its docs' answers, 2026-08): the integration is ``{id, locationId, status, pricingModel,
userAccessToken, fbAdAccountId, fbDefaultPageId, pages: [{id, name, accessToken, createdOn, _id}],
unSubscriptionReasons, createdAt, updatedAt}``; the read leaves out ``id``, the user token, the reasons and the
times, and adds ``fbBusinessId``. A third-party measurement of a live location (2026-09) saw the read as
``status, locationId, pages, pricingModel, fbAdAccountId, fbDefaultPageId``.

DECISION: connecting through the API is "connect your own Business Manager" (``pricingModel: connect_your_bm``);
GHL's "done for you" plan is bought in its UI. Creating again adds the page to the integration (and replaces the
ad account when one is sent), as GHL's UI adds pages one by one. Deleting the integration keeps it as
``disconnected`` with no page and no ad account (GHL's status enum has the state), so it still reads; a location
that never connected has none (400). The connection seed's ``expired`` marks it ``expired`` (the user's
Facebook token lapsed); creating it again connects it. Only a ``connected`` integration's pages and ad account
are used.
DECISION: the tokens are made up, deterministic for the location and page: the mock calls no Facebook.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_facebook import facebook
from mock_server.apis.ad_facebook.tables import (
    FB_INTEGRATIONS,
    INTEGRATION_DISCONNECTED,
    INTEGRATION_NOT_FOUND,
    PAGE_NOT_LINKED,
)
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

READ_FIELDS = ("locationId", "status", "pricingModel", "fbAdAccountId", "fbBusinessId", "fbDefaultPageId", "pages")


def find(tenant: Tenant) -> dict[str, Any] | None:
    return tenant.store.find_first(FB_INTEGRATIONS, "locationId", tenant.location_id)


def get(tenant: Tenant) -> dict[str, Any]:
    record = find(tenant)
    if record is None:
        raise BadRequest(INTEGRATION_NOT_FOUND)
    return record


def connected(tenant: Tenant) -> dict[str, Any]:
    """The integration, which must be connected (its pages and ad account in use)."""
    record = get(tenant)
    if record["status"] != "connected":
        raise BadRequest(INTEGRATION_DISCONNECTED)
    return record


def read_view(record: dict[str, Any]) -> dict[str, Any]:
    return {key: record[key] for key in READ_FIELDS if record.get(key) is not None}


def stored_view(record: dict[str, Any]) -> dict[str, Any]:
    """What creating answers: the stored integration, broader than the read (its id and the user's token)."""
    view = {key: record[key] for key in ("id", "locationId", "status", "pricingModel", "userAccessToken")}
    view.update({key: record[key] for key in ("fbAdAccountId", "fbDefaultPageId") if record.get(key) is not None})
    return {**view, **{key: record[key] for key in ("pages", "unSubscriptionReasons", "createdAt", "updatedAt")}}


def create(tenant: Tenant, page_id: str, ad_account_id: str | None) -> dict[str, Any]:
    user = facebook.require_user(tenant)
    page = facebook.page(tenant, page_id)
    account = facebook.ad_account(tenant, ad_account_id) if ad_account_id else None
    now = iso_z(tenant.now())
    record = find(tenant) or {"id": tenant.new_id(), "locationId": tenant.location_id, "pages": [],
                              "unSubscriptionReasons": [], "createdAt": now}
    record.update(status="connected", pricingModel="connect_your_bm", updatedAt=now,
                  userAccessToken=f"EAAG{user['fbUserId']}{tenant.location_id}")
    if not any(linked["id"] == page["fbId"] for linked in record["pages"]):
        record["pages"].append({"id": page["fbId"], "name": page["name"], "accessToken": f"EAAP{page['fbId']}",
                                "createdOn": now, "_id": tenant.new_id()})
    record.setdefault("fbDefaultPageId", page["fbId"])
    if account is not None:
        record["fbAdAccountId"] = account["fbId"]
        record["fbBusinessId"] = (account["business"] or {}).get("id")
    return tenant.store.put(FB_INTEGRATIONS, record)


def delete(tenant: Tenant) -> None:
    record = get(tenant)
    for key in ("fbAdAccountId", "fbBusinessId", "fbDefaultPageId"):
        record.pop(key, None)
    tenant.store.put(FB_INTEGRATIONS, {**record, "status": "disconnected", "pages": [],
                                       "updatedAt": iso_z(tenant.now())})


def expire(tenant: Tenant) -> dict[str, Any]:
    """The user's Facebook token lapsed: the integration stays as it was, ``expired``, until connected again."""
    return tenant.store.put(FB_INTEGRATIONS, {**get(tenant), "status": "expired", "updatedAt": iso_z(tenant.now())})


def set_default_page(tenant: Tenant, page_id: str) -> None:
    record = connected(tenant)
    _linked(record, page_id)
    tenant.store.put(FB_INTEGRATIONS, {**record, "fbDefaultPageId": page_id, "updatedAt": iso_z(tenant.now())})


def remove_page(tenant: Tenant, page_id: str) -> None:
    """Disconnect one page; the default moves to the first page left (none left: no default)."""
    record = connected(tenant)
    _linked(record, page_id)
    record["pages"] = [linked for linked in record["pages"] if linked["id"] != page_id]
    if record.get("fbDefaultPageId") == page_id:
        record.pop("fbDefaultPageId")
        if record["pages"]:
            record["fbDefaultPageId"] = record["pages"][0]["id"]
    tenant.store.put(FB_INTEGRATIONS, {**record, "updatedAt": iso_z(tenant.now())})


def unlink_ad_account(tenant: Tenant, ad_account_id: str) -> bool:
    """Disconnect the integration's ad account, if it is ``ad_account_id``; whether it was."""
    record = connected(tenant)
    if record.get("fbAdAccountId") != ad_account_id:
        return False
    record.pop("fbAdAccountId")
    record.pop("fbBusinessId", None)
    tenant.store.put(FB_INTEGRATIONS, {**record, "updatedAt": iso_z(tenant.now())})
    return True


def _linked(record: dict[str, Any], page_id: str) -> dict[str, Any]:
    for linked in record["pages"]:
        if linked["id"] == page_id:
            return linked
    raise BadRequest(PAGE_NOT_LINKED)


def pages(tenant: Tenant, fetch_existing: bool) -> list[dict[str, Any]]:
    """``fetchExisting``: the pages connected to the location; else every page the Facebook user manages, each
    saying whether it is connected (and the default)."""
    record = find(tenant)
    linked = {page["id"]: page for page in (record or {}).get("pages", [])}
    default = (record or {}).get("fbDefaultPageId")
    if fetch_existing:
        by_id = {page["fbId"]: page for page in facebook.pages(tenant)}
        return [{**_page_fields(by_id.get(page_id), page), "createdOn": page["createdOn"], "isConnected": True}
                for page_id, page in linked.items()]
    answer = []
    for page in facebook.pages(tenant):
        view = _page_fields(page, linked.get(page["fbId"]))
        if page["fbId"] in linked:
            view["createdOn"] = linked[page["fbId"]]["createdOn"]
        answer.append({**view, "isConnected": page["fbId"] in linked, "isDefault": page["fbId"] == default})
    return answer


def _page_fields(page: dict[str, Any] | None, linked: dict[str, Any] | None) -> dict[str, Any]:
    if page is None:  # connected once, no longer among the user's pages on Facebook: what the link remembers
        return {"id": linked["id"], "name": linked["name"]}
    return {"id": page["fbId"], "name": page["name"], "category": page["category"], "picture": page["picture"],
            "tosAccepted": page["tosAccepted"]}
