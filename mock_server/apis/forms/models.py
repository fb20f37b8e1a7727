"""Models of the Forms API (forms.json), GHL field names verbatim."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from mock_server.platform.models import FormModel, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
def _day(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("ghl", "{field} must be a date in the format YYYY-MM-DD") from None
    if len(value) != 10:
        raise PydanticCustomError("ghl", "{field} must be a date in the format YYYY-MM-DD")
    return value


Day = Annotated[str, AfterValidator(_day)]


class SubmissionsQuery(QueryModel):
    """``GET /forms/submissions`` (``GET /surveys/submissions`` adds ``surveyId``): the limit GHL documents."""

    locationId: str
    page: Annotated[PagingNumber, Field(ge=1)] = 1
    limit: Annotated[PagingNumber, Field(ge=1, le=100)] = 20
    q: str | None = None
    startAt: Day | None = None
    endAt: Day | None = None


class FormSubmissionsQuery(SubmissionsQuery):
    formId: str | None = None


class UploadToCustomFieldsQuery(QueryModel):
    contactId: str
    locationId: str


class ItemsQuery(QueryModel):
    """``GET /forms/`` and ``GET /surveys/``: at most 50 a page, as GHL documents."""

    locationId: str
    skip: PagingNumber | None = None
    limit: Annotated[PagingNumber, Field(ge=1, le=50)] = 10
    type: str | None = None


# -- form bodies -----------------------------------------------------------------------------------------
class UploadToCustomFieldsBody(FormModel):
    """No text fields: the files arrive as ``call.files``, each part named ``<customFieldId>_<fileId>``."""


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


class FormsSubmissionsSubmissionsSchemaOut(ResponseModel):
    id: str | None = None
    contactId: str | None = None
    createdAt: str | None = None
    formId: str | None = None
    name: str | None = None
    email: str | None = None
    others: OthersSchemaOut | None = None


class MetaSchemaOut(ResponseModel):
    total: float | None = None
    currentPage: float | None = None
    nextPage: float | None = None
    prevPage: float | None = None


class FormsSubmissionsSuccessfulResponse(ResponseModel):
    submissions: list[FormsSubmissionsSubmissionsSchemaOut] | None = None
    meta: MetaSchemaOut | None = None


class FormsParamsOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    locationId: str | None = None


class FormsSuccessfulResponse(ResponseModel):
    forms: list[FormsParamsOut] | None = None
    total: float | None = None


class UploadedToContactResponse(ResponseModel):
    """The updated contact (forms.json declares no schema): ``{"contact": {...}}``."""

    contact: dict[str, Any]
