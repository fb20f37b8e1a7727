"""Where the Calendars API keeps its records: tables of the location's tenant (declared, with their indexes
and not-found errors, in ``area.py``)."""

from __future__ import annotations

GROUPS = "calendarGroups"
CALENDARS = "calendars"
APPOINTMENTS = "calendarAppointments"
BLOCKED_SLOTS = "calendarBlockedSlots"
NOTES = "appointmentNotes"
NOTIFICATIONS = "calendarNotifications"
RESOURCES = "calendarResources"
SCHEDULES = "calendarSchedules"
# The v3-only resources (calendars-v3.json): an event calendar's own schedule (one per calendar), the
# services catalog with its default category, the places services are given at, and service bookings.
EVENT_SCHEDULES = "calendarEventSchedules"
SERVICES = "calendarServices"
SERVICE_CATEGORIES = "calendarServiceCategories"
SERVICE_LOCATIONS = "calendarServiceLocations"
SERVICE_BOOKINGS = "calendarServiceBookings"
