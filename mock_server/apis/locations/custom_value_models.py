"""Models of the custom values operations (locations.json), GHL field names verbatim."""

from __future__ import annotations

from mock_server.platform.models import BodyModel, ResponseModel


class CustomValueBody(BodyModel):
    name: str
    value: str


class CustomValueOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    fieldKey: str | None = None
    value: str | None = None
    locationId: str | None = None


class CustomValuesResponse(ResponseModel):
    customValues: list[CustomValueOut] | None = None


class CustomValueResponse(ResponseModel):
    customValue: CustomValueOut | None = None
