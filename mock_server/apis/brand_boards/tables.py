"""The Brand Boards area's tables: their names, and what GHL answers for an unknown id."""

BRAND_BOARDS = "brandBoards"
# DECISION: GHL's text for an unknown brand board is not known.
BRAND_BOARD_NOT_FOUND = "Brand board not found"
