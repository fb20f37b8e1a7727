"""A location's post categories and post tags.

Categories are made in GHL's UI (its API only lists them): the control plane seeds them
(``POST /_mock/locations/{locationId}/social-categories``). Tags are made by the posts that use them.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z, page
from mock_server.apis.social_planner.tables import CATEGORIES, TAGS
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: a listing without limit answers 10 (the official file's default limit of its other listings).
DEFAULT_LIMIT = 10


def _new(tenant: Tenant, fields: dict[str, Any], created_by: str | None) -> dict[str, Any]:
    record_id, now = tenant.new_id(), iso_z(tenant.now())
    record = {"_id": record_id, "id": record_id, **fields, "locationId": tenant.location_id, "deleted": False,
              "createdAt": now, "updatedAt": now}
    return record | ({"createdBy": created_by} if created_by else {})


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


def _search(records: list[dict[str, Any]], field: str, text: str | None) -> list[dict[str, Any]]:
    return [r for r in records if not text or text.casefold() in r[field].casefold()]


class CategorySeed(BodyModel):
    """A post category, as GHL's UI makes one."""

    name: str = Field(min_length=1)
    primaryColor: str | None = None
    secondaryColor: str | None = None
    createdBy: str | None = None


def seed_category(tenant: Tenant, body: CategorySeed) -> dict[str, Any]:
    fields = {"name": body.name, "primaryColor": body.primaryColor or "#1877F2",
              "secondaryColor": body.secondaryColor or "#E7F3FF"}
    return _public(tenant.store.put(CATEGORIES, _new(tenant, fields, body.createdBy)))


def list_categories(tenant: Tenant, search_text: str | None, skip: str | None, limit: str | None) -> dict[str, Any]:
    found = _search(tenant.store.scan(CATEGORIES), "name", search_text)
    return {"count": len(found), "categories": [_public(c) for c in page(found, skip, limit, DEFAULT_LIMIT)]}


def get_category(tenant: Tenant, category_id: str) -> dict[str, Any]:
    return {"category": _public(tenant.require(CATEGORIES, category_id))}


def record_tags(tenant: Tenant, values: list[str], created_by: str | None) -> None:
    """The location's tags gain each value a post uses that it has not seen (GHL's composer creates them)."""
    for value in dict.fromkeys(v.strip() for v in values):
        if value and not tenant.store.find(TAGS, "tag", value):
            tenant.store.put(TAGS, _new(tenant, {"tag": value}, created_by))


def list_tags(tenant: Tenant, search_text: str | None, skip: str | None, limit: str | None) -> dict[str, Any]:
    found = _search(tenant.store.scan(TAGS), "tag", search_text)
    return {"tags": [_public(t) for t in page(found, skip, limit, DEFAULT_LIMIT)], "count": len(found)}


def tags_by_ids(tenant: Tenant, tag_ids: list[str]) -> dict[str, Any]:
    """The location's tags of ``tag_ids`` (DECISION: ids it does not have are left out, not refused)."""
    found = tenant.store.scan_ids(TAGS, list(dict.fromkeys(tag_ids)))
    return {"tags": [_public(t) for t in found], "count": len(found)}
