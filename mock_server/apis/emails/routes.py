"""E-mail templates and schedules operations (emails.json): thin handlers over ``templates`` and ``schedules``."""

from __future__ import annotations

from mock_server.apis.emails import models, schedules, templates
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("emails.json", tag="Emails")


@api.get("/emails/schedule", "fetch-campaigns", scopes="emails/schedule.readonly", tokens=LOCATION,
         query=models.FetchCampaignsQuery, response=models.ScheduleFetchSuccessfulResponse, errors=(404,),
         summary="List a location's e-mail schedules")
def fetch_campaigns(call: Call) -> dict:
    q = call.query
    return schedules.list_schedules(call.tenant, q.model_dump(), limit=q.limit, offset=q.offset)


@api.get("/emails/builder", "fetch-template", scopes="emails/builder.readonly", tokens=LOCATION,
         query=models.FetchTemplateQuery, response=models.FetchTemplatesResponse, errors=(404,),
         summary="List a location's e-mail templates")
def fetch_template(call: Call) -> dict:
    q = call.query
    filters = {"search": q.search, "name": q.name, "parentId": q.parentId, "archived": q.archived == "true",
               "templatesOnly": q.templatesOnly == "true",
               "builderVersion": q.builderVersion if "builderVersion" in q.model_fields_set else None}
    return templates.list_templates(call.tenant, filters=filters, limit=int(q.limit), offset=int(q.offset),
                                    newest_first=q.sortByDate == "desc")


@api.post("/emails/builder", "create-template", scopes="emails/builder.write", tokens=LOCATION,
          body=models.CreateBuilderBody, response=models.CreateBuilderSuccesfulResponse, status=201, errors=(404,),
          summary="Create an e-mail template or folder")
def create_template(call: Call) -> dict:
    return {"redirect": templates.create_template(call.tenant, call.body.model_dump())["id"]}


# DECISION: emails.json gives this operation Location-Access with no scope; the mock asks for the builder's
# write scope, as creating and saving a template do.
@api.delete("/emails/builder/{locationId}/{templateId}", "delete-template", scopes="emails/builder.write",
            tokens=LOCATION, response=models.DeleteBuilderSuccesfulResponse, errors=(404,),
            summary="Delete an e-mail template (a folder with its templates)")
def delete_template(call: Call) -> dict:
    templates.delete_template(call.tenant, call.path["templateId"])
    return {"ok": "true"}


@api.post("/emails/builder/data", "update-template", scopes="emails/builder.write", tokens=LOCATION,
          body=models.SaveBuilderDataBody, response=models.BuilderUpdateSuccessfulResponse, status=201, errors=(404,),
          summary="Save an e-mail template's content")
def update_template(call: Call) -> dict:
    saved = templates.save_content(call.tenant, call.body.templateId, sent_fields(call.body))
    return {"ok": "true", "previewUrl": saved["previewUrl"], "templateDownloadUrl": saved["templateDownloadUrl"]}
