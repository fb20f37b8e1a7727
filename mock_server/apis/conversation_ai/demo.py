"""The Conversation AI area's part of the demo (``Area.demo``): the main location's primary agent, answering
from the help-centre knowledge base, with a stop action, and one answer it gave (a question and its answer in
the first demo conversation) with its details."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    agent = demo.call("POST", "/conversation-ai/agents", token=demo.main_token, json={
        "name": "Robin", "businessName": "Demo store", "mode": "suggestive", "channels": ["SMS", "Live_Chat"],
        "personality": "Friendly and brief", "goal": "Answer shipping and returns questions",
        "instructions": "Offer a call for anything about an order.",
        "knowledgeBaseIds": demo.made.get("knowledgeBases", [])})
    demo.call("POST", f"/conversation-ai/agents/{agent['id']}/actions", token=demo.main_token, json={
        "type": "stopBot", "name": "Stop when done", "details": {
            "stopBotDetectionType": "Goodbye", "stopBotTriggerCondition": "The contact says goodbye",
            "reactivateEnabled": False, "enabled": True, "stopBotExamples": ["bye", "that's all"],
            "finalMessage": "Glad to help!"}})
    if demo.made.get("conversations"):
        _answer(demo, agent["id"], demo.made["conversations"][0], "How much is shipping to Canada?",
                "Shipping to Canada is a flat $15.")
    demo.made["aiAgents"] = [agent["id"]]
    demo.summary["aiAgents"] = 1


def _answer(demo: DemoLoader, agent_id: str, conversation_id: str, question: str, answer: str) -> None:
    """The contact asks, the agent answers (a message sent), and what the answer was made from is recorded."""
    contact_id = demo.call("GET", f"/conversations/{conversation_id}", token=demo.main_token)["contactId"]
    demo.call("POST", "/conversations/messages/inbound", token=demo.main_token, json={
        "type": "SMS", "conversationId": conversation_id, "contactId": contact_id, "message": question})
    sent = demo.call("POST", "/conversations/messages", token=demo.main_token, json={
        "type": "SMS", "contactId": contact_id, "message": answer})
    demo.seed(demo.main, "conversation-ai/generations", {
        "messageId": sent["messageId"], "agentId": agent_id, "input": question, "responseMessage": answer})
    demo.summary["messages"] += 2
    demo.summary["aiAnsweredMessageId"] = sent["messageId"]
