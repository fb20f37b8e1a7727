"""Document templates (proposals, estimates, content-library pieces) of a location.

GHL's API lists templates and sends documents made from them, but templates are built in GHL's document
builder: the control plane seeds them (``seed_template``) with what a document made from one starts with (its
priced items and its fillable fields). A public template (a "DocForm") has a form URL and counts the documents
made from it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.proposals import windows
from mock_server.apis.proposals.tables import DOCUMENTS, TEMPLATES
from mock_server.apis.users import location_users
from mock_server.apis.users import service as users
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: the file's example form URL, on the production host rather than its staging one.
DOC_FORM_URL = "https://sendlink.co/documents/doc-form/{id}?locale=en_US"
# DECISION: GHL's text for a public-template listing without its user is not known.
USER_REQUIRED = "userId is required when isPublicDocument is true"
DEFAULT_LIMIT = 10  # DECISION: the file's example page size
Element = Literal["Signature", "TextField", "DateField", "InitialsField", "Checkbox"]


class LineItem(BodyModel):
    name: str = Field(min_length=1)
    price: float = Field(ge=0, le=1_000_000_000)
    qty: int = Field(1, ge=1, le=1_000_000)


class FillableField(BodyModel):
    type: Element = "Signature"
    isRequired: bool = True


class TemplateSeed(BodyModel):
    name: str = Field(min_length=1)
    userId: str | None = None  # who built it (``updatedBy``): a user of the location; else its first user by name
    type: Literal["proposal", "estimate", "contentLibrary"] = "proposal"
    isPublicDocument: bool = False
    items: list[LineItem] = []
    currency: str = Field("USD", pattern=r"^[A-Z]{3}$")
    fillableFields: list[FillableField] = [FillableField()]


def seed_template(tenant: Tenant, body: TemplateSeed) -> dict[str, Any]:
    if body.userId is not None:
        author = location_users.location_user(tenant, body.userId)["id"]
    else:
        first, _ = users.search_users(tenant, location_id=tenant.location_id, limit="1")
        author = first[0]["id"] if first else location_users.location_user(tenant, None)  # the 400: no user
    now = iso_z(tenant.now())
    template = {**body.model_dump(exclude={"userId"}), "id": tenant.new_id(), "locationId": tenant.location_id,
                "updatedBy": author, "deleted": False, "version": 1, "createdAt": now, "updatedAt": now}
    return view(tenant, tenant.store.put(TEMPLATES, template))


def get_template(tenant: Tenant, template_id: str) -> dict[str, Any]:
    return tenant.require(TEMPLATES, template_id)


def view(tenant: Tenant, template: dict[str, Any]) -> dict[str, Any]:
    """A template as GHL lists it: ``_id`` and its alias ``id``; a public one with its form and document count."""
    shown = {"_id": template["id"], "id": template["id"],
             **{k: template[k] for k in ("deleted", "version", "name", "locationId", "type", "updatedBy",
                                         "isPublicDocument", "createdAt", "updatedAt")}}
    if template["isPublicDocument"]:
        shown |= {"documentCount": len(tenant.store.ids_where(DOCUMENTS, "templateId", template["id"])),
                  "docFormUrl": DOC_FORM_URL.format(id=template["id"])}
    return shown


def list_templates(tenant: Tenant, q: Any) -> dict[str, Any]:
    """Templates newest first, filtered by type, name (contains, any case), public or not, and a creation window.

    DECISION: ``userId`` (required for public ones, the file says) must name a user of the location; it does not
    filter (the file gives it no other meaning)."""
    if q.isPublicDocument:
        if not q.userId:
            raise BadRequest(USER_REQUIRED)
        location_users.location_user(tenant, q.userId)
    within = windows.window(q.dateFrom, "dateFrom", q.dateTo, "dateTo")
    types = set(q.type.split(",")) if q.type else None
    needle = (q.name or "").casefold()
    found = [t for t in tenant.store.scan(TEMPLATES)
             if (types is None or t["type"] in types) and needle in t["name"].casefold()
             and (q.isPublicDocument is None or t["isPublicDocument"] == q.isPublicDocument)
             and within(t["createdAt"])]
    shown = windows.newest_first(found, q.skip, q.limit, DEFAULT_LIMIT)
    return {"data": [view(tenant, t) for t in shown], "total": len(found)}
