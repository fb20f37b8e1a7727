"""Where contacts and what hangs off them live: tables of the location's tenant, keyed by record id.

``contacts`` is read by other areas too (calendars check that an appointment's contact exists). Tasks,
notes and enrollments carry their ``contactId`` (indexed): deleting a contact removes them, as the
cascades of ``area.py`` say (other areas declare their own: a contact's appointments, opportunities ...).
"""

from __future__ import annotations

CONTACTS = "contacts"
TASKS = "contactTasks"
NOTES = "contactNotes"
ENROLLMENTS = "contactEnrollments"
