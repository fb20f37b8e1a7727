"""The Templates API (emails.json)."""
