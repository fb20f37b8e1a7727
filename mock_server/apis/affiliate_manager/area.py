"""The Affiliate Manager area's registrations (see ``mock_server/platform/area.py``).

GHL's API only reads an affiliate program: its campaigns, affiliates, commissions and payouts are made in the
UI or by referred sales, so the control plane seeds them (``programs.py``).
"""

from __future__ import annotations

from mock_server.apis.affiliate_manager import programs, routes, tables
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

_BASE = "/locations/{locationId}/affiliate-manager"

area = Area(
    "affiliate_manager",
    serves="Affiliate Manager: affiliates with their earnings, commissions and payouts (read-only in GHL's API; "
           "campaigns, affiliates, commissions and payouts seeded by the control plane)",
    apis=(routes.api,),
    tables=(
        Table(tables.CAMPAIGNS, not_found=BadRequest(tables.CAMPAIGN_NOT_FOUND)),
        Table(tables.AFFILIATES, indexes=("email",), not_found=BadRequest(tables.AFFILIATE_NOT_FOUND)),
        Table(tables.COMMISSIONS, indexes=("affiliateId",)),
        Table(tables.PAYOUTS, indexes=("affiliateId",)),
    ),
    seeds=(
        Seed("POST", f"{_BASE}/campaigns", programs.seed_campaign, body=programs.CampaignSeed,
             doc='`{"name", "commission", "commissionType", "liveMode"}`: an affiliate campaign (its commission '
                 'rate: a percentage or a fixed amount per sale)'),
        Seed("POST", f"{_BASE}/affiliates", programs.seed_affiliate, body=programs.AffiliateSeed,
             doc='`{"firstName", "lastName", "email", "campaignIds", "active", ...}`: an affiliate of the '
                 "location's campaigns"),
        Seed("POST", f"{_BASE}/commissions", programs.seed_commission, body=programs.CommissionSeed,
             doc='`{"affiliateId", "campaignId", "amount", "status", "customer", ...}`: a sale the affiliate '
                 "referred, earning the campaign's commission"),
        Seed("POST", f"{_BASE}/payouts", programs.seed_payout, body=programs.PayoutSeed,
             doc='`{"affiliateId", "campaignId", "paid"}`: pay out the affiliate\'s approved, unpaid commissions '
                 "of the campaign (400 when there are none)"),
    ),
    factories="mock_server.apis.affiliate_manager.factories:AffiliateFactories",
    demo="mock_server.apis.affiliate_manager.demo:load",
    # get-affiliate's path needs an affiliate; the listings answer (empty) without one.
    contract_seeds=(ContractSeed(f"{_BASE}/affiliates", {"firstName": "Contract", "lastName": "Affiliate",
                                                         "email": "contract.affiliate@example.com"},
                                 {"affiliateId": "_id"}),),
    upstream_allowlist="mock_server.apis.affiliate_manager.upstream",
)
