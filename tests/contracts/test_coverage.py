"""CONTRACT_COVERAGE.md is generated from the registry and the official files, and kept current."""

from __future__ import annotations

import pytest
from mock_server.contracts import catalog, coverage, official

from mock_server.apis import build_registry

SPEC_DIR = official.locate()
needs_official = pytest.mark.skipif(SPEC_DIR is None, reason=official.absent_message())


@needs_official
def test_committed_coverage_file_is_current():
    expected = coverage.render(build_registry(), official.OfficialSpec(SPEC_DIR))
    committed = coverage.DEFAULT_PATH.read_text(encoding="utf-8") if coverage.DEFAULT_PATH.exists() else ""
    assert committed == expected, "CONTRACT_COVERAGE.md is stale: run `ghl-mock contract coverage`"


@needs_official
def test_report_counts_marks_and_lists():
    text = coverage.render(build_registry(), official.OfficialSpec(SPEC_DIR))
    assert "| users.json | 7 | 7 | 100% | 7/7 |" in text
    assert "- ★ `GET /users/{userId}` get-user (Get User)" in text  # implemented, in the catalog
    assert "- ★ `GET /contacts/{contactId}` get-contact (Get Contact)" in text.split("## contacts.json")[1]


def test_vendored_catalog_is_complete():
    items = catalog.items()
    assert len(items) == 124
    assert all(i.method in {"GET", "POST", "PUT", "DELETE"} and i.path.startswith("/") for i in items)
    assert ("contacts.json", "GET", "/contacts/search/duplicate") in catalog.names_by_key()
