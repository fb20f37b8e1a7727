"""The Affiliates API (affiliate-manager.json)."""
