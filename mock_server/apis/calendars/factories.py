"""The ``ghl`` factories of the Calendars area: groups, calendars, free slots, appointments."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class CalendarFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def group(self, **overrides: Any) -> dict[str, Any]:
        """A calendar group of this location (POST /calendars/groups)."""
        body = self.fake.group(self.location_id, **overrides)
        return self.api("POST", "/calendars/groups", body, what="ghl.group()")["group"]

    def calendar(self, *, team: list[Ref] | None = None, group: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A calendar of this location (POST /calendars/): 30-minute slots, Monday to Friday 9:00-17:00 in the
        location's time zone. Hosted round robin by ``team`` (default: the tenant's admin user); ``team=[]``
        makes an event calendar with no host. Overrides are ``CalendarCreateDTO`` fields (``openHours`` ...)."""
        hosts = [self.user_id] if team is None else [ref_id(member) for member in team]
        body = self.fake.calendar(self.location_id, team_member_ids=hosts,
                                  group_id=ref_id(group) if group is not None else None, **overrides)
        return self.api("POST", "/calendars/", body, what="ghl.calendar()")["calendar"]

    def free_slots(self, calendar: Ref, *, days: int = 7, start: datetime | None = None,
                   timezone: str | None = None) -> list[str]:
        """The free slots of ``calendar`` in the ``days`` after ``start`` (default: the tenant's now), in order."""
        begin = start or self.now()
        params: dict[str, Any] = {"startDate": str(int(begin.timestamp() * 1000)),
                                  "endDate": str(int((begin + timedelta(days=days)).timestamp() * 1000))}
        if timezone:
            params["timezone"] = timezone
        answer = self.api("GET", f"/calendars/{ref_id(calendar)}/free-slots", params=params, what="ghl.free_slots()")
        return [slot for day, value in sorted(answer.items()) if day != "traceId" for slot in value["slots"]]

    def appointment(self, *, calendar: Ref | None = None, contact: Ref | None = None,
                    start: datetime | str | None = None, **overrides: Any) -> dict[str, Any]:
        """An appointment (POST /calendars/events/appointments), booked like a client books: on ``calendar``
        (a new one if none) for ``contact`` (a new one if none), at ``start`` (default: the first free slot)."""
        calendar_id = ref_id(calendar) if calendar is not None else self.calendar()["id"]
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        if start is None:
            slots = self.free_slots(calendar_id, days=31)
            if not slots:
                raise LookupError(f"ghl.appointment(): calendar {calendar_id} has no free slot in the next 31 days")
            start = slots[0]
        moment = datetime.fromisoformat(start) if isinstance(start, str) else start
        body = self.fake.appointment(self.location_id, calendar_id, contact_id, moment, **overrides)
        return self.api("POST", "/calendars/events/appointments", body, what="ghl.appointment()")
