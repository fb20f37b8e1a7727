"""The Agent Studio area's tables, all of the location's tenant, and what GHL answers for an unknown id.

- ``agentStudioAgents``: the location's agents (their metadata);
- ``agentStudioVersions``: each agent's versions (its graph of nodes and edges; ``agentId`` indexed);
- ``agentStudioExecutions``: the conversations run against an agent (``agentId`` indexed).
"""

from __future__ import annotations

AGENTS = "agentStudioAgents"
VERSIONS = "agentStudioVersions"
EXECUTIONS = "agentStudioExecutions"

# The texts of agent-studio.json's 404s (their descriptions are the only texts it gives).
AGENT_NOT_FOUND = "Agent not found"
VERSION_NOT_FOUND = "Version not found"
AGENT_NOT_AVAILABLE = "Agent not found or not available"  # an agent that is not active, on a read
# DECISION: GHL's text for an unknown executionId is not known; a 400, the status the file gives invalid requests.
EXECUTION_NOT_FOUND = "Execution not found for the id: {id}"
