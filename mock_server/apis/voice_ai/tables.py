"""The Voice AI area's tables, all of the location's tenant, and what GHL answers for an unknown id.

- ``voiceAiAgents``: the location's voice agents (``inboundNumber`` indexed: a number answers for one agent);
- ``voiceAiActions``: what an agent may do during a call (``agentId`` indexed: they go with their agent);
- ``voiceAiCallLogs``: the calls agents took (seeded: GHL records them from real calls; ``agentId`` indexed).
"""

from __future__ import annotations

AGENTS = "voiceAiAgents"
ACTIONS = "voiceAiActions"
CALL_LOGS = "voiceAiCallLogs"

# DECISION: voice-ai.json declares no 404: an unknown id is a 400, as GHL's other AI agents answer it
# ("No Agent found for the id: ..." from /conversation-ai/agents/{id}, GoHighLevel/highlevel-api-docs#293).
AGENT_NOT_FOUND = "No Agent found for the id: {id}"
ACTION_NOT_FOUND = "No Action found for the id: {id}"
CALL_LOG_NOT_FOUND = "No Call Log found for the id: {id}"
