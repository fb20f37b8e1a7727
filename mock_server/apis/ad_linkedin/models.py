"""Models of the LinkedIn Ads API (ad-manager.json, and ad-publishing-v3.json's additions), GHL field names
verbatim. The official files declare no success body for these operations: the answers' models are the mock's."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class LiGetIntegrationQuery(QueryModel):
    locationId: str
    isDraft: bool | None = None  # v3 (ad-publishing-v3.json): read the draft integration


class LiGetCampaignGroupQuery(QueryModel):
    locationId: str
    isDraft: bool | None = None  # v3; a campaign group is one record, answered alike


class LiGetAdAccountDetailsQuery(QueryModel):
    locationId: str
    adAccountId: str


# DECISION: the facets of the mock's catalog (targeting.py) and LinkedIn's two finders; another is a 422.
Facet = Literal["locations", "industries", "titles", "skills", "seniorities", "jobFunctions", "staffCountRanges"]


class LiSearchTargetingQuery(QueryModel):
    locationId: str
    facet: Facet
    query: str | None = None
    q: Literal["typeahead", "adTargetingFacet"] | None = None


class LiGetAdAnalyticsQuery(QueryModel):
    locationId: str
    pivot: Literal["ACCOUNT", "CAMPAIGN", "CAMPAIGN_GROUP", "CREATIVE"] = "ACCOUNT"
    groupBy: Literal["day", "month", "year"] = "day"
    startDate: str = Field(examples=["2024-01-01"])  # yyyy-mm-dd, checked by reporting.py
    endDate: str = Field(examples=["2024-01-31"])
    entityUrns: str | None = None
    fields: list[str] | None = None


class LiGetReportingListQuery(QueryModel):
    locationId: str
    listType: str
    campaignId: str
    campaignGroupId: str
    startDate: str = Field(examples=["2024-01-01"])  # yyyy-mm-dd, checked by reporting.py
    endDate: str = Field(examples=["2024-01-31"])
    fields: list[str] | None = None


class LiGetCampaignGroupReportingQuery(QueryModel):
    locationId: str
    startDate: str = Field(examples=["2024-01-01"])  # yyyy-mm-dd, checked by reporting.py
    endDate: str = Field(examples=["2024-01-31"])
    fields: list[str] | None = None
    campaignGroupId: str | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class CreateLinkedinIntegrationBody(BodyModel):
    locationId: str
    adAccountId: str
    adAccountName: str
    currencyCode: str
    organizationId: str


class LocationIdBody(BodyModel):
    locationId: str


class LinkedInBudget(BodyModel):
    budgetType: Literal["DAILY", "LIFETIME"] | None = None
    amount: float | None = None
    scheduleStartDate: str | None = None
    scheduleEndDate: str | None = None


class Locale(BodyModel):
    country: str
    language: str


class GeoLocation(BodyModel):
    name: str
    urn: str
    facetUrn: str
    selectionType: Literal["include", "exclude"]


class SelectedAttribute(BodyModel):
    urn: str
    name: str
    categoryName: str
    facet: str


class TargetAudience(BodyModel):
    include: list[list[SelectedAttribute]] | None = None
    exclude: list[list[SelectedAttribute]] | None = None


class Audience(BodyModel):
    geo_locations: list[GeoLocation] | None = None  # v2's spelling
    geoLocations: list[GeoLocation] | None = None  # v3's
    targetAudience: TargetAudience | None = None


class UnitCost(BodyModel):
    amount: float


class LinkedInMedia(BodyModel):
    type: Literal["video", "image"] | None = None
    src: str | None = None
    frames: list[str] | None = None
    selectedPoster: float | None = None
    thumbnailUrl: str | None = None
    name: str | None = None
    headline: str | None = None
    destinationUrl: str | None = None
    fileSizeBytes: float | None = None


class LinkedInAd(BodyModel):
    id: str | None = None
    name: str | None = None
    introductoryText: str | None = None
    destinationUrl: str | None = None
    callToActionLabel: str | None = None
    destinationFormId: str | None = None
    contentReferenceString: str | None = None
    media: list[LinkedInMedia] | None = None
    adCampaignId: str | None = None
    adId: str | None = None
    headline: str | None = None
    publishingStatus: (Literal["DRAFT", "SCHEDULED", "PUBLISHED", "PUBLISHING", "FAILED", "IN_REVIEW", "PAUSED",
                               "ARCHIVED", "WITH_ISSUES", "REJECTED"] | None) = None
    adCampaignGroupId: str | None = None
    description: str | None = None
    meta: dict[str, Any] | None = None
    linkedInError: str | None = None


class AdCampaign(BodyModel):
    id: str | None = None
    locale: Locale | None = None
    name: str | None = None
    publishingStatus: (Literal["DRAFT", "SCHEDULED", "PUBLISHED", "PUBLISHING", "FAILED", "IN_REVIEW", "PAUSED",
                               "ARCHIVED", "WITH_ISSUES", "REJECTED"] | None) = None
    mediaType: Literal["STANDARD_UPDATE", "SINGLE_VIDEO", "CAROUSEL"] | None = None
    audience: Audience | None = None
    unitCost: UnitCost | None = None
    campaignType: str | None = None
    adCampaignGroupId: str | None = None
    adCampaignId: str | None = None
    ads: list[LinkedInAd] | None = None
    linkedInError: str | None = None
    meta: dict[str, Any] | None = None


class AdCampaignGroupDataBody(BodyModel):
    id: str | None = None
    locationId: str
    budget: LinkedInBudget | None = None
    adCampaigns: list[AdCampaign] | None = None
    adBudgetOptimization: Literal["MAXIMUM_DELIVERY", "COST_CAP"] | None = None
    objectiveType: Literal["LEAD_GENERATION", "WEBSITE_VISIT"] | None = None
    name: str | None = None
    adCampaignGroupId: str | None = None
    publishingStatus: (Literal["DRAFT", "SCHEDULED", "PUBLISHED", "PUBLISHING", "FAILED", "IN_REVIEW", "PAUSED",
                               "ARCHIVED", "WITH_ISSUES", "REJECTED"] | None) = None
    linkedInAdAccountId: str | None = None
    unpublishedChanges: bool | None = None
    meta: dict[str, Any] | None = None
    linkedInError: str | None = None


class SponsoredAccountOwner(BodyModel):
    sponsoredAccount: str


class CreationLocale(BodyModel):
    country: str
    language: str


class LocalizedString(BodyModel):
    localized: dict[str, Any]


class MultipleChoiceOption(BodyModel):
    id: float
    text: LocalizedString


class MultipleChoiceQuestionDetails(BodyModel):
    options: list[MultipleChoiceOption]


class QuestionDetails(BodyModel):
    textQuestionDetails: dict[str, Any] | None = None
    multipleChoiceQuestionDetails: MultipleChoiceQuestionDetails | None = None


class LeadFormQuestion(BodyModel):
    question: LocalizedString
    name: str
    questionDetails: QuestionDetails
    predefinedField: str | None = None


class PostSubmissionCallToActionTarget(BodyModel):
    landingPageUrl: str


class PostSubmissionCallToAction(BodyModel):
    callToActionTarget: PostSubmissionCallToActionTarget
    callToActionLabel: Literal["VISIT_COMPANY_WEBSITE", "DOWNLOAD_NOW", "TRY_NOW", "VIEW_NOW", "LEARN_MORE"]


class PostSubmissionInfo(BodyModel):
    message: LocalizedString
    callToAction: PostSubmissionCallToAction


class Consent(BodyModel):
    checkRequired: bool
    id: float
    consent: LocalizedString


class LegalInfo(BodyModel):
    consents: list[Consent]
    privacyPolicyUrl: str
    legalDisclaimer: LocalizedString | None = None


class LeadFormContent(BodyModel):
    questions: list[LeadFormQuestion]
    description: LocalizedString | None = None
    headline: LocalizedString
    postSubmissionInfo: PostSubmissionInfo
    legalInfo: LegalInfo


class HiddenField(BodyModel):
    name: str
    value: str


class LinkedInCreateLeadFormBody(BodyModel):
    owner: SponsoredAccountOwner
    creationLocale: CreationLocale
    name: str
    state: Literal["PUBLISHED"]
    content: LeadFormContent
    hiddenFields: list[HiddenField] | None = None


class LinkedInUpdateAdStatusBody(BodyModel):
    operationType: Literal["PAUSED", "ARCHIVED", "RESUME"]
    type: Literal["adGroup", "adCampaign", "ad"]


# -- answers (DECISION: the official files declare none; LinkedIn's own lists are ``elements``) -------------------
class IntegrationResponse(ResponseModel):
    id: str
    locationId: str
    isDraft: bool
    adAccountId: str | None = None
    adAccountName: str | None = None
    currencyCode: str | None = None
    organizationId: str | None = None
    linkedInUserId: str
    linkedInUserName: str
    connectedAt: str
    createdAt: str
    updatedAt: str


class AdAccountOut(ResponseModel):
    id: str
    name: str
    currency: str
    organizationId: str
    status: str
    type: str
    reference: str
    urn: str
    test: bool


class AdAccountsResponse(ResponseModel):
    elements: list[AdAccountOut]


class AdAccountResponse(AdAccountOut):
    connected: bool


class RemoveAdAccountResponse(ResponseModel):
    success: bool
    adAccountId: str


class CurrentUserResponse(ResponseModel):
    id: str
    localizedFirstName: str
    localizedLastName: str
    email: str | None = None


class CampaignGroupResponse(ResponseModel):
    id: str
    locationId: str
    name: str | None = None
    adCampaigns: list[dict[str, Any]]
    adCampaignGroupId: str | None = None
    publishingStatus: str
    unpublishedChanges: bool
    linkedInAdAccountId: str
    linkedInError: str | None = None
    createdAt: str
    updatedAt: str


class TargetingEntityOut(ResponseModel):
    urn: str
    name: str
    facetUrn: str
    facet: str
    categoryName: str


class TargetingResponse(ResponseModel):
    elements: list[TargetingEntityOut]


class LeadFormResponse(ResponseModel):
    id: str
    urn: str
    versionId: int
    name: str
    state: str
    owner: dict[str, Any]
    content: dict[str, Any]
    hiddenFields: list[dict[str, Any]]
    createdAt: str


class LeadFormsResponse(ResponseModel):
    elements: list[LeadFormResponse]


class AnalyticsResponse(ResponseModel):
    elements: list[dict[str, Any]]


class ReportItemOut(ResponseModel):
    id: str
    name: str | None = None
    publishingStatus: str
    metrics: dict[str, float]


class ReportingListResponse(ResponseModel):
    items: list[ReportItemOut]
    summary: dict[str, float]


class CampaignGroupReportResponse(ReportItemOut):
    campaigns: list[ReportItemOut]
