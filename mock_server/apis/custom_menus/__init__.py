"""The Custom Menu Links API (custom-menus.json)."""
