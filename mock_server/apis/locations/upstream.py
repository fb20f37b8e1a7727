"""Where the Locations area differs from locations.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

_PICKLIST_OPTIONS = ("the official custom-field DTOs give no way to set a picklist's choices; the mock also takes "
                     "`options` (answered as picklistOptions)")

_ACCEPTED_LIVE = ("not in the official create DTO, yet GHL accepts it live and said so "
                  "(GoHighLevel/highlevel-api-docs#300): stored in the one definition store")

_SCOPES_MD = NO_SCOPE_IN_FILE + "; Scopes.md gives the {} scope"
_SCOPE_CHOSEN = NO_SCOPE_IN_FILE + " and Scopes.md names none: the mock asks for {} (DECISION)"

ALLOWLIST = (
    *(Allowed("locations.json", method, path, "scopes_differ", None, _SCOPES_MD.format(scope))
      for path, read, write in (("/locations/{locationId}/tags/{tagId}", "locations/tags.readonly",
                                 "locations/tags.write"),
                                ("/locations/{locationId}/customValues/{id}", "locations/customValues.readonly",
                                 "locations/customValues.write"))
      for method, scope in (("GET", read), ("PUT", write), ("DELETE", write))),
    *(Allowed("locations.json", method, path, "scopes_differ", None, _SCOPE_CHOSEN.format(scope))
      for method, path, scope in (("GET", "/locations/{locationId}/recurring-tasks/{id}", "locations/tasks.readonly"),
                                  ("PUT", "/locations/{locationId}/recurring-tasks/{id}", "locations/tasks.write"),
                                  ("DELETE", "/locations/{locationId}/recurring-tasks/{id}", "locations/tasks.write"),
                                  ("POST", "/locations/{locationId}/recurring-tasks", "locations/tasks.write"),
                                  ("DELETE", "/locations/{locationId}/templates/{id}", "locations/templates.write"))),
    Allowed("locations.json", "POST", "/locations/{locationId}/tasks/search", "response_schema", "tasks/*",
            "the official schema types each task as an array (LocationTaskListSuccessfulResponseDto: items "
            "{type: array}); the mock answers task objects, as a contact's task reads (DECISION in task_search.py)"),
    Allowed("locations.json", "POST", "/locations/{locationId}/customFields/upload", "response_schema", "meta/*",
            "the official schema types each meta entry as a string, while its own example shows objects "
            "({fieldname, originalname, encoding, mimetype, size, url}, multer's file description): the mock answers "
            "the example's objects"),
    Allowed("locations.json", "GET", "/locations/{locationId}/templates", "response_schema", "templates/*",
            "the official schema's oneOf of the SMS and the e-mail template schemas has every property optional, "
            "so any template matches both and fails oneOf"),

    *(Allowed("locations.json", method, "/locations/{locationId}/customFields/{id}", "scopes_differ", None,
              NO_SCOPE_IN_FILE + "; Scopes.md gives locations/customFields.readonly|write")
      for method in ("GET", "PUT", "DELETE")),
    *(Allowed("locations.json", method, path, "body_property_undocumented", "options", _PICKLIST_OPTIONS)
      for method, path in (("POST", "/locations/{locationId}/customFields"),
                           ("PUT", "/locations/{locationId}/customFields/{id}"))),
    *(Allowed("locations.json", "POST", "/locations/{locationId}/customFields", "body_property_undocumented", name,
              _ACCEPTED_LIVE) for name in ("fieldKey", "parentId", "description")),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    ("locations.json", "DELETE", "/locations/{locationId}/templates/{id}"): (
        "the walk deletes records it created, and GHL's API cannot create a template (a control-plane seed does): "
        "the answer is validated by tests/apis/locations/test_upstream_conformance.py"),
    ("locations.json", "POST", "/locations/{locationId}/customFields/upload"): (
        "the walk sends JSON bodies, and this operation takes multipart file parts for a FILE_UPLOAD field: "
        "the answer is validated by tests/apis/locations/test_upstream_conformance.py"),
}
