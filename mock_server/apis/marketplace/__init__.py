"""The Wallet Charges API (marketplace.json)."""
