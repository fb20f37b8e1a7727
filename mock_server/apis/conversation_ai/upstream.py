"""Where the Conversation AI area differs from conversation-ai.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

UNWALKED: dict[tuple[str, str, str], str] = {
    ("conversation-ai.json", "PATCH", "/conversation-ai/agents/{agentId}/followup-settings"): (
        "its body names advanced-followup actions of the agent, which no generic request can; validated by "
        "tests/apis/conversation_ai/test_actions.py::test_answers_match_the_official_schema"),
    ("conversation-ai.json", "GET", "/conversation-ai/generations"): (
        "generation details exist only for a message an agent answered (recorded on the control plane, keyed by "
        "the message id); validated by tests/apis/conversation_ai/test_generations.py::"
        "test_answers_match_the_official_schema"),
}
