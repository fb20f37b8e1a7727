"""``GhlTenant``: one isolated agency + location on a mock, with tokens and clients for it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

from mock_server.control.tenants import create_tenant, default_app
from mock_server.platform.world import World
from mock_server.testing.transport import AsyncInProcessTransport, InProcessTransport

DEFAULT_VERSION = "2021-07-28"
BASE_URL = "https://services.leadconnectorhq.com"


class GhlTenant:
    """A fresh agency with one location and one admin user, on an in-process mock.

    Attributes: ``company_id``, ``location_id``, ``user_id``, ``world`` (the mock's state), ``app``.
    """

    def __init__(self, app, *, seed: str | None = None, name: str | None = None, timezone: str | None = None) -> None:
        self.app = app
        self.world: World = app.world
        created = create_tenant(self.world, name=name, timezone=timezone, seed=seed)
        self.company_id: str = created["companyId"]
        self.location_id: str = created["locationId"]
        self.user_id: str = created["userId"]
        self.timezone: str = created["timezone"]
        self._clients: list[httpx.Client | httpx.AsyncClient] = []

    # -- tokens ------------------------------------------------------------------------------
    def token(self, scopes: list[str] | None = None, *, agency: bool = False, kind: str = "oauth",
              expires_in: int | None = None) -> str:
        """An access token for this location (or, with ``agency=True``, its agency); every scope by default."""
        app = default_app(self.world)
        grant = self.world.tokens.mint(
            user_type="Company" if agency else "Location", company_id=self.company_id,
            location_id=None if agency else self.location_id, scopes=scopes, kind=kind,  # type: ignore[arg-type]
            expires_in=expires_in, client_id=app["id"] if app else None, user_id=self.user_id)
        return grant["access_token"]

    def headers(self, scopes: list[str] | None = None, *, agency: bool = False, version: str = DEFAULT_VERSION,
                token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.token(scopes, agency=agency)}", "Version": version}

    # -- clients -----------------------------------------------------------------------------
    def client(self, scopes: list[str] | None = None, *, agency: bool = False, version: str = DEFAULT_VERSION,
               token: str | None = None) -> httpx.Client:
        """An ``httpx.Client`` on the mock in-process, authorized for this tenant."""
        client = httpx.Client(transport=InProcessTransport(self.app), base_url=BASE_URL,
                              headers=self.headers(scopes, agency=agency, version=version, token=token))
        self._clients.append(client)
        return client

    def async_client(self, scopes: list[str] | None = None, *, agency: bool = False,
                     version: str = DEFAULT_VERSION, token: str | None = None) -> httpx.AsyncClient:
        client = httpx.AsyncClient(transport=AsyncInProcessTransport(self.app), base_url=BASE_URL,
                                   headers=self.headers(scopes, agency=agency, version=version, token=token))
        self._clients.append(client)
        return client

    # -- time and records --------------------------------------------------------------------
    def freeze(self, at: datetime | None = None) -> None:
        """Stop this tenant's clock (at ``at``, or now). Other tenants keep their own time."""
        self.world.clocks.claim(self.company_id).freeze(at)

    def advance(self, seconds: float) -> None:
        self.world.clocks.claim(self.company_id).advance(seconds)

    def now(self) -> datetime:
        return self.world.now(self.company_id)

    def journal(self) -> list[dict[str, Any]]:
        """Requests this tenant's tokens made, oldest first."""
        return self.world.journal.entries(company_id=self.company_id)

    def violations(self) -> list[dict[str, Any]]:
        return self.world.violations.entries(company_id=self.company_id)

    def close(self) -> None:
        for client in self._clients:
            if isinstance(client, httpx.Client):
                client.close()
        self._clients.clear()
        self.world.clocks.release(self.company_id)
