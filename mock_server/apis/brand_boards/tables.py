"""The Brand Boards area's tables: their names, and what GHL answers for an unknown id."""

BRAND_BOARDS = "brandBoards"
# DECISION: GHL's text for an unknown brand board is not known.
BRAND_BOARD_NOT_FOUND = "Brand board not found"
BRAND_VOICES = "brandVoices"
# DECISION: GHL's text for an unknown brand voice is not known; it follows the brand board's.
BRAND_VOICE_NOT_FOUND = "Brand voice not found"
