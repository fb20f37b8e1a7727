"""The Category Queue area's tables: their names, and what GHL answers for an unknown id."""

QUEUES = "socialCategoryQueues"
# A queue's items: the live ones (``sessionId`` None) and an open edit session's drafts of them.
ITEMS = "socialQueueItems"
SESSIONS = "socialQueueEditSessions"

# DECISION: GHL's texts for unknown queue ids are not known; the mock's usual "<Thing> not found".
QUEUE_NOT_FOUND = "Queue not found"
ITEM_NOT_FOUND = "Queue item not found"
SESSION_NOT_FOUND = "Edit session not found"
