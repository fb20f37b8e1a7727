"""An official operation no registered area serves, for the tests of what the mock does with one (the 501, the
violation log, the report, the dashboard): found from the registry, so that no test names an operation an area
may serve tomorrow (their example was one an area came to serve)."""

from __future__ import annotations

from functools import cache

import pytest

from mock_server.apis import build_registry
from mock_server.platform.official_index import OfficialRoute, official_routes
from mock_server.platform.routing import shape


@cache
def unserved_get() -> OfficialRoute | None:
    """An official GET without path parameters, checked for Version and token, that no area declares."""
    served = {(op.method, shape(path)) for op in build_registry() for path in op.paths}
    return next((route for route in official_routes()
                 if route.method == "GET" and "{" not in route.path and route.version_header and not route.public
                 and ("GET", shape(route.path)) not in served), None)


@cache
def unserved_write() -> OfficialRoute | None:
    """An official operation other than a GET, checked for Version and token, that no area declares."""
    served = {(op.method, shape(path)) for op in build_registry() for path in op.paths}
    return next((route for route in official_routes()
                 if route.method != "GET" and route.version_header and not route.public
                 and (route.method, shape(route.path)) not in served), None)


def unserved_get_or_skip() -> OfficialRoute:
    route = unserved_get()
    if route is None:
        pytest.skip("every official GET operation without path parameters is served")
    return route
