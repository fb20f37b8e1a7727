"""Where the Brand Boards area differs from brand-boards.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

BY_ID = ("the walk finds a record by listing its path's prefix: boards are created at /brand-boards/ but addressed "
         "under /brand-boards/{locationId}/, which it does not connect; validated by "
         "tests/apis/brand_boards/test_brand_boards.py::test_answers_match_the_official_schema")
UNWALKED: dict[tuple[str, str, str], str] = {
    ("brand-boards.json", method, "/brand-boards/{locationId}/{id}"): BY_ID for method in ("GET", "PATCH", "DELETE")}
