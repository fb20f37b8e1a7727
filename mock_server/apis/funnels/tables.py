"""The Funnels area's tables: their names, and what GHL answers for an unknown id."""

REDIRECTS = "funnelRedirects"
FUNNELS = "funnels"
PAGES = "funnelPages"

# DECISION: GHL's text for an unknown redirect id is not known.
REDIRECT_NOT_FOUND = "Redirect not found"
