"""Where the Associations area differs from associations.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

# Associations (associations.json): every operation answers GetPostSuccessfulResponseDto, one association.
_ASSOCIATION_FIELDS = ("locationId", "id", "key", "firstObjectLabel", "firstObjectKey", "secondObjectLabel",
                       "secondObjectKey", "associationType")
_STRINGS_TYPED_OBJECT = ("GetPostSuccessfulResponseDto types the labels, object keys and associationType `object`, "
                         "yet its own examples (\"student\", \"contact\", \"USER_DEFINED\") and GHL's "
                         "AssociationCreate webhook give strings, which the mock answers")
_ONE_ASSOCIATION_FOR_A_LIST = ("the file answers this list with GetPostSuccessfulResponseDto, ONE association "
                               "(spec-oddities.md); the mock answers {associations: [...]} (the list GET with total)")
_RELATION_NOT_ASSOCIATION = ("the file answers relation operations with the association DTO (spec-oddities.md); the "
                             "mock answers relations as GHL's RelationCreate/RelationDelete webhooks describe them "
                             "({id, locationId, associationId, first/secondObjectKey, first/secondRecordId}), a "
                             "record's list as {relations: [...], total}")
_STRING_KEYS = ("firstObjectLabel", "firstObjectKey", "secondObjectLabel", "secondObjectKey", "associationType")


def _association_entries() -> list[Allowed]:
    spec = "associations.json"
    entries = [Allowed(spec, method, path, "response_schema", name, _STRINGS_TYPED_OBJECT)
               for method, path in (("POST", "/associations/"), ("GET", "/associations/{associationId}"),
                                    ("PUT", "/associations/{associationId}"), ("GET", "/associations/key/{key_name}"))
               for name in _STRING_KEYS]
    entries += [Allowed(spec, "GET", path, "response_schema", name, _ONE_ASSOCIATION_FOR_A_LIST)
                for path in ("/associations/", "/associations/objectKey/{objectKey}") for name in _ASSOCIATION_FIELDS]
    entries += [Allowed(spec, "GET", "/associations/relations/{recordId}", "response_schema", name,
                        _RELATION_NOT_ASSOCIATION) for name in _ASSOCIATION_FIELDS]
    entries += [Allowed(spec, method, path, "response_schema", name, _RELATION_NOT_ASSOCIATION)
                for method, path in (("POST", "/associations/relations"), ("DELETE", "/associations/relations/{relationId}"))
                for name in ("key", "firstObjectLabel", "firstObjectKey", "secondObjectLabel", "secondObjectKey",
                             "associationType")]
    return entries


ALLOWLIST = tuple(_association_entries())

UNWALKED: dict[tuple[str, str, str], str] = {
    ("associations.json", "GET", "/associations/key/{key_name}"): (
        "the walk finds path values by listing records, and an association's key is no record id: the answer is "
        "validated by tests/apis/associations/test_upstream_conformance.py"),
}
