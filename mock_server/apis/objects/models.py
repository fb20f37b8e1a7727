"""Models of the Objects API (objects.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from mock_server.apis.contacts.search_models import FilterCondition, FilterGroup, Scalar, SortSpec
from mock_server.apis.custom_fields.models import CustomFieldOut
from mock_server.platform.models import BodyModel, QueryModel, ResponseModel

NonEmpty = Annotated[str, StringConstraints(min_length=1)]


# -- queries ---------------------------------------------------------------------------------------------
class SchemaQuery(QueryModel):
    locationId: str
    fetchProperties: str | None = None


class LocationQuery(QueryModel):
    locationId: str


class OptionalLocationQuery(QueryModel):
    locationId: str | None = None  # the file declares none (get/delete record); clients send it (live: n8n #37571)


# -- bodies ----------------------------------------------------------------------------------------------
class Labels(BodyModel):
    singular: NonEmpty
    plural: NonEmpty


class LabelsUpdate(BodyModel):
    singular: NonEmpty | None = None
    plural: NonEmpty | None = None


class DisplayPropertyDetails(BodyModel):
    key: NonEmpty
    name: NonEmpty
    dataType: NonEmpty


class CreateSchemaBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "labels": {"singular": "Pet", "plural": "Pets"}, "key": "custom_objects.contract_pet",
        "description": "Pets", "locationId": "ve9EPM428h8vShlRW1KT",
        "primaryDisplayPropertyDetails": {"key": "custom_objects.contract_pet.name", "name": "Name",
                                          "dataType": "TEXT"}}]})

    labels: Labels
    key: NonEmpty
    description: str | None = None
    locationId: str
    primaryDisplayPropertyDetails: DisplayPropertyDetails


class UpdateSchemaBody(BodyModel):
    labels: LabelsUpdate | None = None
    description: str | None = None
    locationId: str
    searchableProperties: list[str]


class RecordBody(BodyModel):
    """DECISION: the file declares no fields for record bodies; GHL's docs send ``properties`` (by field key),
    ``owner`` and ``followers`` (user ids) and ``locationId``."""

    locationId: str | None = None
    properties: dict[str, Any] | None = None
    owner: list[str] | None = Field(None, max_length=1)
    followers: list[str] | None = None


class SearchRecordsBody(BodyModel):
    locationId: str
    page: int | None = Field(None, ge=1)
    pageLimit: int | None = Field(None, ge=1, le=500)
    query: str | None = None
    searchAfter: list[Scalar] | None = None
    filters: list[FilterCondition | FilterGroup] | None = None
    sort: list[SortSpec] | None = None


# -- answers ---------------------------------------------------------------------------------------------
class LabelsOut(ResponseModel):
    singular: str
    plural: str


class SchemaOut(ResponseModel):
    id: str
    standard: bool
    key: str
    labels: LabelsOut
    description: str | None = None
    locationId: str
    primaryDisplayProperty: str
    searchableProperties: list[str] | None = None
    dateAdded: str
    dateUpdated: str
    type: str | None = None


class SchemaByKeyResponse(ResponseModel):
    object: SchemaOut
    cache: bool
    fields: list[CustomFieldOut] | None = None


class SchemaResponse(ResponseModel):
    object: SchemaOut


class SchemasResponse(ResponseModel):
    objects: list[SchemaOut]


class WrittenByOut(ResponseModel):
    channel: str
    createdAt: str
    source: str
    sourceId: str


class RecordOut(ResponseModel):
    id: str
    owner: list[str]
    followers: list[str]
    properties: dict[str, Any]
    dateAdded: str
    dateUpdated: str
    createdAt: str
    updatedAt: str
    locationId: str
    objectId: str
    objectKey: str
    createdBy: WrittenByOut
    lastUpdatedBy: WrittenByOut


class RecordResponse(ResponseModel):
    record: RecordOut


class SearchRecordOut(RecordOut):
    searchAfter: list[Any]


class SearchRecordsResponse(ResponseModel):
    records: list[SearchRecordOut]
    total: int


class DeleteRecordResponse(ResponseModel):
    id: str
    success: bool
