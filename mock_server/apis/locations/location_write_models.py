"""Models of PUT and DELETE /locations/{locationId} and of the v3-only location operations (permissions,
conversation channels), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal, get_args

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


# The features a location can be allowed, as the v3 file enumerates them.
Permission = Literal["2-way-text-messaging", "gmb-messaging", "web-chat", "reputation-management", "facebook-messenger",
                     "gmb-call-tracking", "missed-call-text-back", "text-to-pay", "calendar", "crm", "opportunities",
                     "email-marketing", "form-builder", "survey-builder", "trigger-links", "html-builder",
                     "sms-email-templates", "funnels", "websites", "workflow", "membership", "all-reports", "triggers",
                     "campaigns", "launchpad"]
PERMISSIONS: tuple[str, ...] = get_args(Permission)


class PermissionsBody(BodyModel):
    permissions: list[Permission]


class PermissionsResponse(ResponseModel):
    permissions: list[Permission]


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
