"""The Chat Widget area's table: its name, and what GHL answers for an unknown id."""

CHAT_WIDGETS = "chatWidgets"
# DECISION: GHL's text for an unknown chat widget is not known (the file declares a 404 with NotFoundDTO).
CHAT_WIDGET_NOT_FOUND = "Chat widget not found"
