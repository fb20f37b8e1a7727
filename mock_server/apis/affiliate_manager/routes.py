"""Affiliate Manager operations (affiliate-manager.json): an affiliate program, read-only."""

from __future__ import annotations

from mock_server.apis.affiliate_manager import listings, models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("affiliate-manager.json", tag="Affiliates")


@api.get("/affiliate-manager/{locationId}/affiliates", "list-affiliates", scopes="affiliate-manager.readonly",
         tokens=LOCATION, query=models.ListAffiliatesQuery, response=models.ListAffiliatesResponse)
def list_affiliates(call: Call) -> dict:
    return listings.list_affiliates(call.tenant, call.query)


@api.get("/affiliate-manager/{locationId}/affiliates/{affiliateId}", "get-affiliate",
         scopes="affiliate-manager.readonly", tokens=LOCATION, response=models.GetAffiliateResponse)
def get_affiliate(call: Call) -> dict:
    return listings.get_affiliate(call.tenant, call.path["affiliateId"])


@api.get("/affiliate-manager/{locationId}/payouts", "list-payouts", scopes="affiliate-manager.readonly",
         tokens=LOCATION, query=models.ListPayoutsQuery, response=models.GetPayoutListResponse)
def list_payouts(call: Call) -> dict:
    return listings.list_payouts(call.tenant, call.query)


@api.get("/affiliate-manager/{locationId}/commissions", "list-commissions", scopes="affiliate-manager.readonly",
         tokens=LOCATION, query=models.ListCommissionsQuery, response=models.GetCommissionListResponse)
def list_commissions(call: Call) -> dict:
    return listings.list_commissions(call.tenant, call.query)
