"""The Trigger Links API (links.json)."""
