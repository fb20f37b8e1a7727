"""pytest fixtures for testing GHL integrations against ghl-mock (registered through ``pytest11``).

``ghl``: a fresh agency + location per test, on one in-process mock shared by the session.
``ghl_client``: an ``httpx.Client`` bound to that location with every scope.
``ghl_app``: the session's mock (an ASGI app); ``ghl_app.world`` is its state.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mock_server.app import MockApp, build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant


@pytest.fixture(scope="session")
def ghl_app() -> Iterator[MockApp]:
    """The in-process mock every test of the session shares (each test gets its own tenant on it)."""
    app = build_app(Settings(bootstrap=False))
    yield app
    app.world.close()


@pytest.fixture
def ghl(ghl_app: MockApp, request: pytest.FixtureRequest) -> Iterator[GhlTenant]:
    """A fresh GHL agency with one location and one admin user, isolated from every other test.

    Ids are deterministic per test (seeded from the test's node id).
    """
    tenant = GhlTenant(ghl_app, seed=request.node.nodeid)
    yield tenant
    tenant.close()


@pytest.fixture
def ghl_client(ghl: GhlTenant):
    """An ``httpx.Client`` on the in-process mock, authorized for ``ghl``'s location with every scope."""
    with ghl.client() as client:
        yield client
