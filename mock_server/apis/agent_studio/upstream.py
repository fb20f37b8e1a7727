"""Where the Agent Studio area differs from agent-studio.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST: tuple[Allowed, ...] = ()

BY_ID = ("the walk finds a record by the `id` of a listed one, and Agent Studio names its records `agentId` and "
         "`versionId` (the file's own shapes; the agent it creates itself it now reads, patches and deletes by `agentId`); "
         "validated by "
         "tests/apis/agent_studio/test_upstream_conformance.py::test_answers_match_the_official_schemas")
UNWALKED: dict[tuple[str, str, str], str] = {
    ("agent-studio.json", method, path): BY_ID for method, path in (
        ("PATCH", "/agent-studio/agent/versions/{versionId}"),
        ("POST", "/agent-studio/agent/versions/{versionId}/publish"), ("POST", "/agent-studio/agent/{agentId}/execute"),
        ("GET", "/agent-studio/public-api/agents/{agentId}"),
        ("POST", "/agent-studio/public-api/agents/{agentId}/execute"))}
