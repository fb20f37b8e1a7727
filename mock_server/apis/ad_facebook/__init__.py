"""The Facebook Integration API (ad-manager.json)."""
