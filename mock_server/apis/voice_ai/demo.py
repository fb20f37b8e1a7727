"""The Voice AI area's part of the demo (``Area.demo``): a front-desk agent of the main location, its two
actions and three calls it took from the demo's contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    agent = demo.call("POST", "/voice-ai/agents", token=demo.main_token, json={
        "locationId": demo.main, "agentName": "Front desk", "patienceLevel": "high",
        "agentPrompt": "Greet callers, answer questions about opening hours, text them the booking link."})
    sms = demo.call("POST", "/voice-ai/actions", token=demo.main_token, json={
        "agentId": agent["id"], "locationId": demo.main, "actionType": "SMS", "name": "Text the booking link",
        "actionParameters": {"triggerPrompt": "The caller wants to book", "triggerMessage": "Texting you the link.",
                             "messageBody": "Book your visit: https://example.com/book"}})
    demo.call("POST", "/voice-ai/actions", token=demo.main_token, json={
        "agentId": agent["id"], "locationId": demo.main, "actionType": "CALL_TRANSFER", "name": "Transfer to staff",
        "actionParameters": {"triggerPrompt": "The caller asks for a person", "transferToType": "number",
                             "transferToValue": "+18005550123", "triggerMessage": "Connecting you now."}})
    callers = demo.fake.sample(demo.made.get("contacts", []), 3, "voice calls")
    for n, contact_id in enumerate(callers):
        demo.seed(demo.main, "voice-ai/call-logs", {
            "agentId": agent["id"], "contactId": contact_id, "duration": 60 + 45 * n, "trialCall": n == 2,
            "summary": "The caller booked a visit." if n == 0 else "The caller asked about opening hours.",
            "transcript": "Agent: Thanks for calling!\nCaller: Hi.", "actionIds": [sms["id"]] if n == 0 else []})
    demo.summary.update(voiceAgents=1, voiceActions=2, voiceCallLogs=len(callers))
