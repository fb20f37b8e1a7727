"""The Facebook Ads API (ad-manager.json)."""
