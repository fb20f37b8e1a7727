"""What an agent's answer to a message was made from: GHL's "generation details".

GHL records them when its model answers a message; the mock runs no model. DECISION: the control plane
records an answer (``POST /_mock/locations/{locationId}/conversation-ai/generations``: the message, the agent,
what the contact wrote and what the agent answered), and the mock fills in what GHL would have used, from
the state it keeps: the prompt from the agent's personality, goal and instructions, and as knowledge the
FAQs and trained pages of the agent's knowledge bases that share a word (4 letters or more) with the input.

DECISION: details belong to a message of the location (the Conversations area's): recording them for, or
asking them of, a message the location does not have is refused as ``GET /conversations/messages/{id}``
refuses it (400 ``Message with id ... not found``: the official file declares 400 here, no 404). One record per
message (``messageId``, indexed: recording again replaces it), deleted with its message (area.py's cascade).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.conversation_ai.tables import AGENTS, GENERATION_NOT_FOUND, GENERATIONS
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.apis.knowledge_base import crawler, faqs
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant


class Turn(BodyModel):
    role: Literal["user", "assistant"]
    content: str


class GenerationSeed(BodyModel):
    messageId: str = Field(min_length=1)
    agentId: str = Field(min_length=1)
    input: str
    responseMessage: str
    source: Literal["conversation", "workflow"] = "conversation"
    history: list[Turn] = []
    actionLogs: list[dict[str, Any]] = []


def seed_generation(tenant: Tenant, body: GenerationSeed) -> dict[str, Any]:
    """Record that ``agentId`` answered ``messageId``: what GHL keeps when its model answers."""
    tenant.require(MESSAGES, body.messageId)
    agent = tenant.require(AGENTS, body.agentId)
    words = _words(body.input)
    faq_chunks, page_chunks = [], []
    for base_id in agent["knowledgeBaseIds"]:
        faq_chunks += [{"id": faq["id"], "title": faq["question"], "content": f"{faq['question']}\n{faq['answer']}"}
                       for faq in faqs.of_base(tenant, base_id) if words & _words(faq["question"])]
        for page in crawler.trained(tenant, base_id):
            text = crawler.page_text(tenant, page)
            if words & _words(f"{page['title']} {text}"):
                page_chunks.append({"id": page["id"], "url": page["url"], "content": text})
    earlier = tenant.store.find_first(GENERATIONS, "messageId", body.messageId)
    generation = {
        "id": earlier["id"] if earlier else tenant.new_id(), "messageId": body.messageId, "source": body.source, "agentId": agent["id"], "mode": agent["mode"],
        "prompt": f"Personality:\n{agent['personality']}\n\nIntent:\n{agent['goal']}\n\n"
                  f"Additional Information:\n{agent['instructions']}",
        "intent": agent["goal"], "input": body.input, "responseMessage": body.responseMessage,
        "faqs": faq_chunks, "website": page_chunks, "history": [turn.model_dump() for turn in body.history],
        "actionLogs": body.actionLogs, "createdAt": iso_z(tenant.now())}
    return tenant.store.put(GENERATIONS, generation)


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]+", text.lower()) if len(word) >= 4}


def details(tenant: Tenant, message_id: str, source: str) -> dict[str, Any]:
    tenant.require(MESSAGES, message_id)
    generation = tenant.store.find_first(GENERATIONS, "messageId", message_id)
    if generation is None or generation["source"] != source:
        raise BadRequest(GENERATION_NOT_FOUND)
    return {key: value for key, value in generation.items() if key not in ("id", "messageId", "source", "createdAt")}

