"""emails-v3.json's template operations: thin handlers over ``templates_v3`` (the builder's records, v3 shape)."""

from __future__ import annotations

from mock_server.apis.emails import models_v3 as m
from mock_server.apis.emails import templates_v3
from mock_server.apis.emails.v3_api import api
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION

READ, WRITE = "emails/templates.readonly", "emails/templates.write"
TEMPLATES = "/emails/locations/{locationId}/templates"


@api.post(TEMPLATES, "create-email-template", scopes=WRITE, tokens=LOCATION, body=m.CreateTemplateBody,
          response=m.TemplateCreatedResponse, status=201, errors=(404,), summary="Create an e-mail template")
def create_email_template(call: Call) -> dict:
    """In a folder (``parentFolderId``) or at the top level; ``editorContent`` is its HTML (or plain text)."""
    return templates_v3.created_view(templates_v3.create(call.tenant, sent_fields(call.body)))


@api.get(TEMPLATES, "list-email-templates", scopes=READ, tokens=LOCATION, query=m.ListTemplatesQuery,
         response=m.ListTemplatesResponse, errors=(404,), summary="List a location's e-mail templates and folders")
def list_email_templates(call: Call) -> dict:
    """Every template and folder, or a folder's (``folderId``, ``root`` the top level), newest first."""
    q = call.query
    return templates_v3.list_items(call.tenant, folder_id=q.folderId, include=q.include, archived=q.archived,
                                   search=q.search, newest_first=q.sortOrder == "desc", limit=int(q.limit),
                                   offset=int(q.offset))


@api.post(TEMPLATES + "/import", "import-email-template", scopes=WRITE, tokens=LOCATION, body=m.ImportTemplateBody,
          response=m.TemplateCreatedResponse, status=201, errors=(404,),
          summary="Import an e-mail template from a provider's URL")
def import_email_template(call: Call) -> dict:
    return templates_v3.created_view(templates_v3.import_template(call.tenant, sent_fields(call.body)))


@api.post(TEMPLATES + "/folders", "create-template-folder", scopes=WRITE, tokens=LOCATION, body=m.CreateFolderBody,
          response=m.FolderCreatedResponse, status=201, errors=(404,), summary="Create an e-mail template folder")
def create_template_folder(call: Call) -> dict:
    return templates_v3.folder_view(templates_v3.create_folder(call.tenant, sent_fields(call.body)))


@api.get(TEMPLATES + "/{templateId}", "get-email-template", scopes=READ, tokens=LOCATION,
         response=m.TemplateResponse, errors=(404,), summary="Get an e-mail template")
def get_email_template(call: Call) -> dict:
    """Its sender fields and ``editorContentUrl``, where the mock serves its content back."""
    return templates_v3.view(call.tenant, templates_v3.get(call.tenant, call.path["templateId"]))


@api.delete(TEMPLATES + "/{templateId}", "delete-email-template", scopes=WRITE, tokens=LOCATION,
            response=m.DeletedResponse, errors=(404,), summary="Delete an e-mail template (a folder with its items)")
def delete_email_template(call: Call) -> dict:
    templates_v3.delete(call.tenant, call.path["templateId"])
    return {"deleted": True}


@api.operation("PATCH", TEMPLATES + "/{templateId}", "update-email-template", scopes=WRITE, tokens=LOCATION,
               body=m.UpdateTemplateBody, response=m.TemplateUpdatedResponse, errors=(404,),
               summary="Update an e-mail template (rename, move, archive, new content)")
def update_email_template(call: Call) -> dict:
    record = templates_v3.update(call.tenant, call.path["templateId"], sent_fields(call.body))
    return templates_v3.updated_view(record)
