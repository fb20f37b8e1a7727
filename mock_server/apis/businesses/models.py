"""Models of the Businesses API (businesses.json), GHL field names verbatim (``buiseness`` included)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import StringConstraints

from mock_server.platform.models import (
    BodyModel,
    NumberString,
    QueryModel,
    ResponseModel,
)

NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class _BusinessFields(BodyModel):
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    address: str | None = None
    city: str | None = None
    postalCode: str | None = None
    state: str | None = None
    country: str | None = None
    description: str | None = None


class CreateBusinessBody(_BusinessFields):
    name: NonEmpty
    locationId: str


class UpdateBusinessBody(_BusinessFields):
    name: NonEmpty | None = None


class BusinessesQuery(QueryModel):
    locationId: str
    limit: NumberString = "100"
    skip: NumberString = "0"


class BusinessOut(ResponseModel):
    id: str
    name: str
    locationId: str
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    address: str | None = None
    city: str | None = None
    description: str | None = None
    state: str | None = None
    postalCode: str | None = None
    country: str | None = None
    createdBy: dict[str, Any] | None = None
    updatedBy: dict[str, Any] | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class BusinessResponse(ResponseModel):
    business: BusinessOut


class BusinessesResponse(ResponseModel):
    businesses: list[BusinessOut]


class BusinessWriteResponse(ResponseModel):
    success: bool
    buiseness: BusinessOut


class SuccessResponse(ResponseModel):
    success: bool
