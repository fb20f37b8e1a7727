"""Where contacts and what hangs off them live: tables of the location's tenant, keyed by record id.

``contacts`` is read by other areas too (calendars check that an appointment's contact exists).
Tasks, notes and enrollments carry their ``contactId`` (indexed): deleting a contact removes them.
"""

from __future__ import annotations

CONTACTS = "contacts"
TASKS = "contactTasks"
NOTES = "contactNotes"
ENROLLMENTS = "contactEnrollments"
CHILD_TABLES = (TASKS, NOTES, ENROLLMENTS)

# Equality indexes (registered in mock_server/apis/__init__.py): duplicate checks and search by
# email / phone / tag / business stay constant-time however many contacts a location holds.
INDEXES: dict[str, tuple[str, ...]] = {
    CONTACTS: ("email", "phone", "tags", "businessId"),
    TASKS: ("contactId",),
    NOTES: ("contactId",),
    ENROLLMENTS: ("contactId",),
}
