"""The ``ghl`` factories of the Funnels area: funnels and websites (seeded: GHL's API only lists them) and
redirects."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class FunnelFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def funnel(self, name: str | None = None, *, steps: int = 2, type: str = "funnel", **fields: Any) -> dict[str, Any]:
        """A funnel (``type="website"``: a website) of this location with ``steps`` steps, one page each
        (``POST /_mock/locations/{id}/funnels``); ``fields`` are the seed's (``steps=[...]`` spelled out ...)."""
        with self.fake.draw("funnel") as (faker, n):
            name = name or f"{faker.word().title()} {type} {n}"
            slug = f"{faker.slug()}-{n}"
            body = {"name": name, "type": type,
                    "steps": [{"name": f"Step {i}", "url": f"/{slug}-step-{i}"} for i in range(1, steps + 1)]}
        return self.api("POST", f"/_mock/locations/{self.location_id}/funnels", body | fields, what="ghl.funnel()")

    def redirect(self, **overrides: Any) -> dict[str, Any]:
        """A URL redirect of this location (POST /funnels/lookup/redirect); overrides are ``domain``, ``path``,
        ``target``, ``action``."""
        with self.fake.draw("redirect") as (faker, n):
            body = {"locationId": self.location_id, "domain": faker.domain_name(), "path": f"/{faker.slug()}-{n}",
                    "target": f"https://{faker.domain_name()}/{faker.slug()}", "action": "url"}
        return self.api("POST", "/funnels/lookup/redirect", body | overrides, what="ghl.redirect()")["data"]
