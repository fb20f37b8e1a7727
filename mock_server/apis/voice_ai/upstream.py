"""Where the Voice AI area differs from voice-ai.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST: tuple[Allowed, ...] = ()

UNWALKED: dict[tuple[str, str, str], str] = {
    ("voice-ai.json", "GET", "/voice-ai/dashboard/call-logs/{callId}"): (
        "a call log is seeded for an agent the walk creates through the API, which a contract seed cannot name: "
        "validated by tests/apis/voice_ai/test_call_logs.py::test_answers_match_the_official_schema"),
}
