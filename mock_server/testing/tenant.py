"""``GhlTenant``: one isolated agency + location on a mock, with tokens, clients, a clock and factories.

This is what the ``ghl`` pytest fixture hands a test. Nothing it does touches another tenant: its ids
come from its own seeded stream, its clock is its own, and closing it removes only its own records.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import httpx

from mock_server.apis import REGISTERED
from mock_server.control.tenants import create_tenant, default_app, delete_tenant
from mock_server.platform.world import World
from mock_server.testing.factories import DEFAULT_VERSION, FIXTURE_CLIENT_ID
from mock_server.testing.transport import GHL_BASE_URL as BASE_URL
from mock_server.testing.transport import AsyncInProcessTransport, InProcessTransport
from mock_server.testing.webhooks import WebhookHelpers

# DECISION: a test's OAuth tokens live a century of mock time, so freezing or advancing the tenant's clock
# (say, to a date of next year to test slots) never silently expires the clients of the test. GHL's own
# one-day lifetime is one argument away: ``ghl.token(expires_in=86399)``; the OAuth flow keeps it too.
TEST_TOKEN_TTL_SECONDS = 100 * 365 * 24 * 3600


class GhlTenant(*REGISTERED.factory_mixins, WebhookHelpers):
    """A fresh agency with one location and one admin user, on an in-process mock.

    Attributes: ``company_id``, ``location_id``, ``user_id``, ``timezone``, ``world`` (the mock's state),
    ``app`` (the ASGI app), ``base_url`` (where this test's clients should send requests).
    Factories (``ghl.contact()``, ``ghl.calendar()`` ...) come from the areas' mixins (``Area.factories``):
    those of every registered area, and of any area the app was built with besides.
    """

    def __new__(cls, app, **options: Any) -> GhlTenant:
        extra = tuple(mixin for mixin in app.world.areas.factory_mixins if not issubclass(cls, mixin))
        return super().__new__(_with_mixins(cls, extra) if extra else cls)

    def __init__(self, app, *, seed: str | None = None, name: str | None = None, timezone: str | None = None,
                 base_url: str = BASE_URL, live: bool = False) -> None:
        self.app = app
        self.world: World = app.world
        self.seed = seed
        # Watermarks: the journal and violation entries of this tenant's test are the ones after these.
        self._journal_mark = self.world.journal.last_seq
        self._violation_mark = self.world.violations.last_seq
        created = create_tenant(self.world, name=name, timezone=timezone, seed=seed)
        self.company_id: str = created["companyId"]
        self.location_id: str = created["locationId"]
        self.user_id: str = created["userId"]
        self.timezone: str = created["timezone"]
        self.base_url = base_url
        self._clients: list[httpx.Client | httpx.AsyncClient] = []
        self._inprocess = InProcessTransport(app)
        self._tokens: dict[tuple, str] = {}
        self._closed = False
        self._start_webhooks(background=live)  # in-process: deliveries wait for the test; live: sent at once

    # -- tokens ------------------------------------------------------------------------------
    def token(self, scopes: list[str] | None = None, *, agency: bool = False, kind: str = "oauth",
              expires_in: int | None = None, location_id: str | None = None) -> str:
        """An access token for this location (``agency=True``: its agency; ``location_id``: another of its
        locations), with every scope unless ``scopes`` is given. ``kind="pit"`` gives a Private Integration Token.

        Such tokens outlive any time travel of the test and are minted once per test, then reused. With
        ``expires_in`` (seconds of mock time from the tenant's now) every call mints a fresh one.
        """
        if expires_in is not None:
            return self._mint(scopes, agency=agency, kind=kind, expires_in=expires_in, location_id=location_id)
        key = (tuple(sorted(scopes)) if scopes is not None else None, agency, kind, location_id)
        cached = self._tokens.get(key)
        if cached is None:
            cached = self._tokens[key] = self._mint(scopes, agency=agency, kind=kind, expires_in=None,
                                                    location_id=location_id)
        return cached

    def _mint(self, scopes: list[str] | None, *, agency: bool, kind: str, expires_in: int | None,
              location_id: str | None, client_id: str | None = None) -> str:
        app = None if client_id else default_app(self.world)
        if expires_in is None and kind == "oauth":
            expires_in = TEST_TOKEN_TTL_SECONDS
        grant = self.world.tokens.mint(
            user_type="Company" if agency else "Location", company_id=self.company_id,
            location_id=None if agency else (location_id or self.location_id), scopes=scopes,
            kind=kind, expires_in=expires_in,  # type: ignore[arg-type]
            client_id=client_id or (app["id"] if app else None),
            user_id=self.user_id, with_refresh=False)
        return grant["access_token"]

    def pit(self, scopes: list[str] | None = None, *, agency: bool = False) -> str:
        """A Private Integration Token (``pit-...``) for this location or its agency."""
        return self.token(scopes, agency=agency, kind="pit")

    def headers(self, scopes: list[str] | None = None, *, agency: bool = False, version: str = DEFAULT_VERSION,
                token: str | None = None) -> dict[str, str]:
        """``Authorization`` and ``Version`` headers as a GHL client sends them."""
        return {"Authorization": f"Bearer {token or self.token(scopes, agency=agency)}", "Version": version}

    # -- clients -----------------------------------------------------------------------------
    def client(self, scopes: list[str] | None = None, *, agency: bool = False, version: str = DEFAULT_VERSION,
               token: str | None = None, kind: str = "oauth") -> httpx.Client:
        """An ``httpx.Client`` on the mock in-process (no sockets), authorized for this tenant."""
        token = token or self.token(scopes, agency=agency, kind=kind)
        client = httpx.Client(transport=InProcessTransport(self.app), base_url=BASE_URL,
                              headers=self.headers(version=version, token=token))
        self._clients.append(client)
        return client

    def async_client(self, scopes: list[str] | None = None, *, agency: bool = False,
                     version: str = DEFAULT_VERSION, token: str | None = None,
                     kind: str = "oauth") -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` on the mock in-process, authorized for this tenant."""
        token = token or self.token(scopes, agency=agency, kind=kind)
        client = httpx.AsyncClient(transport=AsyncInProcessTransport(self.app), base_url=BASE_URL,
                                   headers=self.headers(version=version, token=token))
        self._clients.append(client)
        return client

    def url_for(self, path: str) -> str:
        """The absolute URL of ``path`` where this test's clients reach the mock (the live server's when the
        test uses ``ghl_server``, else GHL's own host, which in-process clients and interception answer)."""
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")

    # -- time ----------------------------------------------------------------------------------
    def freeze(self, at: datetime | str | None = None) -> datetime:
        """Stop this tenant's clock (at ``at``, or now); other tenants keep their own time. Naive times are UTC."""
        clock = self.world.clocks.claim(self.company_id)
        clock.freeze(_instant(at))
        self.deliver()
        return self.now()

    def set_time(self, at: datetime | str) -> datetime:
        """Jump this tenant's clock to ``at``; it keeps running from there unless frozen."""
        self.world.clocks.claim(self.company_id).set(_instant(at))
        self.deliver()  # retries now due go out
        return self.now()

    def advance(self, seconds: float = 0, *, minutes: float = 0, hours: float = 0, days: float = 0) -> datetime:
        """Move this tenant's clock forward (frozen or not)."""
        delta = timedelta(seconds=seconds, minutes=minutes, hours=hours, days=days).total_seconds()
        self.world.clocks.claim(self.company_id).advance(delta)
        self.deliver()  # retries now due go out
        return self.now()

    def unfreeze(self) -> None:
        self.world.clocks.claim(self.company_id).unfreeze()

    def now(self) -> datetime:
        """This tenant's "now", as the mock sees it."""
        return self.world.now(self.company_id)

    # -- what happened -------------------------------------------------------------------------
    def journal(self, operation_id: str | None = None, *, include_fixtures: bool = False) -> list[dict[str, Any]]:
        """Requests made during this test by this tenant's tokens or with no valid token, oldest first.

        The factories' own requests are left out unless ``include_fixtures``.
        """
        entries = self.world.journal.entries(since=self._journal_mark, operation_id=operation_id)
        return [e for e in entries if e.get("companyId") in (None, self.company_id)
                and (include_fixtures or (e.get("principal") or {}).get("clientId") != FIXTURE_CLIENT_ID)]

    def violations(self, *, all_tenants: bool = False) -> list[dict[str, Any]]:
        """Contract violations recorded during this test: by this tenant's tokens or with no valid token
        (``all_tenants``: whoever caused them; one test runs at a time in a process). Requests of the
        factories are left out (a refused factory raises ``RecordRefused`` instead)."""
        entries = self.world.violations.entries(since=self._violation_mark)
        if entries:  # a factory refused for its overrides raised RecordRefused already: not the client's doing
            ours = {e["traceId"] for e in self.journal(include_fixtures=True)
                    if (e.get("principal") or {}).get("clientId") == FIXTURE_CLIENT_ID}
            entries = [v for v in entries if v.get("traceId") not in ours]
        if all_tenants:
            return entries
        return [v for v in entries if v.get("companyId") in (None, self.company_id)]

    # -- factories' plumbing -------------------------------------------------------------------
    def _fixture_headers(self, agency: bool) -> dict[str, str]:
        key = ("fixtures", agency)
        token = self._tokens.get(key)
        if token is None:
            token = self._tokens[key] = self._mint(None, agency=agency, kind="oauth", expires_in=None,
                                                   location_id=None, client_id=FIXTURE_CLIENT_ID)
        return {"Authorization": f"Bearer {token}", "Version": DEFAULT_VERSION}

    def _transport(self) -> InProcessTransport:
        return self._inprocess

    # -- teardown ------------------------------------------------------------------------------
    def close(self) -> None:
        """Close this tenant's clients and forget the tenant (its records, clock and ids); nothing else."""
        if self._closed:
            return
        self._closed = True
        for client in self._clients:
            if isinstance(client, httpx.Client):
                client.close()
        self._clients.clear()
        self._inprocess.close()
        self._close_webhooks()
        delete_tenant(self.world, self.company_id)

    def __repr__(self) -> str:
        return f"<GhlTenant company={self.company_id} location={self.location_id}>"


@cache
def _with_mixins(base: type[GhlTenant], mixins: tuple[type, ...]) -> type[GhlTenant]:
    """``base`` with the factories of areas an app adds to the registered ones (say, a test's own area)."""
    return type(base.__name__, (base, *mixins), {"__doc__": base.__doc__, "__module__": base.__module__})


def _instant(at: datetime | str | None) -> datetime | None:
    if isinstance(at, str):
        at = datetime.fromisoformat(at.replace("Z", "+00:00"))
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at
