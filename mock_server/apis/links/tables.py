"""The Trigger Links area's tables: their names, and what GHL answers for an unknown id."""

LINKS = "links"
# DECISION: GHL's text for an unknown link is not known.
LINK_NOT_FOUND = "Link not found"
