"""The ``ghl`` handle's webhooks: this test's events, delivering them, installing apps, receivers.

In-process (the default), nothing is sent until the test asks: ``ghl.deliver()``,
``ghl.wait_for_event(...)``, or moving the tenant's clock (due retries go out). Deliveries reach the
test's own ASGI or WSGI app with no socket (``ghl.receiver(app)`` / the ``ghl_receiver`` fixture),
signed exactly as over the network. A test that uses ``ghl_server`` gets background delivery instead,
over real HTTP, to any URL.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from mock_server.apis.oauth import service as oauth
from mock_server.testing.factories import DEFAULT_VERSION
from mock_server.testing.transport import GHL_BASE_URL
from mock_server.webhooks import subscriptions

if TYPE_CHECKING:
    from mock_server.platform.tenant_context import Tenant
    from mock_server.platform.world import World

RECEIVER_HOST = "{app_id}.receiver.ghl-mock.test"


@dataclass
class InstalledApp:
    """A Marketplace app installed on the test's location (or agency), as the app knows it."""

    client_id: str
    client_secret: str
    app_id: str
    version_id: str  # what bodies carry as ``versionId`` (the app's version, not its id)
    webhook_url: str | None
    code: str
    grant: dict[str, Any] = field(default_factory=dict)  # the token exchange's answer (exchange=True)

    @property
    def access_token(self) -> str | None:
        return self.grant.get("access_token")

    @property
    def refresh_token(self) -> str | None:
        return self.grant.get("refresh_token")


class WebhookHelpers:
    """Mixin for ``GhlTenant``."""

    world: World
    company_id: str
    location_id: str
    user_id: str

    def _start_webhooks(self, *, background: bool = False) -> None:
        self._event_mark = self.world.webhooks.outbox.last_seq
        self._receiver_hosts: list[str] = []
        self.webhook_delivery("background" if background else "manual")

    def webhook_delivery(self, mode: str) -> None:
        """``manual``: sent when the test asks (in-process default); ``background``: at once, by the worker."""
        self.world.webhooks.settings.update({"delivery": mode}, self.company_id)

    def webhook_settings(self, **changes: Any) -> dict[str, Any]:
        """This tenant's delivery settings (``profile="ghl-2026"``, ``mode="ed25519"``, ``faults={...}`` ...)."""
        return self.world.webhooks.settings.update(changes, self.company_id).describe()

    # -- what was sent ---------------------------------------------------------------------------
    def events(self, type: str | None = None) -> list[dict[str, Any]]:
        """Events this test caused (not the fixture's own set-up), oldest first: ``webhookId``, ``type``,
        ``payload`` (the body as apps get it, less appId/versionId), ``deliveries`` (each app's status)."""
        return self.world.webhooks.events(type=type, company_id=self.company_id, since_seq=self._event_mark)

    def event(self, webhook_id: str) -> dict[str, Any]:
        """One event with every delivery attempt (headers sent, status and answer received, latency)."""
        return self.world.webhooks.event(webhook_id)

    def deliver(self) -> int:
        """Send every delivery due now (in-process mode); answers how many attempts were made."""
        return self.world.webhooks.dispatcher.run_manual({self.company_id})

    def wait_for_event(self, type: str, timeout: float = 5.0, **fields: Any) -> dict[str, Any]:
        """The first event of this ``type`` (whose payload has these ``fields``) once every app it goes to
        has had a first attempt; delivers what is due meanwhile. Fails after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            self.deliver()
            for event in self.events(type):
                if all(event["payload"].get(k) == v for k, v in fields.items()) and all(
                        d["attempts"] or d["status"] in ("dropped", "skipped") for d in event["deliveries"]):
                    return event
            if time.monotonic() >= deadline:
                seen = [(e["type"], e["webhookId"]) for e in self.events()]
                raise AssertionError(f"no {type} event{' with ' + str(fields) if fields else ''} within {timeout} s;"
                                     f" this test's events: {seen}")
            time.sleep(0.005)

    # -- apps ----------------------------------------------------------------------------------------
    def install_app(self, *, events: list[str] | None = None, webhook_url: str | None = None,
                    receiver: Any = None, path: str = "/webhooks", scopes: list[str] | None = None,
                    agency: bool = False, name: str = "Test app", event_urls: dict[str, str] | None = None,
                    exchange: bool = True, deliver: bool = True) -> InstalledApp:
        """Create a Marketplace app and install it as a user would: consent (INSTALL is sent), then the
        app's code exchange (``exchange``: the mock does ``POST /oauth/token`` for it; else do it yourself
        with ``.code``), then, in-process, INSTALL is delivered (``deliver``).

        ``events`` (default: every event the mock sends) go to ``webhook_url``, or to ``receiver``: your
        ASGI/WSGI app, called in-process at ``path``. ``agency=True`` installs it on the agency.
        """
        world = self.world
        with world.store.transaction():
            app = oauth.create_app(world, name=name, company_id=self.company_id, scopes=scopes)
            if receiver is not None:
                host = RECEIVER_HOST.format(app_id=app["appId"])
                world.webhooks.dispatcher.receivers[host] = receiver
                self._receiver_hosts.append(host)
                webhook_url = f"http://{host}{path}"
            app = subscriptions.configure(world, app, webhook_url=webhook_url,
                                          events=world.areas.event_names() if events is None else events,
                                          event_urls=event_urls or {})
            code = oauth.mint_code(self._place(agency), app=app, scopes=scopes, redirect_uri=None,
                                   user_id=self.user_id)["code"]
        installed = InstalledApp(app["id"], app["clientSecret"], app["appId"], app["versionId"], webhook_url, code)
        if exchange:  # what the app's redirect handler does with the code
            response = self._transport().handle_request(httpx.Request(
                "POST", GHL_BASE_URL + "/oauth/token", headers={"Version": DEFAULT_VERSION},
                data={"client_id": app["id"], "client_secret": app["clientSecret"], "code": code,
                      "grant_type": "authorization_code", "user_type": "Company" if agency else "Location"}))
            response.read()
            installed.grant = response.json()
        if deliver:
            self.deliver()
        return installed

    def uninstall_app(self, installed: InstalledApp, *, agency: bool = False, deliver: bool = True) -> int:
        """Uninstall it from the location (or the agency and its locations): UNINSTALL is sent."""
        app = oauth.app_by_client(self.world, installed.client_id)
        with self.world.store.transaction():
            removed = oauth.uninstall(self._place(agency), app)
        if deliver:
            self.deliver()
        return removed

    def receiver(self, app: Any, *, path: str = "/webhooks", events: list[str] | None = None,
                 scopes: list[str] | None = None, agency: bool = False) -> InstalledApp:
        """Install an app whose webhooks go to ``app`` (ASGI: Starlette, FastAPI; WSGI: Flask, Django) at
        ``path``, in-process: no socket, the same bytes and signatures as over the network."""
        return self.install_app(events=events, receiver=app, path=path, scopes=scopes, agency=agency)

    def _place(self, agency: bool) -> Tenant:
        """The test's location, or its agency."""
        return self.world.agency(self.company_id) if agency else self.world.tenant(self.location_id)

    def _close_webhooks(self) -> None:
        for host in self._receiver_hosts:
            self.world.webhooks.dispatcher.receivers.pop(host, None)
