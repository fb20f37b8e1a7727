"""Where the Custom Fields V2 area differs from custom-fields.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

SPEC = "custom-fields.json"
_FOLDERS_ARE_NOT_FIELDS = ("the file types the listed folders as ICustomField, whose required fieldKey, dataType, "
                           "parentId and showInForms a folder does not have: the mock answers folders as the file's "
                           "own ICustomFieldFolder (id, objectKey, locationId, name)")
_DEFAULT_FOLDER = ("the file requires parentId, but a field made through the location API has no folder: both APIs "
                   "share one store, so a field made without one goes into its object's default folder")

ALLOWLIST = (
    *(Allowed(SPEC, "GET", "/custom-fields/object-key/{objectKey}", "response_schema", f"folders/*/{name}",
              _FOLDERS_ARE_NOT_FIELDS) for name in ("showInForms", "dataType", "parentId", "fieldKey")),
    Allowed(SPEC, "POST", "/custom-fields/", "required_body_differs", "parentId", _DEFAULT_FOLDER),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    (SPEC, "GET", "/custom-fields/object-key/{objectKey}"): (
        "the walk finds path values by listing records, and an object key is no record id: the answer is validated "
        "by tests/apis/custom_fields/test_upstream_conformance.py"),
}
