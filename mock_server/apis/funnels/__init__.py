"""The Redirect API (funnels.json)."""
