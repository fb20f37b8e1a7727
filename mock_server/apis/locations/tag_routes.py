"""Location tags and custom values operations (locations.json), declared on the area's one ``Api``."""

from __future__ import annotations

from mock_server.apis.locations import custom_value_models as cv_models
from mock_server.apis.locations import custom_values, tags
from mock_server.apis.locations import tag_models as models
from mock_server.apis.locations.routes import api
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

# The file gives the operations on one tag or one custom value an empty scope list; Scopes.md names these.
SCOPES_FROM_SCOPES_MD = ("scopes from Scopes.md: the official file declares an empty scope list",)


@api.get("/locations/{locationId}/tags", "get-location-tags", scopes="locations/tags.readonly", tokens=LOCATION,
         response=models.LocationTagsResponse, summary="Get Tags")
def get_location_tags(call: Call) -> dict:
    """The location's tags, those its contacts use included."""
    return {"tags": tags.list_tags(call.tenant)}


@api.post("/locations/{locationId}/tags", "create-tag", scopes="locations/tags.write", tokens=LOCATION,
          body=models.TagBody, response=models.LocationTagResponse, summary="Create Tag")
def create_tag(call: Call) -> dict:
    return {"tag": tags.create_tag(call.tenant, call.body.name)}


@api.get("/locations/{locationId}/tags/{tagId}", "get-tag-by-id", scopes="locations/tags.readonly", tokens=LOCATION,
         response=models.LocationTagResponse, summary="Get tag by id", notes=SCOPES_FROM_SCOPES_MD)
def get_tag_by_id(call: Call) -> dict:
    return {"tag": tags.get_tag(call.tenant, call.path["tagId"])}


@api.put("/locations/{locationId}/tags/{tagId}", "update-tag", scopes="locations/tags.write", tokens=LOCATION,
         body=models.TagBody, response=models.LocationTagResponse, summary="Update tag", notes=SCOPES_FROM_SCOPES_MD)
def update_tag(call: Call) -> dict:
    """Rename the tag, on the contacts that have it too."""
    return {"tag": tags.rename_tag(call.tenant, call.path["tagId"], call.body.name)}


@api.delete("/locations/{locationId}/tags/{tagId}", "delete-tag", scopes="locations/tags.write", tokens=LOCATION,
            response=models.DeletedResponse, summary="Delete tag", notes=SCOPES_FROM_SCOPES_MD)
def delete_tag(call: Call) -> dict:
    """Delete the tag; the contacts that had it lose it."""
    tags.delete_tag(call.tenant, call.path["tagId"])
    return {"succeded": True}


@api.get("/locations/{locationId}/customValues", "get-custom-values", scopes="locations/customValues.readonly",
         tokens=LOCATION, response=cv_models.CustomValuesResponse, summary="Get Custom Values")
def get_custom_values(call: Call) -> dict:
    return {"customValues": custom_values.list_values(call.tenant)}


@api.post("/locations/{locationId}/customValues", "create-custom-value", scopes="locations/customValues.write",
          tokens=LOCATION, body=cv_models.CustomValueBody, response=cv_models.CustomValueResponse, status=201,
          summary="Create Custom Value")
def create_custom_value(call: Call) -> dict:
    return {"customValue": custom_values.create_value(call.tenant, call.body.name, call.body.value)}


@api.get("/locations/{locationId}/customValues/{id}", "get-custom-value", scopes="locations/customValues.readonly",
         tokens=LOCATION, response=cv_models.CustomValueResponse, summary="Get Custom Value",
         notes=SCOPES_FROM_SCOPES_MD)
def get_custom_value(call: Call) -> dict:
    return {"customValue": custom_values.get_value(call.tenant, call.path["id"])}


@api.put("/locations/{locationId}/customValues/{id}", "update-custom-value", scopes="locations/customValues.write",
         tokens=LOCATION, body=cv_models.CustomValueBody, response=cv_models.CustomValueResponse,
         summary="Update Custom Value", notes=SCOPES_FROM_SCOPES_MD)
def update_custom_value(call: Call) -> dict:
    body = call.body
    return {"customValue": custom_values.update_value(call.tenant, call.path["id"], body.name, body.value)}


@api.delete("/locations/{locationId}/customValues/{id}", "delete-custom-value",
            scopes="locations/customValues.write", tokens=LOCATION, response=models.DeletedResponse,
            summary="Delete Custom Value", notes=SCOPES_FROM_SCOPES_MD)
def delete_custom_value(call: Call) -> dict:
    custom_values.delete_value(call.tenant, call.path["id"])
    return {"succeded": True}
