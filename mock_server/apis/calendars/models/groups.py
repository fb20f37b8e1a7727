"""Calendar groups: GroupCreateDTO, GroupUpdateDTO, GroupStatusUpdateParams, ValidateGroupSlugPostBody."""

from __future__ import annotations

from mock_server.apis.calendars.slugs import Slug
from mock_server.platform.models import BodyModel, QueryModel, ResponseModel


class GroupsQuery(QueryModel):
    locationId: str


class CreateGroupBody(BodyModel):
    locationId: str
    name: str
    description: str
    slug: Slug
    isActive: bool = True


class UpdateGroupBody(BodyModel):
    name: str
    description: str
    slug: Slug


class GroupStatusBody(BodyModel):
    isActive: bool


class ValidateSlugBody(BodyModel):
    locationId: str
    slug: Slug


class GroupOut(ResponseModel):
    id: str
    locationId: str
    name: str
    description: str
    slug: str
    isActive: bool


class GroupsResponse(ResponseModel):
    groups: list[GroupOut]


class GroupResponse(ResponseModel):
    group: GroupOut


class SuccessResponse(ResponseModel):
    success: bool


class SlugAvailability(ResponseModel):
    available: bool
