"""Where the Courses area differs from courses.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

ALLOWLIST = (
    Allowed("courses.json", "POST", "/courses/courses-exporter/public/import", "scopes_differ", None,
            NO_SCOPE_IN_FILE + "; Scopes.md gives courses.write (sub-account)"),
)
