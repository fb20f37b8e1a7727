"""Models of the Affiliates API (affiliate-manager.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.platform.models import PagingNumber, QueryModel, ResponseModel

# -- queries ---------------------------------------------------------------------------------------------
# "Maximum allowed value is 100" (the official file, on the affiliates' and commissions' limits; payouts too).
Limit = Annotated[PagingNumber, Field(le=100)]


class ListAffiliatesQuery(QueryModel):
    query: str | None = None
    active: Literal["true", "false"] | None = None  # the file: a string, default false (listings.py)
    campaignId: str | None = None
    skip: PagingNumber = 0
    limit: Limit = 10
    fromDate: str | None = None
    toDate: str | None = None


class ListPayoutsQuery(QueryModel):
    status: str | None = None
    query: str | None = None
    affiliateId: str | None = None
    campaignId: str | None = None
    skip: PagingNumber = 0
    limit: Limit = 10
    start: str | None = None
    end: str | None = None


class ListCommissionsQuery(QueryModel):
    campaignId: str | None = None
    affiliateId: str | None = None
    status: str | None = None
    query: str | None = None
    skip: PagingNumber = 0
    limit: Limit = 10
    fromDate: str | None = None
    toDate: str | None = None


# -- answers ---------------------------------------------------------------------------------------------
class OAuthAffiliateListItemResponseOut(ResponseModel):
    id_: str = Field(alias="_id")
    firstName: str | None = None
    lastName: str | None = None
    phone: str | None = None
    deleted: bool | None = None
    locationId: str
    active: bool | None = None
    address: str | None = None
    avatar: str | None = None
    createdAt: str | None = None
    createdBy: dict[str, Any] | None = None
    facebookUrl: str | None = None
    instagramUrl: str | None = None
    linkedInUrl: str | None = None
    twitterUrl: str | None = None
    youtubeUrl: str | None = None
    websiteUrl: str | None = None
    contactId: str | None = None
    campaignIds: list[str] | None = None
    vatId: str | None = None
    updatedAt: str | None = None
    w8Form: str | None = None
    w9Form: str | None = None
    lastUpdatedBy: dict[str, Any] | None = None
    email: str
    revenue: float | None = None
    customer: float | None = None
    lead: float | None = None
    droppedCustomer: float | None = None
    clickCount: float | None = None
    paid: float | None = None
    currency: str | None = None
    owned: float | None = None


class AffiliateListMetaResponseOut(ResponseModel):
    count: float


class ListAffiliatesResponse(ResponseModel):
    affiliates: list[OAuthAffiliateListItemResponseOut]
    meta: AffiliateListMetaResponseOut


class GetAffiliateResponse(OAuthAffiliateListItemResponseOut):
    """One affiliate, read by id: the same fields as a listing's item."""


class PayoutListItemResponseOut(ResponseModel):
    id_: str = Field(alias="_id")
    locationId: str
    affiliateId: str
    campaignId: str | None = None
    currency: str
    amount: float
    status: str | None = None
    payoutMonth: str | None = None
    dueAt: str | None = None
    paidAt: str | None = None
    paidMeta: dict[str, Any] | None = None
    paidMethod: str | None = None
    altId: str | None = None
    deleted: bool | None = None
    isMigrated: bool | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    campaign: str | None = None
    affiliateName: str | None = None
    affiliateEmail: str | None = None
    payoutMethod: str | None = None
    affiliate: OAuthAffiliateListItemResponseOut | None = None


class PayoutListMetaResponseOut(ResponseModel):
    count: float


class GetPayoutListResponse(ResponseModel):
    payouts: list[PayoutListItemResponseOut]
    meta: PayoutListMetaResponseOut | None = None


class CommissionCustomerResponseOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    firstName: str | None = None
    lastName: str | None = None
    email: str | None = None
    type: str | None = None


class CommissionCampaignResponseOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    liveMode: bool | None = None


class CommissionAffiliateResponseOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    name: str | None = None
    email: str | None = None


class CommissionListItemResponseOut(ResponseModel):
    id_: str = Field(alias="_id")
    productId: str | None = None
    productName: str | None = None
    qty: float | None = None
    productCommission: float | None = None
    commissionAmount: float | None = None
    amount: float | None = None
    unitDiscount: float | None = None
    campaignName: str | None = None
    commission: float | None = None
    commissionType: str | None = None
    transactionAt: str | None = None
    transactionId: str | None = None
    affiliateId: str | None = None
    payoutId: str | None = None
    status: str | None = None
    currency: str | None = None
    isTrial: bool | None = None
    customer: CommissionCustomerResponseOut | None = None
    createdAt: str | None = None
    eventId: str | None = None
    campaign: CommissionCampaignResponseOut | None = None
    affiliate: CommissionAffiliateResponseOut | None = None
    dueAt: str | None = None
    liveMode: bool | None = None
    tier: float | None = None


class CommissionListMetaResponseOut(ResponseModel):
    count: float


class GetCommissionListResponse(ResponseModel):
    commissions: list[CommissionListItemResponseOut]
    meta: CommissionListMetaResponseOut | None = None
