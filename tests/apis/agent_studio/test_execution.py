"""Agent Studio execution (agent-studio.json): sessions walk the published graph, deterministically."""

from __future__ import annotations

import pytest

from mock_server.apis.agent_studio.demo import graph


def _run(api, agent_id, location_id, **body):
    return api.post(f"/agent-studio/agent/{agent_id}/execute", json={"locationId": location_id, **body})


def test_a_session_walks_the_graph_to_its_end(ghl):
    agent_id = ghl.published_studio_agent()["agent"]["agentId"]
    api = ghl.client()
    first = _run(api, agent_id, ghl.location_id, message="Hi", inputVariables={"customerName": "Ann"})
    assert first.status_code == 200, first.text
    turn = first.json()
    assert (turn["response"], turn["goalCompletion"], turn["nextExpectedInput"], turn["executionStatus"]) == \
        ("Hello Ann, how can I help?", False, "text", "completed")
    second = _run(api, agent_id, ghl.location_id, message="Thanks", executionId=turn["executionId"]).json()
    assert (second["executionId"], second["response"], second["goalCompletion"]) == \
        (turn["executionId"], "Glad I could help.", True)
    assert second["interactionId"] != turn["interactionId"]
    fresh = _run(api, agent_id, ghl.location_id, message="Hi").json()  # a new session starts over
    assert (fresh["response"], fresh["executionId"] != turn["executionId"]) == ("Hello {{customerName}}, how can I help?", True)


def test_an_agent_runs_only_when_published_and_active(ghl):
    created = ghl.studio_agent()
    agent_id, staging_id = created["agent"]["agentId"], created["versions"][0]["versionId"]
    api = ghl.client()
    unpublished = _run(api, agent_id, ghl.location_id, message="Hi")
    assert (unpublished.status_code, unpublished.json()["message"]) == (400, "Agent has no published version")
    draft = _run(api, agent_id, ghl.location_id, message="Hi", versionId=staging_id)
    assert (draft.status_code, draft.json()["message"]) == (400, f"Version {staging_id} is not published")
    api.post(f"/agent-studio/agent/versions/{staging_id}/publish", json={"locationId": ghl.location_id})
    assert _run(api, agent_id, ghl.location_id, message="Hi", versionId=staging_id).status_code == 200
    api.patch(f"/agent-studio/agent/{agent_id}", json={"locationId": ghl.location_id, "status": "archived"})
    inactive = _run(api, agent_id, ghl.location_id, message="Hi")
    assert (inactive.status_code, inactive.json()["message"]) == (400, "Agent is not active")
    missing = _run(api, "nope", ghl.location_id, message="Hi")
    assert (missing.status_code, missing.json()["message"]) == (404, "Agent not found")


def test_sessions_belong_to_their_agent(ghl):
    one, two = (ghl.published_studio_agent()["agent"]["agentId"] for _ in range(2))
    api = ghl.client()
    session = _run(api, one, ghl.location_id, message="Hi").json()["executionId"]
    crossed = _run(api, two, ghl.location_id, message="Hi", executionId=session)
    assert (crossed.status_code, crossed.json()["message"]) == (400, f"Execution {session} does not belong to agent {two}")
    unknown = _run(api, one, ghl.location_id, message="Hi", executionId="nope")
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Execution not found for the id: nope")


def test_a_version_may_require_scopes_of_its_caller(ghl):
    nodes, edges = graph()
    created = ghl.api("POST", "/agent-studio/agent", {"locationId": ghl.location_id, "status": "active",
                                                      "version": {"nodes": nodes, "edges": edges,
                                                                  "scopes": ["contacts.readonly"]}})
    agent_id = created["agent"]["agentId"]
    ghl.api("POST", f"/agent-studio/agent/versions/{created['versions'][0]['versionId']}/publish",
            {"locationId": ghl.location_id})
    narrow = ghl.client(scopes=["agent-studio.write"])
    refused = _run(narrow, agent_id, ghl.location_id, message="Hi")
    assert (refused.status_code, refused.json()["message"]) == \
        (403, "User does not have required scopes to execute this agent")
    wide = ghl.client(scopes=["agent-studio.write", "contacts.readonly"])
    assert _run(wide, agent_id, ghl.location_id, message="Hi").status_code == 200
    assert _run(ghl.client(scopes=["agent-studio.readonly"]), agent_id, ghl.location_id,
                message="Hi").status_code == 401


def test_an_agent_without_nodes_acknowledges(ghl):
    created = ghl.published_studio_agent(nodes=[], name="Echo")
    contact = ghl.contact()
    answer = _run(ghl.client(), created["agent"]["agentId"], ghl.location_id, message="Ping", contactId=contact["id"])
    assert answer.json()["response"] == "Echo received: Ping"
    unknown = _run(ghl.client(), created["agent"]["agentId"], ghl.location_id, message="Ping", contactId="nope")
    assert unknown.status_code == 400


@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_the_deprecated_path_runs_the_same_session(ghl):
    agent_id = ghl.published_studio_agent()["agent"]["agentId"]
    api = ghl.client()
    first = _run(api, agent_id, ghl.location_id, message="Hi").json()
    second = api.post(f"/agent-studio/public-api/agents/{agent_id}/execute",
                      json={"locationId": ghl.location_id, "message": "Bye", "executionId": first["executionId"]})
    assert (second.status_code, second.json()["goalCompletion"]) == (200, True)


def test_other_locations_cannot_run_it(ghl):
    agent_id, second = ghl.published_studio_agent()["agent"]["agentId"], ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert _run(other, agent_id, second, message="Hi").status_code == 403
