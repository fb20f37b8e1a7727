"""The ``ghl`` factories of the Locations area: another location, the location's settings."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class LocationFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def location(self, **overrides: Any) -> dict[str, Any]:
        """Another location of this agency (POST /locations/ with an agency token)."""
        body = self.fake.location(self.company_id, **overrides)
        return self.api("POST", "/locations/", body, agency=True, what="ghl.location()")

    def location_settings(self, **settings: Any) -> dict[str, Any]:
        """Change this location's settings (``PUT /_mock/locations/{id}/settings``), e.g.
        ``ghl.location_settings(allowDuplicateContact=True)`` or ``allowDuplicateOpportunity=True``."""
        return self.api("PUT", f"/_mock/locations/{self.location_id}/settings", settings,
                        what="ghl.location_settings()")
