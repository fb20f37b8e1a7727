"""Courses operations (courses.json)."""

from __future__ import annotations

from mock_server.apis.courses import models, service
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("courses.json", tag="Courses")


@api.post("/courses/courses-exporter/public/import", "import-courses", scopes="courses.write", tokens=LOCATION,
          body=models.PublicExporterPayloadBody, status=201)  # the scope: upstream.py
def import_courses(call: Call) -> dict:
    service.import_courses(call.tenant, sent_fields(call.body))
    # DECISION: the file documents no body for the 201; an acknowledgement (what was made: the control plane).
    return {"success": True}
