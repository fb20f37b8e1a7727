"""The Surveys area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.forms import items, submissions
from mock_server.apis.surveys import routes, seeds, tables
from mock_server.apis.surveys.kind import SURVEY_NOT_FOUND
from mock_server.platform.area import Area, ContractSeed, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "surveys",
    serves="Surveys (seeded): listings, visitor submissions as the forms take them",
    apis=(routes.api,),
    tables=(Table(tables.SURVEYS, indexes=("type",), not_found=BadRequest(SURVEY_NOT_FOUND)),
            Table(tables.SURVEY_SUBMISSIONS, indexes=("surveyId", "contactId"))),
    seeds=(Seed("POST", "/locations/{locationId}/surveys", seeds.seed_survey, body=items.ItemSeed,
                doc='`{"name"}` (`"type": "folder"`, `parentId` optional): seed a survey, which GHL\'s API only '
                    "lists"),
           Seed("POST", "/locations/{locationId}/surveys/{surveyId}/submissions", seeds.seed_submission,
                body=submissions.SubmissionSeed,
                doc='`{"answers": {...}}` as for forms: submit the survey as a visitor; it creates or updates '
                    "the contact")),
    # DECISION: as the forms' submissions, a contact's survey submissions go with it.
    cascades=(delete_children(CONTACTS, tables.SURVEY_SUBMISSIONS, "contactId"),),
    contract_seeds=(ContractSeed("/locations/{locationId}/surveys", {"name": "Contract survey"},
                                 {"surveyId": "id"}),),
    factories="mock_server.apis.surveys.factories:SurveyFactories",
    demo="mock_server.apis.surveys.demo:load",
)
