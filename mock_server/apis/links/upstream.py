"""Where the Trigger Links area differs from links.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

V3_SCOPE = NO_SCOPE_IN_FILE + "; links-v3.json gives links.readonly, and GHL's IAM gates the route " \
    "(GoHighLevel/highlevel-api-docs#165)"
ALLOWLIST = (
    Allowed("links.json", "GET", "/links/id/{linkId}", "scopes_differ", None, V3_SCOPE),
    Allowed("links.json", "GET", "/links/search", "scopes_differ", None, V3_SCOPE),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    ("links.json", "GET", "/links/id/{linkId}"): (
        "the walk finds a record by listing its path's prefix, and nothing lists /links/id (links are listed at "
        "/links/): validated by tests/apis/links/test_links.py::test_answers_match_the_official_schema"),
}
