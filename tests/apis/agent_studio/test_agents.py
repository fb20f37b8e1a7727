"""Agent Studio agents (agent-studio.json): made with a staging version, listed while active, deleted whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

AGENTS = "/agent-studio/agent"


def test_agent_lifecycle(ghl):
    ghl.freeze(datetime(2025, 3, 1, tzinfo=UTC))
    api, at = ghl.client(), {"locationId": ghl.location_id}
    created = api.post(AGENTS, json={"locationId": ghl.location_id, "name": "Helper", "status": "active",
                                     "authorId": "usr_1", "version": {"versionName": "First"}})
    assert created.status_code == 201, created.text
    body = created.json()
    agent_id, version = body["agent"]["agentId"], body["versions"][0]
    assert (body["success"], body["agent"]["name"], body["agent"]["agencyId"], body["agent"]["authorId"]) == \
        (True, "Helper", ghl.company_id, "usr_1")
    assert (version["versionName"], version["state"], version["isPublished"], version["version"]) == \
        ("First", "staging", False, 1)

    read = api.get(f"{AGENTS}/{agent_id}", params=at).json()["agent"]
    assert (read["agentId"], read["status"], read["productionVersion"], read["createdAt"]) == \
        (agent_id, "active", None, "2025-03-01T00:00:00.000Z")
    assert [(v["versionId"], v["state"]) for v in read["versions"]] == [(version["versionId"], "staging")]

    ghl.advance(60)
    renamed = api.patch(f"{AGENTS}/{agent_id}", json={"locationId": ghl.location_id, "name": "Helper 2"}).json()
    assert (renamed["data"]["name"], renamed["data"]["updatedAt"]) == ("Helper 2", "2025-03-01T00:01:00.000Z")
    listed = api.get(AGENTS, params={**at, "limit": "10", "offset": "0"}).json()
    assert [(a["agentId"], a["name"]) for a in listed["agents"]] == [(agent_id, "Helper 2")]
    assert listed["pagination"] == {"total": 1, "limit": 10, "offset": 0, "hasMore": False}

    deleted = api.delete(f"{AGENTS}/{agent_id}", params=at)
    assert deleted.json() | {"traceId": None} == {"success": True, "message": "Agent deleted successfully",
                                                  "agentId": agent_id, "traceId": None}
    gone = api.get(f"{AGENTS}/{agent_id}", params=at)
    assert (gone.status_code, gone.json()["message"]) == (404, "Agent not found")
    version_gone = api.patch(f"{AGENTS}/versions/{version['versionId']}", json={"locationId": ghl.location_id})
    assert (version_gone.status_code, version_gone.json()["message"]) == (404, "Version not found")
    assert api.get(AGENTS, params={**at, "limit": "10", "offset": "0"}).json()["agents"] == []


def test_only_active_agents_are_listed_and_read(ghl):
    agent_id = ghl.studio_agent()["agent"]["agentId"]
    api, at = ghl.client(), {"locationId": ghl.location_id}
    api.patch(f"{AGENTS}/{agent_id}", json={"locationId": ghl.location_id, "status": "inactive"})
    hidden = api.get(f"{AGENTS}/{agent_id}", params=at)
    assert (hidden.status_code, hidden.json()["message"]) == (404, "Agent not found or not available")
    assert api.get(AGENTS, params={**at, "limit": "5", "offset": "0"}).json()["agents"] == []
    api.patch(f"{AGENTS}/{agent_id}", json={"locationId": ghl.location_id, "status": "active"})
    assert api.get(f"{AGENTS}/{agent_id}", params=at).status_code == 200


@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_listing_pages_and_filters_published_agents(ghl):
    drafts = [ghl.studio_agent()["agent"]["agentId"] for _ in range(2)]
    published = ghl.published_studio_agent()["agent"]["agentId"]
    api, at = ghl.client(), {"locationId": ghl.location_id}
    page = api.get(AGENTS, params={**at, "limit": "2", "offset": "1"}).json()
    assert ([a["agentId"] for a in page["agents"]], page["pagination"]) == \
        ([drafts[1], drafts[0]], {"total": 3, "limit": 2, "offset": 1, "hasMore": False})
    only = api.get(AGENTS, params={**at, "limit": "10", "offset": "0", "isPublished": "true"}).json()
    assert [a["agentId"] for a in only["agents"]] == [published]
    deprecated = api.get("/agent-studio/public-api/agents", params={**at, "limit": "10", "offset": "0"}).json()
    assert [a["agentId"] for a in deprecated["agents"]] == [published]
    old_read = api.get(f"/agent-studio/public-api/agents/{published}", params=at).json()["agent"]
    assert old_read["productionVersion"]["isPublished"] is True


@pytest.mark.ghl_allow_violations
def test_a_version_object_must_hold_what_it_names(ghl):
    api = ghl.client()
    answer = api.post(AGENTS, json={"locationId": ghl.location_id, "status": "active",
                                    "version": {"nodes": "start", "globalConfig": [], "versionName": 3}})
    assert (answer.status_code, answer.json()["message"]) == (422, [
        "version.nodes must be an array of objects", "version.globalConfig must be an object",
        "version.versionName must be a string"])
    assert api.post(AGENTS, json={"locationId": ghl.location_id, "status": "active"}).status_code == 422
    assert api.get(AGENTS, params={"locationId": ghl.location_id, "limit": "x", "offset": "0"}).status_code == 422
    assert api.get(AGENTS, params={"locationId": ghl.location_id, "limit": "10", "offset": "0"}).json()["agents"] == []


def test_agents_stay_in_their_location(ghl):
    created, second = ghl.studio_agent(), ghl.location()["id"]
    agent_id, version_id = created["agent"]["agentId"], created["versions"][0]["versionId"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert other.get(f"{AGENTS}/{agent_id}", params={"locationId": second}).status_code == 403
    assert other.patch(f"{AGENTS}/versions/{version_id}", json={"locationId": second}).status_code == 403
    assert other.get(AGENTS, params={"locationId": second, "limit": "9", "offset": "0"}).json()["agents"] == []


def test_scopes(ghl):
    agent_id = ghl.studio_agent()["agent"]["agentId"]
    reader, at = ghl.client(scopes=["agent-studio.readonly"]), {"locationId": ghl.location_id}
    assert reader.get(f"{AGENTS}/{agent_id}", params=at).status_code == 200
    refused = reader.delete(f"{AGENTS}/{agent_id}", params=at)
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
