"""Where the Snapshots area differs from snapshots.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

ALLOWLIST = (
    Allowed("snapshots.json", "GET", "/snapshots/", "scopes_differ", None,
            NO_SCOPE_IN_FILE + "; Scopes.md gives snapshots.readonly (agency)"),
    *(Allowed("snapshots.json", "GET", path, "scopes_differ", None,
              NO_SCOPE_IN_FILE + "; Scopes.md names snapshots.readonly for the listing only: the other reads take it too "
              "(DECISION)")
      for path in ("/snapshots/snapshot-status/{snapshotId}", "/snapshots/snapshot-status/{snapshotId}/location/{locationId}")),
    Allowed("snapshots.json", "POST", "/snapshots/share/link", "scopes_differ", None,
            NO_SCOPE_IN_FILE + " and Scopes.md names none: sharing asks for snapshots.write (DECISION)"),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    ("snapshots.json", method, path): (
        "the walk has no snapshot to name (GHL's API cannot create one; a control-plane seed does) and no push "
        "(a PUT /locations/{locationId} with a snapshot starts one): the answer is validated by "
        "tests/apis/snapshots/test_upstream_conformance.py")
    for method, path in (("POST", "/snapshots/share/link"), ("GET", "/snapshots/snapshot-status/{snapshotId}"),
                         ("GET", "/snapshots/snapshot-status/{snapshotId}/location/{locationId}"))
}
