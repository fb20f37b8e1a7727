"""The ``ghl`` factories of the Users area: users of the tenant's location."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class UserFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def user(self, **overrides: Any) -> dict[str, Any]:
        """A user of this location (POST /users/). Overrides are ``CreateUserDto`` fields."""
        body = self.fake.user(self.company_id, [self.location_id], **overrides)
        return self.api("POST", "/users/", body, what="ghl.user()")
