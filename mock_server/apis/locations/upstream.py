"""Where the Locations area differs from locations.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

_PICKLIST_OPTIONS = ("the official custom-field DTOs give no way to set a picklist's choices; the mock also takes "
                     "`options` (answered as picklistOptions)")

ALLOWLIST = (
    *(Allowed("locations.json", method, "/locations/{locationId}/customFields/{id}", "scopes_differ", None,
              NO_SCOPE_IN_FILE + "; Scopes.md gives locations/customFields.readonly|write")
      for method in ("GET", "PUT", "DELETE")),
    *(Allowed("locations.json", method, path, "body_property_undocumented", "options", _PICKLIST_OPTIONS)
      for method, path in (("POST", "/locations/{locationId}/customFields"),
                           ("PUT", "/locations/{locationId}/customFields/{id}"))),
)
