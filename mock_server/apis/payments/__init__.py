"""The Custom Provider API (payments.json)."""
