"""The Documents API (proposals.json)."""
