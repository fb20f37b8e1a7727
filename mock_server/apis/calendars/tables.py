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
    # assignedUserId / users (and calendarId): the events that can change a calendar's free slots
    # (busy_lookup.py), so free slots and booking never scan the whole location.
    APPOINTMENTS: ("calendarId", "contactId", "assignedUserId", "users"),
    BLOCKED_SLOTS: ("calendarId", "assignedUserId"),
    NOTES: ("appointmentId", "contactId"),
    NOTIFICATIONS: ("calendarId",),
}
