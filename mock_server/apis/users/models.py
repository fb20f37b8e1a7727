"""Models of the Users API (users.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal

from pydantic import create_model

from mock_server.apis.users.permissions import PERMISSION_DEFAULTS
from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel

Permissions = create_model("Permissions", __base__=BodyModel,
                           **{name: (bool | None, None) for name in PERMISSION_DEFAULTS})
PermissionsOut = create_model("PermissionsOut", __base__=ResponseModel,
                              **{name: (bool | None, None) for name in PERMISSION_DEFAULTS})

PlatformLanguage = Literal["en_US", "es", "fr_CA", "fr_FR", "nl", "de", "pt_PT", "pt_BR", "it", "sv", "da", "fi", "no"]
UserType = Literal["agency", "account"]
UserRole = Literal["admin", "user"]


class CreateUserBody(BodyModel):
    companyId: str
    firstName: str
    lastName: str
    email: str
    password: str
    phone: str | None = None
    type: UserType
    role: UserRole
    locationIds: list[str]
    permissions: Permissions | None = None
    scopes: list[str] | None = None
    scopesAssignedToOnly: list[str] | None = None
    profilePhoto: str | None = None
    twilioPhone: dict[str, str] | None = None
    platformLanguage: PlatformLanguage | None = None


class UpdateUserBody(BodyModel):
    firstName: str | None = None
    lastName: str | None = None
    email: str | None = None
    password: str | None = None
    phone: str | None = None
    type: UserType | None = None
    role: UserRole | None = None
    companyId: str | None = None
    locationIds: list[str] | None = None
    permissions: Permissions | None = None
    scopes: list[str] | None = None
    scopesAssignedToOnly: list[str] | None = None
    profilePhoto: str | None = None
    twilioPhone: dict[str, str] | None = None
    platformLanguage: PlatformLanguage | None = None


class SearchUsersQuery(QueryModel):
    companyId: str
    query: str | None = None
    skip: NumberString = "0"
    limit: NumberString = "25"
    locationId: str | None = None
    type: str | None = None
    role: str | None = None
    ids: str | None = None
    sort: str | None = None
    sortDirection: Literal["asc", "desc"] | None = None
    enabled2waySync: bool | None = None


class FilterByEmailBody(BodyModel):
    companyId: str
    emails: str  # comma-separated, as the official DTO says
    deleted: bool = False
    skip: NumberString = "0"
    limit: NumberString = "25"
    projection: str | None = None


class LocationUsersQuery(QueryModel):
    locationId: str


# -- responses --------------------------------------------------------------------------------
class RolesOut(ResponseModel):
    type: str | None = None
    role: str | None = None
    locationIds: list[str] | None = None
    restrictSubAccount: bool | None = None


class UserOut(ResponseModel):
    id: str
    name: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    email: str | None = None
    phone: str | None = None
    extension: str | None = None
    permissions: PermissionsOut | None = None
    scopes: list[str] | str | None = None
    roles: RolesOut | None = None
    deleted: bool | None = None
    lcPhone: dict[str, str] | None = None
    platformLanguage: str | None = None


class SearchUsersResponse(ResponseModel):
    users: list[UserOut]
    count: float


class LocationUsersResponse(ResponseModel):
    users: list[UserOut]


class DeleteUserResponse(ResponseModel):
    succeded: bool
    message: str
