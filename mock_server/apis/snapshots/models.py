"""Models of the Snapshots API (snapshots.json)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel

PUSH_TIME_FORMAT = "%m-%d-%Y %I:%M %p"


def _push_time(value: str) -> datetime:
    try:
        return datetime.strptime(value.strip(), PUSH_TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise PydanticCustomError("ghl", "{field} must be a date like 10-10-2022 12:00 AM") from None


GhlPushTime = Annotated[str, AfterValidator(_push_time)]


class SnapshotsQuery(QueryModel):
    companyId: str


class SnapshotOut(ResponseModel):
    id: str
    name: str | None = None
    type: str | None = None


class SnapshotsResponse(ResponseModel):
    snapshots: list[SnapshotOut]


class ShareLinkQuery(QueryModel):
    companyId: str


class ShareLinkBody(BodyModel):
    snapshot_id: str
    share_type: Literal["link", "permanent_link", "agency_link", "location_link"]
    relationship_number: str | None = None
    share_location_id: str | None = None


class ShareLinkResponse(ResponseModel):
    id: str | None = None
    shareLink: str | None = None


class PushStatusQuery(QueryModel):
    companyId: str
    # "10-10-2022 12:00 AM", as the official example writes them (read as UTC)
    from_: GhlPushTime = Field(alias="from", examples=["10-10-2022 12:00 AM"])
    to: GhlPushTime = Field(examples=["12-18-2023 11:59 PM"])
    lastDoc: str
    # required by v2's file, not by v3's: required by neither here (DECISION: 10, as the example)
    limit: NumberString = "10"


class SnapshotStatusOut(ResponseModel):
    id: str | None = None
    locationId: str | None = None
    status: str | None = None
    dateAdded: str | None = None


class PushStatusResponse(ResponseModel):
    data: list[SnapshotStatusOut] | None = None


class LatestPushQuery(QueryModel):
    companyId: str


class SnapshotStatusWithAssetsOut(ResponseModel):
    id: str | None = None
    locationId: str | None = None
    status: str | None = None
    completed: list[str] | None = None
    pending: list[str] | None = None


class LatestPushResponse(ResponseModel):
    data: SnapshotStatusWithAssetsOut | None = None
