"""The Category Queue API (v3/social-planner-v3.json)."""
