"""pytest fixtures for testing GHL integrations against ghl-mock (registered through ``pytest11``).

Fixtures
  ``ghl``               a fresh agency + location per test on one in-process mock (a ``GhlTenant``):
                        ``token()``, ``client()``, factories (``user()``, ``location()`` ...), the clock
                        (``freeze()``, ``advance()``), ``journal()``, ``violations()``, ``url_for()``.
  ``ghl_client``        an ``httpx.Client`` bound to the mock in-process, authorized with every scope.
  ``ghl_async_client``  the same as an ``httpx.AsyncClient``.
  ``ghl_receiver``      a factory installing an app whose webhooks go, in-process, to your ASGI/WSGI app.
  ``ghl_intercept``     httpx and requests calls to services.leadconnectorhq.com answered by the mock
                        (so the official SDK works unchanged); also as ``@pytest.mark.ghl_intercept``.
  ``ghl_server``        the mock on a real port (session-scoped uvicorn thread, port 0), for clients in
                        other processes or languages; ``ghl`` still gives each test its own tenant on it.
  ``ghl_app``           the session's mock (ASGI app; ``ghl_app.world`` is its state).
  ``ghl_settings``      the ``Settings`` the session's mock is built with: override it in a conftest.

Markers
  ``ghl_allow_violations(*kinds)``  the test may cause contract violations (of these kinds, or any).
  ``ghl_intercept``                 turn interception on for the test.
  ``ghl_token(scopes=None, agency=False, kind="oauth")``  what ``ghl_client``/``ghl_async_client`` are authorized with.

Isolation: every test gets its own agency (ids seeded from its node id, so they are the same on every
run), its own clock, and at teardown only its own tenant is removed: there is no global reset, so tests
never disturb each other in one process or under pytest-xdist (each worker has its own mock and port).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from mock_server.settings import Settings
from mock_server.testing import contract

if TYPE_CHECKING:
    from mock_server.app import MockApp
    from mock_server.testing.server import LiveServer
    from mock_server.testing.tenant import GhlTenant

# pytest imports this module in every run of a project with ghl-mock installed: the mock itself (its API areas,
# models, starlette, httpx) is imported by the first fixture that needs it, not here.

_TENANT = pytest.StashKey["GhlTenant"]()
_CALL_FAILED = pytest.StashKey[bool]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("ghl_server_startup_timeout", "Seconds ghl_server waits for the live mock to answer "
                  "(default: LiveServer's, 10)", default="")
    parser.addini(contract.ALLOW_MARKER, "Contract violation kinds no test fails for (say deprecated_operation)",
                  type="linelist", default=[])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "ghl_allow_violations(*kinds): the test may cause GHL contract "
                            "violations (only of these kinds, when given)")
    config.addinivalue_line("markers", "ghl_intercept: answer httpx/requests calls to GHL's host with the mock")
    config.addinivalue_line("markers", "ghl_token(scopes=None, agency=False, kind='oauth'): the token "
                            "ghl_client and ghl_async_client use")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    tenant = item.stash.get(_TENANT, None)
    expected_failure = report.skipped and hasattr(report, "wasxfail")  # an xfail (a scaffolded stub, say)
    if tenant is not None and report.when == "call" and (report.failed or expected_failure):
        # The test failed anyway, or failed as it is marked to: show its violations beside the failure (they
        # often explain it; a 501's does) instead of failing it a second time at teardown.
        item.stash[_CALL_FAILED] = True
        violations = _not_allowed(item, tenant.violations(all_tenants=True))
        if violations:
            report.sections.append(("GHL contract violations", contract.report(violations)))
    return report


def _not_allowed(item: pytest.Item, violations: list[dict]) -> list[dict]:
    """The violations neither the test's ``ghl_allow_violations`` marker nor the ini option allows."""
    marker = item.get_closest_marker(contract.ALLOW_MARKER)
    failing = contract.unexpected(violations, None if marker is None else marker.args)
    return contract.unexpected(failing, item.config.getini(contract.ALLOW_MARKER) or None)


# -- session ------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def ghl_settings() -> Settings:
    """The settings of the session's mock (strict contract mode, in memory). Override to change them."""
    return Settings(bootstrap=False)


@pytest.fixture(scope="session")
def ghl_app(ghl_settings: Settings) -> Iterator[MockApp]:
    """The in-process mock every test of the session shares (each test gets its own tenant on it)."""
    collecting = gc.isenabled()
    gc.disable()  # building the mock makes many long-lived objects: no point walking them while they are made
    try:
        from mock_server.app import build_app

        app = build_app(ghl_settings)
    finally:
        if collecting:
            gc.enable()
    yield app
    app.world.close()


@pytest.fixture(scope="session")
def ghl_server(ghl_app: MockApp, pytestconfig: pytest.Config) -> Iterator[LiveServer]:
    """The session's mock on ``http://127.0.0.1:<free port>`` (``.url``, ``.url_for(path)``), for clients
    in other processes or languages. Tests that use it get ``ghl.url_for()`` on it too."""
    from mock_server.testing.server import DEFAULT_STARTUP_TIMEOUT, LiveServer

    timeout = float(pytestconfig.getini("ghl_server_startup_timeout") or DEFAULT_STARTUP_TIMEOUT)
    server = LiveServer(ghl_app).start(timeout=timeout)
    yield server
    server.stop()


# -- per test -----------------------------------------------------------------------------------
@pytest.fixture
def ghl(ghl_app: MockApp, request: pytest.FixtureRequest) -> Iterator[GhlTenant]:
    """A fresh GHL agency with one location and one admin user, isolated from every other test.

    Ids are deterministic per test (seeded from the test's node id). At teardown the test fails if
    its requests violated GHL's contract (see ``@pytest.mark.ghl_allow_violations``).
    """
    from mock_server.testing.tenant import GhlTenant

    live = "ghl_server" in request.fixturenames
    tenant = GhlTenant(ghl_app, seed=request.node.nodeid, live=live)
    if live:
        tenant.base_url = request.getfixturevalue("ghl_server").url
    request.node.stash[_TENANT] = tenant
    try:
        yield tenant
        violations = tenant.violations(all_tenants=True)
    finally:
        tenant.close()
    if violations and not request.node.stash.get(_CALL_FAILED, False):
        failing = _not_allowed(request.node, violations)
        if failing:
            pytest.fail(contract.report(failing), pytrace=False)


def _token_options(request: pytest.FixtureRequest) -> dict:
    marker = request.node.get_closest_marker("ghl_token")
    if marker is None:
        return {}
    options = dict(marker.kwargs)
    if marker.args:
        options["scopes"] = list(marker.args[0]) if not isinstance(marker.args[0], str) else [marker.args[0]]
    return options


@pytest.fixture
def ghl_client(ghl: GhlTenant, request: pytest.FixtureRequest):
    """An ``httpx.Client`` on the in-process mock for ``ghl``'s location, with every scope
    (``@pytest.mark.ghl_token(scopes=[...], agency=True, kind="pit")`` to ask otherwise)."""
    with ghl.client(**_token_options(request)) as client:
        yield client


@pytest.fixture
def ghl_async_client(ghl: GhlTenant, request: pytest.FixtureRequest):
    """An ``httpx.AsyncClient`` on the in-process mock for ``ghl``'s location, with every scope."""
    return ghl.async_client(**_token_options(request))


@pytest.fixture
def ghl_receiver(ghl: GhlTenant):
    """A factory: ``ghl_receiver(app, path="/webhooks", events=None, scopes=None, agency=False)`` installs a
    Marketplace app whose webhooks go to your ASGI (Starlette, FastAPI) or WSGI (Flask, Django) ``app``,
    in-process, signed exactly as over the network; answers the ``InstalledApp`` (client id, tokens).
    Deliveries run on ``ghl.deliver()``, ``ghl.wait_for_event(...)`` and when ``ghl``'s clock moves."""
    return ghl.receiver


@pytest.fixture
def ghl_intercept(ghl: GhlTenant, ghl_app: MockApp) -> Iterator[GhlTenant]:
    """While the test runs, httpx (sync and async) and requests calls to services.leadconnectorhq.com are
    answered by the mock in-process; other hosts are untouched. Yields ``ghl``."""
    from mock_server.testing.intercept import intercept

    with intercept(ghl_app):
        yield ghl


@pytest.fixture(autouse=True)
def _ghl_markers(request: pytest.FixtureRequest) -> None:
    """``@pytest.mark.ghl_intercept`` pulls in the ``ghl_intercept`` fixture (a marker lookup otherwise)."""
    if request.node.get_closest_marker("ghl_intercept") is not None:
        request.getfixturevalue("ghl_intercept")
