"""The Voice AI and Agent Studio parts of the demo sandbox, as the API shows them."""

from __future__ import annotations


def test_the_demo_has_a_voice_agent_with_actions_and_calls_and_studio_agents(small_demo):
    api, summary, main = small_demo.api, small_demo.summary, {"locationId": small_demo.main}
    agents = api.get("/voice-ai/agents", params=main).json()["agents"]
    assert len(agents) == summary["voiceAgents"] == 1
    assert len(agents[0]["actions"]) == summary["voiceActions"] == 2
    logs = api.get("/voice-ai/dashboard/call-logs", params=main).json()
    assert logs["total"] == summary["voiceCallLogs"] == 3
    assert api.get("/voice-ai/dashboard/call-logs", params={**main, "actionType": "SMS"}).json()["total"] == 1
    studio = api.get("/agent-studio/agent", params={**main, "limit": "10", "offset": "0"}).json()
    assert studio["pagination"]["total"] == summary["studioAgents"] == 2
    published = api.get("/agent-studio/agent", params={**main, "limit": "10", "offset": "0",
                                                        "isPublished": "true"}).json()["agents"]
    run = api.post(f"/agent-studio/agent/{published[0]['agentId']}/execute",
                   json={**main, "message": "Hi", "inputVariables": {"customerName": "Ann"}}).json()
    assert run["response"] == "Hello Ann, how can I help?"
