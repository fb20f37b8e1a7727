"""Pipelines (with their stages) and lost reasons: seeded through the control plane, read through the API.

GHL's API only lists them; ``mock_server/control/seeding.py`` creates them. A stage belongs to one
pipeline: an opportunity's ``pipelineStageId`` must name a stage of ITS pipeline.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.opportunities.tables import LOST_REASONS, PIPELINES
from mock_server.platform.errors import BadRequest
from mock_server.platform.world import World

# DECISION: GHL's texts for unknown pipeline, stage and lost-reason ids are not known; they follow the
# "<Thing> not found" texts of the other areas.
PIPELINE_NOT_FOUND = "Pipeline not found"
STAGE_NOT_FOUND = "Pipeline stage not found in this pipeline"
LOST_REASON_NOT_FOUND = "Lost reason not found"
NO_STAGES = "A pipeline needs at least one stage"


def create_pipeline(world: World, location_id: str, name: str, stages: list[str], *,
                    show_in_funnel: bool = True, show_in_pie_chart: bool = True) -> dict[str, Any]:
    """Store a pipeline whose stages are ``stages`` (names, in order); every stage gets its own id."""
    if not stages:
        raise BadRequest(NO_STAGES)
    company_id = world.tenants.company_of_location(location_id)
    now = iso_z(world.now(company_id))
    pipeline = {
        "id": world.new_id(company_id), "name": name, "locationId": location_id,
        "stages": [{"id": world.new_id(company_id), "name": stage, "position": n} for n, stage in enumerate(stages)],
        "showInFunnel": show_in_funnel, "showInPieChart": show_in_pie_chart, "dateAdded": now, "dateUpdated": now,
    }
    return world.store.put(location_id, PIPELINES, pipeline)


def list_pipelines(world: World, location_id: str) -> list[dict[str, Any]]:
    return [dict(p) for p in world.store.scan(location_id, PIPELINES)]


def get_pipeline(world: World, location_id: str, pipeline_id: str) -> dict[str, Any]:
    """The location's pipeline (one of another location is unknown here too), or a 400."""
    pipeline = world.store.get(location_id, PIPELINES, pipeline_id) if pipeline_id else None
    if pipeline is None:
        raise BadRequest(PIPELINE_NOT_FOUND)
    return pipeline


def stage_of(pipeline: dict[str, Any], stage_id: str | None) -> dict[str, Any]:
    """The pipeline's stage ``stage_id``; with none given, its first stage (DECISION: GHL's default is not
    documented, the first stage is where a new deal starts in its UI)."""
    if stage_id is None:
        return pipeline["stages"][0]
    stage = next((s for s in pipeline["stages"] if s["id"] == stage_id), None)
    if stage is None:
        raise BadRequest(STAGE_NOT_FOUND)
    return stage


def create_lost_reason(world: World, location_id: str, name: str) -> dict[str, Any]:
    company_id = world.tenants.company_of_location(location_id)
    now = iso_z(world.now(company_id))
    reason = {"id": world.new_id(company_id), "name": name, "locationId": location_id, "deleted": False,
              "createdAt": now, "updatedAt": now}
    return world.store.put(location_id, LOST_REASONS, reason)


def get_lost_reason(world: World, location_id: str, reason_id: str) -> dict[str, Any]:
    reason = world.store.get(location_id, LOST_REASONS, reason_id)
    if reason is None or reason.get("deleted"):
        raise BadRequest(LOST_REASON_NOT_FOUND)
    return reason


def list_lost_reasons(world: World, location_id: str, *, name: str | None, query: str | None, deleted: bool,
                      skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """``(page, total)``: ``name`` matches exactly, ``query`` anywhere in the name (both ignore case);
    ``deleted`` lists the deleted reasons instead of the live ones."""
    wanted = name.lower() if name else None
    needle = query.lower() if query else None
    found = [dict(r) for r in world.store.scan(location_id, LOST_REASONS)
             if bool(r.get("deleted")) == deleted
             and (wanted is None or r["name"].lower() == wanted)
             and (needle is None or needle in r["name"].lower())]
    return found[skip:skip + limit], len(found)


def lost_reason_view(reason: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in reason.items() if k != "deleted"}
