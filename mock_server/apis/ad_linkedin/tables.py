"""The LinkedIn Ads area's tables: their names, and what GHL answers for an unknown id.

Named ``linkedin...``: the Facebook and Google parts of the same official file (other areas) keep their own.
"""

# The location's LinkedIn integration: the draft the OAuth connection leaves (id DRAFT, written by the control
# plane: GHL's API cannot connect LinkedIn) and the one completed with an ad account (id ACTIVE).
INTEGRATIONS = "linkedinIntegrations"
DRAFT = "draft"
ACTIVE = "active"
# A campaign group GHL keeps (its draft, and its LinkedIn ids once published), with its campaigns and ads.
CAMPAIGN_GROUPS = "linkedinCampaignGroups"
# The lead gen forms created on an ad account, by the LinkedIn ad account's id (``adAccountId``).
LEAD_FORMS = "linkedinLeadForms"

# DECISION: GHL's texts for these unknowns are not known (no live answer in GHL's issue tracker).
CAMPAIGN_GROUP_NOT_FOUND = "Campaign group not found"
