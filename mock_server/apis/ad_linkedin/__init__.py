"""The LinkedIn Ads API (ad-manager.json)."""
