"""Models of the location tags operations (locations.json), GHL field names verbatim."""

from __future__ import annotations

from mock_server.platform.models import BodyModel, ResponseModel


class TagBody(BodyModel):
    name: str


class LocationTagOut(ResponseModel):
    name: str | None = None
    locationId: str | None = None
    id: str | None = None


class LocationTagsResponse(ResponseModel):
    tags: list[LocationTagOut] | None = None


class LocationTagResponse(ResponseModel):
    tag: LocationTagOut | None = None


class DeletedResponse(ResponseModel):
    succeded: bool | None = None  # GHL's spelling
