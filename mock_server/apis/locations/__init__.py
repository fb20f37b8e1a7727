"""The Locations API (sub-accounts)."""
