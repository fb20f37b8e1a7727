"""Custom Fields V2 operations (custom-fields.json): fields and folders of any object key, over the ONE
definition store (``definitions.py``) the location API shares.

Literal paths (``folder``, ``object-key``) win over ``{id}``.
"""

from __future__ import annotations

from mock_server.apis.custom_fields import definitions, object_keys, views
from mock_server.apis.custom_fields import models as m
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("custom-fields.json", tag="Custom Fields V2")

READ, WRITE = "locations/customFields.readonly", "locations/customFields.write"


# -- folders --------------------------------------------------------------------------------------
@api.post("/custom-fields/folder", "create-custom-field-folder", scopes=WRITE, tokens=LOCATION,
          body=m.CreateFolderBody, response=m.FolderResponse, status=201, summary="Create Custom Field Folder")
def create_folder(call: Call) -> dict:
    return views.folder(definitions.create_folder(call.tenant, call.body.objectKey, call.body.name))


@api.put("/custom-fields/folder/{id}", "update-custom-field-folder", scopes=WRITE, tokens=LOCATION,
         body=m.UpdateFolderBody, response=m.FolderResponse, summary="Update Custom Field Folder Name")
def update_folder(call: Call) -> dict:
    return views.folder(definitions.rename_folder(call.tenant, call.path["id"], call.body.name))


@api.delete("/custom-fields/folder/{id}", "delete-custom-field-folder", scopes=WRITE, tokens=LOCATION,
            query=m.LocationQuery, response=m.DeleteResponse, summary="Delete Custom Field Folder")
def delete_folder(call: Call) -> dict:
    """Delete an empty folder (one still holding fields is refused)."""
    folder = definitions.delete_folder(call.tenant, call.path["id"])
    # DECISION: a folder has no key; the answer's ``key`` is its object key.
    return {"succeded": True, "id": folder["id"], "key": folder["objectKey"]}


# -- fields ---------------------------------------------------------------------------------------
@api.get("/custom-fields/object-key/{objectKey}", "get-custom-fields-by-object-key", scopes=READ, tokens=LOCATION,
         query=m.LocationQuery, response=m.CustomFieldsResponse, summary="Get Custom Fields By Object Key")
def by_object_key(call: Call) -> dict:
    """The object's fields and folders (``contact``, ``opportunity``, ``business``, ``custom_objects.<key>``)."""
    object_key = object_keys.require(call.tenant, call.path["objectKey"])
    return {"fields": [views.v2(f) for f in definitions.fields_of(call.tenant, object_key)],
            "folders": [views.v2(f) for f in definitions.folders_of(call.tenant, object_key)]}


@api.post("/custom-fields/", "create-custom-field", scopes=WRITE, tokens=LOCATION, body=m.CreateCustomFieldsBody,
          response=m.CustomFieldResponse, status=201, summary="Create Custom Field")
def create_field(call: Call) -> dict:
    settings = sent_fields(call.body)
    b = call.body
    for name in ("locationId", "name", "dataType", "fieldKey", "objectKey", "parentId"):
        settings.pop(name, None)
    if b.acceptedFormats is not None:
        settings["acceptedFormats"] = [b.acceptedFormats]
    # DECISION: a field made without a name is named after its key (the file does not require one).
    name = b.name or b.fieldKey.rsplit(".", 1)[-1].replace("_", " ").title()
    record = definitions.create_field(call.tenant, object_key=b.objectKey, name=name, data_type=b.dataType,
                                      field_key=b.fieldKey, parent_id=b.parentId or None, settings=settings)
    return {"field": views.v2(record)}


@api.get("/custom-fields/{id}", "get-custom-field-by-id", scopes=READ, tokens=LOCATION,
         response=m.CustomFieldResponse, summary="Get Custom Field / Folder By Id")
def get_field(call: Call) -> dict:
    return {"field": views.v2(definitions.get_field(call.tenant, call.path["id"]))}


@api.put("/custom-fields/{id}", "update-custom-field", scopes=WRITE, tokens=LOCATION, body=m.UpdateCustomFieldsBody,
         response=m.CustomFieldResponse, summary="Update Custom Field By Id")
def update_field(call: Call) -> dict:
    """Change a field's name and settings; removing an option some record still holds is refused."""
    changes = sent_fields(call.body)
    changes.pop("locationId", None)
    if call.body.acceptedFormats is not None:
        changes["acceptedFormats"] = [call.body.acceptedFormats]
    return {"field": views.v2(definitions.update_field(call.tenant, call.path["id"], changes))}


@api.delete("/custom-fields/{id}", "delete-custom-field", scopes=WRITE, tokens=LOCATION, response=m.DeleteResponse,
            summary="Delete Custom Field By Id")
def delete_field(call: Call) -> dict:
    """Delete a field and every value of it."""
    record = definitions.delete_field(call.tenant, call.path["id"])
    return {"succeded": True, "id": record["id"], "key": record["fieldKey"]}
