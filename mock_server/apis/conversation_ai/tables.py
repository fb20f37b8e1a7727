"""The Conversation AI area's tables: their names, and what GHL answers for an unknown id.

DECISION: GHL's texts for unknown records are not known; the file declares 400 (no 404), so an unknown id is
a 400 with these texts.
"""

AGENTS = "conversationAiAgents"
AGENT_NOT_FOUND = "Agent not found"
ACTIONS = "conversationAiActions"
ACTION_NOT_FOUND = "Action not found"
GENERATIONS = "conversationAiGenerations"  # what an agent's answer to a message was made from (its messageId)
GENERATION_NOT_FOUND = "Generation details not found for this message"
