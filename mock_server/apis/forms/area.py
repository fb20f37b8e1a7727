"""The Forms area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.files.tables import STORED_FILES
from mock_server.apis.forms import items, routes, seeds, submissions, tables
from mock_server.apis.forms.kind import FORM_NOT_FOUND
from mock_server.platform.area import Area, ContractSeed, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "forms",
    serves=("Forms (seeded): listings, visitor submissions that create or update the contact (filters, date "
            "range, paging), file uploads to a contact's FILE_UPLOAD fields (served back at their URLs)"),
    apis=(routes.api,),
    tables=(Table(tables.FORMS, indexes=("type",), not_found=BadRequest(FORM_NOT_FOUND)),
            Table(tables.FORM_SUBMISSIONS, indexes=("formId", "contactId"))),
    seeds=(Seed("POST", "/locations/{locationId}/forms", seeds.seed_form, body=items.ItemSeed,
                doc='`{"name"}` (`"type": "folder"`, `parentId` optional): seed a form, which GHL\'s API only lists'),
           Seed("POST", "/locations/{locationId}/forms/{formId}/submissions", seeds.seed_submission,
                body=submissions.SubmissionSeed,
                doc='`{"answers": {"first_name", "email", "phone", <custom field id or key>...}}` (`eventData`, '
                    "`createdAt` optional): submit the form as a visitor; it creates or updates the contact")),
    # DECISION: a contact's submissions go with it (nothing of a deleted contact stays readable, as the
    # contacts area decides for the rest of it); so do the files uploaded to its fields (a cascade of the files
    # area, which keeps them).
    cascades=(delete_children(CONTACTS, tables.FORM_SUBMISSIONS, "contactId"),
              delete_children(CONTACTS, STORED_FILES, "ownerId", "deleting a contact deletes the files uploaded to its "
                              "custom fields (POST /forms/upload-custom-files)")),
    contract_seeds=(ContractSeed("/locations/{locationId}/forms", {"name": "Contract form"}, {"formId": "id"}),),
    factories="mock_server.apis.forms.factories:FormFactories",
    demo="mock_server.apis.forms.demo:load",
    upstream_allowlist="mock_server.apis.forms.upstream",
)
