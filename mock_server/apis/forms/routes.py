"""Forms operations (forms.json): thin handlers over ``items``, ``submissions`` and ``uploads``."""

from __future__ import annotations

from mock_server.apis.forms import models, uploads
from mock_server.apis.forms.items import list_items
from mock_server.apis.forms.kind import FORMS
from mock_server.apis.forms.submissions import list_submissions
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("forms.json", tag="Forms")


@api.get("/forms/submissions", "get-forms-submissions", scopes="forms.readonly", tokens=LOCATION,
         query=models.FormSubmissionsQuery, response=models.FormsSubmissionsSuccessfulResponse,
         summary="List a location's form submissions")
def get_forms_submissions(call: Call) -> dict:
    q = call.query
    return list_submissions(call.tenant, FORMS, item_id=q.formId, q=q.q, start_at=q.startAt, end_at=q.endAt,
                            page=int(q.page), limit=int(q.limit))


@api.post("/forms/upload-custom-files", "upload-to-custom-fields", scopes="forms.write", tokens=LOCATION,
          query=models.UploadToCustomFieldsQuery, body=models.UploadToCustomFieldsBody,
          body_media_types=("multipart/form-data",), accepts_files=True, max_body_bytes=uploads.BODY_LIMIT,
          response=models.UploadedToContactResponse, summary="Upload files to a contact's FILE_UPLOAD custom fields")
def upload_to_custom_fields(call: Call) -> dict:
    """Store the files (served back at the URLs the contact's fields give) and add them to those fields."""
    return uploads.upload(call.tenant, call.query.contactId, call.files)


@api.get("/forms/", "get-forms", scopes="forms.readonly", tokens=LOCATION, query=models.ItemsQuery,
         response=models.FormsSuccessfulResponse, summary="List a location's forms")
def get_forms(call: Call) -> dict:
    return list_items(call.tenant, FORMS, skip=call.query.skip, limit=call.query.limit, type_=call.query.type)
