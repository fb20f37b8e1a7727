"""Assembling the areas: each fact claimed once, every reference resolvable, nothing test-only while serving."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mock_server.apis import AREAS, REGISTERED
from mock_server.platform import area_index
from mock_server.platform.area import Area, OnCreate, Seed, Table, delete_children
from mock_server.platform.areas import Areas
from mock_server.testing.factories import Factories


def test_a_table_is_declared_by_one_area_only():
    twin = Area("twin", tables=(Table("contacts"),))
    with pytest.raises(ValueError, match="'contacts' is declared by 'contacts' and 'twin'"):
        REGISTERED.with_areas(twin)


def test_a_cascade_must_read_an_index_its_table_declares():
    careless = Area("careless", tables=(Table("widgets"),),
                    cascades=(delete_children("contacts", "widgets", "ownerId"),))
    with pytest.raises(ValueError, match="widgets by ownerId, which widgets's Table does not index"):
        REGISTERED.with_areas(careless)


def test_a_creation_sets_off_what_the_reacting_areas_declared_importing_only_them():
    made = []
    maker = Area("maker", tables=(Table("things"),))
    first = Area("first", on_create=(OnCreate("things", lambda tenant, record: made.append(("first", record))),))
    bystander = Area("bystander", tables=(Table("others"),))
    second = Area("second", on_create=(OnCreate("things", lambda tenant, record: made.append(("second", record))),
                                       OnCreate("others", lambda tenant, record: None)))
    declared = {area.name: area for area in (maker, first, bystander, second)}
    imported = []

    def load(name):
        imported.append(name)
        return declared[name]

    areas = Areas.indexed(area_index.build(declared.values()), load)
    for hook in areas.on_create("things"):
        hook.run(None, {"id": "t1"})
    assert made == [("first", {"id": "t1"}), ("second", {"id": "t1"})]  # in registry order
    assert sorted(imported) == ["first", "second"]  # not the maker, nor an area reacting to nothing of it
    assert areas.on_create("unreacted") == ()
    assert "on_create" not in area_index.entry(maker) and area_index.entry(second)["on_create"] == ["things", "others"]


def test_two_seeds_cannot_claim_one_route():
    again = Area("again", seeds=(Seed("POST", "/locations/{locationId}/workflows", lambda tenant, body: {}),))
    with pytest.raises(ValueError, match="two seeds claim the same route"):
        REGISTERED.with_areas(again)


def test_a_seed_acts_in_a_location_or_an_agency():
    with pytest.raises(ValueError, match="must start with /locations/{locationId} or /companies/{companyId}"):
        Seed("POST", "/widgets", lambda tenant, body: {})


def test_every_lazy_reference_of_the_registered_areas_resolves():
    areas = Areas(AREAS)
    assert all(issubclass(mixin, Factories) for mixin in areas.factory_mixins)
    assert len(areas.factory_mixins) == sum(1 for area in AREAS if area.factories)
    assert all(callable(step) for _, step in areas.demo_steps)
    assert areas.upstream_allowlist and areas.unwalked


def test_each_factory_name_belongs_to_one_area():
    names = [name for mixin in REGISTERED.factory_mixins for name in vars(mixin) if not name.startswith("__")]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_serving_imports_no_testing_demo_or_contract_kit_code():
    """What only tests, the demo and the contract kit use stays unimported by a server (cold start)."""
    script = (
        "import sys\n"
        "from mock_server.app import build_app\n"
        "from mock_server.settings import Settings\n"
        "import mock_server.server\n"
        "build_app(Settings(bootstrap=True))\n"
        "print('\\n'.join(m for m in sys.modules if m.startswith(('mock_server.testing', 'mock_server.fixtures',"
        " 'mock_server.contracts', 'faker', 'schemathesis')) or m.rsplit('.', 1)[-1] in ('factories', 'demo',"
        " 'upstream')))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
