"""Enrolling contacts in workflows and campaigns (table ``contactEnrollments``).

Workflows and campaigns exist per location (seeded through the control plane); enrolling a contact
in an unknown one is refused with a 400. DECISION: enrolling twice keeps one enrollment (the
workflow's event start time is updated); removing a contact that is not enrolled succeeds, as a
no-op; any status (draft or published) takes contacts.
GHL's API has no read of enrollments; the control plane shows them
(``GET /_mock/locations/{locationId}/contacts/{contactId}/enrollments``).
"""

from __future__ import annotations

from typing import Any, Literal

from mock_server.apis.campaigns import service as campaigns
from mock_server.apis.common import iso_z
from mock_server.apis.contacts import records
from mock_server.apis.contacts.tables import ENROLLMENTS
from mock_server.apis.workflows import service as workflows
from mock_server.platform.world import World

Kind = Literal["workflow", "campaign"]


def enroll(world: World, location_id: str, contact_id: str, kind: Kind, target_id: str, *,
           event_start_time: str | None = None) -> dict[str, Any]:
    records.get_contact(world, location_id, contact_id)
    _target(world, location_id, kind, target_id)
    existing = _find(world, location_id, contact_id, kind, target_id)
    company_id = world.tenants.company_of_location(location_id)
    enrollment = existing or {"id": world.new_id(company_id), "contactId": contact_id, "kind": kind,
                              "targetId": target_id, "dateAdded": iso_z(world.now(company_id))}
    if event_start_time is not None:
        enrollment["eventStartTime"] = event_start_time
    return world.store.put(location_id, ENROLLMENTS, enrollment)


def unenroll(world: World, location_id: str, contact_id: str, kind: Kind, target_id: str) -> None:
    records.get_contact(world, location_id, contact_id)
    _target(world, location_id, kind, target_id)
    existing = _find(world, location_id, contact_id, kind, target_id)
    if existing is not None:
        world.store.delete(location_id, ENROLLMENTS, existing["id"])


def unenroll_everywhere(world: World, location_id: str, contact_id: str, kind: Kind) -> None:
    records.get_contact(world, location_id, contact_id)
    for enrollment in enrollments(world, location_id, contact_id, kind):
        world.store.delete(location_id, ENROLLMENTS, enrollment["id"])


def enrollments(world: World, location_id: str, contact_id: str, kind: Kind | None = None) -> list[dict]:
    found = world.store.find(location_id, ENROLLMENTS, "contactId", contact_id)
    return [e for e in found if kind is None or e["kind"] == kind]


def _target(world: World, location_id: str, kind: Kind, target_id: str) -> dict[str, Any]:
    if kind == "workflow":
        return workflows.get_workflow(world, location_id, target_id)
    return campaigns.get_campaign(world, location_id, target_id)


def _find(world: World, location_id: str, contact_id: str, kind: Kind, target_id: str) -> dict | None:
    return next((e for e in enrollments(world, location_id, contact_id, kind) if e["targetId"] == target_id), None)
