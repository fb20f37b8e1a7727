"""The Facebook integration area's tables: their names, and what GHL answers for an unknown id or a missing link.

Facebook's own ids (pages, ad accounts, pixels, published lead forms) are fields, not store keys: the store's
ids are unique across every location, and one Facebook page or ad account may be connected to several.
"""

# What Facebook holds, as GHL received it when the location's user connected (seeded: the control plane).
FB_USERS = "facebookUsers"
FB_PAGES = "facebookPages"
FB_AD_ACCOUNTS = "facebookAdAccounts"
FB_PIXELS = "facebookPixels"
# What GHL keeps: the location's integration, its lead forms (published and drafts) and conversation forms.
FB_INTEGRATIONS = "facebookIntegrations"
FB_LEAD_FORMS = "facebookLeadForms"
FB_CONVERSATION_FORMS = "facebookConversationForms"

# DECISION: GHL's texts for these are not documented; the mock says what is missing, in GHL's usual words.
NOT_CONNECTED = "Facebook account is not connected for this location"
INTEGRATION_NOT_FOUND = "Facebook integration not found"
INTEGRATION_DISCONNECTED = "Facebook integration is not connected"
PAGE_NOT_FOUND = "Facebook page not found"
PAGE_NOT_LINKED = "Facebook page is not connected to the integration"
AD_ACCOUNT_NOT_FOUND = "Ad account not found"
AD_ACCOUNT_NOT_LINKED = "Ad account is not connected to the integration"
LEAD_FORM_NOT_FOUND = "Lead form not found"
PIXEL_NOT_FOUND = "Conversion pixel not found"
CONVERSATION_FORM_NOT_FOUND = "Conversation form not found"
