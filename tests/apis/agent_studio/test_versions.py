"""Agent Studio versions (agent-studio.json): edited while unpublished, promoted to production, a new draft after."""

from __future__ import annotations

import pytest

VERSIONS = "/agent-studio/agent/versions"


def test_edit_publish_and_edit_the_next_draft(ghl):
    created = ghl.studio_agent(nodes=[])
    agent_id, staging_id = created["agent"]["agentId"], created["versions"][0]["versionId"]
    api, at = ghl.client(), {"locationId": ghl.location_id}
    nodes = [{"nodeId": "a", "type": "start"}, {"nodeId": "b", "type": "end"}]
    edited = api.patch(f"{VERSIONS}/{staging_id}", json={"locationId": ghl.location_id, "versionName": "Tuned",
                                                         "nodes": nodes, "edges": [{"startNode": "a", "endNode": "b"}],
                                                         "userId": ghl.user_id})
    assert edited.status_code == 200, edited.text
    assert (edited.json()["data"]["versionName"], edited.json()["data"]["nodes"]) == ("Tuned", nodes)

    published = api.post(f"{VERSIONS}/{staging_id}/publish", json={"locationId": ghl.location_id,
                                                                   "userId": "usr_9", "userName": "Ann"})
    assert published.status_code == 200, published.text
    prod, draft = published.json()["data"]["productionVersion"], published.json()["data"]["newDraftVersion"]
    assert (prod["versionId"], prod["state"], prod["isPublished"], prod["publishedBy"], prod["publishedByName"]) == \
        (staging_id, "prod", True, "usr_9", "Ann")
    assert (draft["state"], draft["version"], draft["isPublished"]) == ("draft", 2, False)
    agent = api.get(f"/agent-studio/agent/{agent_id}", params=at).json()["agent"]
    assert agent["productionVersion"]["versionId"] == staging_id
    assert [(v["versionId"], v["state"]) for v in agent["versions"]] == [(staging_id, "prod"), (draft["versionId"], "draft")]
    assert [v["nodes"] for v in agent["versions"]] == [nodes, nodes]  # the draft starts as a copy

    again = api.post(f"{VERSIONS}/{staging_id}/publish", json={"locationId": ghl.location_id})
    assert (again.status_code, again.json()["message"]) == (400, "Only draft versions can be promoted")
    frozen = api.patch(f"{VERSIONS}/{staging_id}", json={"locationId": ghl.location_id, "versionName": "x"})
    assert (frozen.status_code, frozen.json()["message"]) == (400, "Only draft versions can be updated")

    second = api.post(f"{VERSIONS}/{draft['versionId']}/publish", json={"locationId": ghl.location_id}).json()["data"]
    agent = api.get(f"/agent-studio/agent/{agent_id}", params=at).json()["agent"]
    assert [(v["versionId"], v["state"]) for v in agent["versions"]] == \
        [(draft["versionId"], "prod"), (second["newDraftVersion"]["versionId"], "draft")]
    retired = api.patch(f"{VERSIONS}/{staging_id}", json={"locationId": ghl.location_id})
    assert (retired.status_code, retired.json()["message"]) == (404, "Version not found")


@pytest.mark.ghl_allow_violations
def test_edges_join_the_versions_nodes(ghl):
    version_id = ghl.studio_agent(nodes=[])["versions"][0]["versionId"]
    api = ghl.client()
    answer = api.patch(f"{VERSIONS}/{version_id}", json={
        "locationId": ghl.location_id, "nodes": [{"nodeId": "a"}], "edges": [{"startNode": "a", "endNode": "z"}]})
    assert (answer.status_code, answer.json()["message"]) == (422, ["edges.0.endNode z is not a node of the version"])
    twice = api.patch(f"{VERSIONS}/{version_id}", json={"locationId": ghl.location_id,
                                                        "nodes": [{"nodeId": "a"}, {"nodeId": "a"}]})
    assert twice.status_code == 422
    agent = api.get("/agent-studio/agent", params={"locationId": ghl.location_id, "limit": "1", "offset": "0"}).json()
    read = api.get(f"/agent-studio/agent/{agent['agents'][0]['agentId']}",
                   params={"locationId": ghl.location_id}).json()["agent"]
    assert read["versions"][0]["nodes"] == []


def test_unknown_versions(ghl):
    api = ghl.client()
    for answer in (api.patch(f"{VERSIONS}/nope", json={"locationId": ghl.location_id}),
                   api.post(f"{VERSIONS}/nope/publish", json={"locationId": ghl.location_id})):
        assert (answer.status_code, answer.json()["message"]) == (404, "Version not found")


def test_versions_stay_in_their_location(ghl):
    version_id, second = ghl.studio_agent()["versions"][0]["versionId"], ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert other.post(f"{VERSIONS}/{version_id}/publish", json={"locationId": second}).status_code == 403
    assert other.post(f"{VERSIONS}/{version_id}/publish", json={"locationId": ghl.location_id}).status_code == 403
