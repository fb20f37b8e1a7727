"""A location's e-mail, SMS and WhatsApp templates. GHL's API only lists and deletes them: they are made
through the control plane (``POST /_mock/locations/{locationId}/templates``) or ``ghl.template()``.

Each template has an ``originId``, the record it was made from (DECISION: GHL does not say what it names; a
seeded template's is the location's id unless the seed gives one), and the listing asks for one, as the
official file requires. Deleting a template hides it from the listing, which shows it again with
``deleted=true`` (DECISION: GHL's ``deleted`` query says deleted templates are kept).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.locations.tables import TEMPLATES
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text for an unknown template id is not known.
TEMPLATE_NOT_FOUND = "Template not found"


class TemplateSeed(BodyModel):
    name: str = Field(min_length=1)
    type: Literal["sms", "email", "whatsapp"] = "sms"
    body: str | None = None  # sms, whatsapp
    subject: str | None = None  # email
    html: str | None = None  # email
    attachments: list[str] = Field(default_factory=list)
    originId: str | None = None


def seed_template(tenant: Tenant, body: TemplateSeed) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/templates``: a template, answered as the listing shows it."""
    if body.type == "email":
        content: dict[str, Any] = {"subject": body.subject or "", "attachments": [], "html": body.html or ""}
        extra: dict[str, Any] = {}
    else:
        content = {"body": body.body or "", "attachments": []}
        extra = {"urlAttachments": list(body.attachments)}
    return tenant.store.put(TEMPLATES, {
        "id": tenant.new_id(), "name": body.name, "type": body.type, "template": content,
        "dateAdded": iso_z(tenant.now()), "locationId": tenant.location_id,
        "originId": body.originId or tenant.location_id, "deleted": False, **extra})


def list_templates(tenant: Tenant, *, origin_id: str, kind: str | None, deleted: bool, skip: int,
                   limit: int) -> tuple[list[dict[str, Any]], int]:
    """The templates of ``origin_id`` (of one ``kind`` when given), deleted ones or the others, newest first;
    the page and the count of all that match."""
    found = [t for t in tenant.store.scan(TEMPLATES)
             if t["originId"] == origin_id and t["deleted"] == deleted and (kind is None or t["type"] == kind)]
    found.sort(key=lambda t: (t["dateAdded"], t["id"]), reverse=True)
    return [dict(t) for t in found[skip:skip + limit]], len(found)


def delete_template(tenant: Tenant, template_id: str) -> None:
    template = tenant.require(TEMPLATES, template_id)
    if template["deleted"]:
        raise tenant.world.areas.table(TEMPLATES).missing(template_id)
    template["deleted"] = True
    tenant.store.put(TEMPLATES, template)
