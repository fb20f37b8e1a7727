"""The Agents API (agent-studio.json)."""
