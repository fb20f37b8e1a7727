"""PUT and DELETE /locations/{locationId}, its time zones, and the v3-only location operations (permissions,
conversation channels). The v3-only ones are declared on ``v3_api``: GHL documents them in
``v3/locations-v3.json``, not ``locations.json``, and that is the file their answers are checked against."""

from __future__ import annotations

from mock_server.apis.common import available_zones
from mock_server.apis.companies.service import COMPANY_NOT_FOUND
from mock_server.apis.locations import location_updates, service
from mock_server.apis.locations import location_write_models as models
from mock_server.apis.locations.models import LocationOut
from mock_server.apis.locations.routes import api
from mock_server.platform.call import Call
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import AGENCY, LOCATION, Api

v3_api = Api("v3/locations-v3.json", tag="Locations")

# DECISION: GHL's text when deleting, as the official example words it.
DELETED = "Deleted location with id: {id}"


@api.put("/locations/{locationId}", "put-location", scopes="locations.write", tokens=AGENCY,
         body=models.UpdateLocationBody, response=LocationOut, summary="Put Sub-Account (Formerly Location)")
def put_location(call: Call) -> dict:
    """Change the location; a new time zone moves its free slots from the next request on."""
    fields = sent_fields(call.body)
    if call.named_agency(fields.pop("companyId")) is None:
        raise BadRequest(COMPANY_NOT_FOUND)
    return location_updates.update_location(call.tenant, fields)


@api.delete("/locations/{locationId}", "delete-location", scopes="locations.internal-access-only", tokens=AGENCY,
            query=models.DeleteLocationQuery, response=models.LocationDeletedResponse,
            summary="Delete Sub-Account (Formerly Location)")
def delete_location(call: Call) -> dict:
    """Delete the location and everything it owns (``deleteTwilioAccount`` is accepted: the mock keeps no
    Twilio account)."""
    location_id = location_updates.delete_location(call.tenant)
    return {"success": True, "message": DELETED.format(id=location_id)}


@api.get("/locations/{locationId}/timezones", "get-timezones", scopes="locations.readonly", tokens=LOCATION,
         response=models.TimezonesResponse, summary="Fetch Timezones")
def get_timezones(call: Call) -> dict:
    """The IANA time zones a location may take (those its PUT accepts).

    DECISION: the official file declares no answer body; ``{"timeZones": [...]}`` names, sorted."""
    service.get_location(call.tenant)
    return {"timeZones": list(available_zones())}


@v3_api.get("/locations/{locationId}/permissions", "get-location-permissions", scopes="locations/write",
         tokens=AGENCY, response=models.PermissionsResponse, summary="Get Sub-Account Permissions")
def get_location_permissions(call: Call) -> dict:
    """v3: the features the location may use."""
    return {"permissions": location_updates.get_permissions(call.tenant)}


@v3_api.put("/locations/{locationId}/permissions", "update-location-permissions", scopes="locations/write",
         tokens=AGENCY, body=models.PermissionsBody, response=models.PermissionsResponse,
         summary="Update Sub-Account Permissions")
def update_location_permissions(call: Call) -> dict:
    """v3: replace the features the location may use."""
    return {"permissions": location_updates.set_permissions(call.tenant, call.body.permissions)}


@v3_api.get("/locations/{locationId}/conversationChannels/{type}", "get-conversation-channel",
         scopes="locations.readonly", tokens=LOCATION, response=models.ConversationChannelResponse,
         path_enums={"type": ("SMS", "Email")}, summary="Get Conversation Channel")
def get_conversation_channel(call: Call) -> dict:
    """v3: the location's providers of one channel, its default first."""
    return {"conversationChannel": location_updates.conversation_channel(call.tenant, call.path["type"])}
