"""Models of PUT and DELETE /locations/{locationId} and of the v3-only location operations (permissions,
conversation channels), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mock_server.apis.locations.models import LocationDetails
from mock_server.platform.models import BodyModel, QueryModel, ResponseModel


class SnapshotPut(BodyModel):
    id: str
    override: bool = False


class UpdateLocationBody(LocationDetails):
    companyId: str
    name: str | None = Field(default=None, min_length=1)
    snapshot: SnapshotPut | None = None


class DeleteLocationQuery(QueryModel):
    deleteTwilioAccount: bool


class LocationDeletedResponse(ResponseModel):
    success: bool
    message: str


class PermissionsBody(BodyModel):
    permissions: list[str]


class PermissionsResponse(ResponseModel):
    permissions: list[str]


class ConversationProviderOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    type: Literal["SMS", "Email"]
    default: bool


class ConversationChannelEntryOut(ResponseModel):
    conversationProvider: ConversationProviderOut


class ConversationChannelOut(ResponseModel):
    SMS: list[ConversationChannelEntryOut] | None = None
    Email: list[ConversationChannelEntryOut] | None = None


class ConversationChannelResponse(ResponseModel):
    conversationChannel: ConversationChannelOut


class TimezonesResponse(ResponseModel):
    timeZones: list[str]
