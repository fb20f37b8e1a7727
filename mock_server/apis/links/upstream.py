"""Where the Trigger Links area differs from links.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

UNWALKED: dict[tuple[str, str, str], str] = {
    ("links.json", "GET", "/links/id/{linkId}"): (
        "the walk finds a record by listing its path's prefix, and nothing lists /links/id (links are listed at "
        "/links/): validated by tests/apis/links/test_links.py::test_answers_match_the_official_schema"),
}
