"""The ``ghl`` factories of the Calendars area: groups, calendars, free slots, appointments; v3's service
locations, services and service bookings."""

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

    def service_location(self, **overrides: Any) -> dict[str, Any]:
        """A service location of this location (POST /calendars/services/locations): a place with an address.
        Overrides are ``CreateServiceLocationDTO`` fields (``locationType="ask_booker"`` ...)."""
        with self.fake.draw("service_location") as (faker, n):
            body = {"locationId": self.location_id, "name": f"{faker.city()} studio", "slug": f"studio-{n}",
                    "address": faker.street_address(), "phone": f"+1555010{n % 1000:03d}", "locationType": "offline"}
        return self.api("POST", "/calendars/services/locations", body | overrides, what="ghl.service_location()")

    def service(self, *, staff: list[Ref] | None = None, **overrides: Any) -> dict[str, Any]:
        """A service of the catalog (POST /calendars/services/catalog): 30 minutes, given by ``staff`` (default:
        the tenant's admin user). Overrides are ``CreateServiceDTO`` fields (``serviceDuration``, ``postBuffer``
        ...)."""
        members = [self.user_id] if staff is None else [ref_id(member) for member in staff]
        with self.fake.draw("service") as (faker, n):
            name = faker.random_element(("Haircut", "Massage", "Consultation", "Manicure", "Check-up", "Lesson"))
            body = {"locationId": self.location_id, "name": name, "slug": f"{name.lower()}-{n}",
                    "staff": [{"id": member} for member in members], "serviceDuration": 30,
                    "serviceDurationUnit": "mins", "payment": {"amount": faker.random_int(2, 12) * 10}}
        return self.api("POST", "/calendars/services/catalog", body | overrides, what="ghl.service()")["service"]

    def service_booking(self, *, services: list[Ref] | None = None, contact: Ref | None = None,
                        start: datetime | None = None, **overrides: Any) -> dict[str, Any]:
        """A booking of ``services`` (default: a new service) for ``contact`` (a new one if none) at ``start``
        (default: a whole hour of the next day, a later one for each booking), in UTC, each service after the
        other (POST /calendars/services/bookings). Made at the location's first service location (a new one if
        it has none), as GHL books without a ``serviceLocationId``. Answers ``bookingId``, not ``id``."""
        ids = [self.service()["id"]] if services is None else [ref_id(service) for service in services]
        places = self.api("GET", "/calendars/services/locations", params={"locationId": self.location_id})
        if not places["serviceLocations"]:
            self.service_location()
        with self.fake.draw("service_booking") as (_, n):
            begin = start or (self.now() + timedelta(days=1)).replace(minute=0, second=0, microsecond=0) \
                + timedelta(hours=n)
        body = {"locationId": self.location_id, "contactId": ref_id(contact) if contact else self.contact()["id"],
                "startTime": begin.isoformat(), "endTime": (begin + timedelta(minutes=30 * len(ids))).isoformat(),
                "timezone": "UTC", "services": [{"id": service_id} for service_id in ids]}
        return self.api("POST", "/calendars/services/bookings", body | overrides, what="ghl.service_booking()")
