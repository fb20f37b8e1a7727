"""The Agents area's tables: their names, and what GHL answers for an unknown id."""

VERSIONS = "versions"
# DECISION: GHL's text for an unknown version is not known.
VERSION_NOT_FOUND = "Version not found"
AGENTS = "agents"
# DECISION: GHL's text for an unknown agent is not known.
AGENT_NOT_FOUND = "Agent not found"
