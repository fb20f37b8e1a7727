"""The businesses area's table, named apart so the areas that read businesses import no domain code."""

BUSINESSES = "businesses"
# DECISION: GHL's text for an unknown business id is not known.
BUSINESS_NOT_FOUND = "Business not found"
