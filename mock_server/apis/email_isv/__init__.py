"""The Email Verification API (email-isv.json)."""
