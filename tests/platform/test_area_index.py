"""Each area's index: generated from its declaration, current, and what lets a server start without importing areas.

A server routes by the index and imports an area on the first request for one of its operations (or when its
table's not-found error, a cascade it declares, or anything about every area is first needed).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from mock_server.apis import AREA_NAMES, AREAS, load_area
from mock_server.app import build_app
from mock_server.platform import area_index
from mock_server.platform.areas import Areas
from mock_server.settings import Settings
from mock_server.testing.transport import InProcessTransport
from tests.unserved import BUILD_LACKING, IMPORTS, unserved_get

PROBE = """
import asyncio, sys
{setup}
def modules():
    return sorted(m for m in sys.modules if m.startswith("mock_server.apis.") and m.count(".") >= 3)
async def call(path, method="GET", headers=()):
    sent = []
    async def receive():
        return {{"type": "http.request", "body": b"", "more_body": False}}
    async def send(message):
        sent.append(message)
    await app({{"type": "http", "method": method, "path": path, "query_string": b"", "root_path": "",
               "headers": [(b"host", b"127.0.0.1")] + list(headers), "client": ("127.0.0.1", 1)}}, receive, send)
    return sent[0]["status"]
{steps}
"""


def probe(setup: str, steps: str) -> list[str]:
    """Runs a fresh interpreter: ``setup`` builds ``app``, ``steps`` drive it; answers its printed lines."""
    done = subprocess.run([sys.executable, "-c", PROBE.format(setup=setup, steps=steps)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


SERVE = """
import mock_server.cli, mock_server.server
from mock_server.server import banner, build_app, fastest_stack
from mock_server.settings import Settings
settings = Settings(bootstrap=True)
app = build_app(settings)
banner(app, settings, stack=fastest_stack())
"""


def test_every_areas_committed_index_is_generated_from_its_declaration():
    stale = area_index.stale(AREAS)
    assert stale == [], f"stale area index of {', '.join(stale)}: run `{area_index.COMMAND} {' '.join(stale)}`"


def test_the_composed_index_is_the_declarations_in_registry_order():
    assert area_index.read(AREA_NAMES) == area_index.build(AREAS)


def test_the_generator_writes_only_the_stale_areas_it_is_given(tmp_path):
    first, second = (load_area(name) for name in AREA_NAMES[-2:])
    assert area_index.write([first], tmp_path) == [first.name]
    assert area_index.write([first, second], tmp_path) == [second.name]  # the first one's is current
    assert area_index.read([first.name, second.name], tmp_path) == area_index.build([first, second])
    (tmp_path / first.name / "index.json").write_text("{}", encoding="utf-8")
    assert area_index.stale([first, second], tmp_path) == [first.name]


def test_a_registered_area_without_an_index_is_refused_with_the_command_to_run(tmp_path):
    with pytest.raises(area_index.StaleIndex, match=r"'gadgets' has no index .*: run `python -m "
                                                    r"mock_server.platform.area_index gadgets`"):
        area_index.read(["gadgets"], tmp_path)


def test_starting_and_answering_health_imports_no_area_declaration_routes_or_models():
    """What `ghl-mock serve` does up to its first /_mock/health: only the domain code that writes the sandbox's
    own tenant (an agency, its location, user and app) is imported, no area's declaration, routes or models."""
    lines = probe(SERVE, "print(asyncio.run(call('/_mock/health')))\nprint(*modules(), sep='\\n')\n"
                         "print('pydantic' in sys.modules)")
    status, loaded, pydantic = lines[0], lines[1:-1], lines[-1]
    assert status == "200"
    assert [m for m in loaded if m.rsplit(".", 1)[1] in ("area", "routes", "models") or ".routes." in m] == []
    assert {m.split(".")[2] for m in loaded} <= {"companies", "locations", "users", "oauth", "files"}, loaded
    assert pydantic == "False"


def test_a_request_imports_the_area_of_its_operation_only():
    lines = probe(SERVE, "print(asyncio.run(call('/links/', headers=[(b'version', b'2021-07-28')])))\n"
                         "print(*sorted({m.split('.')[2] for m in modules()}), sep='\\n')")
    assert lines[0] == "401"  # routed to links' operation (no token), not 404
    assert "links" in lines[1:]
    assert not {"calendars", "invoices", "conversations", "associations"} & set(lines[1:])


def test_an_official_operation_the_mock_lacks_is_a_501_without_importing_the_areas():
    path = unserved_get().path
    lacking = SERVE.replace("app = build_app(settings)", f"{IMPORTS}app = build_app(settings, areas={BUILD_LACKING})")
    lines = probe(lacking + "pit = app.world.meta('bootstrap')['pit']\n",
                  f"print(asyncio.run(call({path!r}, headers=[(b'version', b'2021-07-28'), "
                  "(b'authorization', ('Bearer ' + pit).encode())])))\n"
                  "print(*sorted({m.split('.')[2] for m in modules()}), sep='\\n')")
    assert lines[0] == "501", path
    assert not {"calendars", "invoices", "conversations", "associations", "contacts"} & set(lines[1:])


@pytest.fixture
def lazy_app():
    areas = Areas.indexed(area_index.read(AREA_NAMES), load_area)
    app = build_app(Settings(bootstrap=True), areas=areas)
    yield app
    app.world.close()


def test_deleting_a_record_imports_the_areas_cascading_on_it(lazy_app):
    """A contact's appointments go with it even when no request has imported calendars yet."""
    world = lazy_app.world
    info = world.meta("bootstrap")
    tenant = world.tenant(info["locationId"])
    with world.store.transaction():
        contact = tenant.store.put("contacts", {"id": tenant.new_id(), "locationId": tenant.location_id})
        appointment = tenant.store.put("calendarAppointments", {"id": tenant.new_id(), "contactId": contact["id"]})
    assert "calendars" not in world.areas._loaded
    client = __import__("httpx").Client(transport=InProcessTransport(lazy_app), base_url="http://127.0.0.1",
                                        headers={"Authorization": f"Bearer {info['pit']}", "Version": "2021-07-28"})
    assert client.delete(f"/contacts/{contact['id']}").status_code == 200
    assert tenant.store.get("calendarAppointments", appointment["id"]) is None
    assert "calendars" in world.areas._loaded


def test_what_needs_every_area_imports_them_all(lazy_app):
    world = lazy_app.world
    assert len(world.registry) == world.areas.operation_count
    assert "AppointmentCreate" in [event.name for event in world.areas.events]
    assert any(seed.path == "/locations/{locationId}/workflows" for seed in world.areas.seeds)


def test_an_area_that_no_longer_matches_the_index_is_refused_with_the_command_to_run():
    index = area_index.read(AREA_NAMES)
    area, *_, operation_id = index["operations"][-1]  # the last operation of the last area, gone from the index
    index["operations"] = [op for op in index["operations"] if op[3] != operation_id]
    areas = Areas.indexed(index, load_area)
    with pytest.raises(area_index.StaleIndex, match=re.escape(
            f"area {area!r} no longer matches its index (mock_server/apis/{area}/index.json): run "
            f"`python -m mock_server.platform.area_index {area}`")):
        areas.load(area)


def test_an_area_whose_events_no_longer_match_the_index_is_refused():
    """An event's causes changed in its ``events.py`` but not in the index: subscriptions, the catalog and
    ``ghl-mock trigger`` would read the old ones, so importing the area says which index to regenerate."""
    index = area_index.read(AREA_NAMES)
    event, (area, causes) = next(iter(index["events"].items()))
    index["events"][event] = [area, [*causes, "create-gadget"]]
    with pytest.raises(area_index.StaleIndex, match=re.escape(f"run `python -m mock_server.platform.area_index {area}`")):
        Areas.indexed(index, load_area).load(area)
