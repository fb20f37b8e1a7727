"""Models of the Google Ads API (ad-manager.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AliasChoices, BeforeValidator, ConfigDict, Field, StringConstraints

from mock_server.platform.models import BodyModel, QueryModel

# A report or filter day, YYYY-MM-DD (checked as a date by dates.py, in class-validator's words).
Day = Annotated[str, Field(json_schema_extra={"format": "date"})]


def _example(value: str) -> Any:
    """A free-text parameter whose useful values are few (the walk and the docs start from this one)."""
    return Field(json_schema_extra={"examples": [value]})


NonEmpty = Annotated[str, StringConstraints(min_length=1)]


def _either(snake: str, camel: str) -> Any:
    """A field the v2 file spells ``snake`` and the v3 file ``camel``: both are accepted (stored as ``snake``,
    answered in the spelling of the caller's Version, ``views.py``)."""
    return Field(None, validation_alias=AliasChoices(snake, camel))


def _comma_separated(value: Any) -> Any:
    """The file sends this list comma-separated (``explode: false``): ``fields=clicks,ctr``; repeating the
    parameter (``fields=clicks&fields=ctr``, the Node SDK's way) is accepted too."""
    items = value if isinstance(value, list) else [value]
    return [part for item in items for part in (item.split(",") if isinstance(item, str) else [item])]


# -- queries ---------------------------------------------------------------------------------------------
class GoogleGetReportingQuery(QueryModel):
    locationId: str
    groupBy: Literal["date", "week", "month"] | None = None
    startDate: Day
    endDate: Day
    type: Literal["AD_MANAGER", "INTEGRATION"]
    fields: Annotated[list[Literal["impressions", "clicks", "cost_micros", "average_cpc", "conversions", "average_cpm",
                         "cost_per_conversion", "ctr"]], BeforeValidator(_comma_separated), Field(min_length=1)]


class GoogleGetReportingListQuery(QueryModel):
    locationId: str
    listType: str = _example("campaigns")
    startDate: Day
    endDate: Day
    campaignId: str | None = None
    type: Literal["AD_MANAGER", "INTEGRATION"]


class GoogleGetCampaignReportingQuery(QueryModel):
    locationId: str
    startDate: Day
    endDate: Day


class GoogleGetConversionsQuery(QueryModel):
    locationId: str
    type: Literal["AD_MANAGER", "AD_WORDS"] | None = None
    conversionType: str | None = None
    category: str | None = None
    startDate: Day | None = None
    endDate: Day | None = None


class LocationQuery(QueryModel):
    locationId: str
    # v3's: DECISION: the mock keeps no separate drafts (a campaign's draft is its DRAFT status), so it changes
    # nothing.
    isDraft: bool | None = None


class GoogleGetAdAccountsQuery(QueryModel):
    locationId: str
    type: Literal["INTEGRATION", "AD_MANAGER"] | None = None


class GoogleSearchTargetingQuery(QueryModel):
    type: str = _example("LOCATION")
    query: str | None = None
    locationId: str


class GoogleGetAssetsQuery(QueryModel):
    locationId: str
    type: Literal["CALL", "SITELINK", "LEAD_FORM", "IMAGE", "TEXT"]
    id: str | None = None
    advertiserOnly: str | None = None


class GoogleGetEntityQuery(QueryModel):
    locationId: str
    type: Literal["AD_MANAGER", "INTEGRATION"]
    campaignId: str | None = None
    adGroupId: str | None = None
    entityType: Literal["CAMPAIGN", "ADGROUP", "AD"]
    searchId: str | None = None
    startDate: Day | None = None
    endDate: Day | None = None
    selectedAdAccountId: str | None = None


class GoogleGetTargetInterestsQuery(QueryModel):
    locationId: str
    type: Literal["AFFINITY", "IN_MARKET"]
    advertisingChannelType: str = _example("SEARCH")


class GoogleGetSegmentsQuery(QueryModel):
    locationId: str
    type: str | None = None


class GoogleUpsertSegmentQuery(QueryModel):
    locationId: str
    type: Literal["CUSTOM_SEGMENTS", "WEBSITE_VISITOR", "CUSTOMER_MATCH", "LOOKALIKE"]


class GoogleDeleteSegmentQuery(QueryModel):
    locationId: str
    type: Literal["CUSTOM_SEGMENTS", "DATA_SEGMENTS"]


# -- bodies ----------------------------------------------------------------------------------------------
class ConversionValueSettings(BodyModel):
    defaultValue: float
    defaultCurrencyCode: str
    alwaysUseDefaultValue: bool


class UpsertConversionBody(BodyModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [{
        "locationId": "locationId", "name": "Booked call", "type": "WEBPAGE", "category": "BOOK_APPOINTMENT",
        "valueSettings": {"defaultValue": 50, "defaultCurrencyCode": "USD", "alwaysUseDefaultValue": True},
        "countingType": "ONE_PER_CLICK", "attributionModel": "GOOGLE_ADS_LAST_CLICK", "clickThroughWindow": 30}]})

    locationId: str
    conversionId: str | None = None
    name: str
    type: Literal["UPLOAD_CLICKS", "UPLOAD_CALLS", "WEBPAGE", "LEAD_FORM_SUBMIT"]
    category: str
    valueSettings: ConversionValueSettings
    countingType: Literal["ONE_PER_CLICK", "MANY_PER_CLICK"]
    attributionModel: Literal["GOOGLE_SEARCH_ATTRIBUTION_DATA_DRIVEN", "GOOGLE_ADS_LAST_CLICK"]
    clickThroughWindow: float


class CreateGoogleIntegrationBody(BodyModel):
    locationId: str
    adAccountId: str
    mccId: str


class LocationIdBody(BodyModel):
    locationId: str


class KeywordSuggestionBody(BodyModel):
    url: str
    languageCode: str | None = None
    locations: list[str] | None = None
    keywords: list[str] | None = None


class AdScheduleTarget(BodyModel):
    startMinute: Literal["ZERO", "FIFTEEN", "THIRTY", "FORTY_FIVE"]
    endMinute: Literal["ZERO", "FIFTEEN", "THIRTY", "FORTY_FIVE"]
    dayOfWeek: Literal["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
    startHour: float
    endHour: float


class CallAssetPayload(BodyModel):
    phoneNumber: str
    countryCode: str
    callConversionAction: str | None = None
    adScheduleTargets: list[AdScheduleTarget] | None = None
    resourceName: str | None = None


class SitelinkAssetPayload(BodyModel):
    resourceName: str | None = None
    linkText: str
    finalUrls: str
    description1: str | None = None
    description2: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    adScheduleTargets: list[AdScheduleTarget] | None = None


class LeadFormField(BodyModel):
    inputType: str
    singleChoiceAnswers: list[str] | None = None


class CustomQuestionField(BodyModel):
    customQuestionText: str
    singleChoiceAnswers: list[str]


class LeadFormAssetPayload(BodyModel):
    resourceName: str | None = None
    headline: str
    description: str
    businessName: str
    privacyPolicyUrl: str
    fields: list[LeadFormField]
    callToActionType: Literal["LEARN_MORE", "GET_QUOTE", "APPLY_NOW", "SIGN_UP", "CONTACT_US", "SUBSCRIBE", "DOWNLOAD",
                              "BOOK_NOW", "GET_OFFER", "REGISTER", "GET_INFO", "REQUEST_DEMO", "JOIN_NOW",
                              "GET_STARTED", "VISIT_SITE"]
    callToActionDescription: str | None = None
    backgroundImageAsset: str | None = None
    desiredIntent: Literal["LOW_INTENT", "HIGH_INTENT"] | None = None
    customQuestionFields: list[CustomQuestionField] | None = None
    postSubmitHeadline: str | None = None
    postSubmitDescription: str | None = None
    postSubmitCallToActionType: Literal["VISIT_SITE", "DOWNLOAD", "LEARN_MORE", "SHOP_NOW"] | None = None
    finalUrls: str | None = None


class UpsertAssetsBody(BodyModel):
    locationId: str
    type: Literal["CALL", "SITELINK", "LEAD_FORM"]
    payload: CallAssetPayload | SitelinkAssetPayload | LeadFormAssetPayload


class Member(BodyModel):
    memberType: Literal["KEYWORD", "URL", "APP"]
    keyword: str | None = None
    url: str | None = None
    app: str | None = None


class StringRuleItem(BodyModel):
    operator: str
    value: str


class RuleItem(BodyModel):
    name: Literal["url__", "referrer__"]
    stringRuleItem: StringRuleItem


class RuleItemGroup(BodyModel):
    ruleItems: list[RuleItem]


class Rule(BodyModel):
    ruleItemGroups: list[RuleItemGroup]


class RuleOperand(BodyModel):
    lookbackWindowDays: float
    rule: Rule


class FlexibleRuleUserList(BodyModel):
    inclusiveRuleOperator: str | None = None
    inclusiveOperands: list[RuleOperand]
    exclusiveOperands: list[RuleOperand]


class RuleBasedUserList(BodyModel):
    prepopulationStatus: Literal["REQUESTED"] | None = None
    flexibleRuleUserList: FlexibleRuleUserList


class UpsertSegmentBody(BodyModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [{
        "name": "Contract segment", "members": [{"memberType": "KEYWORD", "keyword": "plumber"}]}]})

    name: str
    description: str | None = None
    members: list[Member] | None = None
    status: str | None = None
    type: str | None = None
    id: str | None = None
    membershipStatus: str | None = None
    ruleBasedUserList: RuleBasedUserList | None = None
    membershipLifeSpan: float | None = None
    seedUserListIds: list[str] | None = None
    countryCodes: list[str] | None = None
    expansionLevel: Literal["BALANCED", "BROAD", "NARROW"] | None = None


class CreateOfflineUserListJobBody(BodyModel):
    locationId: str
    smartListIds: list[str] | None = None
    csvPath: str | None = None
    userListId: str | None = None
    isDynamic: bool | None = None


class AudienceSegments(BodyModel):
    customAudiences: list[str] | None = None
    userLists: list[str] | None = None
    userInterests: list[str] | None = None


class AudienceDimension(BodyModel):
    isAgeUnknown: bool | None = None
    ageRanges: list[str] | None = None
    genders: list[str] | None = None
    parentalStatuses: list[str] | None = None
    audienceSegments: AudienceSegments | None = None


class UpsertAudienceBody(BodyModel):
    locationId: str
    resourceName: str | None = None
    name: str
    dimensions: AudienceDimension | None = None
    exclusionDimension: AudienceDimension | None = None


class GoogleBudget(BodyModel):
    budgetType: Literal["DAILY", "LIFETIME"] | None = None
    amount: float | None = None
    scheduleStartDate: str | None = None
    scheduleEndDate: str | None = None


class GeoLatLng(BodyModel):
    lat: float | None = None
    lng: float | None = None


class GeoViewport(BodyModel):
    northeast: GeoLatLng | None = None
    southwest: GeoLatLng | None = None


class GeoGeometry(BodyModel):
    location: GeoLatLng | None = None
    location_type: str | None = _either("location_type", "locationType")
    viewport: GeoViewport | None = None


class GeoAddressComponent(BodyModel):
    long_name: str | None = _either("long_name", "longName")
    short_name: str | None = _either("short_name", "shortName")
    types: list[str] | None = None


class GoogleGeoLocation(BodyModel):
    key: str | None = None
    id: str | None = None
    name: str | None = None
    country_name: str | None = _either("country_name", "countryName")
    type: str | None = None
    radius: float | None = None
    radiusUnit: Literal["km", "mi"] | None = None
    selectionType: Literal["include", "exclude"] | None = None
    resourceName: str | None = None
    place_id: str | None = _either("place_id", "placeId")
    formatted_address: str | None = _either("formatted_address", "formattedAddress")
    geometry: GeoGeometry | None = None
    address_components: list[GeoAddressComponent] | None = _either("address_components", "addressComponents")


class GoogleLocale(BodyModel):
    name: str | None = None
    key: str | None = None
    id: str | None = None
    resourceName: str | None = None


class GoogleDemographicTarget(BodyModel):
    enum: str
    negative: bool


class GoogleSegmentTarget(BodyModel):
    type: str
    id: str


class GoogleTargetInterests(BodyModel):
    affinity: list[str] | None = None
    inMarket: list[str] | None = None


class GoogleCampaignAudience(BodyModel):
    geo_locations: list[GoogleGeoLocation] | None = _either("geo_locations", "geoLocations")
    locales: list[GoogleLocale] | None = None
    gender: list[GoogleDemographicTarget] | None = None
    ageRange: list[GoogleDemographicTarget] | None = None
    segments: list[GoogleSegmentTarget] | None = None
    targetInterests: GoogleTargetInterests | None = None


class GoogleNetworkSettings(BodyModel):
    targetSearchNetwork: bool
    targetContentNetwork: bool


class GoogleBiddingStrategy(BodyModel):
    type: str | None = None
    value: float | None = None


class GoogleAssetImage(BodyModel):
    url: str
    resourceName: str | None = None
    name: str | None = None
    error: str | None = None


class GoogleAssets(BodyModel):
    calls: list[str] | None = None
    sitelinks: list[str] | None = None
    leadForm: str | None = None
    images: list[GoogleAssetImage] | None = None
    businessLogo: GoogleAssetImage | None = None


class GoogleMedia(BodyModel):
    type: Literal["IMAGE"] | None = None
    src: str | None = None
    isLogo: bool | None = None
    error: str | None = None
    url: str | None = None
    imageType: str | None = None


class GoogleYouTubeVideoLink(BodyModel):
    youtubeVideoId: str


class GoogleCarouselCard(BodyModel):
    headline: str | None = None
    finalUrl: str | None = None
    callToActionLabel: str | None = None
    media: list[GoogleMedia] | None = None


class GoogleAdContent(BodyModel):
    id: str | None = None
    name: str | None = None
    mediaType: Literal["IMAGE", "VIDEO", "CAROUSEL"] | None = None
    headlines: list[str] | None = None
    longHeadlines: list[str] | None = None
    descriptions: list[str] | None = None
    finalUrl: str | None = None
    path1: str | None = None
    path2: str | None = None
    isDeleted: bool | None = None
    adError: str | None = None
    publishingStatus: (Literal["DRAFT", "SCHEDULED", "PUBLISHED", "PUBLISHING", "FAILED", "IN_REVIEW", "PAUSED",
                               "ARCHIVED", "WITH_ISSUES", "REJECTED"] | None) = None
    adId: str | None = None
    adCampaignId: str | None = None
    adGroupId: str | None = None
    googleAdId: str | None = None
    media: list[GoogleMedia] | None = None
    callToActionLabel: (Literal["AUTOMATED", "LEARN_MORE", "GET_QUOTE", "APPLY_NOW", "SIGN_UP", "CONTACT_US",
                                "SUBSCRIBE", "DOWNLOAD", "BOOK_NOW", "SHOP_NOW", "BUY_NOW", "DONATE_NOW", "ORDER_NOW",
                                "PLAY_NOW", "SEE_MORE"] | None) = None
    businessName: str | None = None
    youtubeVideoLinks: list[GoogleYouTubeVideoLink] | None = None
    carouselCards: list[GoogleCarouselCard] | None = None
    placements: (list[Literal["GMAIL", "YOUTUBE_IN_STREAM", "YOUTUBE_SHORTS", "YOUTUBE_IN_FEED", "DISCOVER",
                              "DISPLAY"]] | None) = None
    customChannels: bool | None = None


class GoogleKeywordItem(BodyModel):
    keyword: str
    matchType: str


class GoogleKeywords(BodyModel):
    positives: list[GoogleKeywordItem] | None = None
    negatives: list[GoogleKeywordItem] | None = None


class GoogleAdGroupAudience(BodyModel):
    geo_locations: list[GoogleGeoLocation] | None = _either("geo_locations", "geoLocations")
    locales: list[GoogleLocale] | None = None


class GoogleAdGroup(BodyModel):
    id: str | None = None
    adGroupId: str | None = None
    name: str | None = None
    adCampaignId: str | None = None
    adContent: list[GoogleAdContent] | None = None
    keywords: GoogleKeywords | None = None
    publishingStatus: (Literal["DRAFT", "SCHEDULED", "PUBLISHED", "PUBLISHING", "FAILED", "IN_REVIEW", "PAUSED",
                               "ARCHIVED", "WITH_ISSUES", "REJECTED"] | None) = None
    adGroupError: str | None = None
    googleAdGroupId: str | None = None
    customChannels: bool | None = None
    selectedChannels: (list[Literal["GMAIL", "YOUTUBE_IN_STREAM", "YOUTUBE_SHORTS", "YOUTUBE_IN_FEED", "DISCOVER",
                                    "DISPLAY"]] | None) = None
    googleAudienceId: str | None = None
    audience: GoogleAdGroupAudience | None = None


class GoogleCampaignGoal(BodyModel):
    type: Literal["CONVERSIONS", "CLICK", "YOUTUBE_ENGAGEMENT"]
    value: str | None = None
    isCustomConversionGoal: bool | None = None


class GoogleAdSchedule(BodyModel):
    dayOfWeek: Literal["FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "UNKNOWN", "UNSPECIFIED",
                       "WEDNESDAY", "ALL_DAYS", "MONDAY_TO_FRIDAY", "SATURDAY_AND_SUNDAY"]
    from_: str = Field(alias="from")
    to: str


class CampaignBody(BodyModel):
    id: str | None = None
    name: str
    locationId: str
    advertisingChannelType: Literal["SEARCH", "DISCOVERY", "DISPLAY", "HOTEL", "LOCAL", "MULTI_CHANNEL",
                                    "PERFORMANCE_MAX", "DEMAND_GEN"]
    advertisingChannelSubType: Literal["DEMAND_GEN"] | None = None
    goalType: Literal["WEBSITE_TRAFFIC", "LEAD"] | None = None
    budget: GoogleBudget | None = None
    audience: GoogleCampaignAudience | None = None
    networkSettings: GoogleNetworkSettings | None = None
    biddingStrategy: GoogleBiddingStrategy | None = None
    assets: GoogleAssets | None = None
    isEuPoliticalAds: bool | None = None
    adGroups: list[GoogleAdGroup] | None = None
    campaignGoal: GoogleCampaignGoal | None = None
    adSchedule: list[GoogleAdSchedule] | None = None
    publishingStatus: (Literal["DRAFT", "SCHEDULED", "PUBLISHED", "PUBLISHING", "FAILED", "IN_REVIEW", "PAUSED",
                               "ARCHIVED", "WITH_ISSUES", "REJECTED"] | None) = None
    googleAdAccountId: str | None = None
    unpublishedChanges: bool | None = None
    maximumCpc: float | None = None
    googleCampaignId: str | None = None
    source: str | None = None
    advancedOptions: dict[str, Any] | None = None
