"""The Custom Menu Links area's tables: their names, and what GHL answers for an unknown id."""

CUSTOM_MENUS = "customMenus"
# DECISION: GHL's text for an unknown custom menu is not known.
CUSTOM_MENU_NOT_FOUND = "Custom menu not found"
