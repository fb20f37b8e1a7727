"""The SaaS area's tables (all in the agency's tenant) and what GHL answers for an unknown id."""

PLANS = "saasPlans"  # the agency's SaaS plans, made in GHL's UI: seeded through the control plane
SUBSCRIPTIONS = "saasSubscriptions"  # one per SaaS-enabled location, indexed by ``locationId``
REBILLING = "saasRebilling"  # one per location with rebilling set, indexed by ``locationId``

# DECISION: GHL's text for an unknown plan is not known; the official file declares 404 for every operation.
PLAN_NOT_FOUND = "SaaS plan not found"
