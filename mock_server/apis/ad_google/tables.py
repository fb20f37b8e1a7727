"""The Google Ads area's tables: their names, and what GHL answers for an unknown id.

DECISION: GHL's texts for unknown records are not known (searching GHL's issue tracker for the ad-publishing
endpoints found nothing); the official file declares 400 (no 404) for every operation, so an unknown id is a
400 with these texts.
"""

CONNECTIONS = "googleAdsConnections"  # the Google user who connected the location (one record, id "me")
ACCOUNTS = "googleAdsAccounts"  # the Google Ads accounts that user reaches, by customer id
ACCOUNT_NOT_FOUND = "Ad account not found"
INTEGRATIONS = "googleAdsIntegrations"  # the account the location works in (one record, id "integration")
CONVERSIONS = "googleAdsConversions"
CONVERSION_NOT_FOUND = "Conversion not found"
SEGMENTS = "googleAdsSegments"  # custom segments and data segments (user lists), ``kind`` says which
SEGMENT_NOT_FOUND = "Segment not found"
USER_LIST_JOBS = "googleAdsUserListJobs"
AUDIENCES = "googleAdsAudiences"
AUDIENCE_NOT_FOUND = "Audience not found"
ASSETS = "googleAdsAssets"  # call, sitelink and lead-form assets
CAMPAIGNS = "googleAdsCampaigns"  # the ad manager's campaigns (``/ads``), ad groups and ads inside
CAMPAIGN_NOT_FOUND = "Campaign not found"
