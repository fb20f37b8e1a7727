"""The Phone Numbers API (phone-system.json)."""
