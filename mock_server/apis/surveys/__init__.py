"""The Surveys API (surveys.json)."""
