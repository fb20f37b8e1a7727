"""Defects of GHL's official OpenAPI files that the mock's responses knowingly break.

Each entry names one response (spec file, method, official path), where in the body (a glob over
the dotted path of the offending value, or of the missing field for ``required``; ``*`` matches any
array index or key), the JSON Schema keyword that fails, and why the file, not the mock, is wrong.
``upstream.response_problems`` ignores exactly these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Defect:
    spec_file: str
    method: str
    path: str
    where: str
    keyword: str
    reason: str


_TIMES_ARE_STRINGS = ("typed `object` although the file's own examples (\"2023-09-25T16:00:00+05:30\") and "
                      "the live API send date-time strings")
_NOT_EVERY_EVENT_HAS_ONE = ("required by CalendarEventDTO, but an appointment on a calendar outside any group "
                            "has no groupId, and one on an event calendar without a team has no assignedUserId")
_BLOCKS_ARE_NOT_APPOINTMENTS = ("GET /calendars/blocked-slots reuses the appointment DTO (CalendarEventDTO), "
                                "whose required appointment fields a blocked slot does not have")


def _times(method: str, path: str, prefix: str) -> list[Defect]:
    return [Defect("calendars.json", method, path, f"{prefix}{field}", "type", f"{field} is {_TIMES_ARE_STRINGS}")
            for field in ("startTime", "endTime", "dateAdded", "dateUpdated")]


def _optional(method: str, path: str, prefix: str, fields: tuple[str, ...], reason: str) -> list[Defect]:
    return [Defect("calendars.json", method, path, f"{prefix}{field}", "required", reason) for field in fields]


DEFECTS: tuple[Defect, ...] = (
    *_times("GET", "/calendars/events/appointments/{eventId}", "event."),
    *_times("GET", "/calendars/events", "events.*."),
    *_times("GET", "/calendars/blocked-slots", "events.*."),
    *_times("POST", "/calendars/events/block-slots", ""),
    *_times("PUT", "/calendars/events/block-slots/{eventId}", ""),
    *_optional("GET", "/calendars/events/appointments/{eventId}", "event.", ("groupId", "assignedUserId"),
               _NOT_EVERY_EVENT_HAS_ONE),
    *_optional("GET", "/calendars/events", "events.*.", ("groupId", "assignedUserId"), _NOT_EVERY_EVENT_HAS_ONE),
    *_optional("GET", "/calendars/blocked-slots", "events.*.",
               ("contactId", "appointmentStatus", "users", "groupId", "calendarId", "assignedUserId"),
               _BLOCKS_ARE_NOT_APPOINTMENTS),
    Defect("calendars.json", "GET", "/calendars/{calendarId}/free-slots", "traceId", "type",
           "the 200 is declared as date keys only (additionalProperties: SlotsSchema), yet GHL puts a string "
           "traceId beside them, and clients skip that key when walking the dates (free-slots.md §1)"),
)
