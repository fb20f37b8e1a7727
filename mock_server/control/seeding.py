"""Control-plane seeding: what GHL's API cannot create, and bulk loads for tests and benchmarks.

| endpoint | what it does |
|---|---|
| ``POST /_mock/locations/{locationId}/workflows`` | ``{"name", "status"}`` (status default ``published``) -> 201 the workflow |
| ``POST /_mock/locations/{locationId}/campaigns`` | ``{"name", "status"}`` -> 201 the campaign |
| ``POST /_mock/locations/{locationId}/pipelines`` | ``{"name", "stages": [{"name"}, ...]}`` -> 201 the pipeline, its stages with their ids |
| ``POST /_mock/locations/{locationId}/lost-reasons`` | ``{"name"}`` -> 201 the lost reason (opportunities marked lost can name it) |
| ``POST /_mock/companies/{companyId}/snapshots`` | ``{"name", "type"}`` (``own`` / ``imported``) -> 201 the snapshot |
| ``POST /_mock/locations/{locationId}/contacts`` | ``{"contacts": [...]}``: many contacts in one transaction, each as POST /contacts/ takes it (plus an optional ``dateAdded``) -> 201 ``{"created", "ids"}`` |
| ``PUT  /_mock/locations/{locationId}/settings`` | ``{"allowDuplicateContact": true, ...}`` -> the location's settings |
| ``PUT  /_mock/locations/{locationId}/messages/{messageId}/transcription`` | ``{"sentences": [{"transcript", "startTime", "endTime", "confidence"}]}`` -> the call message's transcription (GHL's API only reads it) |
| ``GET  /_mock/locations/{locationId}/contacts/{contactId}/enrollments`` | the contact's workflow and campaign enrollments (GHL's API has no read of them) |

Workflows, pipelines and lost reasons cannot be created through GHL's API (it only lists them), so
seeding is the only way.
Bulk contacts follow the location's duplicate rule; if any contact is refused, none is stored and
the error names it (``contacts.<n>: ...``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import Field
from starlette.requests import Request
from starlette.routing import Route

from mock_server.apis.campaigns import service as campaigns
from mock_server.apis.contacts import contact_writes, enrollment, records
from mock_server.apis.contacts.models import CreateContactBody
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.apis.conversations import recordings
from mock_server.apis.locations import service as locations
from mock_server.apis.locations.models import LocationSettings
from mock_server.apis.opportunities import pipelines
from mock_server.apis.snapshots import service as snapshots
from mock_server.apis.workflows import service as workflows
from mock_server.control.http import body_as, json, world_of
from mock_server.platform.errors import BadRequest, GhlError
from mock_server.platform.models import BodyModel, sent_fields
from mock_server.platform.world import World


class AutomationSeed(BodyModel):
    """A workflow or a campaign."""

    name: str
    status: Literal["draft", "published"] = "published"


class StageSeed(BodyModel):
    name: str = Field(min_length=1)


class PipelineSeed(BodyModel):
    name: str = Field(min_length=1)
    stages: list[StageSeed] = Field(min_length=1)
    showInFunnel: bool = True
    showInPieChart: bool = True


class LostReasonSeed(BodyModel):
    name: str = Field(min_length=1)


class SnapshotSeed(BodyModel):
    name: str
    type: Literal["own", "imported"] = "own"


class SentenceSeed(BodyModel):
    transcript: str = Field(min_length=1)
    startTime: int | float = 0
    endTime: int | float = 0
    confidence: int | float = Field(1, ge=0, le=1)
    mediaChannel: int = 1


class TranscriptionSeed(BodyModel):
    sentences: list[SentenceSeed] = Field(min_length=1)


class ContactSeed(CreateContactBody):
    locationId: str | None = None  # the path names the location
    dateAdded: IsoInstant | None = Field(None, description="Backdate the contact (default: now on the mock clock)")


class ContactsSeed(BodyModel):
    contacts: list[ContactSeed]


def _location(request: Request) -> str:
    location_id = request.path_params["locationId"]
    if not world_of(request).tenants.location_exists(location_id):
        raise BadRequest("Location not found")
    return location_id


async def seed_workflow(request: Request):
    body = await body_as(request, AutomationSeed)
    return seeded_record(request, lambda world, location_id: workflows.create_workflow(
        world, location_id, name=body.name, status=body.status))


async def seed_campaign(request: Request):
    body = await body_as(request, AutomationSeed)
    return seeded_record(request, lambda world, location_id: campaigns.create_campaign(
        world, location_id, name=body.name, status=body.status))


async def seed_pipeline(request: Request):
    body = await body_as(request, PipelineSeed)
    return seeded_record(request, lambda world, location_id: pipelines.create_pipeline(
        world, location_id, body.name, [stage.name for stage in body.stages],
        show_in_funnel=body.showInFunnel, show_in_pie_chart=body.showInPieChart))


async def seed_lost_reason(request: Request):
    body = await body_as(request, LostReasonSeed)
    return seeded_record(request, lambda world, location_id: pipelines.lost_reason_view(
        pipelines.create_lost_reason(world, location_id, body.name)))


async def seed_transcription(request: Request):
    body = await body_as(request, TranscriptionSeed)
    world = world_of(request)
    with world.store.transaction():
        sentences = recordings.seed_transcription(world, _location(request), request.path_params["messageId"],
                                                  [sentence.model_dump() for sentence in body.sentences])
    return json({"messageId": request.path_params["messageId"], "sentences": sentences})


def seeded_record(request: Request, create: Callable[[World, str], dict]):
    """Run ``create`` for the path's location in one transaction; 201 with what it made."""
    world = world_of(request)
    with world.store.transaction():
        return json(create(world, _location(request)), 201)


async def seed_snapshot(request: Request):
    body = await body_as(request, SnapshotSeed)
    world = world_of(request)
    company_id = request.path_params["companyId"]
    if not world.tenants.company_exists(company_id):
        raise BadRequest("Company not found")
    with world.store.transaction():
        snapshot = snapshots.create_snapshot(world, company_id, name=body.name, snapshot_type=body.type)
    return json(snapshot, 201)


async def seed_contacts(request: Request):
    """Create many contacts at once, all or none (one store transaction)."""
    body = await body_as(request, ContactsSeed)
    world = world_of(request)
    location_id = _location(request)
    ids: list[str] = []
    with world.store.transaction():
        for n, contact in enumerate(body.contacts):
            changes = sent_fields(contact)
            backdate = changes.pop("dateAdded", None)
            try:
                created = records.create_contact(world, location_id, changes)
            except GhlError as error:
                messages = error.message if isinstance(error.message, list) else [error.message]
                raise GhlError([f"contacts.{n}: {m}" for m in messages], status=error.status, **error.extra) from None
            if backdate:
                created = contact_writes.put(world, location_id,
                                             {**created, "dateAdded": backdate, "dateUpdated": backdate})
            ids.append(created["id"])
    return json({"created": len(ids), "ids": ids}, 201)


async def seed_settings(request: Request):
    body = await body_as(request, LocationSettings)
    world = world_of(request)
    changes = {k: v for k, v in sent_fields(body).items() if v is not None}
    with world.store.transaction():
        location = locations.update_settings(world, _location(request), changes)
    return json({"locationId": location["id"], "settings": location["settings"]})


async def contact_enrollments(request: Request):
    world = world_of(request)
    location_id = _location(request)
    contact_id = request.path_params["contactId"]
    records.get_contact(world, location_id, contact_id)
    found = enrollment.enrollments(world, location_id, contact_id)
    view = [{"id": e["targetId"], "dateAdded": e["dateAdded"],
             **({"eventStartTime": e["eventStartTime"]} if "eventStartTime" in e else {})} for e in found]
    return json({
        "workflows": [v for v, e in zip(view, found, strict=True) if e["kind"] == "workflow"],
        "campaigns": [v for v, e in zip(view, found, strict=True) if e["kind"] == "campaign"],
    })


routes = [
    Route("/locations/{locationId}/workflows", seed_workflow, methods=["POST"]),
    Route("/locations/{locationId}/campaigns", seed_campaign, methods=["POST"]),
    Route("/locations/{locationId}/pipelines", seed_pipeline, methods=["POST"]),
    Route("/locations/{locationId}/lost-reasons", seed_lost_reason, methods=["POST"]),
    Route("/companies/{companyId}/snapshots", seed_snapshot, methods=["POST"]),
    Route("/locations/{locationId}/contacts", seed_contacts, methods=["POST"]),
    Route("/locations/{locationId}/settings", seed_settings, methods=["PUT"]),
    Route("/locations/{locationId}/messages/{messageId}/transcription", seed_transcription, methods=["PUT"]),
    Route("/locations/{locationId}/contacts/{contactId}/enrollments", contact_enrollments, methods=["GET"]),
]
