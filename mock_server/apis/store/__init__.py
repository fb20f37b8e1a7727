"""The Shipping Zone API (store.json)."""
