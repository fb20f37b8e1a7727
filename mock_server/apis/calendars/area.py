"""The Calendars area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.calendars import (
    appointment_events,
    appointments,
    blocked_slots,
    calendars,
    event_schedules,
    lookups,
    notes,
    notifications,
    resources,
    routes,
    schedules,
    service_bookings,
    service_catalog,
    service_locations,
    tables,
)
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.area import Area, Cascade, Table, delete_children
from mock_server.platform.errors import BadRequest, NotFound

area = Area(
    "calendars",
    serves=("Calendars: groups, calendars, free slots, appointments (a contact's too), block slots, notes, "
            "notifications, resources, schedules; v3: an event calendar's schedule, services catalog, service "
            "locations, service bookings"),
    apis=(routes.api, routes.contacts_api, routes.v3_api),
    tables=(
        Table(tables.GROUPS, indexes=("slug",), not_found=BadRequest(lookups.GROUP_NOT_FOUND)),
        Table(tables.CALENDARS, indexes=("groupId", "slug"), not_found=BadRequest(lookups.CALENDAR_NOT_FOUND)),
        # assignedUserId / users (with calendarId): the events that can change a calendar's free slots
        # (busy_lookup.py), so free slots and booking never scan the whole location.
        Table(tables.APPOINTMENTS, indexes=("calendarId", "contactId", "assignedUserId", "users"),
              not_found=BadRequest(appointments.APPOINTMENT_NOT_FOUND)),
        Table(tables.BLOCKED_SLOTS, indexes=("calendarId", "assignedUserId"),
              not_found=BadRequest(blocked_slots.BLOCKED_SLOT_NOT_FOUND)),
        Table(tables.NOTES, indexes=("appointmentId", "contactId"), not_found=BadRequest(notes.NOTE_NOT_FOUND)),
        Table(tables.NOTIFICATIONS, indexes=("calendarId",),
              not_found=BadRequest(notifications.NOTIFICATION_NOT_FOUND)),
        Table(tables.RESOURCES, not_found=BadRequest(resources.RESOURCE_NOT_FOUND)),
        # The schedule operations are the only calendars operations whose official file declares a 404.
        Table(tables.SCHEDULES, not_found=NotFound(schedules.SCHEDULE_NOT_FOUND)),
        # v3: one per event calendar, found by its calendarId.
        Table(tables.EVENT_SCHEDULES, indexes=("calendarId",), not_found=NotFound(event_schedules.SCHEDULE_NOT_FOUND)),
        Table(tables.SERVICES, indexes=("slug", "serviceCategoryId"),
              not_found=BadRequest(service_catalog.SERVICE_NOT_FOUND)),
        Table(tables.SERVICE_CATEGORIES),
        Table(tables.SERVICE_LOCATIONS, indexes=("slug",),
              not_found=BadRequest(service_locations.SERVICE_LOCATION_NOT_FOUND)),
        # staffIds: the staff a booking keeps busy (service_busy.py), as appointments' users are indexed.
        Table(tables.SERVICE_BOOKINGS, indexes=("staffIds", "serviceLocationId", "contactId"),
              not_found=BadRequest(service_bookings.BOOKING_NOT_FOUND)),
    ),
    cascades=(
        # DECISION: a contact's appointments (and their notes) go with it, freeing their slots: no appointment is
        # left naming a contact that cannot be read.
        delete_children(CONTACTS, tables.APPOINTMENTS, "contactId"),
        delete_children(CONTACTS, tables.NOTES, "contactId"),
        delete_children(tables.APPOINTMENTS, tables.NOTES, "appointmentId"),
        delete_children(tables.CALENDARS, tables.APPOINTMENTS, "calendarId"),
        delete_children(tables.CALENDARS, tables.BLOCKED_SLOTS, "calendarId"),
        delete_children(tables.CALENDARS, tables.NOTIFICATIONS, "calendarId"),
        delete_children(tables.CALENDARS, tables.EVENT_SCHEDULES, "calendarId"),
        # DECISION: like its appointments, a contact's service bookings go with it, freeing their staff.
        delete_children(CONTACTS, tables.SERVICE_BOOKINGS, "contactId"),
        Cascade(tables.CALENDARS, calendars.forget_calendars,
                "deleting a calendar removes it from every schedule's and resource's calendarIds"),
    ),
    factories="mock_server.apis.calendars.factories:CalendarFactories",
    demo="mock_server.apis.calendars.demo:load",
    upstream_allowlist="mock_server.apis.calendars.upstream",
    events=appointment_events.EVENTS,
)
