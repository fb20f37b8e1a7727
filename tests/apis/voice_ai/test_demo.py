"""The Voice AI and Agent Studio parts of the demo sandbox, as the API shows them."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=5, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=1, blog_posts=1, conversations=1)


def test_the_demo_has_a_voice_agent_with_actions_and_calls_and_studio_agents():
    app = build_app(Settings(random_seed="voice-demo"))
    try:
        summary = load_demo(app.world, plan=SMALL)
        token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"],
                                      location_id=summary["mainLocationId"], scopes=None, kind="pit",
                                      expires_in=None, client_id=None, user_id=None,
                                      with_refresh=False)["access_token"]
        api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                           headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
        main = {"locationId": summary["mainLocationId"]}
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
    finally:
        app.world.close()
