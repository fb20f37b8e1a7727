"""Agent Studio's answers against agent-studio.json's schemas, for the operations the generic walk cannot reach."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

FILE = "agent-studio.json"


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_answers_match_the_official_schemas(ghl):
    created = ghl.studio_agent()
    agent_id, version_id = created["agent"]["agentId"], created["versions"][0]["versionId"]
    api, at, body = ghl.client(), {"locationId": ghl.location_id}, {"locationId": ghl.location_id}
    answers = [
        ("PATCH", "/agent-studio/agent/versions/{versionId}",
         api.patch(f"/agent-studio/agent/versions/{version_id}", json={**body, "versionName": "v1"})),
        ("POST", "/agent-studio/agent/versions/{versionId}/publish",
         api.post(f"/agent-studio/agent/versions/{version_id}/publish", json=body)),
        ("GET", "/agent-studio/agent/{agentId}", api.get(f"/agent-studio/agent/{agent_id}", params=at)),
        ("GET", "/agent-studio/public-api/agents/{agentId}",
         api.get(f"/agent-studio/public-api/agents/{agent_id}", params=at)),
        ("POST", "/agent-studio/agent/{agentId}/execute",
         api.post(f"/agent-studio/agent/{agent_id}/execute", json={**body, "message": "Hi"})),
        ("POST", "/agent-studio/public-api/agents/{agentId}/execute",
         api.post(f"/agent-studio/public-api/agents/{agent_id}/execute", json={**body, "message": "Hi"})),
        ("PATCH", "/agent-studio/agent/{agentId}", api.patch(f"/agent-studio/agent/{agent_id}", json={**body,
                                                                                                       "name": "x"})),
        ("DELETE", "/agent-studio/agent/{agentId}", api.delete(f"/agent-studio/agent/{agent_id}", params=at)),
    ]
    for method, path, answer in answers:
        assert answer.status_code == 200, (method, path, answer.text)
        assert upstream.response_problems(FILE, method, path, 200, answer.json()) == [], (method, path)
