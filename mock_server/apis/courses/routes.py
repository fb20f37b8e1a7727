"""Courses operations (courses.json)."""

from __future__ import annotations

from mock_server.apis.courses import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("courses.json", tag="Courses")


@api.post("/courses/courses-exporter/public/import", "import-courses", tokens=LOCATION,
          body=models.PublicExporterPayloadBody, status=201)
@unwritten
def import_courses(call: Call) -> dict:
    ...
