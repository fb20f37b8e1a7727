"""Request and response models of the Locations API (locations.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal

from mock_server.apis.common import CountryCode, Timezone
from mock_server.platform.models import (
    BodyModel,
    NumberString,
    QueryModel,
    ResponseModel,
)


class LocationSettings(BodyModel):
    allowDuplicateContact: bool | None = None
    allowDuplicateOpportunity: bool | None = None
    allowFacebookNameMerge: bool | None = None
    disableContactTimezone: bool | None = None


class Social(BodyModel):
    facebookUrl: str | None = None
    googlePlus: str | None = None
    linkedIn: str | None = None
    foursquare: str | None = None
    twitter: str | None = None
    yelp: str | None = None
    instagram: str | None = None
    youtube: str | None = None
    pinterest: str | None = None
    blogRss: str | None = None
    googlePlacesId: str | None = None


class ProspectInfo(BodyModel):
    firstName: str
    lastName: str
    email: str


class Twilio(BodyModel):
    sid: str
    authToken: str


class Mailgun(BodyModel):
    apiKey: str
    domain: str


class LocationDetails(BodyModel):
    """What creating and updating a location both take (name and companyId apart)."""

    phone: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    country: CountryCode | None = None
    postalCode: str | None = None
    website: str | None = None
    timezone: Timezone | None = None
    prospectInfo: ProspectInfo | None = None
    settings: LocationSettings | None = None
    social: Social | None = None
    twilio: Twilio | None = None
    mailgun: Mailgun | None = None


class CreateLocationBody(LocationDetails):
    name: str
    companyId: str
    snapshotId: str | None = None


class SearchLocationsQuery(QueryModel):
    companyId: str | None = None
    skip: NumberString = "0"
    limit: NumberString = "10"
    order: Literal["asc", "desc"] = "asc"
    email: str | None = None


class CustomFieldsQuery(QueryModel):
    model: Literal["contact", "opportunity", "all"] | None = None


# -- responses --------------------------------------------------------------------------------
class LocationSettingsOut(ResponseModel):
    allowDuplicateContact: bool | None = None
    allowDuplicateOpportunity: bool | None = None
    allowFacebookNameMerge: bool | None = None
    disableContactTimezone: bool | None = None


class Business(ResponseModel):
    name: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    postalCode: str | None = None
    website: str | None = None
    timezone: str | None = None
    logoUrl: str | None = None


class LocationOut(ResponseModel):
    id: str
    companyId: str | None = None
    name: str | None = None
    domain: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    logoUrl: str | None = None
    country: str | None = None
    postalCode: str | None = None
    website: str | None = None
    timezone: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    email: str | None = None
    phone: str | None = None
    business: Business | None = None
    social: dict[str, str | None] | None = None
    settings: LocationSettingsOut | None = None


class LocationResponse(ResponseModel):
    location: LocationOut


class SearchLocationsResponse(ResponseModel):
    locations: list[LocationOut]


class CustomFieldOut(ResponseModel):
    id: str
    name: str | None = None
    fieldKey: str | None = None
    placeholder: str | None = None
    dataType: str | None = None
    position: float | None = None
    picklistOptions: list[str] | None = None
    picklistImageOptions: list[str] | None = None
    isAllowedCustomOption: bool | None = None
    isMultiFileAllowed: bool | None = None
    maxFileLimit: float | None = None
    locationId: str | None = None
    model: Literal["contact", "opportunity"] | None = None


class CustomFieldsResponse(ResponseModel):
    customFields: list[CustomFieldOut]
