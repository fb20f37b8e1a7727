"""The Calendars area's part of the demo (``Area.demo``): a group of calendars, appointments in their slots, and
v3's services: two service locations, a small catalog and a few service bookings."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    calendars = _calendars(demo, demo.made.get("users", []))
    _appointments(demo, calendars, demo.made["contacts"])
    _services(demo, demo.made.get("users", []), demo.made["contacts"])


def _calendars(demo: DemoLoader, users: list[str]) -> list[str]:
    group = demo.call("POST", "/calendars/groups", token=demo.main_token, json=demo.fake.group(demo.main))["group"]
    made = []
    for n in range(demo.plan.calendars):
        hosts = users[n:n + 2] if n < 2 else []          # two round-robin calendars, then an event one
        body = demo.fake.calendar(demo.main, team_member_ids=hosts, group_id=group["id"])
        made.append(demo.call("POST", "/calendars/", token=demo.main_token, json=body)["calendar"]["id"])
    demo.summary.update(groups=1, calendars=len(made))
    return made


def _appointments(demo: DemoLoader, calendars: list[str], contacts: list[str]) -> None:
    """Part of the free slots of the next two weeks, booked as a client books them."""
    start = demo.now()
    window = {"startDate": str(int(start.timestamp() * 1000)),
              "endDate": str(int((start + timedelta(days=demo.plan.appointment_days)).timestamp() * 1000))}
    booked = 0
    for calendar_id in calendars:
        free = demo.call("GET", f"/calendars/{calendar_id}/free-slots", token=demo.main_token, params=window)
        slots = [slot for day, value in sorted(free.items()) if day != "traceId" for slot in value["slots"]]
        chosen = demo.fake.sample(slots, int(len(slots) * demo.plan.booked_share), f"slots/{calendar_id}")
        guests = demo.fake.sample(contacts, len(chosen), f"guests/{calendar_id}")
        for slot, contact_id in zip(chosen, guests, strict=False):
            body = demo.fake.appointment(demo.main, calendar_id, contact_id, datetime.fromisoformat(slot))
            demo.call("POST", "/calendars/events/appointments", token=demo.main_token, json=body)
            booked += 1
    demo.summary["appointments"] = booked


SERVICES = (("Haircut", 30, 40), ("Colour", 90, 120), ("Beard trim", 15, 20))


def _services(demo: DemoLoader, users: list[str], contacts: list[str]) -> None:
    """Two service locations, three services given by the first two users, and an afternoon of bookings on the
    first day after the appointments' window (the staff are the calendars' hosts: a booking never meets one of
    their appointments, whatever share of the slots the plan books)."""
    staff = [{"id": user} for user in users[:2]]
    if not staff:  # a plan without users: no one to give a service
        return
    places = [demo.call("POST", "/calendars/services/locations", token=demo.main_token, json={
        "locationId": demo.main, "name": name, "slug": slug, "address": address, "locationType": "offline"})["id"]
        for name, slug, address in (("Main street salon", "main-street", "12 Main St"),
                                    ("Harbour studio", "harbour", "3 Quay Rd"))]
    services = [demo.call("POST", "/calendars/services/catalog", token=demo.main_token, json={
        "locationId": demo.main, "name": name, "slug": name.lower().replace(" ", "-"), "staff": staff,
        "serviceDuration": minutes, "serviceDurationUnit": "mins", "postBuffer": 5,
        "payment": {"amount": price}})["service"]["id"] for name, minutes, price in SERVICES]
    day = demo.now() + timedelta(days=demo.plan.appointment_days + 1)
    afternoon = day.replace(hour=14, minute=0, second=0, microsecond=0)
    booked = 0
    for n, contact_id in enumerate(demo.fake.sample(contacts, 4, "service-guests")):
        start = afternoon + timedelta(hours=n)
        demo.call("POST", "/calendars/services/bookings", token=demo.main_token, json={
            "locationId": demo.main, "contactId": contact_id, "startTime": start.isoformat(),
            "endTime": (start + timedelta(hours=1)).isoformat(), "timezone": "UTC",
            "serviceLocationId": places[n % 2], "services": [{"id": services[n % len(services)]}]})
        booked += 1
    demo.summary.update(serviceLocations=len(places), services=len(services), serviceBookings=booked)
