"""Where the Brand Boards area differs from brand-boards.json (and brand-boards-v3.json) on purpose, each with
its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

_V3 = "v3/brand-boards-v3.json"
_VOICES = "/brand-boards/locations/{locationId}/brand-voices"
_SCOPE_CHOSEN = NO_SCOPE_IN_FILE + " and Scopes.md names none: the mock asks for the Brand Boards API's {} (DECISION in " \
    "routes.py)"
ALLOWLIST = tuple(
    Allowed(_V3, method, path, "scopes_differ", None, _SCOPE_CHOSEN.format(scope))
    for method, path, scope in (("GET", _VOICES, "brand-boards/design-kit.readonly"),
                                ("POST", _VOICES, "brand-boards/design-kit.write"),
                                ("GET", _VOICES + "/{brandVoiceId}", "brand-boards/design-kit.readonly"),
                                ("PATCH", _VOICES + "/{brandVoiceId}", "brand-boards/design-kit.write"),
                                ("DELETE", _VOICES + "/{brandVoiceId}", "brand-boards/design-kit.write"),
                                ("POST", _VOICES + "/{brandVoiceId}/default", "brand-boards/design-kit.write")))

BY_ID = ("the walk finds a record by listing its path's prefix: boards are created at /brand-boards/ but addressed "
         "under /brand-boards/{locationId}/, which it does not connect; validated by "
         "tests/apis/brand_boards/test_brand_boards.py::test_answers_match_the_official_schema")
UNWALKED: dict[tuple[str, str, str], str] = {
    **{("brand-boards.json", method, "/brand-boards/{locationId}/{id}"): BY_ID for method in ("GET", "PATCH", "DELETE")},
}
