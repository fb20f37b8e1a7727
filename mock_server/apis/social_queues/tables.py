"""The Category Queue area's tables: their names, and what GHL answers for an unknown id."""

QUEUES = "queues"
# DECISION: GHL's text for an unknown queue is not known.
QUEUE_NOT_FOUND = "Queue not found"
ITEMS = "items"
# DECISION: GHL's text for an unknown item is not known.
ITEM_NOT_FOUND = "Item not found"
