"""Where the Contacts area differs from contacts.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import V3_ONLY_GAP, Allowed

_NO_SECURITY_IN_FILE = ("the official file declares no security at all for this operation; the catalog infers "
                        "contacts.write on a sub-account token from its sibling operations (spec-oddities.md)")
_SEARCH_BODY = ("SearchBodyV2DTO has no properties: the filter grammar is only behind an external link, so the "
                "mock defines it (docs/contacts-search.md)")

ALLOWLIST = (
    *(Allowed("contacts.json", "POST", "/contacts/search", "body_property_undocumented", name, _SEARCH_BODY)
      for name in ("filters", "locationId", "page", "pageLimit", "query", "searchAfter", "sort")),
    *(Allowed("contacts.json", "POST", "/contacts/search", "required_body_differs", name, _SEARCH_BODY)
      for name in ("locationId", "pageLimit")),
    *(Allowed("contacts.json", "POST", path, kind, None, _NO_SECURITY_IN_FILE)
      for path in ("/contacts/bulk/tags/update/{type}", "/contacts/bulk/business")
      for kind in ("scopes_differ", "token_classes_differ")),
    Allowed("contacts.json", "POST", "/contacts/bulk/tags/update/{type}", "response_schema", "responses/*",
            "UpdateTagsResponseDTO.responses is typed array<string> but its own example is an array of objects "
            "{contactId, message, type}, which is what the mock answers (spec-oddities.md)"),
    Allowed("contacts.json", "GET", "/contacts/business/{businessId}", "query_param_rejected", "startAfter",
            V3_ONLY_GAP),
)
