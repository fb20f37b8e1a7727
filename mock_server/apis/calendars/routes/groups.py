"""Calendar group operations."""

from __future__ import annotations

from mock_server.apis.calendars import groups
from mock_server.apis.calendars.models import groups as models
from mock_server.apis.calendars.routes.spec import api, sent
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars/groups.readonly", "calendars/groups.write"


@api.get("/calendars/groups", "get-groups", scopes=READ, tokens=LOCATION, query=models.GroupsQuery,
         response=models.GroupsResponse, summary="Get Groups")
def get_groups(call: Call) -> dict:
    return {"groups": groups.list_groups(call.tenant)}


@api.post("/calendars/groups", "create-calendar-group", scopes=WRITE, tokens=LOCATION, body=models.CreateGroupBody,
          response=models.GroupResponse, status=201, summary="Create Calendar Group")
def create_group(call: Call) -> dict:
    return {"group": groups.create_group(call.tenant, sent(call.body))}


@api.post("/calendars/groups/validate-slug", "validate-groups-slug", scopes=WRITE, tokens=LOCATION,
          body=models.ValidateSlugBody, response=models.SlugAvailability, status=200, summary="Validate group slug")
def validate_slug(call: Call) -> dict:
    return {"available": groups.slug_available(call.tenant, call.body.slug)}


@api.delete("/calendars/groups/{groupId}", "delete-group", scopes=WRITE, tokens=LOCATION,
            response=models.SuccessResponse, summary="Delete Group")
def delete_group(call: Call) -> dict:
    groups.delete_group(call.tenant, call.path["groupId"])
    return {"success": True}


@api.put("/calendars/groups/{groupId}", "edit-group", scopes=WRITE, tokens=LOCATION, body=models.UpdateGroupBody,
         response=models.GroupResponse, summary="Edit Group")
def edit_group(call: Call) -> dict:
    return {"group": groups.update_group(call.tenant, call.path["groupId"], sent(call.body))}


@api.put("/calendars/groups/{groupId}/status", "disable-group", scopes=WRITE, tokens=LOCATION,
         body=models.GroupStatusBody, response=models.SuccessResponse, summary="Disable Group")
def disable_group(call: Call) -> dict:
    """Enable or disable a group (``isActive``): a disabled group's calendars take no bookings."""
    groups.set_active(call.tenant, call.path["groupId"], call.body.isActive)
    return {"success": True}
