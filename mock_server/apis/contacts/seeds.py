"""The Contacts area's control-plane endpoints: bulk-loading contacts, and reading enrollments (GHL cannot).

``POST /_mock/locations/{locationId}/contacts`` loads many contacts in one transaction, each as
``POST /contacts/`` takes it (plus an optional ``dateAdded``), following the location's duplicate rule:
if any contact is refused, none is stored and the error names it (``contacts.<n>: ...``).
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.contacts import contact_writes, enrollment, records
from mock_server.apis.contacts.models import CreateContactBody
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.platform.errors import GhlError
from mock_server.platform.models import BodyModel, sent_fields
from mock_server.platform.tenant_context import Tenant


class ContactSeed(CreateContactBody):
    locationId: str | None = None  # the path names the location
    dateAdded: IsoInstant | None = Field(None, description="Backdate the contact (default: now on the mock clock)")


class ContactsSeed(BodyModel):
    contacts: list[ContactSeed]


def load_contacts(tenant: Tenant, body: ContactsSeed) -> dict[str, Any]:
    """Create every contact of ``body`` (the caller's transaction makes it all or none)."""
    ids: list[str] = []
    for n, contact in enumerate(body.contacts):
        changes = sent_fields(contact)
        backdate = changes.pop("dateAdded", None)
        try:
            created = records.create_contact(tenant, changes)
        except GhlError as error:
            messages = error.message if isinstance(error.message, list) else [error.message]
            raise GhlError([f"contacts.{n}: {m}" for m in messages], status=error.status, **error.extra) from None
        if backdate:
            created = contact_writes.put(tenant, {**created, "dateAdded": backdate, "dateUpdated": backdate})
        ids.append(created["id"])
    return {"created": len(ids), "ids": ids}


def contact_enrollments(tenant: Tenant, *, contact_id: str) -> dict[str, Any]:
    """The contact's workflow and campaign enrollments (GHL's API has no read of them)."""
    records.get_contact(tenant, contact_id)
    found = enrollment.enrollments(tenant, contact_id)
    view = [{"id": e["targetId"], "dateAdded": e["dateAdded"],
             **({"eventStartTime": e["eventStartTime"]} if "eventStartTime" in e else {})} for e in found]
    return {
        "workflows": [v for v, e in zip(view, found, strict=True) if e["kind"] == "workflow"],
        "campaigns": [v for v, e in zip(view, found, strict=True) if e["kind"] == "campaign"],
    }
