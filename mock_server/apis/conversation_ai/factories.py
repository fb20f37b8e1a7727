"""The ``ghl`` factories of the Conversation AI area."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class ConversationAiFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def ai_agent(self, **overrides: Any) -> dict[str, Any]:
        """A Conversation AI agent of this location (POST /conversation-ai/agents), as GHL answers it."""
        with self.fake.draw("ai_agent") as (faker, n):
            body = {"name": f"{faker.first_name()} the assistant {n}", "businessName": faker.company(),
                    "personality": "Friendly and brief", "goal": "Answer questions and book appointments",
                    "instructions": "Never quote prices; offer a call instead.", "channels": ["SMS", "Live_Chat"]}
        return self.api("POST", "/conversation-ai/agents", body | overrides, what="ghl.ai_agent()")

    def ai_agent_action(self, agent: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A stop-bot action of ``agent`` (a new agent if none); override ``type``/``details`` for another kind."""
        agent_id = ref_id(agent) if agent is not None else self.ai_agent()["id"]
        body = {"type": "stopBot", "name": "Stop when done", "details": {
            "stopBotDetectionType": "Goodbye", "stopBotTriggerCondition": "The contact says goodbye",
            "reactivateEnabled": False, "enabled": True, "stopBotExamples": ["bye", "thanks, that's all"],
            "finalMessage": "Glad to help!"}}
        return self.api("POST", f"/conversation-ai/agents/{agent_id}/actions", body | overrides,
                        what="ghl.ai_agent_action()")["data"]
