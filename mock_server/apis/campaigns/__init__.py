"""The Campaigns API (campaigns.json): a location's campaigns, read-only (seeded through the control plane)."""
