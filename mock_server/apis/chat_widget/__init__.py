"""The Chat Widget API (v3/chat-widget-v3.json)."""
