"""The Saas API (saas-api.json)."""
