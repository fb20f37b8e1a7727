"""Voice AI agents (voice-ai.json): defaults filled in, listed with their actions, numbers owned and unshared."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream


def test_agent_lifecycle(ghl):
    api = ghl.client()
    created = api.post("/voice-ai/agents", json={"locationId": ghl.location_id, "agentName": "Front desk"})
    assert created.status_code == 201, created.text
    agent = created.json()
    location = api.get(f"/locations/{ghl.location_id}").json()["location"]
    assert (agent["agentName"], agent["businessName"], agent["timezone"], agent["language"], agent["locationId"]) == \
        ("Front desk", location["name"], location["timezone"], "en-US", ghl.location_id)
    assert "actions" not in agent
    url, params = f"/voice-ai/agents/{agent['id']}", {"locationId": ghl.location_id}

    patched = api.patch(url, params=params, json={"patienceLevel": "high", "maxCallDuration": 600}).json()
    assert (patched["patienceLevel"], patched["maxCallDuration"], patched["agentName"]) == ("high", 600,
                                                                                            "Front desk")
    read = api.get(url, params=params).json()
    assert (read["patienceLevel"], read["actions"]) == ("high", [])
    listed = api.get("/voice-ai/agents", params=params).json()
    assert (listed["total"], [a["id"] for a in listed["agents"]]) == (1, [agent["id"]])

    deleted = api.delete(url, params=params)
    assert (deleted.status_code, deleted.content) == (204, b"")
    gone = api.get(url, params=params)
    assert (gone.status_code, gone.json()["message"]) == (400, f"No Agent found for the id: {agent['id']}")
    assert api.get("/voice-ai/agents", params=params).json()["agents"] == []


def test_list_searches_names_newest_first_and_pages(ghl):
    support, _, sales = (ghl.voice_agent(agentName=name) for name in ("Support line", "Reception", "Sales line"))
    api, params = ghl.client(), {"locationId": ghl.location_id}
    found = api.get("/voice-ai/agents", params={**params, "query": "LINE"}).json()
    assert ([a["id"] for a in found["agents"]], found["total"]) == ([sales["id"], support["id"]], 2)
    page = api.get("/voice-ai/agents", params={**params, "page": 2, "pageSize": 2}).json()
    assert ([a["id"] for a in page["agents"]], page["total"], page["page"], page["pageSize"]) == \
        ([support["id"]], 3, 2, 2)


def test_an_agent_answers_on_a_number_of_its_location_and_alone(ghl):
    api = ghl.client()
    number = ghl.phone_number()["phoneNumber"]
    unowned = api.post("/voice-ai/agents", json={"locationId": ghl.location_id, "inboundNumber": "+15550001111"})
    assert (unowned.status_code, unowned.json()["message"]) == \
        (400, "Phone number +15550001111 does not belong to this location")
    first = ghl.voice_agent(inboundNumber=number)
    second = api.post("/voice-ai/agents", json={"locationId": ghl.location_id, "inboundNumber": number})
    assert (second.status_code, second.json()["message"]) == \
        (400, f"Phone number {number} is already assigned to agent {first['id']}")
    # the agent itself may be saved with its own number, and the number is free again once it is deleted
    params = {"locationId": ghl.location_id}
    assert api.patch(f"/voice-ai/agents/{first['id']}", params=params, json={"inboundNumber": number}).status_code == 200
    api.delete(f"/voice-ai/agents/{first['id']}", params=params)
    assert ghl.voice_agent(inboundNumber=number)["inboundNumber"] == number


def test_what_an_agent_names_must_exist(ghl):
    api, body = ghl.client(), {"locationId": ghl.location_id}
    missing_workflow = api.post("/voice-ai/agents", json={**body, "callEndWorkflowIds": ["nope"]})
    assert (missing_workflow.status_code, missing_workflow.json()["message"]) == (400, "Workflow not found")
    missing_pool = api.post("/voice-ai/agents", json={**body, "numberPoolId": "nope"})
    assert (missing_pool.status_code, missing_pool.json()["message"]) == (400, "Number pool nope not found")
    workflow = api.post(f"/_mock/locations/{ghl.location_id}/workflows", json={"name": "After call"}).json()
    pool = ghl.number_pool()
    agent = ghl.voice_agent(callEndWorkflowIds=[workflow["id"]], numberPoolId=pool["id"])
    assert (agent["callEndWorkflowIds"], agent["numberPoolId"]) == ([workflow["id"]], pool["id"])


def test_working_hours_must_end_after_they_start(ghl):
    hours = [{"dayOfTheWeek": 1, "intervals": [{"startHour": 17, "endHour": 9, "startMinute": 0, "endMinute": 0}]}]
    answer = ghl.client().post("/voice-ai/agents", json={"locationId": ghl.location_id, "agentWorkingHours": hours})
    assert (answer.status_code, answer.json()["message"]) == \
        (400, "agentWorkingHours.1: an interval must end after it starts")


@pytest.mark.ghl_allow_violations
def test_the_file_bounds_are_kept(ghl):
    api, body = ghl.client(), {"locationId": ghl.location_id}
    assert api.get("/voice-ai/agents", params={**body, "pageSize": 51}).status_code == 422
    for bad in ({"agentName": "x" * 41}, {"maxCallDuration": 100}, {"timezone": "Eastern"}, {"language": "xx"}):
        assert api.post("/voice-ai/agents", json={**body, **bad}).status_code == 422, bad


def test_agents_stay_in_their_location(ghl):
    agent, second = ghl.voice_agent(), ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert other.get(f"/voice-ai/agents/{agent['id']}", params={"locationId": second}).status_code == 403
    assert other.get("/voice-ai/agents", params={"locationId": ghl.location_id}).status_code == 403
    assert other.get("/voice-ai/agents", params={"locationId": second}).json()["agents"] == []


def test_scopes(ghl):
    agent, params = ghl.voice_agent(), {"locationId": ghl.location_id}
    reader = ghl.client(scopes=["voice-ai-agents.readonly"])
    assert reader.get(f"/voice-ai/agents/{agent['id']}", params=params).status_code == 200
    refused = reader.delete(f"/voice-ai/agents/{agent['id']}", params=params)
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client(scopes=["voice-ai-dashboard.readonly"]).get("/voice-ai/agents", params=params).status_code == 401


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    agent, api, params = ghl.voice_agent(), ghl.client(), {"locationId": ghl.location_id}
    ghl.voice_action(agent)
    path = "/voice-ai/agents/{agentId}"
    for method, answer in (("PATCH", api.patch(f"/voice-ai/agents/{agent['id']}", params=params,
                                               json={"translation": {"enabled": True, "language": "es"}})),
                           ("GET", api.get(f"/voice-ai/agents/{agent['id']}", params=params))):
        assert upstream.response_problems("voice-ai.json", method, path, 200, answer.json()) == [], method
