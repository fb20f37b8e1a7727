"""A location's forms (or surveys): seeded through the control plane, listed by GHL's API.

``type`` tells items from the folders they are kept in (GHL's listing takes ``type``, its example ``folder``).
DECISION: a seeded item is a ``form`` (``survey``) unless the seed says ``folder``; the listing shows the
type asked for, forms (surveys) when none is: folders hold no submissions.
DECISION: the order is the order of creation (GHL does not say).
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.forms.collections import Collection
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

FOLDER = "folder"
# DECISION: class-validator's @IsIn wording; GHL has no API that creates forms, so no text of its own.
WRONG_TYPE = "type must be one of the following values: {kind}, folder"
NOT_A_FOLDER = "parentId {id} is not a folder"


class ItemSeed(BodyModel):
    name: str = Field(min_length=1, max_length=200)
    type: str | None = None      # "form" ("survey") or "folder"
    parentId: str | None = None  # the folder it is kept in


def seed_item(tenant: Tenant, collection: Collection, body: ItemSeed) -> dict[str, Any]:
    """Store a form (survey) or folder, answered with its stored fields."""
    kind = body.type or collection.kind
    if kind not in (collection.kind, FOLDER):
        raise Unprocessable([WRONG_TYPE.format(kind=collection.kind)])
    if body.parentId and tenant.require(collection.items, body.parentId)["type"] != FOLDER:
        raise BadRequest(NOT_A_FOLDER.format(id=body.parentId))
    now = iso_z(tenant.now())
    # ``position``: the creation order, which ids (random) and times (equal within a millisecond) do not keep.
    return tenant.store.put(collection.items, {
        "id": tenant.new_id(), "name": body.name, "locationId": tenant.location_id, "type": kind,
        "parentId": body.parentId, "createdAt": now, "updatedAt": now,
        "position": tenant.store.count(collection.items)})


def require_item(tenant: Tenant, collection: Collection, item_id: str) -> dict[str, Any]:
    """The form (survey) ``item_id``: a folder takes no submissions, so it is not found as one."""
    item = tenant.require(collection.items, item_id)
    if item["type"] == FOLDER:
        raise BadRequest(collection.not_found.format(id=item_id))
    return item


def list_items(tenant: Tenant, collection: Collection, *, skip: float | None, limit: float,
               type_: str | None) -> dict[str, Any]:
    """``{<forms|surveys>: [{id, name, locationId}], total}``: the page after ``skip``, of the type asked for."""
    wanted = type_ or collection.kind
    found = sorted(tenant.store.find(collection.items, "type", wanted),
                   key=lambda r: (r["createdAt"], r["position"]))
    start = int(skip or 0)
    page = found[start:start + int(limit)]
    return {collection.list_key: [{"id": r["id"], "name": r["name"], "locationId": r["locationId"]} for r in page],
            "total": len(found)}
