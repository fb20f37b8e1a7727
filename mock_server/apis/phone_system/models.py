"""Models of the Phone Numbers API (phone-system.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class NumberPoolsQuery(QueryModel):
    locationId: str | None = None


class AvailableNumbersQuery(QueryModel):
    countryCode: str
    numberTypes: str | None = None
    firstPart: str | None = None
    lastPart: str | None = None
    anywhere: str | None = None
    smsEnabled: bool | None = None
    mmsEnabled: bool | None = None
    voiceEnabled: bool | None = None


class ActiveNumbersQuery(QueryModel):
    pageSize: Annotated[PagingNumber, Field(ge=1, le=1000)] = 1000
    page: PagingNumber = 0
    searchFilter: str | None = None
    skipNumberPool: bool = True
    includeRcsSenderIds: bool | None = None  # v3's: the mock has no RCS sender ids, so it changes nothing


# -- bodies ----------------------------------------------------------------------------------------------
class PurchasePhoneNumberBody(BodyModel):
    phoneNumber: str
    countryCode: str | None = None
    numberType: Literal["local", "tollFree", "mobile"] | None = None
    addressSid: str | None = None
    bundleSid: str | None = None
    locality: str | None = None
    region: str | None = None
    fingerprintId: str | None = None
    skipLocationKYC: bool | None = None
    # v3's card payment of the number: the mock charges nothing, so they change nothing.
    paymentIntentId: str | None = None
    stripeAccountId: str | None = None
    paymentMethodId: str | None = None


# -- answers ---------------------------------------------------------------------------------------------
class NumberPoolNumbersOut(ResponseModel):
    phoneNumber: str | None = None
    friendlyName: str | None = None


class NumberPoolInboundCallServiceOut(ResponseModel):
    type: str | None = None
    value: str | None = None


class NumberPoolOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    locationId: str | None = None
    numbers: list[NumberPoolNumbersOut] | None = None
    forwardingNumber: str | None = None
    whisper: bool | None = None
    whisperMessage: str | None = None
    callRecording: bool | None = None
    isActive: bool | None = None
    inboundCallService: NumberPoolInboundCallServiceOut | None = None


class GetNumberPoolListResponse(ResponseModel):
    success: bool | None = None
    data: list[NumberPoolOut] | None = None
    total: float | None = None


class AvailablePhoneNumberCapabilitiesOut(ResponseModel):
    MMS: bool | None = None
    SMS: bool | None = None
    voice: bool | None = None


class AvailablePhoneNumberPriceOut(ResponseModel):
    number_type: str | None = None
    price: float | None = None
    price_unit: str | None = None


class AvailablePhoneNumberOut(ResponseModel):
    phoneNumber: str
    friendlyName: str
    isoCountry: str
    lata: str | None = None
    locality: str | None = None
    rateCenter: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    region: str | None = None
    postalCode: str | None = None
    addressRequirements: Literal["none", "any", "local", "foreign"]
    beta: bool
    capabilities: AvailablePhoneNumberCapabilitiesOut
    price: AvailablePhoneNumberPriceOut | None = None


class AvailableNumbersResponse(ResponseModel):
    fingerprintId: str
    numbers: list[AvailablePhoneNumberOut]


class TwilioAccountResponse(ResponseModel):
    id: str
    account_sid: str
    under_ghl_account: bool
    validate_sms: bool
    location_id: str
    migration_status: str | None = None
    migration_numbers: list[str] | None = None
    assigned_to_numbers: dict[str, str] | None = None
    numbers: dict[str, str]
    number_name: dict[str, str] | None = None
    new_account_sid: str | None = None


class DetailedPhoneNumberCapabilitiesOut(ResponseModel):
    voice: bool | None = None
    sms: bool | None = None
    mms: bool | None = None
    fax: bool | None = None


class DetailedPhoneNumberInboundCallServiceOut(ResponseModel):
    type: Literal["voice_ai", "ivr", "forward"] | None = None
    value: str | None = None


class DetailedPhoneNumberOut(ResponseModel):
    phoneNumber: str
    friendlyName: str | None = None
    sid: str
    countryCode: str
    capabilities: DetailedPhoneNumberCapabilitiesOut
    type: Literal["local", "toll-free", "mobile", "national"]
    isDefaultNumber: bool
    linkedUser: str | None = None
    linkedRingAllUsers: list[str]
    inboundCallService: DetailedPhoneNumberInboundCallServiceOut | None = None
    forwardingNumber: str | None = None
    isGroupConversationEnabled: bool
    addressSid: str | None = None
    bundleSid: str | None = None
    dateAdded: str | None = None
    dateUpdated: str | None = None
    origin: Literal["twilio", "hosted", "ported"] | None = None


class ActiveNumbersResponse(ResponseModel):
    numbers: list[DetailedPhoneNumberOut]
    isUnderGhl: bool
    pageSize: float
    page: float
    accountStatus: Literal["active", "suspended", "closed"]
