"""The Conversation AI area's part of the demo (``Area.demo``): the main location's primary agent, answering
from the help-centre knowledge base, with a stop action, and the details of one answer it gave."""

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
    demo.seed(demo.main, "conversation-ai/generations", {
        "messageId": "demo-message-1", "agentId": agent["id"], "input": "How much is shipping to Canada?",
        "responseMessage": "Shipping to Canada is a flat $15."})
    demo.made["aiAgents"] = [agent["id"]]
    demo.summary["aiAgents"] = 1
