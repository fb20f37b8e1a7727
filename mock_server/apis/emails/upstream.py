"""Where the E-mails area differs from emails.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

ALLOWLIST = (
    Allowed("emails.json", "DELETE", "/emails/builder/{locationId}/{templateId}", "scopes_differ", None,
            NO_SCOPE_IN_FILE + " (Location-Access with an empty list): the mock asks for emails/builder.write, "
            "the scope creating and saving a template take (DECISION in routes.py)"),
)

_WALK_CANNOT_NAME_A_TEMPLATE = (
    "the walk finds ids through the collection GET of the id's path, and /emails/builder/{locationId} has none "
    "(the templates are listed at /emails/builder, answered as builders): the answer is validated by "
    "tests/apis/emails/test_upstream_conformance.py")

UNWALKED: dict[tuple[str, str, str], str] = {
    ("emails.json", "DELETE", "/emails/builder/{locationId}/{templateId}"): _WALK_CANNOT_NAME_A_TEMPLATE,
    ("emails.json", "POST", "/emails/builder/data"): _WALK_CANNOT_NAME_A_TEMPLATE,
}

_V3_FLOW = ("{why}: its answers are validated by tests/apis/emails/test_v3_conformance.py, which drives every "
            "emails-v3.json operation")
_V3 = "/emails/locations/{locationId}"
UNWALKED.update({
    ("v3/emails-v3.json", "GET", _V3 + "/campaigns/stats/{source}/{sourceId}"): _V3_FLOW.format(
        why="sourceId names a record of the collection {source} chooses, which the walk cannot follow"),
    ("v3/emails-v3.json", "POST", _V3 + "/campaigns/emails/{campaignId}/schedule"): _V3_FLOW.format(
        why="a schedule needs recipients (contacts, tags or a segment) the generic body builder does not name"),
})
