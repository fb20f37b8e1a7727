"""Where the Snapshots area differs from snapshots.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

ALLOWLIST = (
    Allowed("snapshots.json", "GET", "/snapshots/", "scopes_differ", None,
            NO_SCOPE_IN_FILE + "; Scopes.md gives snapshots.readonly (agency)"),
)
