"""What every area's ``ghl.<name>()`` factories share: ``Factories``, the base of their mixins.

Each area declares its factories in its own package (``mock_server/apis/<area>/factories.py``, named by
``Area(factories="module:Class")``) as a mixin of this class; ``GhlTenant`` composes the mixins of every
registered area, so ``ghl.contact()``, ``ghl.calendar()`` ... are all methods of the one ``ghl`` handle.

Each factory builds a GHL-shaped request body with ``mock_server.fixtures.factories.GhlFaker`` (seeded
from the test, so the data is the same on every run), applies the caller's overrides, and sends it
in-process through the mock's own pipeline: the record obeys every rule a client's would (validation,
duplicates, tenancy), and a factory can never create what the API would refuse.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from mock_server.fixtures.factories import GhlFaker
from mock_server.testing.transport import DEFAULT_VERSION as DEFAULT_VERSION  # kept importable from here
from mock_server.testing.transport import GHL_BASE_URL

if TYPE_CHECKING:
    from mock_server.testing.transport import InProcessTransport

Ref = str | dict[str, Any]  # a record or its id

# The client id inside the tokens the factories use: their requests stay out of ``ghl.journal()``.
FIXTURE_CLIENT_ID = "ghl-mock-fixtures"


class RecordRefused(Exception):
    """The mock refused a record a factory tried to create (the overrides broke a rule of the API)."""

    def __init__(self, what: str, response: httpx.Response) -> None:
        self.status_code = response.status_code
        try:
            self.body: Any = response.json()
        except ValueError:
            self.body = response.text
        super().__init__(f"{what} was refused by the mock: {self.status_code} {self.body}")


class Factories:
    """Base of the areas' factory mixins: every factory creates one record through the API (``api``) and
    returns it as GHL answers; ``fake`` builds the bodies. ``GhlTenant`` provides the tenant's ids, its
    fixture token and the in-process transport."""

    company_id: str
    location_id: str
    user_id: str
    seed: str | None

    def _fixture_headers(self, agency: bool) -> dict[str, str]:  # provided by GhlTenant
        raise NotImplementedError

    def _transport(self) -> InProcessTransport:  # provided by GhlTenant
        raise NotImplementedError

    def now(self) -> datetime:  # provided by GhlTenant
        raise NotImplementedError

    @property
    def fake(self) -> GhlFaker:
        """This test's data generator (seeded from the test): bodies to send yourself (``ghl.fake.contact(...)``)."""
        faker = getattr(self, "_faker", None)
        if faker is None:
            faker = self._faker = GhlFaker(self.seed or self.company_id)
        return faker

    def api(self, method: str, path: str, body: Any = None, *, params: dict[str, Any] | None = None,
            agency: bool = False, what: str | None = None) -> Any:
        """Call the mock in-process with the factories' all-scope token; raise ``RecordRefused`` unless 2xx."""
        request = httpx.Request(method, GHL_BASE_URL + path, params=params,
                                headers=self._fixture_headers(agency) | {"Content-Type": "application/json"},
                                content=orjson.dumps(body) if body is not None else b"")
        response = self._transport().handle_request(request)
        if not response.is_success:
            raise RecordRefused(what or f"{method} {path}", response)
        return response.json()


def ref_id(record: Ref) -> str:
    """The id of a record given as itself or as its id."""
    return record if isinstance(record, str) else record.get("id") or record["_id"]
