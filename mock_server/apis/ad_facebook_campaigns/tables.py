"""The Facebook campaigns area's tables: their names, and what GHL answers for an unknown id."""

CAMPAIGNS = "fbCampaigns"
ADSETS = "fbAdSets"
ADS = "fbAds"
AUDIENCES = "fbCustomAudiences"

# DECISION: GHL's texts for unknown ids are not known (the file declares 400 and no 404): these, as a 400.
CAMPAIGN_NOT_FOUND = "Campaign not found"
ADSET_NOT_FOUND = "Adset not found"
AD_NOT_FOUND = "Ad not found"
AUDIENCE_NOT_FOUND = "Custom audience not found"
