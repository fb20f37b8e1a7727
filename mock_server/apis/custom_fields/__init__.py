"""The Custom Fields V2 API (custom-fields.json)."""
