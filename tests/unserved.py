"""Official operations the mock lacks, for the tests of what it does with one (the 501, the violation log, the
report, the dashboard).

The mock serves every official operation today, and GHL adds operations the mock will lag behind on. So these
tests build the mock without one area (``WITHHELD``): its official operations are then operations the mock
lacks, answered exactly as a future GHL operation would be. ``lacking_areas()`` is that mock's set of areas
(``build_app(settings, areas=lacking_areas())``), and ``unserved_get``/``unserved_write`` pick its operations
from the official index, so no test names an operation by hand."""

from __future__ import annotations

from functools import cache

from mock_server.apis import AREA_NAMES, load_area
from mock_server.platform import area_index
from mock_server.platform.areas import Areas
from mock_server.platform.official_index import OfficialRoute, official_routes
from mock_server.platform.routing import shape

WITHHELD = "chat_widget"
# What a test module's code builds the lacking mock with, where it runs in another process (a probe, pytester).
BUILD_LACKING = (f"Areas.indexed(area_index.read([n for n in AREA_NAMES if n != {WITHHELD!r}]), load_area)")
IMPORTS = ("from mock_server.apis import AREA_NAMES, load_area\nfrom mock_server.platform import area_index\n"
           "from mock_server.platform.areas import Areas\n")


def lacking_areas() -> Areas:
    """Every registered area but ``WITHHELD``: a fresh set per call (an app owns its areas)."""
    return Areas.indexed(area_index.read([name for name in AREA_NAMES if name != WITHHELD]), load_area)


@cache
def _served() -> frozenset[tuple[str, str]]:
    registry = lacking_areas().registry
    return frozenset((op.method, shape(path)) for op in registry for path in op.paths)


@cache
def unserved_get() -> OfficialRoute:
    """An official GET without path parameters, checked for Version and token, that the lacking mock lacks."""
    return next(route for route in official_routes()
                if route.method == "GET" and "{" not in route.path and route.version_header and not route.public
                and ("GET", shape(route.path)) not in _served())


@cache
def unserved_write() -> OfficialRoute:
    """An official operation other than a GET, checked for Version and token, that the lacking mock lacks."""
    return next(route for route in official_routes()
                if route.method != "GET" and route.version_header and not route.public
                and (route.method, shape(route.path)) not in _served())
