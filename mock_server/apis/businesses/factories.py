"""The ``ghl`` factories of the Businesses area."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class BusinessFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def business(self, **overrides: Any) -> dict[str, Any]:
        """A business of this location (POST /businesses/)."""
        body = self.fake.business(self.location_id, **overrides)
        return self.api("POST", "/businesses/", body, what="ghl.business()")["buiseness"]  # GHL's spelling
