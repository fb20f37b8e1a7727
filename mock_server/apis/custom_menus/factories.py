"""The ``ghl`` factories of the Custom Menu Links area."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories

MENU = {"icon": {"name": "link", "fontFamily": "fas"}, "showOnCompany": True, "showOnLocation": True,
        "showToAllLocations": True, "openMode": "iframe", "locations": [], "userRole": "all"}


class CustomMenuFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def custom_menu(self, **overrides: Any) -> dict[str, Any]:
        """A custom menu link of this agency (POST /custom-menus/), shown everywhere unless overridden."""
        with self.fake.draw("custom_menu") as (faker, n):
            body = {**MENU, "title": f"{faker.word().title()} {n}", "url": f"https://{faker.domain_name()}/app"}
        return self.api("POST", "/custom-menus/", body | overrides, agency=True, what="ghl.custom_menu()")["customMenu"]
