"""CONTRACT_COVERAGE.md is generated from the areas' declarations and the official files, and kept current: adding
an area changes it (its row, its seed endpoints, its official operations) and no hand-written file outside."""

from __future__ import annotations

import pytest
from mock_server.contracts import catalog, coverage, official

from mock_server.apis import REGISTERED
from mock_server.platform.area import Area, Seed
from mock_server.platform.areas import Areas
from mock_server.platform.models import BodyModel
from mock_server.platform.operations import Api

SPEC_DIR = official.locate()
needs_official = pytest.mark.skipif(SPEC_DIR is None, reason=official.absent_message())


@needs_official
def test_committed_coverage_file_is_current():
    expected = coverage.render(REGISTERED, official.OfficialSpec(SPEC_DIR))
    committed = coverage.DEFAULT_PATH.read_text(encoding="utf-8") if coverage.DEFAULT_PATH.exists() else ""
    assert committed == expected, "CONTRACT_COVERAGE.md is stale: run `ghl-mock contract coverage`"


@needs_official
def test_report_counts_marks_and_lists():
    text = coverage.render(REGISTERED, official.OfficialSpec(SPEC_DIR))
    assert "| users.json | 7 | 7 | 100% | 7/7 |" in text
    assert "- ★ `GET /users/{userId}` get-user (Get User)" in text  # implemented, in the catalog
    assert "- ★ `GET /contacts/{contactId}` get-contact (Get Contact)" in text.split("### contacts.json")[1]
    assert "| contacts | Contacts: records, search" in text  # its row among the areas
    assert "| `POST /_mock/locations/{locationId}/pipelines` | opportunities | `{\"name\",\"stages\"" in text


def test_the_areas_and_seed_endpoints_are_current_without_the_official_files():
    """What README used to list: checked even where GHL's files are absent (the per-file part needs them)."""
    committed = coverage.DEFAULT_PATH.read_text(encoding="utf-8")
    for heading, render in ((coverage.AREAS_HEADING, coverage.areas_section),
                            (coverage.SEEDS_HEADING, coverage.seeds_section)):
        assert coverage.section(committed, heading) == render(REGISTERED), \
            f"CONTRACT_COVERAGE.md's {heading!r} is stale: run `ghl-mock contract coverage`"


class _KindSeed(BodyModel):
    name: str


class _GadgetFactories:
    def gadget(self, **fields):
        """A gadget."""

    def _helper(self):
        """Not a factory: private."""


def test_an_area_is_a_row_of_what_it_serves_its_files_operations_and_factories_and_its_tags_without_serves():
    seed = Seed("POST", "/locations/{locationId}/gadget-kinds", lambda tenant, body: {}, body=_KindSeed,
                doc="`{\"name\"}`: seed a gadget kind")
    described = Area("gadgets", serves="Gadgets: records", seeds=(seed,),
                     factories=f"{__name__}:_GadgetFactories",
                     apis=(Api("gadgets.json", tag="Gadgets"), Api("v3/gadgets-v3.json", tag="Gadgets")))
    tagged = Area("widgets", apis=(Api("widgets.json", tag="Widgets"),))
    areas = Areas((described, tagged))
    assert coverage.areas_section(areas)[-2:] == [
        "| gadgets | Gadgets: records | gadgets.json, v3/gadgets-v3.json | 0 | `ghl.gadget()` |",
        "| widgets | Widgets | widgets.json | 0 |  |"]
    assert coverage.seeds_section(areas)[-1] == \
        "| `POST /_mock/locations/{locationId}/gadget-kinds` | gadgets | `{\"name\"}`: seed a gadget kind |"


def test_vendored_catalog_is_complete():
    items = catalog.items()
    assert len(items) == 124
    assert all(i.method in {"GET", "POST", "PUT", "DELETE"} and i.path.startswith("/") for i in items)
    assert ("contacts.json", "GET", "/contacts/search/duplicate") in catalog.names_by_key()
