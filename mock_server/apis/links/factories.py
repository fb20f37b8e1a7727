"""The ``ghl`` factories of the Trigger Links area."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class LinkFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def trigger_link(self, **overrides: Any) -> dict[str, Any]:
        """A trigger link of this location (POST /links/); overrides are ``name``, ``redirectTo``."""
        with self.fake.draw("trigger_link") as (faker, n):
            body = {"locationId": self.location_id, "name": f"{faker.word().title()} offer {n}",
                    "redirectTo": f"https://{faker.domain_name()}/offer-{n}"}
        return self.api("POST", "/links/", body | overrides, what="ghl.trigger_link()")["link"]
