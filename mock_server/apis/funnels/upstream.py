"""Where the Funnels area differs from funnels.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

ALLOWLIST = (
    *(Allowed("funnels.json", "GET", path, "scopes_differ", None, f"{NO_SCOPE_IN_FILE}; Scopes.md gives {scope}")
      for path, scope in (("/funnels/funnel/list", "funnels/funnel.readonly"), ("/funnels/page", "funnels/page.readonly"),
                          ("/funnels/page/count", "funnels/pagecount.readonly"))),
    Allowed("funnels.json", "GET", "/funnels/funnel/list", "response_schema", "funnels",
            "the file types the listing's funnels as one object (its example is one funnel); they are a list, with a "
            "count, as clients read them (models.FunnelListResponse)"),
    Allowed("funnels.json", "GET", "/funnels/page", "response_schema", "(body)",
            "the file gives one page object as the answer of the pages listing; the mock answers a list of them "
            "(DECISION in routes.py)"),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    ("funnels.json", method, path): (
        "the walk cannot build a redirect whose target names a real funnel or URL (the domain rules refuse its "
        "guesses): the answer is validated by tests/apis/funnels/test_upstream_conformance.py")
    for method, path in (("POST", "/funnels/lookup/redirect"), ("PATCH", "/funnels/lookup/redirect/{id}"),
                         ("DELETE", "/funnels/lookup/redirect/{id}"))
}
