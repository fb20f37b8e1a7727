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
    # Not in the official DTO, accepted live (GoHighLevel/highlevel-api-docs#300, confirmed by GHL there):
    # the key (short, or prefixed with the model), the folder, and a description.
    fieldKey: NonEmpty | None = Field(None, description="The field's key: `my_field` or `contact.my_field`; made "
                                      "from the name when left out.")
    parentId: NonEmpty | None = Field(None, description="The folder (custom-fields API) the field goes into; "
                                      "the model's default folder when left out.")
    description: str | None = None


class UpdateCustomFieldBody(_FieldSettings):
    name: NonEmpty


class CustomFieldDefinitionOut(CustomFieldOut):
    parentId: str | None = None
    description: str | None = None
    acceptedFormat: list[str] | None = None
    textBoxListOptions: list[dict[str, str | None]] | None = None
    dateAdded: str | None = None


class CustomFieldResponse(ResponseModel):
    customField: CustomFieldDefinitionOut


class CustomFieldDeleteResponse(ResponseModel):
    succeded: bool
