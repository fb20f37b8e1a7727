"""The Conversation AI area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.conversation_ai import agents, generations, routes, tables
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.apis.knowledge_base.tables import KNOWLEDGE_BASES
from mock_server.platform.area import Area, Cascade, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "conversation_ai",
    serves="Conversation AI: agents (one primary per location), their actions (booking, handover, stop, transfer, "
           "followups) checked against the location's calendars, workflows, users and agents; generation details "
           "the control plane records",
    apis=(routes.api,),
    tables=(
        Table(tables.AGENTS, indexes=("isPrimary", "knowledgeBaseIds"), not_found=BadRequest(tables.AGENT_NOT_FOUND)),
        Table(tables.ACTIONS, indexes=("agentId",), not_found=BadRequest(tables.ACTION_NOT_FOUND)),
        Table(tables.GENERATIONS, indexes=("messageId",)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/conversation-ai/generations", generations.seed_generation,
             body=generations.GenerationSeed, status=201,
             doc='`{"messageId", "agentId", "input", "responseMessage", "source", "history", "actionLogs"}`: record '
                 "an agent's answer to a message of the location (GHL's model makes it); the prompt and the FAQ and "
                 "page chunks come from the agent and its knowledge bases"),
    ),
    cascades=(
        delete_children(tables.AGENTS, tables.ACTIONS, "agentId"),
        Cascade(KNOWLEDGE_BASES, agents.forget_knowledge_bases,
                "deleting a knowledge base takes it off the agents that answered from it"),
        delete_children(MESSAGES, tables.GENERATIONS, "messageId"),
    ),
    factories="mock_server.apis.conversation_ai.factories:ConversationAiFactories",
    demo="mock_server.apis.conversation_ai.demo:load",
    upstream_allowlist="mock_server.apis.conversation_ai.upstream",
)
