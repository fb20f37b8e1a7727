"""Conversation AI agents (conversation-ai.json): created with GHL's defaults, one primary per location,
searched, updated, deleted with their actions; their knowledge bases must be the location's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from mock_server.contracts import upstream

AGENT = {"name": "Robin", "personality": "Friendly", "goal": "Book calls", "instructions": "Be brief."}


def test_agent_lifecycle(ghl):
    ghl.freeze(datetime(2025, 1, 1, tzinfo=UTC))
    base, api = ghl.knowledge_base(), ghl.client()
    created = api.post("/conversation-ai/agents", json={**AGENT, "knowledgeBaseIds": [base["id"]]})
    assert created.status_code == 201
    agent = created.json()
    assert agent | {"traceId": None} == {
        "id": agent["id"], "locationId": ghl.location_id, "name": "Robin", "personality": "Friendly",
        "goal": "Book calls", "instructions": "Be brief.", "mode": "off", "channels": [], "isPrimary": True,
        "waitTime": 2, "waitTimeUnit": "seconds", "sleepEnabled": False, "autoPilotMaxMessages": 75,
        "knowledgeBaseIds": [base["id"]], "respondToImages": False, "respondToAudio": False, "actions": [],
        "createdAt": "2025-01-01T00:00:00.000Z", "updatedAt": "2025-01-01T00:00:00.000Z", "traceId": None}
    assert api.get(f"/conversation-ai/agents/{agent['id']}").json()["name"] == "Robin"

    ghl.advance(30)
    updated = api.put(f"/conversation-ai/agents/{agent['id']}", json={"mode": "auto-pilot",
                                                                      "autoPilotMaxMessages": 20})
    assert (updated.status_code, updated.json()["mode"], updated.json()["autoPilotMaxMessages"],
            updated.json()["name"], updated.json()["updatedAt"]) == (200, "auto-pilot", 20, "Robin",
                                                                     "2025-01-01T00:00:30.000Z")
    action = ghl.ai_agent_action(agent)
    assert api.get(f"/conversation-ai/agents/{agent['id']}").json()["actions"] == [
        {"id": action["id"], "type": "stopBot"}]

    deleted = api.delete(f"/conversation-ai/agents/{agent['id']}")
    assert (deleted.status_code, deleted.json()["success"], deleted.json()["id"]) == (200, True, agent["id"])
    for answer in (api.get(f"/conversation-ai/agents/{agent['id']}"),
                   api.get(f"/conversation-ai/agents/{agent['id']}/actions/list"),
                   api.delete(f"/conversation-ai/agents/{agent['id']}")):
        assert (answer.status_code, answer.json()["message"]) == (400, "Agent not found")
    assert api.get("/conversation-ai/agents/search").json()["agents"] == []


def test_one_primary_agent_per_location(ghl):
    first, second = ghl.ai_agent(), ghl.ai_agent()
    assert (first["isPrimary"], second["isPrimary"]) == (True, False)
    api = ghl.client()
    api.put(f"/conversation-ai/agents/{second['id']}", json={"isPrimary": True, "mode": "suggestive",
                                                              "autoPilotMaxMessages": 75})
    assert api.get(f"/conversation-ai/agents/{first['id']}").json()["isPrimary"] is False
    assert api.get(f"/conversation-ai/agents/{second['id']}").json()["isPrimary"] is True


@pytest.mark.ghl_allow_violations
def test_becoming_primary_needs_a_mode(ghl):
    agent = ghl.ai_agent()
    answer = ghl.client().put(f"/conversation-ai/agents/{agent['id']}", json={"isPrimary": True,
                                                                              "autoPilotMaxMessages": 75})
    assert (answer.status_code, answer.json()["message"]) == (422, ["mode is required when isPrimary is true"])


def test_search_filters_by_name_and_pages_after_an_agent(ghl):
    booking, _, rebooking = (ghl.ai_agent(name=name) for name in ("Booking bot", "Support", "Rebooking"))
    api = ghl.client()
    found = api.get("/conversation-ai/agents/search", params={"query": "booking", "limit": 1}).json()
    assert ([a["id"] for a in found["agents"]], found["count"], found["totalCount"]) == ([booking["id"]], 1, 3)
    assert found["agents"][0]["goal"] == {"prompt": booking["goal"], "type": "custom", "actionId": None}
    rest = api.get("/conversation-ai/agents/search", params={"query": "booking", "startAfter": booking["id"]}).json()
    assert [a["id"] for a in rest["agents"]] == [rebooking["id"]]
    assert api.get("/conversation-ai/agents/search", params={"startAfter": "nope"}).status_code == 400


@pytest.mark.ghl_allow_violations
def test_the_files_limits_are_kept(ghl):
    api = ghl.client()
    too_slow = api.post("/conversation-ai/agents", json={**AGENT, "waitTime": 6, "waitTimeUnit": "minutes"})
    assert (too_slow.status_code, too_slow.json()["message"]) == (422, ["waitTime must not be greater than 5 minutes"])
    too_many = api.post("/conversation-ai/agents", json={**AGENT, "autoPilotMaxMessages": 101})
    assert (too_many.status_code, too_many.json()["message"]) == (
        422, ["autoPilotMaxMessages must not be greater than 100"])
    assert api.get("/conversation-ai/agents/search").json()["totalCount"] == 0


def test_knowledge_bases_must_be_the_locations_and_leave_with_deletion(ghl):
    api, base, foreign = ghl.client(), ghl.knowledge_base(), ghl.location()["id"]
    unknown = api.post("/conversation-ai/agents", json={**AGENT, "knowledgeBaseIds": ["nope"]})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Knowledge base not found")
    theirs = ghl.client(token=ghl.token(location_id=foreign)).post(
        "/knowledge-bases/", json={"locationId": foreign, "name": "Theirs"}).json()["data"]
    refused = api.post("/conversation-ai/agents", json={**AGENT, "knowledgeBaseIds": [theirs["id"]]})
    assert (refused.status_code, refused.json()["message"]) == (400, "Knowledge base not found")
    agent = ghl.ai_agent(knowledgeBaseIds=[base["id"]])
    api.delete(f"/knowledge-bases/{base['id']}")
    assert api.get(f"/conversation-ai/agents/{agent['id']}").json()["knowledgeBaseIds"] == []


def test_another_locations_agents_are_unknown(ghl):
    agent, elsewhere = ghl.ai_agent(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=elsewhere))
    for answer in (api.get(f"/conversation-ai/agents/{agent['id']}"),
                   api.put(f"/conversation-ai/agents/{agent['id']}", json={"autoPilotMaxMessages": 5}),
                   api.delete(f"/conversation-ai/agents/{agent['id']}")):
        assert answer.status_code == 403, answer.text
    assert api.get("/conversation-ai/agents/search").json()["totalCount"] == 0
    mine = api.post("/conversation-ai/agents", json=AGENT).json()
    assert mine["isPrimary"] is True  # the first agent of that location
    assert [a["id"] for a in ghl.client().get("/conversation-ai/agents/search").json()["agents"]] == [agent["id"]]


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl):
    agent = ghl.ai_agent()
    reader = ghl.client(scopes=["conversation-ai.readonly"])
    assert reader.get(f"/conversation-ai/agents/{agent['id']}").status_code == 200
    refused = reader.delete(f"/conversation-ai/agents/{agent['id']}")
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client().get(f"/conversation-ai/agents/{agent['id']}").status_code == 200


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    agent, api = ghl.ai_agent(), ghl.client()
    ghl.ai_agent_action(agent)
    url, path = f"/conversation-ai/agents/{agent['id']}", "/conversation-ai/agents/{agentId}"
    answers = {("GET", path): api.get(url), ("PUT", path): api.put(url, json={"autoPilotMaxMessages": 9}),
               ("GET", "/conversation-ai/agents/search"): api.get("/conversation-ai/agents/search"),
               ("DELETE", path): api.delete(url)}
    for (method, template), answer in answers.items():
        assert upstream.response_problems("conversation-ai.json", method, template, 200, answer.json()) == [], \
            (method, template)
