"""Models of GHL's Facebook campaigns, ad sets, ads, custom audiences and reporting (ad-manager.json), GHL
field names verbatim.

ad-manager.json and v3/ad-publishing-v3.json spell some fields differently (v2 ``geo_locations``, ``age_min``, one
special ad category; v3 ``geoLocations``, ``ageMin``, a list). DECISION: both spellings are accepted, as real
clients of either Version send them, and stored (and answered) in v3's, which GHL's answers use.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field

from mock_server.apis.common import SentNumber
from mock_server.platform.models import BodyModel, QueryModel


def _comma_separated(value: Any) -> Any:
    """``fields=impressions,clicks`` (the file's ``explode: false``) as the list it stands for."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [part for item in value for part in item.split(",") if part]
    return value


Source = Literal["AD_MANAGER", "INTEGRATION"]
Objective = Literal["OUTCOME_LEADS", "OUTCOME_TRAFFIC", "OUTCOME_ENGAGEMENT", "OUTCOME_SALES"]
SpecialAdCategory = Literal["EMPLOYMENT", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES", "HOUSING",
                            "ISSUES_ELECTIONS_POLITICS", "ONLINE_GAMBLING_AND_GAMING", "NONE"]
MessagingPlatform = Literal["WHATSAPP", "MESSENGER", "INSTAGRAM_DIRECT"]
# v2 names nine metrics, v3 twelve: the union.
Metric = Literal["impressions", "clicks", "spend", "cpc", "cost_per_conversion", "conversions", "results",
                 "cost_per_result", "cpm", "reach", "frequency", "ctr"]


# -- queries ---------------------------------------------------------------------------------------------
class CampaignQuery(QueryModel):
    locationId: str
    fields: str | None = None
    source: str | None = None


class EntityQuery(QueryModel):
    locationId: str
    type: Source
    next: str | None = None
    fetchAll: str | None = None
    campaignId: str | None = None
    adSetId: str | None = None
    entityType: Literal["CAMPAIGN", "ADSET", "AD"]
    searchId: str | None = None
    selectedAdAccountId: str | None = None


class TargetingQuery(QueryModel):
    type: str
    query: str
    searchType: str | None = None
    locationId: str | None = None  # v3


class CustomAudiencesQuery(QueryModel):
    locationId: str
    type: Literal["lookalike", "custom", "all"]
    source: Literal["ad_manager", "integration"] | None = None
    adAccountId: str


class CustomAudienceQuery(QueryModel):
    locationId: str
    isDraft: bool | None = None  # v3; the mock keeps no drafts of audiences


class ReportingQuery(QueryModel):
    locationId: str
    groupBy: Literal["day", "week", "month"] | None = None  # required by v2 only
    startDate: date
    endDate: date
    type: Source
    fields: Annotated[list[Metric], BeforeValidator(_comma_separated)]


class ReportingListQuery(QueryModel):
    locationId: str
    listType: Literal["ads", "adsets", "campaigns", "none"]
    startDate: date
    endDate: date
    campaignId: str | None = None  # required by v2 always, by v3 for adsets and ads (the domain checks)
    type: Source


class CampaignReportingQuery(QueryModel):
    locationId: str
    startDate: date
    endDate: date


class PublishingProgressQuery(QueryModel):
    locationId: str
    isDraft: bool | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class LocationIdBody(BodyModel):
    locationId: str


class OptionalLocationIdBody(BodyModel):
    locationId: str | None = None


class UpsertCampaignBody(BodyModel):
    id: str | None = None
    locationId: str
    name: str | None = None
    objective: Objective | None = None
    specialAdCategories: SpecialAdCategory | list[SpecialAdCategory] | None = None  # v2 one, v3 a list
    source: str | None = None


class AudienceLocationGeometry(BodyModel):
    location: dict[str, Any]
    location_type: str | None = None  # v2
    locationType: str | None = None  # v3


class AudienceLocation(BodyModel):
    key: str
    name: str
    type: Literal["country", "city", "region", "country_group", "geo_market", "large_geo_area", "medium_geo_area",
                  "small_geo_area", "subcity", "neighborhood", "zip", "address"]
    selectionType: Literal["include", "exclude"]
    radius: SentNumber | None = None
    radiusUnit: Literal["km", "mi"] | None = None
    geometry: AudienceLocationGeometry | None = None


class AudienceLocale(BodyModel):
    name: str
    key: SentNumber


class AudiencePlacements(BodyModel):
    facebook: list[str] | None = None
    instagram: list[str] | None = None
    messenger: list[str] | None = None


class AudienceCustomAudienceItem(BodyModel):
    id: str
    name: str


class AudienceInterest(BodyModel):
    id: str
    name: str
    type: str | None = None


class FacebookAudience(BodyModel):
    geo_locations: list[AudienceLocation] | None = None  # v2 (one of the two spellings is required)
    geoLocations: list[AudienceLocation] | None = None  # v3
    locales: list[AudienceLocale] | None = None
    placements: AudiencePlacements | None = None
    placementType: Literal["auto", "manual"] | None = None
    lookalike: list[AudienceCustomAudienceItem] | None = None
    retargeting: list[AudienceCustomAudienceItem] | None = None
    interests: list[AudienceInterest] | None = None
    age_min: SentNumber | None = None
    age_max: SentNumber | None = None
    ageMin: SentNumber | None = None
    ageMax: SentNumber | None = None
    genders: list[SentNumber] | None = None


class Budget(BodyModel):
    budgetType: Literal["DAILY", "LIFETIME"]
    amount: SentNumber = Field(ge=0)
    scheduleStartDate: str | None = None
    scheduleEndDate: str | None = None


class UpsertAdsetBody(BodyModel):
    id: str | None = None
    locationId: str
    name: str | None = None
    pageId: str | None = None
    instagramActorId: str | None = None
    messagingPlatforms: MessagingPlatform | list[MessagingPlatform] | None = None  # v2 one, v3 a list
    whatsappNumber: str | None = None
    audience: FacebookAudience | None = None
    budget: Budget | None = None
    conversionLocation: str | None = None
    customEventType: str | None = None
    pixelId: str | None = None
    campaignId: str


class Media(BodyModel):
    src: str
    thumbnailUrl: str | None = None
    selectedPoster: SentNumber | None = None
    type: Literal["image", "video"]
    name: str | None = None
    headline: str | None = None
    description: str | None = None
    link: str | None = None


class UpsertAdBody(BodyModel):
    id: str | None = None
    locationId: str
    name: str | None = None
    primaryText: str | None = None
    headline: str | None = None
    description: str | None = None
    imageUrl: str | None = None
    mediaType: Literal["SINGLE", "CAROUSEL"] | None = None
    media: list[Media] | None = None
    multiAdvertiserAds: bool | None = None
    campaignId: str
    adsetId: str
    cta: str | None = None
    conversationFormId: str | None = None
    destinationLink: str | None = None
    destinationFormId: str | None = None


class UpdateAudienceBody(BodyModel):
    locationId: str
    name: str = Field(min_length=1)
    description: str | None = None  # v2 lists it as required without declaring it; v3 takes it, optional


class AudienceMemberBody(BodyModel):
    locationId: str
    contactId: str
    fbAdAccountId: str | None = None


class AudienceBatchBody(BodyModel):
    # A batch needs a CSV or smart lists, which no generic rule fills: the contract kit's body.
    model_config = ConfigDict(**BodyModel.model_config, json_schema_extra={"examples": [
        {"locationId": "loc", "operationType": "ADD", "smartlistIds": ["contract-smart-list"]}]})
    locationId: str
    csvPath: str | None = None
    operationType: Literal["ADD", "REMOVE", "REPLACE"]  # the file says a string; GHL's docs name these three
    smartlistIds: list[str] | None = None
    dynamicAudience: str | None = None


class CustomAudienceSeed(BodyModel):
    """A custom audience as the location's Facebook ad account holds it (made in Meta's or GHL's UI)."""
    name: str = Field(min_length=1)
    description: str = ""
    subtype: Literal["CUSTOM", "ENGAGEMENT", "WEBSITE", "LEAD", "LOOKALIKE"] = "CUSTOM"
    source: Literal["ad_manager", "integration"] = "ad_manager"
    adAccountId: str | None = None
    pixelId: str | None = None
