"""Objects operations (objects.json): custom object schemas, and records of custom objects (and businesses).

Literal paths (``records/search``) win over ``records/{id}``.
"""

from __future__ import annotations

from mock_server.apis.custom_fields import definitions, views
from mock_server.apis.objects import models as m
from mock_server.apis.objects import records, schemas, search
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, LOCATION_OR_AGENCY, Api

api = Api("objects.json", tag="Objects")

SCHEMA_READ, SCHEMA_WRITE = "objects/schema.readonly", "objects/schema.write"
RECORD_READ, RECORD_WRITE = "objects/record.readonly", "objects/record.write"
_SCOPES_FROM_SCOPES_MD = ("scopes from Scopes.md: the official file declares an empty scope list",)


# -- schemas --------------------------------------------------------------------------------------
@api.get("/objects/", "get-object-by-location-id", scopes=SCHEMA_READ, tokens=LOCATION, query=m.LocationQuery,
         response=m.SchemasResponse, summary="Get all objects for a location")
def list_schemas(call: Call) -> dict:
    """The standard objects (contact, opportunity, business) and the location's custom objects."""
    return {"objects": schemas.list_schemas(call.tenant)}


@api.post("/objects/", "create-custom-object-schema", scopes=SCHEMA_WRITE, tokens=LOCATION_OR_AGENCY,
          body=m.CreateSchemaBody, response=m.SchemaResponse, status=201, summary="Create Custom Object")
def create_schema(call: Call) -> dict:
    """A custom object with its primary display property (a TEXT field of the object)."""
    tenant = call.tenant if call.tenant.location_id else call.tenant.for_location(call.body.locationId)
    return {"object": schemas.create_schema(tenant, call.body.model_dump())}


@api.get("/objects/{key}", "get-object-schema-by-key", scopes=SCHEMA_READ, tokens=LOCATION, query=m.SchemaQuery,
         response=m.SchemaByKeyResponse, summary="Get Object Schema by key / id")
def get_schema(call: Call) -> dict:
    """The object; with ``fetchProperties=true`` its fields too."""
    schema = schemas.get_schema(call.tenant, call.path["key"])
    answer = {"object": schema, "cache": False}
    if (call.query.fetchProperties or "").lower() == "true":
        answer["fields"] = [views.v2(f) for f in definitions.fields_of(call.tenant, schema["key"])]
    return answer


@api.put("/objects/{key}", "update-custom-object", scopes=SCHEMA_WRITE, tokens=LOCATION, body=m.UpdateSchemaBody,
         response=m.SchemaResponse, summary="Update Object Schema By Key / Id")
def update_schema(call: Call) -> dict:
    """Change a custom object's labels, description and searchable properties (standard objects cannot change)."""
    return {"object": schemas.update_schema(call.tenant, call.path["key"], sent_fields(call.body))}


# -- records --------------------------------------------------------------------------------------
@api.post("/objects/{schemaKey}/records/search", "search-object-records", scopes=RECORD_READ, tokens=LOCATION,
          body=m.SearchRecordsBody, response=m.SearchRecordsResponse, status=200, summary="Search Object Records")
def search_records(call: Call) -> dict:
    """One object's records: filters, sort and paging as the contact search, free text over searchable properties."""
    return search.search_records(call.tenant, call.path["schemaKey"], call.body.model_dump())


@api.post("/objects/{schemaKey}/records", "create-object-record", scopes=RECORD_WRITE, tokens=LOCATION,
          body=m.RecordBody, response=m.RecordResponse, status=201, summary="Create Record")
def create_record(call: Call) -> dict:
    return {"record": records.view(records.create_record(call.tenant, call.path["schemaKey"],
                                                         call.body.model_dump()))}


@api.get("/objects/{schemaKey}/records/{id}", "get-record-by-id", scopes=RECORD_READ, tokens=LOCATION,
         query=m.OptionalLocationQuery, response=m.RecordResponse, summary="Get Record By Id",
         notes=_SCOPES_FROM_SCOPES_MD)
def get_record(call: Call) -> dict:
    return {"record": records.view(records.get_record(call.tenant, call.path["schemaKey"], call.path["id"]))}


@api.put("/objects/{schemaKey}/records/{id}", "update-object-record", scopes=RECORD_WRITE, tokens=LOCATION,
         query=m.LocationQuery, body=m.RecordBody, response=m.RecordResponse, summary="Update Record",
         notes=_SCOPES_FROM_SCOPES_MD)
def update_record(call: Call) -> dict:
    """Change the properties named (null clears one), the owner and the followers."""
    return {"record": records.view(records.update_record(call.tenant, call.path["schemaKey"], call.path["id"],
                                                         sent_fields(call.body)))}


@api.delete("/objects/{schemaKey}/records/{id}", "delete-object-record", scopes=RECORD_WRITE, tokens=LOCATION,
            query=m.OptionalLocationQuery, response=m.DeleteRecordResponse, summary="Delete Record",
            notes=_SCOPES_FROM_SCOPES_MD)
def delete_record(call: Call) -> dict:
    """Delete a record and its relations."""
    records.delete_record(call.tenant, call.path["schemaKey"], call.path["id"])
    return {"id": call.path["id"], "success": True}
