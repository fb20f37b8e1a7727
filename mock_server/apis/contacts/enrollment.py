"""Enrolling contacts in workflows and campaigns (table ``contactEnrollments``).

Workflows and campaigns exist per location (seeded through the control plane); enrolling a contact
in an unknown one is refused with a 400. DECISION: enrolling twice keeps one enrollment (the
workflow's event start time is updated); removing a contact that is not enrolled succeeds, as a
no-op; any status (draft or published) takes contacts.
GHL's API has no read of enrollments; the control plane shows them
(``GET /_mock/locations/{locationId}/contacts/{contactId}/enrollments``). A campaign enrollment's start and
end send CampaignStatusUpdate (``events.py``).
"""

from __future__ import annotations

from typing import Any, Literal

from mock_server.apis.campaigns import service as campaigns
from mock_server.apis.common import iso_z
from mock_server.apis.contacts import events, records
from mock_server.apis.contacts.tables import ENROLLMENTS
from mock_server.apis.workflows import service as workflows
from mock_server.platform.tenant_context import Tenant

Kind = Literal["workflow", "campaign"]


def enroll(tenant: Tenant, contact_id: str, kind: Kind, target_id: str, *,
           event_start_time: str | None = None) -> dict[str, Any]:
    records.get_contact(tenant, contact_id)
    _target(tenant, kind, target_id)
    existing = _find(tenant, contact_id, kind, target_id)
    enrollment = existing or {"id": tenant.new_id(), "contactId": contact_id, "kind": kind,
                              "targetId": target_id, "dateAdded": iso_z(tenant.now())}
    if event_start_time is not None:
        enrollment["eventStartTime"] = event_start_time
    stored = tenant.store.put(ENROLLMENTS, enrollment)
    if kind == "campaign":
        tenant.emit(events.CAMPAIGN_STATUS_UPDATE, events.campaign_status_payload(stored, "active"))
    return stored


def unenroll(tenant: Tenant, contact_id: str, kind: Kind, target_id: str) -> None:
    records.get_contact(tenant, contact_id)
    _target(tenant, kind, target_id)
    existing = _find(tenant, contact_id, kind, target_id)
    if existing is not None:
        _remove(tenant, existing)


def unenroll_everywhere(tenant: Tenant, contact_id: str, kind: Kind) -> None:
    records.get_contact(tenant, contact_id)
    for enrollment in enrollments(tenant, contact_id, kind):
        _remove(tenant, enrollment)


def _remove(tenant: Tenant, enrollment: dict[str, Any]) -> None:
    tenant.delete(ENROLLMENTS, enrollment["id"])
    if enrollment["kind"] == "campaign":
        tenant.emit(events.CAMPAIGN_STATUS_UPDATE, events.campaign_status_payload(enrollment, "removed"))


def enrollments(tenant: Tenant, contact_id: str, kind: Kind | None = None) -> list[dict]:
    found = tenant.store.find(ENROLLMENTS, "contactId", contact_id)
    return [e for e in found if kind is None or e["kind"] == kind]


def _target(tenant: Tenant, kind: Kind, target_id: str) -> dict[str, Any]:
    if kind == "workflow":
        return workflows.get_workflow(tenant, target_id)
    return campaigns.get_campaign(tenant, target_id)


def _find(tenant: Tenant, contact_id: str, kind: Kind, target_id: str) -> dict | None:
    return next((e for e in enrollments(tenant, contact_id, kind) if e["targetId"] == target_id), None)
