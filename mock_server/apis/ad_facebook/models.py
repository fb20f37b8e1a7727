"""Models of the Facebook integration operations of the Ad Manager API (ad-manager.json; v3: ad-publishing-v3.json),
GHL field names verbatim.

Where the two files differ, a request takes what either documents: v3's ``isDraft`` query on the reads that have
it, v3's ``isDraft``/``draftFormId``/``locale`` when creating a lead form, a checkbox's ``is_required`` (v2) or
``isRequired`` (v3), and both spellings of the marital-status question (v2 ``MARITAL_STATUS``, v3 GHL's
``MARITIAL_STATUS``). The answers are ours (neither file declares one): they follow GHL's docs (2026-08),
whose examples the domain modules cite.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AliasChoices, ConfigDict, Field

from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class LocationQuery(QueryModel):
    locationId: str
    isDraft: bool | None = None  # ad-publishing-v3.json; read only by fb-get-lead-form


class FbGetPagesQuery(QueryModel):
    locationId: str
    fetchExisting: str | None = None


class FbDeletePageQuery(QueryModel):
    locationId: str
    pageId: str


class FbGetInstagramAccountsQuery(QueryModel):
    locationId: str
    type: Literal["INTEGRATION", "AD_MANAGER"] | None = None


class FbGetAdAccountsQuery(QueryModel):
    locationId: str
    type: str | None = None
    next: str | None = None
    fetchAll: str | None = None
    limit: NumberString | None = None


class FbGetPixelsQuery(QueryModel):
    locationId: str
    channel: Literal["IG", "FACEBOOK"] | None = None
    pageId: str | None = None
    igUserId: str | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class CreateIntegrationBody(BodyModel):
    locationId: str
    pageId: str
    adAccountId: str | None = None


class LocationIdBody(BodyModel):
    locationId: str


class FbSetDefaultPageBody(BodyModel):
    pageId: str


class GreetingCard(BodyModel):
    title: str
    style: str
    content: list[str]


class FormQuestionOption(BodyModel):
    key: str
    value: str


class FormQuestion(BodyModel):
    label: str | None = None
    key: str
    type: Literal["CUSTOM", "CITY", "COMPANY_NAME", "COUNTRY", "DATE_OF_BIRTH", "EMAIL", "FIRST_NAME", "FULL_NAME",
                  "GENDER", "JOB_TITLE", "LAST_NAME", "MARITAL_STATUS", "MARITIAL_STATUS", "MILITARY_STATUS", "PHONE",
                  "POST_CODE", "RELATIONSHIP_STATUS", "STATE", "STREET_ADDRESS", "WORK_EMAIL", "WORK_PHONE_NUMBER",
                  "ZIP", "SHORT_ANSWER"]
    options: list[FormQuestionOption] | None = None


class CustomDisclaimerCheckbox(BodyModel):
    # ad-manager.json spells it is_required, ad-publishing-v3.json isRequired: either is taken.
    isRequired: bool = Field(validation_alias=AliasChoices("isRequired", "is_required"))
    text: str
    key: str


class CustomDisclaimer(BodyModel):
    title: str
    body: str
    checkboxes: list[CustomDisclaimerCheckbox] | None = None


class ThankYouPage(BodyModel):
    title: str
    body: str
    buttonText: str
    buttonType: str
    buttonLink: str | None = None
    businessPhone: str | None = None
    countryCode: str | None = None


class CreateLeadFormBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "type": "MORE_VOLUME", "name": "Contract form", "locationId": "{locationId}",
        "questions": [{"key": "full_name", "type": "FULL_NAME"}], "privacyPolicyLink": "https://example.com/privacy",
        "thankYouPage": {"title": "Thanks", "body": "We will call you", "buttonText": "Visit",
                         "buttonType": "VIEW_WEBSITE"}}]})

    type: Literal["MORE_VOLUME", "HIGHER_INTENT"]
    name: str
    locationId: str
    greetingCard: GreetingCard | None = None
    questions: list[FormQuestion]
    questionPageHeadline: str | None = None
    privacyPolicyLink: str
    privacyPolicyText: str | None = None
    customDisclaimer: CustomDisclaimer | None = None
    thankYouPage: ThankYouPage
    isDraft: bool | None = None  # the three below: ad-publishing-v3.json
    draftFormId: str | None = None
    locale: str | None = None


class WelcomeMessageQuestion(BodyModel):
    question: str
    response: str | None = None


class CreateConversationFormBody(BodyModel):
    locationId: str
    name: str
    text: str
    questions: list[WelcomeMessageQuestion]


class UpsertConversionPixelBody(BodyModel):
    locationId: str
    conversionPixelId: str | None = None
    name: str | None = None
    igUserId: str | None = None
    # The v2 file declares any string; GHL's docs (2026-08) list these three, and the rest cannot be created.
    type: Literal["LEAD_EVENT", "FUNNEL_EVENT", "INSTAGRAM_DM"]


# -- answers ---------------------------------------------------------------------------------------------
class SuccessOut(ResponseModel):
    success: bool


class LinkedPageOut(ResponseModel):
    id: str
    name: str
    accessToken: str
    createdOn: str
    id_: str = Field(alias="_id")


class IntegrationOut(ResponseModel):
    locationId: str
    status: Literal["connected", "expired", "disconnected"]
    pricingModel: Literal["done_for_you", "connect_your_bm"]
    fbAdAccountId: str | None = None
    fbBusinessId: str | None = None
    fbDefaultPageId: str | None = None
    pages: list[LinkedPageOut]


class StoredIntegrationOut(ResponseModel):
    id: str
    locationId: str
    status: Literal["connected", "expired", "disconnected"]
    pricingModel: Literal["done_for_you", "connect_your_bm"]
    userAccessToken: str
    fbAdAccountId: str | None = None
    fbDefaultPageId: str | None = None
    pages: list[LinkedPageOut]
    unSubscriptionReasons: list[str]
    createdAt: str
    updatedAt: str


class PictureDataOut(ResponseModel):
    url: str
    width: int
    height: int
    isSilhouette: bool


class PictureOut(ResponseModel):
    data: PictureDataOut


class FacebookUserOut(ResponseModel):
    id: str
    name: str
    picture: PictureOut


class PageOut(ResponseModel):
    id: str
    name: str
    category: str | None = None
    picture: str | None = None
    createdOn: str | None = None
    isConnected: bool
    tosAccepted: bool | None = None
    isDefault: bool | None = None


class InstagramAccountOut(ResponseModel):
    id: str
    name: str | None = None
    picture: str | None = None
    typeOfAccount: str


class BusinessOut(ResponseModel):
    id: str
    name: str


class AdAccountListItemOut(ResponseModel):
    id: str
    name: str
    accountStatus: str
    currency: str
    fundingType: str
    business: BusinessOut | None = None
    integrationConnected: bool


class AdAccountOut(ResponseModel):
    id: str
    name: str
    accountStatus: str
    currency: str
    fundingType: str
    timezoneName: str
    business: BusinessOut | None = None


class LeadFormOut(ResponseModel):
    """A lead form: published (Meta's record: ``contextCard``, ``legalContent`` ...) or a draft (its stored document:
    ``greetingCard``, ``privacyPolicyLink`` ...); the shapes share little, so only the name is common to all."""

    id: str | None = None
    id_: str | None = Field(default=None, alias="_id")
    name: str
    isDraft: bool | None = None
    locale: str | None = None
    questions: list[dict[str, Any]] | None = None


class ConversationQuestionOut(ResponseModel):
    question: str
    response: str | None = None
    id_: str = Field(alias="_id")


class ConversationFormOut(ResponseModel):
    id: str
    name: str
    text: str
    locationId: str
    questions: list[ConversationQuestionOut]
    createdAt: str
    updatedAt: str


class StoredConversationFormOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    text: str
    locationId: str
    questions: list[ConversationQuestionOut]
    createdAt: str
    updatedAt: str
    v_: int = Field(alias="__v")


class PixelOut(ResponseModel):
    name: str
    fbPixelId: str
    fbIsCrmPixel: bool
    type: str
    fbPixelCode: str
    createdAt: str


class PixelsOut(ResponseModel):
    items: list[PixelOut]
    total: int


class InstagramDatasetOut(ResponseModel):
    id: str


class UpsertPixelOut(ResponseModel):
    id: str | None = None
    success: bool | None = None
