"""The ``Api`` of calendars.json, which every module of this package declares operations on, and that of
the operations only the v3 file declares (service catalog, service locations and bookings, event-calendar
schedules): their answers are checked against calendars-v3.json."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from mock_server.platform.operations import Api

api = Api("calendars.json", tag="Calendars")
v3_api = Api("v3/calendars-v3.json", tag="Calendars")


def sent(body: BaseModel) -> dict[str, Any]:
    """The top-level fields the client sent (an explicit null included), nested objects without nulls.

    Nested defaults the DTOs declare (a team member's ``priority: 0.5``) are kept, so what is
    stored reads the same as what GHL would answer.
    """
    cleaned = body.model_dump(by_alias=True, exclude_none=True)
    return {name: cleaned.get(name) for name in body.model_fields_set}
