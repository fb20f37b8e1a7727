"""Where the OAuth area differs from oauth.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

V3_PAGING = ("the v3 file (apps/v3/oauth-v3.json GET /oauth/installed-locations) documents it; the mock serves "
             "the v2 and v3 forms of this operation on one path (the Python SDK sends Version: v3)")


ALLOWLIST = (
    Allowed("oauth.json", "POST", "/oauth/locationToken", "status_differs", None,
            "the official file declares 200; the live API answers 201 (Operation.notes)"),
    Allowed("oauth.json", "GET", "/oauth/installedLocations", "query_param_undocumented", "pageSize", V3_PAGING),
    Allowed("oauth.json", "GET", "/oauth/installedLocations", "query_param_undocumented", "pageToken", V3_PAGING),
    Allowed("oauth.json", "GET", "/oauth/installedLocations", "query_param_undocumented", "restrictToUserLocations",
            V3_PAGING),
)
