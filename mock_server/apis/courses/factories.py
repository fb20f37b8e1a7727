"""The ``ghl`` factories of the Courses area."""

from __future__ import annotations

from typing import Any

from mock_server.apis.courses.demo import course
from mock_server.testing.factories import Factories


class CourseFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def course(self, **overrides: Any) -> dict[str, Any]:
        """A course imported into this location (POST /courses/courses-exporter/public/import): two modules, three
        lessons; returns it as stored, with the ids the import gave (``GET /_mock/locations/{id}/courses``)."""
        with self.fake.draw("course") as (faker, n):
            product = course(f"{faker.catch_phrase()} {n}") | overrides
        self.api("POST", "/courses/courses-exporter/public/import",
                 {"locationId": self.location_id, "products": [product]}, what="ghl.course()")
        return self.api("GET", f"/_mock/locations/{self.location_id}/courses")["products"][-1]
