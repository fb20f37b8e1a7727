"""Models of the Workflows API (workflows.json)."""

from __future__ import annotations

from mock_server.platform.models import QueryModel, ResponseModel


class WorkflowsQuery(QueryModel):
    locationId: str


class WorkflowOut(ResponseModel):
    id: str
    name: str | None = None
    status: str | None = None
    version: float | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    locationId: str | None = None


class WorkflowsResponse(ResponseModel):
    workflows: list[WorkflowOut]
