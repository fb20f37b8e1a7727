"""A location's affiliate program as GHL keeps it: campaigns, their affiliates, the commissions referred sales
earn and the payouts that settle them.

GHL's API only reads these (they are made in the UI, or by a referred customer paying), so the control plane
seeds them here, through the same rules: a commission is earned in a campaign the affiliate belongs to, at the
campaign's rate; a payout settles the affiliate's approved, unpaid commissions of one campaign. An affiliate's
totals (revenue, paid, owed, customers) are not stored: they are read from its commissions and payouts
(``affiliate_view``), so they always agree with the listings.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Literal

from pydantic import Field

from mock_server.apis.affiliate_manager.tables import AFFILIATES, CAMPAIGNS, COMMISSIONS, PAYOUTS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

CURRENCY = "USD"
# DECISION: commission statuses as GHL's UI shows them; a payout is pending until marked paid.
CommissionStatus = Literal["pending", "approved", "declined", "paid"]
# DECISION: a commission falls due 30 days after the sale (GHL's default refund window), a payout at the end of
# the month it was made in.
DUE_AFTER = timedelta(days=30)
# DECISION: the control plane's refusals (GHL's UI prevents these cases; its texts are not known).
EMAIL_TAKEN = "An affiliate with this email already exists"
NOT_IN_CAMPAIGN = "The affiliate is not part of this campaign"
NOTHING_TO_PAY = "The affiliate has no approved, unpaid commissions in this campaign"
_Money = Field(ge=0, le=1_000_000_000)


class CampaignSeed(BodyModel):
    name: str = Field(min_length=1)
    commission: float = _Money  # a percentage of the sale, or a fixed amount per sale
    commissionType: Literal["percentage", "fixed"] = "percentage"
    liveMode: bool = True


class AffiliateSeed(BodyModel):
    firstName: str = Field(min_length=1)
    lastName: str = ""
    email: str = Field(min_length=3, pattern=r"^[^@\s]+@[^@\s]+$")
    phone: str | None = None
    campaignIds: list[str] = []
    active: bool = True
    contactId: str | None = None
    address: str | None = None
    websiteUrl: str | None = None
    clickCount: int = Field(0, ge=0, le=1_000_000_000)
    lead: int = Field(0, ge=0, le=1_000_000_000)  # referred leads that did not buy (not commissions)


class Customer(BodyModel):
    firstName: str = ""
    lastName: str = ""
    email: str = ""
    type: Literal["customer", "lead"] = "customer"


class CommissionSeed(BodyModel):
    affiliateId: str
    campaignId: str
    amount: float = _Money  # the sale's amount the commission is a share of
    status: CommissionStatus = "pending"
    productName: str | None = None
    productId: str | None = None
    qty: int = Field(1, ge=1, le=1_000_000)
    customer: Customer | None = None
    transactionId: str | None = None
    isTrial: bool = False


class PayoutSeed(BodyModel):
    affiliateId: str
    campaignId: str
    paid: bool = False  # paid now (with paidMethod), or pending until the agency pays it
    paidMethod: str = "manual"


# -- seeds -----------------------------------------------------------------------------------------------
def seed_campaign(tenant: Tenant, body: CampaignSeed) -> dict[str, Any]:
    now = iso_z(tenant.now())
    return tenant.store.put(CAMPAIGNS, {"id": tenant.new_id(), **body.model_dump(), "currency": CURRENCY,
                                        "locationId": tenant.location_id, "createdAt": now})


def seed_affiliate(tenant: Tenant, body: AffiliateSeed) -> dict[str, Any]:
    email = body.email.lower()
    if tenant.store.find(AFFILIATES, "email", email):
        raise BadRequest(EMAIL_TAKEN)
    for campaign_id in body.campaignIds:
        tenant.require(CAMPAIGNS, campaign_id)
    now = iso_z(tenant.now())
    affiliate = {**body.model_dump(exclude_none=True), "email": email, "id": tenant.new_id(),
                 "locationId": tenant.location_id, "deleted": False, "currency": CURRENCY,
                 "campaignIds": list(dict.fromkeys(body.campaignIds)), "createdAt": now, "updatedAt": now}
    return affiliate_view(tenant, tenant.store.put(AFFILIATES, affiliate))


def seed_commission(tenant: Tenant, body: CommissionSeed) -> dict[str, Any]:
    affiliate = tenant.require(AFFILIATES, body.affiliateId)
    campaign = tenant.require(CAMPAIGNS, body.campaignId)
    if campaign["id"] not in affiliate["campaignIds"]:
        raise BadRequest(NOT_IN_CAMPAIGN)
    rate = campaign["commission"]
    earned = round(body.amount * rate / 100 if campaign["commissionType"] == "percentage" else rate * body.qty, 2)
    now = tenant.now()
    commission_id = tenant.new_id()
    record = {
        "id": commission_id, "locationId": tenant.location_id, "affiliateId": affiliate["id"],
        "campaignId": campaign["id"], "campaignName": campaign["name"], "liveMode": campaign["liveMode"],
        "commission": rate, "commissionType": campaign["commissionType"], "productCommission": earned,
        "commissionAmount": earned, "amount": body.amount, "qty": body.qty, "unitDiscount": 0,
        "productId": body.productId or tenant.new_id(), "productName": body.productName or campaign["name"],
        "status": body.status, "currency": CURRENCY, "isTrial": body.isTrial, "tier": 1,
        "transactionId": body.transactionId or f"txn_{commission_id}", "eventId": f"evt_{commission_id}",
        "transactionAt": iso_z(now), "createdAt": iso_z(now), "dueAt": iso_z(now + DUE_AFTER),
    }
    if body.customer is not None:
        record["customer"] = {"_id": tenant.new_id(), **body.customer.model_dump()}
    return commission_view(tenant, tenant.store.put(COMMISSIONS, record))


def seed_payout(tenant: Tenant, body: PayoutSeed) -> dict[str, Any]:
    affiliate = tenant.require(AFFILIATES, body.affiliateId)
    campaign = tenant.require(CAMPAIGNS, body.campaignId)
    due = [c for c in tenant.store.find(COMMISSIONS, "affiliateId", affiliate["id"])
           if c["campaignId"] == campaign["id"] and c["status"] == "approved" and not c.get("payoutId")]
    if not due:
        raise BadRequest(NOTHING_TO_PAY)
    now = tenant.now()
    month = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    next_month = (month + timedelta(days=32)).replace(day=1)
    payout_id = tenant.new_id()
    payout = {"id": payout_id, "locationId": tenant.location_id, "affiliateId": affiliate["id"],
              "campaignId": campaign["id"], "currency": CURRENCY,
              "amount": round(sum(c["commissionAmount"] for c in due), 2),
              "status": "paid" if body.paid else "pending", "payoutMonth": iso_z(month),
              "dueAt": iso_z(next_month - timedelta(days=1)), "payoutMethod": body.paidMethod, "deleted": False,
              "isMigrated": False, "altId": tenant.location_id, "createdAt": iso_z(now), "updatedAt": iso_z(now)}
    if body.paid:
        payout |= {"paidAt": iso_z(now), "paidMethod": body.paidMethod}
    for commission in due:
        tenant.store.put(COMMISSIONS, {**commission, "payoutId": payout_id,
                                       "status": "paid" if body.paid else commission["status"]})
    return payout_view(tenant, tenant.store.put(PAYOUTS, payout))


# -- views: records as GHL answers them ------------------------------------------------------------------
def affiliate_view(tenant: Tenant, affiliate: dict[str, Any]) -> dict[str, Any]:
    """The affiliate with its totals, read from its commissions and payouts.

    DECISION: ``revenue`` is the referred sales that were not declined, ``customer`` the distinct paying
    customers among them, ``paid`` what paid payouts settled and ``owned`` (GHL's word for what is owed) the
    approved commissions not paid yet."""
    commissions = [c for c in tenant.store.find(COMMISSIONS, "affiliateId", affiliate["id"])
                   if c["status"] != "declined"]
    payouts = tenant.store.find(PAYOUTS, "affiliateId", affiliate["id"])
    customers = {c["customer"]["email"] or c["customer"]["_id"] for c in commissions
                 if c.get("customer") and c["customer"]["type"] == "customer"}
    record = {key: value for key, value in affiliate.items() if key != "id"}
    return {"_id": affiliate["id"], **record,
            "revenue": round(sum(c["amount"] for c in commissions), 2), "customer": len(customers),
            "droppedCustomer": 0, "paid": round(sum(p["amount"] for p in payouts if p["status"] == "paid"), 2),
            "owned": round(sum(c["commissionAmount"] for c in commissions if c["status"] == "approved"), 2)}


def commission_view(tenant: Tenant, commission: dict[str, Any]) -> dict[str, Any]:
    affiliate = tenant.store.get(AFFILIATES, commission["affiliateId"]) or {}
    campaign = tenant.store.get(CAMPAIGNS, commission["campaignId"]) or {}
    record = {key: value for key, value in commission.items() if key not in ("id", "locationId", "campaignId")}
    return {"_id": commission["id"], **record,
            "campaign": {"id": commission["campaignId"], "name": campaign.get("name"),
                         "liveMode": campaign.get("liveMode")},
            "affiliate": {"_id": commission["affiliateId"], "name": _name(affiliate),
                          "email": affiliate.get("email")}}


def payout_view(tenant: Tenant, payout: dict[str, Any]) -> dict[str, Any]:
    affiliate = tenant.store.get(AFFILIATES, payout["affiliateId"]) or {}
    campaign = tenant.store.get(CAMPAIGNS, payout["campaignId"]) or {}
    record = {key: value for key, value in payout.items() if key != "id"}
    view = {"_id": payout["id"], **record, "campaign": campaign.get("name"), "affiliateName": _name(affiliate),
            "affiliateEmail": affiliate.get("email")}
    return view | {"affiliate": affiliate_view(tenant, affiliate)} if affiliate else view


def _name(affiliate: dict[str, Any]) -> str:
    return " ".join(part for part in (affiliate.get("firstName"), affiliate.get("lastName")) if part)
