"""Calendar resource operations (rooms and equipment)."""

from __future__ import annotations

from mock_server.apis.calendars import resources
from mock_server.apis.calendars.models import resources as models
from mock_server.apis.calendars.routes.spec import api, sent
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars/resources.readonly", "calendars/resources.write"
KIND = "/calendars/resources/{resourceType}"
ONE = KIND + "/{id}"
TYPES = {"resourceType": resources.RESOURCE_TYPES}


@api.get(ONE, "get-calendar-resource", scopes=READ, tokens=LOCATION, path_enums=TYPES,
         response=models.ResourceOut, summary="Get Calendar Resource")
def get_resource(call: Call) -> dict:
    return resources.get_resource(call.tenant, call.path["resourceType"], call.path["id"])


@api.put(ONE, "update-calendar-resource", scopes=WRITE, tokens=LOCATION, path_enums=TYPES,
         body=models.UpdateResourceBody, response=models.ResourceOut, summary="Update Calendar Resource")
def update_resource(call: Call) -> dict:
    return resources.update_resource(call.tenant, call.path["resourceType"], call.path["id"],
                                     sent(call.body))


@api.delete(ONE, "delete-calendar-resource", scopes=WRITE, tokens=LOCATION, path_enums=TYPES,
            response=models.DeleteResourceResponse, summary="Delete Calendar Resource")
def delete_resource(call: Call) -> dict:
    resources.delete_resource(call.tenant, call.path["resourceType"], call.path["id"])
    return {"success": True}


@api.get(KIND, "fetch-calendar-resources", scopes=READ, tokens=LOCATION, path_enums=TYPES,
         query=models.ResourcesQuery, response=models.ResourcesResponse, summary="List Calendar Resources")
def list_resources(call: Call) -> list:
    q = call.query
    return resources.list_resources(call.tenant, call.path["resourceType"], skip=int(q.skip),
                                    limit=int(q.limit))


@api.post(KIND, "create-calendar-resource", scopes=WRITE, tokens=LOCATION, path_enums=TYPES,
          body=models.CreateResourceBody, response=models.ResourceOut, status=201, summary="Create Calendar Resource")
def create_resource(call: Call) -> dict:
    fields = sent(call.body)
    fields.pop("locationId")
    return resources.create_resource(call.tenant, call.path["resourceType"], fields)
