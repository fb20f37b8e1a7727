"""The Affiliate Manager area's tables: their names, and what GHL answers for an unknown id.

Every record here is made in GHL's UI (campaigns, affiliates) or by sales the affiliates refer (commissions,
payouts): GHL's API only reads them, so the control plane seeds them (``programs.py``).
"""

CAMPAIGNS = "affiliateCampaigns"
AFFILIATES = "affiliates"  # indexed by email: one affiliate per address in a location
COMMISSIONS = "affiliateCommissions"  # indexed by affiliateId: an affiliate's earnings and payouts read them
PAYOUTS = "affiliatePayouts"  # indexed by affiliateId

# DECISION: GHL's texts for unknown records are not known (the file declares only 400 for get-affiliate).
AFFILIATE_NOT_FOUND = "Affiliate not found"
CAMPAIGN_NOT_FOUND = "Campaign not found"
