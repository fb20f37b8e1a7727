"""Agents (agent-studio.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_get_agents(ghl):
    query = {"locationId": ghl.location_id, "limit": "limit", "offset": "offset"}
    answer = ghl.client().get("/agent-studio/agent", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_agent(ghl):
    body = {"locationId": ghl.location_id, "status": "active", "version": {}}
    answer = ghl.client().post("/agent-studio/agent", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_update_agent_version(ghl):
    answer = ghl.client().patch("/agent-studio/agent/versions/versionId", json={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_agent_by_id(ghl):
    answer = ghl.client().get("/agent-studio/agent/agentId", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_agent_metadata(ghl):
    answer = ghl.client().patch("/agent-studio/agent/agentId", json={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_agent(ghl):
    answer = ghl.client().delete("/agent-studio/agent/agentId", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_promote_and_publish(ghl):
    answer = ghl.client().post("/agent-studio/agent/versions/versionId/publish", json={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_execute_agent(ghl):
    answer = ghl.client().post("/agent-studio/agent/agentId/execute",
                               json={"message": "message", "locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_get_agents_deprecated(ghl):
    query = {"locationId": ghl.location_id, "limit": "limit", "offset": "offset"}
    answer = ghl.client().get("/agent-studio/public-api/agents", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_get_agent_by_id_deprecated(ghl):
    answer = ghl.client().get("/agent-studio/public-api/agents/agentId", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_execute_agent_deprecated(ghl):
    answer = ghl.client().post("/agent-studio/public-api/agents/agentId/execute",
                               json={"message": "message", "locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text
