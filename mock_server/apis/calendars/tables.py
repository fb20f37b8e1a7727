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
