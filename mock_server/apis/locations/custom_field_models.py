"""Request and response models of the location custom-field definition operations (locations.json)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from mock_server.apis.locations.models import CustomFieldOut
from mock_server.platform.models import BodyModel, ResponseModel

NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class TextBoxListOption(BodyModel):
    label: str | None = None
    prefillValue: str | None = None


class _FieldSettings(BodyModel):
    placeholder: str | None = None
    acceptedFormat: list[str] | None = None
    isMultipleFile: bool | None = None
    maxNumberOfFiles: float | None = Field(None, ge=0)
    textBoxListOptions: list[TextBoxListOption] | None = None
    position: float | None = None
    model: Literal["contact", "opportunity"] | None = None
    # DECISION: the official DTOs declare no way to give the choices of an option field, yet its
    # definition shows them (``picklistOptions``) and contact values are checked against them. We
    # accept ``options`` (a list of strings), as GHL's newer custom-fields API names it.
    options: list[str] | None = Field(None, description="Choices of SINGLE_OPTIONS, MULTIPLE_OPTIONS, "
                                      "RADIO and CHECKBOX fields (shown as picklistOptions).")


class CreateCustomFieldBody(_FieldSettings):
    name: NonEmpty
    dataType: str = Field(description="TEXT, LARGE_TEXT, NUMERICAL, PHONE, MONETORY, CHECKBOX, SINGLE_OPTIONS, "
                                      "MULTIPLE_OPTIONS, DATE, TEXTBOX_LIST, FILE_UPLOAD, RADIO or EMAIL")


class UpdateCustomFieldBody(_FieldSettings):
    name: NonEmpty


class CustomFieldDefinitionOut(CustomFieldOut):
    acceptedFormat: list[str] | None = None
    textBoxListOptions: list[dict[str, str | None]] | None = None
    dateAdded: str | None = None


class CustomFieldResponse(ResponseModel):
    customField: CustomFieldDefinitionOut


class CustomFieldDeleteResponse(ResponseModel):
    succeded: bool
