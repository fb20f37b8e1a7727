"""The Google Ads API (ad-manager.json)."""
