"""Where the OAuth area differs from oauth.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST = (
    Allowed("oauth.json", "POST", "/oauth/locationToken", "status_differs", None,
            "the official file declares 200; the live API answers 201 (Operation.notes)"),
)
