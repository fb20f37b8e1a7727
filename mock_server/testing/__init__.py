"""Helpers for testing clients against the mock in-process (used by the pytest plugin)."""
