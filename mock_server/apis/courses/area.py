"""The Courses area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.courses import routes, service
from mock_server.platform.area import Area, Seed, Table

area = Area(
    "courses",
    serves="Courses import (read back through the control plane)",
    apis=(routes.api,),
    tables=(Table(service.COURSES),),
    seeds=(Seed("GET", "/locations/{locationId}/courses", service.imported_courses, status=200,
                doc="the courses imported into the location, with their categories and posts (GHL has no read)"),),
    factories="mock_server.apis.courses.factories:CourseFactories",
    demo="mock_server.apis.courses.demo:load",
    upstream_allowlist="mock_server.apis.courses.upstream",
)
