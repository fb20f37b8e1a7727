"""Pipelines (with their stages) and lost reasons: seeded through the control plane, read through the API.

GHL's API only lists them; the control plane seeds them (``POST /_mock/locations/{locationId}/pipelines``,
``/lost-reasons``: this area's ``Seed`` declarations). A stage belongs to one
pipeline: an opportunity's ``pipelineStageId`` must name a stage of ITS pipeline.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.opportunities.tables import LOST_REASONS, PIPELINES
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for unknown pipeline, stage and lost-reason ids are not known; they follow the
# "<Thing> not found" texts of the other areas.
PIPELINE_NOT_FOUND = "Pipeline not found"
STAGE_NOT_FOUND = "Pipeline stage not found in this pipeline"
LOST_REASON_NOT_FOUND = "Lost reason not found"
NO_STAGES = "A pipeline needs at least one stage"


def create_pipeline(tenant: Tenant, name: str, stages: list[str], *,
                    show_in_funnel: bool = True, show_in_pie_chart: bool = True) -> dict[str, Any]:
    """Store a pipeline whose stages are ``stages`` (names, in order); every stage gets its own id."""
    if not stages:
        raise BadRequest(NO_STAGES)
    now = iso_z(tenant.now())
    pipeline = {
        "id": tenant.new_id(), "name": name, "locationId": tenant.location_id,
        "stages": [{"id": tenant.new_id(), "name": stage, "position": n} for n, stage in enumerate(stages)],
        "showInFunnel": show_in_funnel, "showInPieChart": show_in_pie_chart, "dateAdded": now, "dateUpdated": now,
    }
    return tenant.store.put(PIPELINES, pipeline)


def list_pipelines(tenant: Tenant) -> list[dict[str, Any]]:
    return [dict(p) for p in tenant.store.scan(PIPELINES)]


def get_pipeline(tenant: Tenant, pipeline_id: str) -> dict[str, Any]:
    """The location's pipeline (one of another location is unknown here too), or a 400."""
    return tenant.require(PIPELINES, pipeline_id)


def stage_of(pipeline: dict[str, Any], stage_id: str | None) -> dict[str, Any]:
    """The pipeline's stage ``stage_id``; with none given, its first stage (DECISION: GHL's default is not
    documented, the first stage is where a new deal starts in its UI)."""
    if stage_id is None:
        return pipeline["stages"][0]
    stage = next((s for s in pipeline["stages"] if s["id"] == stage_id), None)
    if stage is None:
        raise BadRequest(STAGE_NOT_FOUND)
    return stage


def create_lost_reason(tenant: Tenant, name: str) -> dict[str, Any]:
    now = iso_z(tenant.now())
    reason = {"id": tenant.new_id(), "name": name, "locationId": tenant.location_id, "deleted": False,
              "createdAt": now, "updatedAt": now}
    return tenant.store.put(LOST_REASONS, reason)


def get_lost_reason(tenant: Tenant, reason_id: str) -> dict[str, Any]:
    reason = tenant.require(LOST_REASONS, reason_id)
    if reason.get("deleted"):
        raise BadRequest(LOST_REASON_NOT_FOUND)
    return reason


def list_lost_reasons(tenant: Tenant, *, name: str | None, query: str | None, deleted: bool,
                      skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """``(page, total)``: ``name`` matches exactly, ``query`` anywhere in the name (both ignore case);
    ``deleted`` lists the deleted reasons instead of the live ones."""
    wanted = name.lower() if name else None
    needle = query.lower() if query else None
    found = [dict(r) for r in tenant.store.scan(LOST_REASONS)
             if bool(r.get("deleted")) == deleted
             and (wanted is None or r["name"].lower() == wanted)
             and (needle is None or needle in r["name"].lower())]
    return found[skip:skip + limit], len(found)


def lost_reason_view(reason: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in reason.items() if k != "deleted"}


# -- control-plane seeding ---------------------------------------------------------------------
class StageSeed(BodyModel):
    name: str = Field(min_length=1)


class PipelineSeed(BodyModel):
    name: str = Field(min_length=1)
    stages: list[StageSeed] = Field(min_length=1)
    showInFunnel: bool = True
    showInPieChart: bool = True


class LostReasonSeed(BodyModel):
    name: str = Field(min_length=1)


def seed_pipeline(tenant: Tenant, body: PipelineSeed) -> dict[str, Any]:
    return create_pipeline(tenant, body.name, [stage.name for stage in body.stages],
                           show_in_funnel=body.showInFunnel, show_in_pie_chart=body.showInPieChart)


def seed_lost_reason(tenant: Tenant, body: LostReasonSeed) -> dict[str, Any]:
    return lost_reason_view(create_lost_reason(tenant, body.name))
