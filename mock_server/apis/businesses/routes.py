"""Businesses operations (businesses.json)."""

from __future__ import annotations

from mock_server.apis.businesses import models, service
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("businesses.json", tag="Businesses")


@api.get("/businesses/", "get-businesses-by-location", scopes="businesses.readonly", tokens=LOCATION,
         query=models.BusinessesQuery, response=models.BusinessesResponse, summary="Get Businesses by Location")
def list_businesses(call: Call) -> dict:
    q = call.query
    return {"businesses": service.list_businesses(call.tenant, skip=q.skip, limit=q.limit)}


@api.post("/businesses/", "create-business", scopes="businesses.write", tokens=LOCATION,
          body=models.CreateBusinessBody, response=models.BusinessWriteResponse, status=201,
          summary="Create Business")
def create_business(call: Call) -> dict:
    return {"success": True, "buiseness": service.create_business(call.tenant, sent_fields(call.body))}


@api.get("/businesses/{businessId}", "get-business", scopes="businesses.readonly", tokens=LOCATION,
         response=models.BusinessResponse, summary="Get Business")
def get_business(call: Call) -> dict:
    return {"business": service.get_business(call.tenant, call.path["businessId"])}


@api.put("/businesses/{businessId}", "update-business", scopes="businesses.write", tokens=LOCATION,
         body=models.UpdateBusinessBody, response=models.BusinessWriteResponse, summary="Update Business")
def update_business(call: Call) -> dict:
    updated = service.update_business(call.tenant, call.path["businessId"], sent_fields(call.body))
    return {"success": True, "buiseness": updated}


@api.delete("/businesses/{businessId}", "delete-Business", scopes="businesses.write", tokens=LOCATION,
            response=models.SuccessResponse, summary="Delete Business")
def delete_business(call: Call) -> dict:
    """Delete a business; the contacts linked to it are unlinked."""
    service.delete_business(call.tenant, call.path["businessId"])
    return {"success": True}
