"""The Agents area's tables: their names, and what GHL answers for an unknown id."""

AGENTS = "agents"
# DECISION: GHL's text for an unknown agent is not known.
AGENT_NOT_FOUND = "Agent not found"
CALLS = "calls"
# DECISION: GHL's text for an unknown call is not known.
CALL_NOT_FOUND = "Call not found"
ACTIONS = "actions"
# DECISION: GHL's text for an unknown action is not known.
ACTION_NOT_FOUND = "Action not found"
