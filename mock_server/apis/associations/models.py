"""Models of the Associations API (associations.json), GHL field names verbatim.

The official file answers every operation with one association (``GetPostSuccessfulResponseDto``), even
the lists and the relation operations: the mock answers lists and relations in their own shapes
(``upstream.py`` says why for each).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints

from mock_server.apis.common import RECORD_MARK
from mock_server.platform.models import BodyModel, Paging, QueryModel, ResponseModel

NonEmpty = Annotated[str, StringConstraints(min_length=1)]
Skip = Paging
Limit = Annotated[Paging, Field(ge=1)]


# -- queries -----------------------------------------------------------------------------------------
class PagedQuery(QueryModel):
    """``skip`` and ``limit`` are required numbers (the official file)."""

    locationId: str
    skip: Skip
    limit: Limit


class RelationsQuery(PagedQuery):
    associationIds: list[str] | None = None


class LocationQuery(QueryModel):
    locationId: str


class OptionalLocationQuery(QueryModel):
    locationId: str | None = None  # declared optional by the official file; the token names the location


# -- bodies ------------------------------------------------------------------------------------------
class CreateAssociationBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "locationId": "ve9EPM428h8vShlRW1KT", "key": "employer_employee", "firstObjectKey": "business",
        "firstObjectLabel": "Employer", "secondObjectKey": "contact", "secondObjectLabel": "Employee"}]})

    locationId: str
    key: NonEmpty
    firstObjectLabel: NonEmpty
    firstObjectKey: NonEmpty
    secondObjectLabel: NonEmpty
    secondObjectKey: NonEmpty


class UpdateAssociationBody(BodyModel):
    firstObjectLabel: NonEmpty
    secondObjectLabel: NonEmpty


class CreateRelationBody(BodyModel):
    # The record ids' kinds depend on the association; for the contract kit, those of the first association
    # listed (BUSINESSES_CONTACTS_ASSOCIATION) and of the one CreateAssociationBody's example makes: a business
    # and a contact.
    locationId: str
    associationId: NonEmpty
    firstRecordId: NonEmpty = Field(json_schema_extra={RECORD_MARK: "businessId"})
    secondRecordId: NonEmpty = Field(json_schema_extra={RECORD_MARK: "contactId"})


# -- answers -----------------------------------------------------------------------------------------
class AssociationOut(ResponseModel):
    locationId: str
    id: str
    key: str
    firstObjectLabel: str
    firstObjectKey: str
    secondObjectLabel: str
    secondObjectKey: str
    associationType: str  # USER_DEFINED or SYSTEM_DEFINED


class AssociationsResponse(ResponseModel):
    associations: list[AssociationOut]
    total: int


class ObjectKeyAssociationsResponse(ResponseModel):
    associations: list[AssociationOut]


class DeleteAssociationResponse(ResponseModel):
    deleted: bool
    id: str
    message: str


class RelationOut(ResponseModel):
    id: str
    locationId: str
    associationId: str
    firstObjectKey: str
    firstRecordId: str
    secondObjectKey: str
    secondRecordId: str


class RelationsResponse(ResponseModel):
    relations: list[RelationOut]
    total: int
