"""Where the Objects area differs from objects.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

SPEC = "objects.json"
RECORDS, RECORD = "/objects/{schemaKey}/records", "/objects/{schemaKey}/records/{id}"
SEARCH = "/objects/{schemaKey}/records/search"

_RECORD_BODY = ("the file declares record bodies with no properties; GHL's docs and the official SDKs send "
                "`properties` (by field key), `owner`, `followers` and `locationId`")
_TYPE_IS_A_STRING = ("ICustomObjectSchema types `type` as an object, yet its own example says it is USER_DEFINED or "
                     "SYSTEM_DEFINED: the mock answers the string")
_SEARCH_PAGING = ("the file requires page, pageLimit, query and searchAfter together, though a search pages with "
                  "either page or searchAfter (the contact search's rule, one grammar) and the query is free text: "
                  "the mock defaults them (page 1, pageLimit 10, no query)")
_SEARCH_GRAMMAR = ("GHL's docs for record search (and GoHighLevel/highlevel-api-docs#34: 'use the same filters as the "
                   "standard object searches') take filters and sort, which the file does not declare")
_LOCATION_QUERY = ("live clients send ?locationId= on record reads and deletes (n8n-io/n8n#37571 quotes GET and PUT "
                   "with it); the file declares it on PUT only, so the mock accepts it, optional, on all three")
_ANY_TOKEN_CREATES = ("the file gives POST /objects/ Agency-Access only, but the official SDKs send a Private "
                      "Integration (location) token when one is configured, and sub-account apps create objects "
                      "(GoHighLevel/highlevel-api-sdk#9): the mock takes a location token, or an agency token for the "
                      "location the body names")

_PROPERTIES_ARE_AN_OBJECT = ("the file types a record's `properties` as a string, yet its own example (and every GHL "
                             "answer) is an object of values by field key")
_CURSOR_HOLDS_THE_ID = ("the file types searchAfter as numbers, yet its own example [1738683828372, \"67a235b4...\"] "
                        "ends with the record id, a string: the mock's cursor is [sort value, id] like that example")
_WALK_CANNOT_MAKE_AN_OBJECT = ("the walk creates only records it can delete, and the file gives custom objects no "
                               "DELETE, so it has no custom object (the first listed is `contact`, which has no "
                               "records API): validated by tests/apis/objects/test_upstream_conformance.py")

ALLOWLIST = (
    *(Allowed(SPEC, method, path, "response_schema", field, _PROPERTIES_ARE_AN_OBJECT)
      for method, path, field in (("POST", RECORDS, "record/properties"), ("GET", RECORD, "record/properties"),
                                  ("PUT", RECORD, "record/properties"), ("POST", SEARCH, "records/*/properties"))),
    Allowed(SPEC, "POST", SEARCH, "response_schema", "records/*/searchAfter/*", _CURSOR_HOLDS_THE_ID),
    *(Allowed(SPEC, method, RECORD, "scopes_differ", None,
              NO_SCOPE_IN_FILE + "; Scopes.md gives objects/record.readonly|write")
      for method in ("GET", "PUT", "DELETE")),
    *(Allowed(SPEC, method, path, "body_property_undocumented", name, _RECORD_BODY)
      for method, path in (("POST", RECORDS), ("PUT", RECORD))
      for name in ("properties", "owner", "followers", "locationId")),
    *(Allowed(SPEC, method, RECORD, "query_param_undocumented", "locationId", _LOCATION_QUERY)
      for method in ("GET", "DELETE")),
    *(Allowed(SPEC, "POST", SEARCH, "required_body_differs", name, _SEARCH_PAGING)
      for name in ("page", "pageLimit", "query", "searchAfter")),
    *(Allowed(SPEC, "POST", SEARCH, "body_property_undocumented", name, _SEARCH_GRAMMAR) for name in ("filters", "sort")),
    Allowed(SPEC, "POST", "/objects/", "token_classes_differ", None, _ANY_TOKEN_CREATES),
    *(Allowed(SPEC, method, path, "response_schema", field, _TYPE_IS_A_STRING)
      for method, path, field in (("GET", "/objects/", "objects/*/type"), ("GET", "/objects/{key}", "object/type"),
                                  ("POST", "/objects/", "object/type"), ("PUT", "/objects/{key}", "object/type"))),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    (SPEC, method, path): _WALK_CANNOT_MAKE_AN_OBJECT
    for method, path in (("PUT", "/objects/{key}"), ("POST", SEARCH), ("POST", RECORDS), ("GET", RECORD),
                         ("PUT", RECORD), ("DELETE", RECORD))
}
