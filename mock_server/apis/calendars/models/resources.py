"""Calendar resources (rooms and equipment): CreateCalendarResourceDTO, UpdateCalendarResourceDTO, responses."""

from __future__ import annotations

from mock_server.apis.calendars.models.common import NonNegative
from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


class CreateResourceBody(BodyModel):
    locationId: str
    name: str
    description: str
    quantity: NonNegative
    outOfService: NonNegative
    capacity: NonNegative
    calendarIds: list[str]


class UpdateResourceBody(BodyModel):
    locationId: str | None = None
    name: str | None = None
    description: str | None = None
    quantity: NonNegative | None = None
    outOfService: NonNegative | None = None
    capacity: NonNegative | None = None
    calendarIds: list[str] | None = None
    isActive: bool | None = None


class ResourcesQuery(QueryModel):
    locationId: str
    limit: PagingNumber
    skip: PagingNumber


class ResourceOut(ResponseModel):
    """CalendarResourceResponseDTO (update); the by-id DTO adds ``calendarIds``."""

    id: str | None = None
    locationId: str
    name: str
    resourceType: str
    isActive: bool
    description: str | None = None
    quantity: float | None = None
    outOfService: float | None = None
    capacity: float | None = None
    calendarIds: list[str] | None = None


ResourcesResponse = list[ResourceOut]


class DeleteResourceResponse(ResponseModel):
    success: bool
