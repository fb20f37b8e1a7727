"""Contact request and response models (contacts.json), GHL field names verbatim.

The v3 DTOs (what the official Python SDK sends) spell a few things differently; both spellings are
accepted: ``dndSettings`` channels (``Call`` / ``call`` ...) and custom-field values
(``field_value`` / ``fieldValue``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from mock_server.apis.common import CountryCode, Timezone
from mock_server.platform.models import BodyModel, ResponseModel

# The birth-date formats contacts.json lists for dateOfBirth.
DATE_OF_BIRTH_FORMATS = ("%Y/%m/%d", "%m/%d/%Y", "%Y-%m-%d", "%m-%d-%Y", "%Y.%m.%d", "%m.%d.%Y", "%Y_%m_%d",
                         "%m_%d_%Y")


def _email(value: str) -> str:
    # Syntax only, like class-validator's @IsEmail: no DNS, and the reserved `.test` domain that test suites
    # use is accepted (email-validator refuses it by default; validator.js does not).
    try:
        validate_email(value, check_deliverability=False, test_environment=True)
    except EmailNotValidError:
        raise PydanticCustomError("ghl", "{field} must be an email") from None  # class-validator's @IsEmail
    return value


def _date_of_birth(value: str) -> str:
    """GHL stores a birth date as midnight UTC: ``1990-09-25T00:00:00.000Z``."""
    text = value.strip()
    for pattern in DATE_OF_BIRTH_FORMATS:
        try:
            return datetime.strptime(text[:10], pattern).strftime("%Y-%m-%dT00:00:00.000Z")
        except ValueError:
            continue
    # DECISION: GHL's text for an unreadable birth date is not known.
    raise PydanticCustomError("ghl", "{field} must be a date in one of the formats YYYY-MM-DD, MM/DD/YYYY, "
                                     "YYYY/MM/DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY")


Email = Annotated[str, AfterValidator(_email)]
DateOfBirth = Annotated[str, AfterValidator(_date_of_birth)]


class DndSetting(BodyModel):
    status: Literal["active", "inactive", "permanent"]
    message: str | None = None
    code: str | None = None


class DndSettings(BodyModel):
    """Per-channel DND. v2 spells the channels ``Call, Email, SMS, WhatsApp, GMB, FB``; v3 ``call, email ...``."""

    Call: DndSetting | None = None
    Email: DndSetting | None = None
    SMS: DndSetting | None = None
    WhatsApp: DndSetting | None = None
    GMB: DndSetting | None = None
    FB: DndSetting | None = None
    call: DndSetting | None = None
    email: DndSetting | None = None
    sms: DndSetting | None = None
    whatsApp: DndSetting | None = None
    gmb: DndSetting | None = None
    fb: DndSetting | None = None


class InboundDndSetting(BodyModel):
    status: Literal["active", "inactive"]
    message: str | None = None


class InboundDndSettings(BodyModel):
    all: InboundDndSetting | None = None


class CustomFieldValue(BodyModel):
    """One custom-field value: the field by ``id`` (or ``key``), the value in ``field_value``.

    DECISION: ``fieldValue`` (v3) and ``value`` (what GHL answers with, and many clients send back)
    are accepted as well; the first one given wins, in that order.
    """

    id: str | None = None
    key: str | None = None
    field_value: Any = None
    fieldValue: Any = None
    value: Any = None


class _ContactFields(BodyModel):
    firstName: str | None = None
    lastName: str | None = None
    name: str | None = None
    email: Email | None = None
    phone: str | None = None
    address1: str | None = None
    city: str | None = None
    state: str | None = None
    postalCode: str | None = None
    website: str | None = None
    timezone: Timezone | None = None
    dnd: bool | None = None
    dndSettings: DndSettings | None = None
    inboundDndSettings: InboundDndSettings | None = None
    tags: list[str] | None = None
    customFields: list[CustomFieldValue] | None = None
    source: str | None = None
    dateOfBirth: DateOfBirth | None = Field(None, description="YYYY-MM-DD, MM/DD/YYYY, YYYY/MM/DD, MM-DD-YYYY, ...")
    country: CountryCode | None = None
    assignedTo: str | None = Field(None, description="User's Id")


class CreateContactBody(_ContactFields):
    locationId: str
    gender: str | None = None
    companyName: str | None = None


class UpdateContactBody(_ContactFields):
    pass


class UpsertContactBody(CreateContactBody):
    createNewIfDuplicateAllowed: bool = False


# -- responses --------------------------------------------------------------------------------
class DndSettingOut(ResponseModel):
    status: str
    message: str | None = None
    code: str | None = None


class CustomFieldValueOut(ResponseModel):
    id: str
    value: Any = None


class ContactOut(ResponseModel):
    """A contact as GHL answers it: unset fields are left out rather than sent as null."""

    id: str
    locationId: str
    name: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    firstNameLowerCase: str | None = None
    lastNameLowerCase: str | None = None
    fullNameLowerCase: str | None = None
    email: str | None = None
    emailLowerCase: str | None = None
    phone: str | None = None
    companyName: str | None = None
    gender: str | None = None
    address1: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    postalCode: str | None = None
    website: str | None = None
    timezone: str | None = None
    dnd: bool | None = None
    dndSettings: dict[str, DndSettingOut] | None = None
    inboundDndSettings: dict[str, Any] | None = None
    type: str | None = None
    source: str | None = None
    assignedTo: str | None = None
    tags: list[str] | None = None
    customFields: list[CustomFieldValueOut] | None = None
    dateOfBirth: str | None = None
    birthMonth: int | None = None
    birthDay: int | None = None
    businessId: str | None = None
    followers: list[str] | None = None
    deleted: bool | None = None
    dateAdded: str | None = None
    dateUpdated: str | None = None


class ContactResponse(ResponseModel):
    contact: ContactOut


class UpdateContactResponse(ResponseModel):
    succeded: bool
    contact: ContactOut


class UpsertContactResponse(ResponseModel):
    new: bool
    contact: ContactOut


class SucceededResponse(ResponseModel):
    """GHL's ``{"succeded": true}`` (sic); the v3 DTOs add the correct spelling ``succeeded``."""

    succeded: bool
    succeeded: bool | None = None
