"""A server the contract kit talks to: its address (or in-process app), credentials and tenant ids.

The *reference* side is a fresh ghl-mock tenant in-process: it answers every probe first, and what
it answers is what the target is expected to answer. The *target* is any server claiming to be GHL.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
import orjson

# Not from testing.tenant: that imports the factories and faker, seconds ``ghl-mock trigger`` would wait for.
from mock_server.testing.transport import DEFAULT_VERSION, InProcessTransport
from mock_server.testing.transport import GHL_BASE_URL as BASE_URL

if TYPE_CHECKING:
    from mock_server.platform.areas import Areas
    from mock_server.testing.tenant import GhlTenant

TIMEOUT_SECONDS = 30.0


@dataclass
class Observed:
    """One request as sent and the answer to it."""

    method: str
    path: str
    query: dict[str, Any]
    body: Any
    status: int
    payload: Any  # parsed JSON, or the text when the answer is not JSON
    content_type: str = ""
    error: str | None = None  # a transport failure (no answer at all)

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300

    def describe(self) -> str:
        return f"{self.method} {self.path}" + (f"?{httpx.QueryParams(self.query)}" if self.query else "")


@dataclass
class Side:
    """One server: ``send`` builds GHL-style requests (Bearer token, Version header) against it."""

    name: str
    client: httpx.Client
    location_token: str | None
    agency_token: str | None = None
    ids: dict[str, str] = field(default_factory=dict)  # locationId, companyId, userId (and any id field) known
    version: str = DEFAULT_VERSION
    max_rps: float = 0.0
    app: Any = None  # the in-process app behind the reference side (kept alive with it)
    _last: float = 0.0

    def token_for(self, token_classes: frozenset[str], *, agency_first: bool = False) -> str | None:
        order = ("Company", "Location") if agency_first else ("Location", "Company")
        tokens = {"Location": self.location_token, "Company": self.agency_token}
        return next((tokens[c] for c in order if c in token_classes and tokens[c]), None)

    def send(self, method: str, path: str, *, token: str | None, query: dict[str, Any] | None = None,
             body: Any = None, version: str | None = "default", content_type: str | None = None) -> Observed:
        headers: dict[str, str] = {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if version:
            headers["Version"] = self.version if version == "default" else version
        content = None
        if isinstance(body, str):  # a recorded non-JSON body (a form), sent as it was
            content = body.encode()
            headers["Content-Type"] = content_type or "application/x-www-form-urlencoded"
        elif body is not None:
            content = orjson.dumps(body)
            headers["Content-Type"] = content_type or "application/json"
        self._throttle()
        query = dict(query or {})
        try:
            response = self.client.request(method, path, params=query, content=content, headers=headers)
        except httpx.HTTPError as exc:
            return Observed(method, path, query, body, 0, None, error=f"{type(exc).__name__}: {exc}")
        kind = response.headers.get("content-type", "")
        try:
            payload = response.json() if response.content else None
        except ValueError:
            payload = response.text
        return Observed(method, path, query, body, response.status_code, payload, kind)

    def _throttle(self) -> None:
        if self.max_rps <= 0:
            return
        wait = self._last + 1.0 / self.max_rps - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last = time.monotonic()

    def close(self) -> None:
        self.client.close()


def remote_side(base_url: str, token: str | None, *, agency_token: str | None = None,
                location_id: str | None = None, company_id: str | None = None, user_id: str | None = None,
                extra_ids: dict[str, str] | None = None, version: str = DEFAULT_VERSION, max_rps: float = 0.0,
                transport: httpx.BaseTransport | None = None) -> Side:
    """The server under test, reached over HTTP (or through ``transport``, e.g. in-process in tests).

    ``extra_ids`` name records the kit cannot find by itself (``{"appId": ...}``)."""
    client = httpx.Client(base_url=base_url.rstrip("/"), timeout=TIMEOUT_SECONDS, transport=transport)
    ids = {**(extra_ids or {}), **{k: v for k, v in (("locationId", location_id), ("companyId", company_id),
                                                        ("userId", user_id)) if v}}
    return Side("target", client, token, agency_token, ids, version, max_rps)


def reference_side(*, agency: bool = True, seed: str = "ghl-mock-contract-reference") -> Side:
    """A fresh in-process ghl-mock tenant with an all-scope location token (and agency token)."""
    from mock_server.app import build_app
    from mock_server.settings import Settings
    from mock_server.testing.tenant import GhlTenant

    app = build_app(Settings(bootstrap=True, random_seed=seed))  # bootstrap: the default app, installed on tenants
    return tenant_side(GhlTenant(app, seed=seed), agency=agency)


def tenant_side(tenant: GhlTenant, *, name: str = "reference", agency: bool = True) -> Side:
    """An in-process side on an existing ghl-mock tenant (a ``ghl`` fixture's, say), with all-scope tokens and
    what GHL's API cannot create seeded as the areas declare it (``Area.contract_seeds``)."""
    from mock_server.control.tenants import default_app

    app = tenant.app
    client = httpx.Client(transport=InProcessTransport(app), base_url=BASE_URL)
    ids = {"locationId": tenant.location_id, "companyId": tenant.company_id, "userId": tenant.user_id}
    installed = default_app(app.world)
    if installed is not None:
        ids["appId"] = installed["appId"]
    ids.update(_seed_unwritable(client, tenant.location_id, tenant.company_id, app.world.areas))
    return Side(name, client, tenant.token(), tenant.token(agency=True) if agency else None, ids, app=app)


def _seed_unwritable(client: httpx.Client, location_id: str, company_id: str,
                     areas: Areas) -> dict[str, str]:
    """What GHL's API cannot create (workflows, pipelines, blog sites ...), seeded through the control plane as
    each area declares it (``Area.contract_seeds``), so the operations that use them can be exercised; the
    ids each area names, taken from the answers."""
    ids: dict[str, str] = {}
    for seed in areas.contract_seeds:
        # A body string "{someId}" is an id an earlier seed named (an order's contact).
        body = {k: ids.get(v[1:-1], v) if isinstance(v, str) and v.startswith("{") else v for k, v in seed.body.items()}
        path = seed.path.replace("{locationId}", location_id).replace("{companyId}", company_id)
        answer = client.post("/_mock" + path, json=body)
        if answer.is_success:
            ids.update({name: _at(answer.json(), place) for name, place in seed.ids.items()})
    return ids


def _at(document: Any, place: str) -> str:
    """The value at ``place`` (dotted, list positions as numbers: ``stages.0.id``) of a JSON answer."""
    for step in place.split("."):
        document = document[int(step)] if isinstance(document, list) else document[step]
    return document
