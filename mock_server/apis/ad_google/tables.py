"""The Google Ads area's tables: their names, and what GHL answers for an unknown id."""

CAMPAIGNS = "campaigns"
# DECISION: GHL's text for an unknown campaign is not known.
CAMPAIGN_NOT_FOUND = "Campaign not found"
CONVERSIONS = "conversions"
# DECISION: GHL's text for an unknown conversion is not known.
CONVERSION_NOT_FOUND = "Conversion not found"
AD_ACCOUNTS = "adAccounts"
# DECISION: GHL's text for an unknown ad account is not known.
AD_ACCOUNT_NOT_FOUND = "Ad account not found"
SEGMENTS = "segments"
# DECISION: GHL's text for an unknown segment is not known.
SEGMENT_NOT_FOUND = "Segment not found"
AUDIENCES = "audiences"
# DECISION: GHL's text for an unknown audience is not known.
AUDIENCE_NOT_FOUND = "Audience not found"
ADS = "ads"
# DECISION: GHL's text for an unknown ad is not known.
AD_NOT_FOUND = "Ad not found"
