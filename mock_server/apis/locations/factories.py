"""The ``ghl`` factories of the Locations area: another location, the location's settings, its tags,
custom values and message templates."""

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

    def tag(self, name: str | None = None) -> dict[str, Any]:
        """A tag of this location (POST /locations/{id}/tags), stored lower-cased as GHL stores tags."""
        if name is None:
            with self.fake.draw("location tag") as (faker, n):
                name = f"{faker.word()}-{n}"
        return self.api("POST", f"/locations/{self.location_id}/tags", {"name": name}, what="ghl.tag()")["tag"]

    def custom_value(self, name: str | None = None, value: str | None = None) -> dict[str, Any]:
        """A custom value of this location (POST /locations/{id}/customValues): what
        ``{{ custom_values.<key> }}`` reads, its key the name in snake case (answered as ``fieldKey``)."""
        with self.fake.draw("custom value") as (faker, n):
            name = name if name is not None else f"{faker.word().title()} {n}"
            value = value if value is not None else faker.sentence(nb_words=4)
        return self.api("POST", f"/locations/{self.location_id}/customValues", {"name": name, "value": value},
                        what="ghl.custom_value()")["customValue"]

    def template(self, name: str | None = None, *, type: str = "sms", **fields: Any) -> dict[str, Any]:
        """A message template (``POST /_mock/locations/{id}/templates``: GHL's API only lists and deletes them):
        ``type`` ``sms`` / ``whatsapp`` with ``body``, or ``email`` with ``subject`` and ``html``."""
        with self.fake.draw("template") as (faker, n):
            name = name if name is not None else f"{faker.word().title()} template {n}"
            if type == "email":
                fields = {"subject": faker.sentence(nb_words=5), "html": f"<p>{faker.sentence()}</p>", **fields}
            else:
                fields = {"body": faker.sentence(nb_words=8), **fields}
        return self.api("POST", f"/_mock/locations/{self.location_id}/templates",
                        {"name": name, "type": type, **fields}, what="ghl.template()")
