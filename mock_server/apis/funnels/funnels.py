"""Funnels and websites of a location, their steps and pages.

GHL's API only lists them (they are built in GHL's page builder): the control plane seeds them
(``POST /_mock/locations/{locationId}/funnels``), each step with its pages (one named after the step when
none are given).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.funnels.tables import FUNNELS, PAGES
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

DEFAULT_LIMIT = 20  # DECISION: GHL's default page size for the funnel listing is not known
STEP_TYPES = {"funnel": "optin_funnel_page", "website": "website_page"}


class StepSeed(BodyModel):
    name: str = Field(min_length=1)
    url: str = Field(pattern=r"^/\S*$")
    type: str | None = None
    pages: list[str] = Field(default=[], description="page names; one named after the step when empty")


class FunnelSeed(BodyModel):
    name: str = Field(min_length=1)
    type: Literal["funnel", "website"] = "funnel"
    url: str | None = Field(default=None, pattern=r"^/\S*$")
    category: str | None = None
    parentId: str | None = None
    domainId: str = ""
    steps: list[StepSeed] = []


def seed_funnel(tenant: Tenant, body: FunnelSeed) -> dict[str, Any]:
    """A funnel (or website) with its steps, and each step's pages; answers the funnel as GHL lists it."""
    funnel_id, now = tenant.new_id(), iso_z(tenant.now())
    steps = []
    for n, step in enumerate(body.steps, start=1):
        step_id = tenant.new_uuid()
        pages = [_page(tenant, funnel_id, step_id, name, now) for name in (step.pages or [step.name])]
        steps.append({"id": step_id, "name": step.name, "originId": "", "pages": pages, "products": [],
                      "sequence": n, "type": step.type or STEP_TYPES[body.type], "url": step.url})
    funnel = {
        "_id": funnel_id, "id": funnel_id, "dateAdded": now, "dateUpdated": now, "deleted": False,
        "domainId": body.domainId, "locationId": tenant.location_id, "name": body.name, "orderFormVersion": 2,
        "originId": "", "steps": steps, "type": body.type, "updatedAt": now, "faviconUrl": "",
        "globalSectionVersion": 1, "globalSectionsPath": f"funnel/{funnel_id}/global-sections-1",
        "isStoreActive": False, "trackingCodeBody": "", "trackingCodeHead": "",
        "url": body.url or (steps[0]["url"] if steps else f"/{funnel_id.lower()}"),
        "category": body.category, "parentId": body.parentId,
    }
    return _public(tenant.store.put(FUNNELS, funnel))


def _page(tenant: Tenant, funnel_id: str, step_id: str, name: str, now: str) -> str:
    page_id = tenant.new_id()
    tenant.store.put(PAGES, {"id": page_id, "_id": page_id, "locationId": tenant.location_id, "funnelId": funnel_id,
                             "name": name, "stepId": step_id, "deleted": False, "updatedAt": now})
    return page_id


def list_funnels(tenant: Tenant, *, type: str | None, category: str | None, parent_id: str | None,
                 name: str | None, offset: str | None, limit: str | None) -> tuple[list[dict[str, Any]], int]:
    """The location's funnels, oldest first; ``name`` matches part of the name, case-insensitively."""
    found = [f for f in tenant.store.scan(FUNNELS)
             if (not type or f["type"] == type) and (not category or f.get("category") == category)
             and (not parent_id or f.get("parentId") == parent_id)
             and (not name or name.casefold() in f["name"].casefold())]
    start = int(offset or 0)
    size = int(limit) if limit else DEFAULT_LIMIT
    return [_public(f) for f in found[start:start + size]], len(found)


def funnel_pages(tenant: Tenant, funnel_id: str, name: str | None) -> list[dict[str, Any]]:
    """The funnel's pages in step order. DECISION: an unknown funnel id is a filter that matches nothing
    (no pages, count 0), not an error."""
    pages = tenant.store.find(PAGES, "funnelId", funnel_id)
    if name:
        pages = [p for p in pages if name.casefold() in p["name"].casefold()]
    return [{k: v for k, v in p.items() if k != "id"} for p in pages]


def _public(funnel: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in funnel.items()
            if k != "id" and (k not in ("category", "parentId") or v is not None)}
