"""The Object Schema API (objects.json)."""
