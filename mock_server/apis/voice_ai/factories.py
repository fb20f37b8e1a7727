"""The ``ghl`` factories of the Voice AI area: ``ghl.voice_agent()``, ``ghl.voice_action()``, ``ghl.voice_call_log()``."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class VoiceAiFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def voice_agent(self, **fields: Any) -> dict[str, Any]:
        """A voice AI agent of this location (POST /voice-ai/agents), as GHL answers its creation."""
        with self.fake.draw("voice_agent") as (faker, _):
            body = {"locationId": self.location_id, "agentName": f"{faker.first_name()} (AI)",
                    "agentPrompt": "You answer calls for the business and book appointments."}
        return self.api("POST", "/voice-ai/agents", body | fields, what="ghl.voice_agent()")

    def voice_action(self, agent: Ref | None = None, **fields: Any) -> dict[str, Any]:
        """An SMS action of ``agent`` (a new agent if none): give ``actionType`` and ``actionParameters`` for another."""
        agent_id = ref_id(agent) if agent is not None else self.voice_agent()["id"]
        body = {"agentId": agent_id, "locationId": self.location_id, "actionType": "SMS", "name": "Send booking link",
                "actionParameters": {"triggerPrompt": "The caller asks for the booking link",
                                     "triggerMessage": "I am texting you the link now.",
                                     "messageBody": "Book here: https://example.com/book"}}
        return self.api("POST", "/voice-ai/actions", body | fields, what="ghl.voice_action()")

    def voice_call_log(self, agent: Ref | None = None, **fields: Any) -> dict[str, Any]:
        """A call ``agent`` took (a new agent if none), seeded: GHL logs real calls. ``actionIds`` names the
        agent's actions the call executed."""
        agent_id = ref_id(agent) if agent is not None else self.voice_agent()["id"]
        body = {"agentId": agent_id, "fromNumber": self.fake.phone("caller"), "duration": 95,
                "summary": "The caller asked for opening hours.", "transcript": "Agent: Hello!\nCaller: Are you open?"}
        return self.api("POST", f"/_mock/locations/{self.location_id}/voice-ai/call-logs", body | fields,
                        what="ghl.voice_call_log()")
