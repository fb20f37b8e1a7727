"""Where contacts and what hangs off them live: tables of the location's tenant, keyed by record id.

``contacts`` is read by other areas too (calendars check that an appointment's contact exists).
Tasks, notes, enrollments and appointments carry their ``contactId`` (indexed): deleting a contact removes them.
"""

from __future__ import annotations

from mock_server.apis.calendars import tables as calendar_tables
from mock_server.apis.conversations import tables as conversation_tables
from mock_server.apis.opportunities import tables as opportunity_tables

CONTACTS = "contacts"
TASKS = "contactTasks"
NOTES = "contactNotes"
ENROLLMENTS = "contactEnrollments"
# DECISION: a contact's appointments (and their notes) go with it, freeing their slots: no
# appointment is left naming a contact that cannot be read. Likewise its opportunities (GHL deletes a
# contact's opportunities with it) and its conversation and messages: none is left readable as an orphan.
CHILD_TABLES = (TASKS, NOTES, ENROLLMENTS, calendar_tables.APPOINTMENTS, calendar_tables.NOTES,
                opportunity_tables.OPPORTUNITIES, conversation_tables.MESSAGES, conversation_tables.CONVERSATIONS)

# Equality indexes (registered in mock_server/apis/__init__.py): duplicate checks and search by
# email / phone / tag / business stay constant-time however many contacts a location holds.
INDEXES: dict[str, tuple[str, ...]] = {
    CONTACTS: ("email", "phone", "tags", "businessId"),
    TASKS: ("contactId",),
    NOTES: ("contactId",),
    ENROLLMENTS: ("contactId",),
}
