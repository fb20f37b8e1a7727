"""Models of the Snapshots API (snapshots.json)."""

from __future__ import annotations

from mock_server.platform.models import QueryModel, ResponseModel


class SnapshotsQuery(QueryModel):
    companyId: str


class SnapshotOut(ResponseModel):
    id: str
    name: str | None = None
    type: str | None = None


class SnapshotsResponse(ResponseModel):
    snapshots: list[SnapshotOut]
