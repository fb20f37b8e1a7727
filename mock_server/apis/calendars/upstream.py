"""Where the Calendars area differs from calendars.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

# Calendars (calendars.json): the event DTOs, and the free-slots answer.
_TIMES_ARE_STRINGS = ("typed `object` although the file's own examples (\"2023-09-25T16:00:00+05:30\") and the "
                      "live API send date-time strings")
_NOT_EVERY_EVENT_HAS_ONE = ("required by CalendarEventDTO, but an appointment on a calendar outside any group has "
                            "no groupId, and one on an event calendar without a team has no assignedUserId")
_BLOCKS_ARE_NOT_APPOINTMENTS = ("GET /calendars/blocked-slots reuses the appointment DTO (CalendarEventDTO), whose "
                                "required appointment fields a blocked slot does not have (spec-oddities.md)")
_EVENT_ANSWERS = (("GET", "/calendars/events/appointments/{eventId}", "event/"),
                  ("GET", "/calendars/events", "events/*/"), ("GET", "/calendars/blocked-slots", "events/*/"),
                  ("POST", "/calendars/events/block-slots", ""), ("PUT", "/calendars/events/block-slots/{eventId}", ""))
_EVENT_TIMES = {"/calendars/events/block-slots": ("startTime", "endTime"),
                "/calendars/events/block-slots/{eventId}": ("startTime", "endTime")}
_OPTIONAL_IN_FACT = {
    "/calendars/events/appointments/{eventId}": (("groupId", "assignedUserId"), _NOT_EVERY_EVENT_HAS_ONE),
    "/calendars/events": (("groupId", "assignedUserId"), _NOT_EVERY_EVENT_HAS_ONE),
    "/calendars/blocked-slots": (("contactId", "appointmentStatus", "users", "groupId", "calendarId",
                                  "assignedUserId"), _BLOCKS_ARE_NOT_APPOINTMENTS),
}


def _calendar_entries() -> list[Allowed]:
    entries = []
    for method, path, prefix in _EVENT_ANSWERS:
        entries += [Allowed("calendars.json", method, path, "response_schema", prefix + name,
                            f"{name} is {_TIMES_ARE_STRINGS}")
                    for name in _EVENT_TIMES.get(path, ("startTime", "endTime", "dateAdded", "dateUpdated"))]
        names, reason = _OPTIONAL_IN_FACT.get(path, ((), ""))
        entries += [Allowed("calendars.json", method, path, "response_schema", prefix + name, reason) for name in names]
    entries.append(Allowed(
        "calendars.json", "PUT", "/calendars/{calendarId}", "body_property_undocumented", "slotBufferUnit",
        "CalendarUpdateDTO lists slotBuffer and preBufferUnit but forgets slotBufferUnit, which CalendarCreateDTO "
        "and CalendarDTO have: the mock takes it on update too"))
    entries += [Allowed(
        "calendars.json", method, path, "required_body_differs", "calendarId",
        "the file marks calendarId required, yet its own description says \"Either calendarId or assignedUserId "
        "can be set, not both\": a user's block has no calendarId (the mock requires exactly one of the two)")
        for method, path in (("POST", "/calendars/events/block-slots"),
                             ("PUT", "/calendars/events/block-slots/{eventId}"))]
    entries.append(Allowed(
        "calendars.json", "GET", "/calendars/{calendarId}/free-slots", "response_schema", "traceId",
        "the 200 is declared as date keys only (additionalProperties: SlotsSchema), yet GHL puts a string traceId "
        "beside them, and clients skip that key when walking the dates (free-slots.md §1)"))
    return entries


ALLOWLIST = tuple(_calendar_entries())

# Operations the generic walk (upstream_check.py) cannot get a success from, and where their answers are checked.
_CALENDARS_WALK = ("need data the generic probes cannot build (an appointment needs a contact and a free slot, "
                   "a listing needs a calendarId/userId/groupId filter, a block needs times); their answers are "
                   "validated by tests/apis/calendars/test_upstream_conformance.py, which walks every operation")
UNWALKED: dict[tuple[str, str, str], str] = {
    **{("calendars.json", method, path): _CALENDARS_WALK for method, path in (
        ("GET", "/calendars/events"), ("GET", "/calendars/blocked-slots"),
        ("POST", "/calendars/events/appointments"), ("PUT", "/calendars/events/appointments/{eventId}"),
        ("GET", "/calendars/events/appointments/{eventId}"), ("POST", "/calendars/events/block-slots"),
        ("PUT", "/calendars/events/block-slots/{eventId}"), ("DELETE", "/calendars/events/{eventId}"),
        ("GET", "/calendars/appointments/{appointmentId}/notes"),
        ("POST", "/calendars/appointments/{appointmentId}/notes"),
        ("PUT", "/calendars/appointments/{appointmentId}/notes/{noteId}"),
        ("DELETE", "/calendars/appointments/{appointmentId}/notes/{noteId}"),
        ("PUT", "/calendars/schedules/{id}/associations/{calendarId}"),
        ("DELETE", "/calendars/schedules/{id}/associations/{calendarId}"),
    )},
    **{("v3/calendars-v3.json", method, "/calendars/schedules/event-calendar/{calendarId}"): (
        "its calendarId is a calendar's (of /calendars/), which the generic walk looks for under "
        "/calendars/schedules/event-calendar instead; validated by tests/apis/calendars/test_upstream_conformance.py, "
        "which walks every operation") for method in ("GET", "POST", "PUT")},
}
