"""Locations operations (locations.json) implemented by the mock."""

from __future__ import annotations

from mock_server.apis.companies.service import COMPANY_NOT_FOUND
from mock_server.apis.locations import custom_field_models as cf_models
from mock_server.apis.locations import custom_fields, location_updates, models, service
from mock_server.platform.call import Call
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import AGENCY, LOCATION, LOCATION_OR_AGENCY, Api

api = Api("locations.json", tag="Locations")


@api.get("/locations/search", "search-locations", scopes="locations.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.SearchLocationsQuery, response=models.SearchLocationsResponse, summary="Search Locations")
def search_locations(call: Call) -> dict:
    """Search the agency's locations; a sub-account token sees only its own location."""
    q = call.query
    return {"locations": service.search_locations(call.tenant, skip=q.skip, limit=q.limit, order=q.order,
                                                  email=q.email)}


@api.get("/locations/{locationId}", "get-location", scopes="locations.readonly", tokens=LOCATION_OR_AGENCY,
         response=models.LocationResponse, summary="Get Sub-Account (Formerly Location)")
def get_location(call: Call) -> dict:
    return {"location": service.get_location(call.tenant)}


@api.post("/locations/", "create-location", scopes="locations.write", tokens=AGENCY,
          body=models.CreateLocationBody, response=models.LocationOut, status=200,
          summary="Create Sub-Account (Formerly Location)")
def create_location(call: Call) -> dict:
    fields = sent_fields(call.body)
    agency = call.named_agency(fields.pop("companyId"))
    if agency is None:
        raise BadRequest(COMPANY_NOT_FOUND)
    return location_updates.create_location(agency, fields)


@api.get("/locations/{locationId}/customFields", "get-custom-fields", scopes="locations/customFields.readonly",
         tokens=LOCATION, query=models.CustomFieldsQuery, response=models.CustomFieldsResponse,
         summary="Get Custom Fields")
def get_custom_fields(call: Call) -> dict:
    service.get_location(call.tenant)
    return {"customFields": custom_fields.list_custom_fields(call.tenant, call.query.model)}


# The file gives GET/PUT/DELETE .../customFields/{id} an empty scope list; Scopes.md names these.
_SCOPES_FROM_SCOPES_MD = ("scopes from Scopes.md: the official file declares an empty scope list",)


@api.post("/locations/{locationId}/customFields", "create-custom-field", scopes="locations/customFields.write",
          tokens=LOCATION, body=cf_models.CreateCustomFieldBody, response=cf_models.CustomFieldResponse,
          status=201, summary="Create Custom Field")
def create_custom_field(call: Call) -> dict:
    fields = sent_fields(call.body)
    return {"customField": custom_fields.create_custom_field(call.tenant, fields)}


@api.get("/locations/{locationId}/customFields/{id}", "get-custom-field", scopes="locations/customFields.readonly",
         tokens=LOCATION, response=cf_models.CustomFieldResponse, summary="Get Custom Field",
         notes=_SCOPES_FROM_SCOPES_MD)
def get_custom_field(call: Call) -> dict:
    return {"customField": custom_fields.get_custom_field(call.tenant, call.path["id"])}


@api.put("/locations/{locationId}/customFields/{id}", "update-custom-field", scopes="locations/customFields.write",
         tokens=LOCATION, body=cf_models.UpdateCustomFieldBody, response=cf_models.CustomFieldResponse,
         summary="Update Custom Field", notes=_SCOPES_FROM_SCOPES_MD)
def update_custom_field(call: Call) -> dict:
    updated = custom_fields.update_custom_field(call.tenant, call.path["id"],
                                                sent_fields(call.body))
    return {"customField": updated}


@api.delete("/locations/{locationId}/customFields/{id}", "delete-custom-field",
            scopes="locations/customFields.write", tokens=LOCATION, response=cf_models.CustomFieldDeleteResponse,
            summary="Delete Custom Field", notes=_SCOPES_FROM_SCOPES_MD)
def delete_custom_field(call: Call) -> dict:
    custom_fields.delete_custom_field(call.tenant, call.path["id"])
    return {"succeded": True}
