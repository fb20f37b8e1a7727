"""The Estimate API (invoices.json)."""
