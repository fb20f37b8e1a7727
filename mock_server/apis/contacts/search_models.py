"""Request and response models of the contact searches and listings.

The official SearchBodyV2DTO declares no properties and the 200 has no schema; these follow GHL's
public documentation of the search (see ``search.py`` and docs/contacts-search.md).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.apis.contacts.models import ContactOut
from mock_server.platform.models import (
    BodyModel,
    NumberString,
    Paging,
    QueryModel,
    ResponseModel,
)

Scalar = str | int | float | bool | None
MAX_EPOCH_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z


# The filter grammar (conditions, AND/OR groups, sort) is shared by the contact search and the opportunity
# advanced search (opportunities/search.py); each names its own fields.
class FilterCondition(BodyModel):
    field: str = Field(description="A field of the searched records: for contacts firstNameLowerCase, email, "
                                   "tags, dateAdded, ... or customFields.{id}; for opportunities pipeline_id, "
                                   "status, assigned_to, ... (docs/contacts-search.md)")
    operator: str = Field(description="eq, not_eq, contains, not_contains, exists, not_exists or range")
    value: Any = Field(None, description="Omitted for exists / not_exists; {gt, gte, lt, lte} for range")


class FilterGroup(BodyModel):
    group: Literal["AND", "OR"]
    filters: list[FilterCondition | FilterGroup]


class SortSpec(BodyModel):
    field: str
    direction: Literal["asc", "desc"] = "asc"


class SearchBody(BodyModel):
    locationId: str
    pageLimit: Annotated[Paging, Field(ge=1, le=500)]
    page: Annotated[Paging, Field(ge=1)] | None = None
    searchAfter: list[Scalar] | None = Field(None, description="The searchAfter of the previous page's last contact")
    filters: list[FilterCondition | FilterGroup] | None = None
    sort: list[SortSpec] | None = None
    query: str | None = None


class SearchContactOut(ContactOut):
    searchAfter: list[Any]


class SearchResponse(ResponseModel):
    contacts: list[SearchContactOut]
    total: int
    searchAfter: list[Any] | None = None


class DuplicateQuery(QueryModel):
    locationId: str
    number: str | None = None
    email: str | None = None


class DuplicateResponse(ResponseModel):
    contact: ContactOut | None


class ListContactsQuery(QueryModel):
    locationId: str
    startAfterId: str | None = None
    startAfter: int | None = Field(None, ge=0, le=MAX_EPOCH_MS, description="dateAdded of the last contact seen, "
                                                                          "in epoch ms")
    query: str | None = None
    limit: Annotated[Paging, Field(ge=1, le=100)] = 20


class ListMeta(ResponseModel):
    total: int
    currentPage: int | None = None
    nextPage: int | None = None
    prevPage: int | None = None
    startAfterId: str | None = None
    startAfter: int | None = None
    nextPageUrl: str | None = None


class ListContactsResponse(ResponseModel):
    contacts: list[ContactOut]
    count: int
    meta: ListMeta


class BusinessContactsQuery(QueryModel):
    locationId: str
    limit: NumberString = "25"
    skip: NumberString = "0"
    query: str | None = None


class BusinessContactsResponse(ResponseModel):
    contacts: list[ContactOut]
    count: int
