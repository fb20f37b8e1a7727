"""Where the Calendars API keeps its records: tables of the location's tenant, and their indexes."""

from __future__ import annotations

GROUPS = "calendarGroups"
CALENDARS = "calendars"
APPOINTMENTS = "calendarAppointments"
BLOCKED_SLOTS = "calendarBlockedSlots"
NOTES = "appointmentNotes"
NOTIFICATIONS = "calendarNotifications"
RESOURCES = "calendarResources"
SCHEDULES = "calendarSchedules"

# Equality indexes the area reads through ``store.find`` / ``ids_where``.
INDEXES: dict[str, tuple[str, ...]] = {
    CALENDARS: ("groupId",),
    APPOINTMENTS: ("calendarId", "contactId"),
    BLOCKED_SLOTS: ("calendarId",),
    NOTES: ("appointmentId", "contactId"),
    NOTIFICATIONS: ("calendarId",),
}
