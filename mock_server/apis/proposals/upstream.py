"""Where the Documents & Contracts area differs from proposals.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

ALLOWLIST = tuple(
    Allowed("proposals.json", method, path, "scopes_differ", None,
            f"{NO_SCOPE_IN_FILE} (v2 and v3 alike): the mock asks for GHL's Marketplace scope {scope} "
            "(DECISION in routes.py)")
    for method, path, scope in (("GET", "/proposals/document", "documents_contracts/list.readonly"),
                                ("POST", "/proposals/document/send", "documents_contracts/sendLink.write"),
                                ("GET", "/proposals/templates", "documents_contracts_template/list.readonly"),
                                ("POST", "/proposals/templates/send", "documents_contracts_template/sendLink.write"))
)
