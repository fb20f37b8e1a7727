"""Testing GHL clients against the mock in-process: the pieces the pytest plugin is made of, usable without pytest.

``GhlTenant`` (a fresh agency + location with tokens, clients, clock and factories), ``intercept`` (httpx
and requests calls to GHL's host answered in-process), ``LiveServer`` (the mock on a free port in a thread).

Each is imported on first use: pytest imports the plugin (and so this package) in every test run of a
project that has ghl-mock installed, including runs that never touch the mock.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.testing.factories import RecordRefused
    from mock_server.testing.intercept import intercept
    from mock_server.testing.server import LiveServer, ServerStartError
    from mock_server.testing.tenant import GhlTenant

_HOMES = {"GhlTenant": "tenant", "LiveServer": "server", "ServerStartError": "server", "RecordRefused": "factories",
          "intercept": "intercept"}
__all__ = ["GhlTenant", "LiveServer", "RecordRefused", "ServerStartError", "intercept"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
