"""The Brand Boards API (brand-boards.json)."""
