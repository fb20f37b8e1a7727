"""The Forms API (forms.json)."""
