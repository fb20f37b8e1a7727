"""The Companies API (agencies)."""
