"""Testing GHL clients against the mock in-process: the pieces the pytest plugin is made of, usable without pytest.

``GhlTenant`` (a fresh agency + location with tokens, clients, clock and factories), ``intercept`` (httpx
and requests calls to GHL's host answered in-process), ``LiveServer`` (the mock on a free port in a thread).
"""

from mock_server.testing.factories import RecordRefused
from mock_server.testing.intercept import intercept
from mock_server.testing.server import LiveServer, ServerStartError
from mock_server.testing.tenant import GhlTenant

__all__ = ["GhlTenant", "LiveServer", "RecordRefused", "ServerStartError", "intercept"]
