"""Models of the Surveys API (surveys.json), GHL field names verbatim."""

from __future__ import annotations

from mock_server.apis.forms.models import ItemsQuery as ItemsQuery

# The submission's event data, page, session ids and paging are the forms' shapes: surveys are answered alike.
from mock_server.apis.forms.models import MetaSchemaOut, OthersSchemaOut, SubmissionsQuery
from mock_server.platform.models import ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class SurveySubmissionsQuery(SubmissionsQuery):
    """The forms' submissions query (the same filters and limits), by ``surveyId``."""

    surveyId: str | None = None


# -- answers ---------------------------------------------------------------------------------------------
class SubmissionSchemaOut(ResponseModel):
    id: str | None = None
    contactId: str | None = None
    createdAt: str | None = None
    surveyId: str | None = None
    name: str | None = None
    email: str | None = None
    others: OthersSchemaOut | None = None


class GetSurveysSubmissionSuccessfulResponse(ResponseModel):
    submissions: list[SubmissionSchemaOut] | None = None
    meta: MetaSchemaOut | None = None


class GetSurveysSchemaOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    locationId: str | None = None


class GetSurveysSuccessfulResponse(ResponseModel):
    surveys: list[GetSurveysSchemaOut] | None = None
    total: float | None = None
