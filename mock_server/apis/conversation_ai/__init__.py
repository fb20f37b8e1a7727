"""The Actions API (conversation-ai.json)."""
