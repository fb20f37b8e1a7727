"""Models of the Marketplace API (marketplace.json): wallet charges, app installations, rebilling, external auth
migration. GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class GetChargesQuery(QueryModel):
    meterId: str | None = None
    eventId: str | None = None
    userId: str | None = None
    # YYYY-MM-DD or an ISO instant, parsed by the domain (GHL's example is a bare date)
    startDate: str | None = None
    endDate: str | None = None
    skip: PagingNumber | None = None
    limit: Annotated[PagingNumber, Field(ge=1)] | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class RaiseChargeBody(BodyModel):
    appId: str
    meterId: str
    eventId: str
    userId: str | None = None
    locationId: str
    companyId: str
    description: str
    # GHL refuses units sent as a string ("units must be a number ...", issue #244); a charge of no units or a
    # negative price is refused too (DECISION: the file gives no bounds).
    price: Annotated[float, Field(ge=0)] | None = None
    units: Annotated[float, Field(gt=0)]
    eventTime: str | None = None


class DeleteIntegrationBody(BodyModel):
    companyId: str | None = None
    locationId: str | None = None
    reason: str | None = None


class MigrateConnectionBody(BodyModel):
    type: Literal["oauth2", "basic"]
    locationId: str
    appId: str
    appVersionId: str
    accountId: str
    apiKey: str | None = None
    basicCredentials: dict[str, Any] | None = None
    accessToken: str | None = None
    refreshToken: str | None = None
    expiryIn: float | None = None
    expiryAt: float | None = None
    scopes: list[str] | None = None
    displayName: str | None = None
    isDefault: bool | None = None


# -- answers ---------------------------------------------------------------------------------------------
class ChargeOut(ResponseModel):
    refunded: bool | None = None
    currency: str | None = None
    appId: str | None = None
    meterId: str | None = None
    chargeId: str | None = None
    entityType: str | None = None
    entityId: str | None = None
    amountCharged: float | None = None
    pricePerUnit: float | None = None
    transactionType: str | None = None
    units: float | None = None
    meta: dict[str, Any] | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class ChargesPaginationOut(ResponseModel):
    total: float | None = None
    skip: float | None = None
    limit: float | None = None


class GetChargesResponse(ResponseModel):
    charges: list[ChargeOut] | None = None
    count: float | None = None
    pagination: ChargesPaginationOut | None = None


class ChargeResponse(ResponseModel):
    success: bool | None = None
    chargeId: str | None = None


class GetSpecificChargeResponse(ChargeOut):
    """One charge, as the listing shows it."""


class DeleteChargeResponse(ResponseModel):
    success: bool | None = None


class HasFundsResponse(ResponseModel):
    hasFunds: bool | None = None


class WhitelabelDetailsOut(ResponseModel):
    domain: str
    logoUrl: str


class InstallerDetailsOut(ResponseModel):
    companyId: str
    locationId: str | None = None
    companyName: str
    relationshipNumber: str
    companyEmail: str | None = None
    companyOwnerFullName: str | None = None
    userId: str
    isWhitelabelCompany: bool
    companyPlan: str | None = None
    companyHighLevelPlan: str | None = None
    marketplaceAppPlanId: str | None = None
    whitelabelDetails: WhitelabelDetailsOut | None = None


class GetInstallerDetailsResponse(ResponseModel):
    installationDetails: InstallerDetailsOut


class DeleteIntegrationResponse(ResponseModel):
    success: bool


class SubscriptionPlanOut(ResponseModel):
    resellingAmount: float
    baseAmount: float
    planId: str
    features: list[str]
    paymentType: str
    name: str
    paymentTime: str


class UsagePlanOut(ResponseModel):
    productType: str
    productName: str
    usageUnit: str
    meterId: str
    meterName: str
    fixedPricePerUnit: float
    priceType: Literal["fixed", "dynamic"]
    minPricePerUnit: str
    maxPricePerUnit: str
    executionLimitPerCycle: float


class PlansOut(ResponseModel):
    subscription: list[SubscriptionPlanOut]
    usage: list[UsagePlanOut]


class GetRebillingConfigResponse(ResponseModel):
    plans: PlansOut


class MigrateConnectionResponse(ResponseModel):
    success: bool
    identifier: str
    message: str | None = None
