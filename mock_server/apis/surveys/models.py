"""Models of the Surveys API (surveys.json), GHL field names verbatim."""

from __future__ import annotations

from pydantic import Field

from mock_server.apis.forms.models import ItemsQuery as ItemsQuery
from mock_server.apis.forms.models import SubmissionsQuery
from mock_server.platform.models import ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class SurveySubmissionsQuery(SubmissionsQuery):
    """The forms' submissions query (the same filters and limits), by ``surveyId``."""

    surveyId: str | None = None


# -- answers ---------------------------------------------------------------------------------------------
class PageDetailsSchemaOut(ResponseModel):
    url: str | None = None
    title: str | None = None


class ContactSessionIdsOut(ResponseModel):
    ids: list[str] | None = None


class EventDataSchemaOut(ResponseModel):
    fbc: str | None = None
    fbp: str | None = None
    page: PageDetailsSchemaOut | None = None
    type: str | None = None
    domain: str | None = None
    medium: str | None = None
    source: str | None = None
    version: str | None = None
    adSource: str | None = None
    mediumId: str | None = None
    parentId: str | None = None
    referrer: str | None = None
    fbEventId: str | None = None
    timestamp: float | None = None
    parentName: str | None = None
    fingerprint: str | None = None
    pageVisitType: str | None = None
    contactSessionIds: ContactSessionIdsOut | None = None


class OthersSchemaOut(ResponseModel):
    submissions_other_field___: str | None = Field(None, alias="__submissions_other_field__")
    custom_field_id___: str | None = Field(None, alias="__custom_field_id__")
    eventData: EventDataSchemaOut | None = None
    fieldsOriSequance: list[str] | None = None


class SubmissionSchemaOut(ResponseModel):
    id: str | None = None
    contactId: str | None = None
    createdAt: str | None = None
    surveyId: str | None = None
    name: str | None = None
    email: str | None = None
    others: OthersSchemaOut | None = None


class MetaSchemaOut(ResponseModel):
    total: float | None = None
    currentPage: float | None = None
    nextPage: float | None = None
    prevPage: float | None = None


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
