"""Models of the SaaS API (saas-api.json), GHL field names verbatim.

The file has every operation twice: under ``/saas-api/public-api`` (deprecated) and under ``/saas``. Both
paths take the same requests, so each request has one model here.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel

LocationIds = Annotated[list[str], Field(min_length=1)]


# -- queries ---------------------------------------------------------------------------------------------
class StripeLocationsDeprecatedQuery(QueryModel):
    customerId: str | None = None
    subscriptionId: str | None = None
    companyId: str


class StripeLocationsQuery(QueryModel):
    customerId: str
    subscriptionId: str
    companyId: str


class CompanyQuery(QueryModel):
    """The ``companyId`` the subscription and plan reads name (the token's agency)."""
    companyId: str


class SaasLocationsDeprecatedQuery(QueryModel):
    page: Annotated[PagingNumber, Field(ge=1)] | None = None


class SaasLocationsQuery(QueryModel):
    page: Annotated[PagingNumber, Field(ge=1)]


# -- bodies ----------------------------------------------------------------------------------------------
class UpdateSubscriptionBody(BodyModel):
    subscriptionId: str = Field(min_length=1)
    customerId: str = Field(min_length=1)
    companyId: str


class BulkDisableSaasBody(BodyModel):
    locationIds: LocationIds


class EnableSaasBody(BodyModel):
    # A SaaS V2 sub-account billed as a contact (the contract kit's probe; V1 needs Stripe ids it cannot know).
    model_config = ConfigDict(BodyModel.model_config,
                              json_schema_extra={"examples": [{"companyId": "c", "isSaaSV2": True, "contactId": "c"}]})
    stripeAccountId: str | None = None
    name: str | None = None
    email: str | None = None
    stripeCustomerId: str | None = None
    companyId: str
    isSaaSV2: bool
    contactId: str | None = None
    providerLocationId: str | None = None
    description: str | None = None
    saasPlanId: str | None = None
    priceId: str | None = None


class PauseLocationBody(BodyModel):
    paused: bool
    companyId: str


class UpdateRebillingConfig(BodyModel):
    optIn: bool | None = None
    enabled: bool | None = None
    markup: float | None = Field(default=None, ge=0)


# The file's products, and ``agentStudio``: GHL accepts it live though the file does not list it
# (GoHighLevel/highlevel-api-docs#235, a maintainer: "use `agentStudio` as the product name").
RebillingProduct = Literal[
    "contentAI", "workflow_premium_actions", "workflow_ai", "conversationAI", "EmailNotification", "whatsApp",
    "reviewsAI", "VERIFIED_CALLER_ID", "WALLET_SALES_TAX", "NOTIFICATION_SMS", "EmailSmtp", "EmailVerification",
    "autoCompleteAddress", "funnelAI", "domainPurchase", "Phone", "Email", "agentStudio"]


class UpdateRebillingBody(BodyModel):
    product: RebillingProduct
    locationIds: LocationIds
    config: UpdateRebillingConfig


class BulkEnableSaasActionPayload(BodyModel):
    priceId: str | None = None
    stripeAccountId: str | None = None
    saasPlanId: str
    providerLocationId: str | None = None


class BulkEnableSaasRequestBody(BodyModel):
    locationIds: LocationIds
    isSaaSV2: bool
    actionPayload: BulkEnableSaasActionPayload


# -- answers ---------------------------------------------------------------------------------------------
LocationIdsResponse = list[str]
PaymentLinkResponse = str
PausedResponse = bool


class BulkDisableSaasResponse(ResponseModel):
    data: dict[str, Any]


class EnableSaasResponse(ResponseModel):
    data: dict[str, Any]


class UpdateRebillingResponse(ResponseModel):
    success: bool


class PlanPriceOut(ResponseModel):
    id: str | None = None
    billingInterval: Literal["month", "year"] | None = None
    active: bool | None = None
    amount: float | None = None
    currency: str | None = None
    symbol: str | None = None


class AgencyPlanOut(ResponseModel):
    planId: str
    title: str
    description: str
    saasProducts: list[str]
    addOns: list[str] | None = None
    planLevel: float
    trialPeriod: float
    userLimit: float | None = None
    contactLimit: float | None = None
    prices: list[PlanPriceOut]
    categoryId: str | None = None
    snapshotId: str | None = None
    productId: str | None = None
    isSaaSV2: bool
    providerLocationId: str | None = None
    createdAt: str
    updatedAt: str


AgencyPlansResponse = list[AgencyPlanOut]


class LocationSubscriptionResponse(ResponseModel):
    locationId: str
    isSaaSV2: bool
    companyId: str
    saasMode: str | None = None
    subscriptionId: str | None = None
    customerId: str | None = None
    productId: str | None = None
    priceId: str | None = None
    saasPlanId: str | None = None
    subscriptionStatus: str | None = None


class BulkEnableSaasResponse(ResponseModel):
    success: bool
    message: str
    bulkActionUrl: str | None = None


class SaasLocationOut(ResponseModel):
    locationId: str
    companyId: str
    saasMode: str
    subscriptionId: str
    customerId: str | None = None
    name: str | None = None
    email: str | None = None
    providerLocationId: str | None = None
    isSaaSV2: bool | None = None
    subscriptionInfo: dict[str, Any] | None = None


class SaasLocationsPaginationOut(ResponseModel):
    page: float | None = None
    limit: float | None = None
    total: float | None = None
    totalPages: float | None = None
    hasNext: bool | None = None
    hasPrev: bool | None = None


class SaasLocationsResponse(ResponseModel):
    locations: list[SaasLocationOut]
    pagination: SaasLocationsPaginationOut


class SaasPlanResponse(AgencyPlanOut):
    companyId: str
    setupFee: float | None = None


# -- v3-only bodies (saas-v3.json) -------------------------------------------------------------------------
class AttachedRebillingProductConfig(BodyModel):
    enabled: bool
    # A multiplier (4 is GHL's 300 %): DECISION: below 1 would be a negative markup, refused.
    markup: float = Field(ge=1, le=1_000_000)
    price: float | None = Field(default=None, ge=0)


# DECISION: the products the v3 file lists, and those update-rebilling takes (RebillingProduct).
AttachableProduct = Literal[RebillingProduct, "askai", "aiStudio"]


class AllowAttachRebillingBody(BodyModel):
    companyId: str
    attachedRebillingConfig: dict[AttachableProduct, AttachedRebillingProductConfig] | None = None


class ComplimentaryCreditBody(BodyModel):
    # credits are added: DECISION: a negative amount is refused (the file gives no bounds)
    complimentaryCreditsAmount: float | None = Field(default=None, ge=0, le=1_000_000_000)


# -- answers ---------------------------------------------------------------------------------------------
class AllowAttachRebillingResponse(ResponseModel):
    success: bool
    locationId: str
    attachedRebillingConfig: dict[str, Any]


class LocationWalletBalanceResponse(ResponseModel):
    walletId: str
    balance: float
    complimentaryCredits: float
