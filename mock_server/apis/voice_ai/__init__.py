"""The Agents API (voice-ai.json)."""
