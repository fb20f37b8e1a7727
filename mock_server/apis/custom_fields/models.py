"""Models of the Custom Fields V2 API (custom-fields.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints

from mock_server.platform.models import BodyModel, QueryModel, ResponseModel

NonEmpty = Annotated[str, StringConstraints(min_length=1)]
AcceptedFormat = Literal[".pdf", ".docx", ".doc", ".jpg", ".jpeg", ".png", ".gif", ".csv", ".xlsx", ".xls", "all"]
DataType = Literal["TEXT", "LARGE_TEXT", "NUMERICAL", "PHONE", "MONETORY", "CHECKBOX", "SINGLE_OPTIONS",
                   "MULTIPLE_OPTIONS", "DATE", "TEXTBOX_LIST", "FILE_UPLOAD", "RADIO", "EMAIL"]
_EXAMPLE = {"locationId": "ve9EPM428h8vShlRW1KT", "name": "Pin code", "dataType": "TEXT", "showInForms": True,
            "objectKey": "contact", "fieldKey": "contact.pin_code_contract"}


# -- queries ---------------------------------------------------------------------------------------------
class LocationQuery(QueryModel):
    locationId: str


# -- bodies ----------------------------------------------------------------------------------------------
class Option(BodyModel):
    key: NonEmpty
    label: NonEmpty
    url: str | None = None


class _FieldSettings(BodyModel):
    locationId: str
    name: NonEmpty | None = None
    description: str | None = None
    placeholder: str | None = None
    showInForms: bool
    options: list[Option] | None = None
    acceptedFormats: AcceptedFormat | None = None
    maxFileLimit: float | None = Field(None, ge=0)


class UpdateCustomFieldsBody(_FieldSettings):
    pass


class CreateCustomFieldsBody(_FieldSettings):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    dataType: DataType
    fieldKey: NonEmpty
    objectKey: NonEmpty
    allowCustomOption: bool | None = None
    # DECISION: the file requires ``parentId``; fields made without a folder (all the location API's) live in
    # their object's default folder, so a missing or empty one means that folder here too.
    parentId: str | None = None


class CreateFolderBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "objectKey": "contact", "name": "Contract folder", "locationId": "ve9EPM428h8vShlRW1KT"}]})

    objectKey: NonEmpty
    name: NonEmpty
    locationId: str


class UpdateFolderBody(BodyModel):
    name: NonEmpty
    locationId: str


# -- answers ---------------------------------------------------------------------------------------------
class OptionOut(ResponseModel):
    key: str
    label: str
    url: str | None = None


class CustomFieldOut(ResponseModel):
    locationId: str
    name: str | None = None
    description: str | None = None
    placeholder: str | None = None
    showInForms: bool
    options: list[OptionOut] | None = None
    acceptedFormats: AcceptedFormat | None = None
    id: str
    objectKey: str
    dataType: DataType
    parentId: str
    fieldKey: str
    allowCustomOption: bool | None = None
    maxFileLimit: float | None = None
    position: float | None = None
    documentType: str | None = None
    dateAdded: str
    dateUpdated: str


class FolderOut(ResponseModel):
    id: str
    objectKey: str
    locationId: str
    name: str
    documentType: str | None = None
    dateAdded: str | None = None
    dateUpdated: str | None = None


class CustomFieldResponse(ResponseModel):
    field: CustomFieldOut | FolderOut


class CustomFieldsResponse(ResponseModel):
    fields: list[CustomFieldOut]
    folders: list[FolderOut]


class FolderResponse(ResponseModel):
    id: str
    objectKey: str
    locationId: str
    name: str


class DeleteResponse(ResponseModel):
    succeded: bool
    id: str
    key: str
