"""The Contacts area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.businesses.tables import BUSINESSES
from mock_server.apis.contacts import business_links, custom_values, events, notes, records, routes, seeds, tasks
from mock_server.apis.contacts.tables import CONTACTS, ENROLLMENTS, NOTES, TASKS
from mock_server.apis.custom_fields.tables import CUSTOM_FIELDS
from mock_server.platform.area import Area, Cascade, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "contacts",
    serves="Contacts: records, search, duplicates, upsert, tags, tasks, notes, followers, workflows and campaigns",
    apis=(routes.api,),
    tables=(
        # Indexed: duplicate checks and search by email / phone / tag / business stay constant-time.
        Table(CONTACTS, indexes=("email", "phone", "tags", "businessId"),
              not_found=BadRequest(records.CONTACT_NOT_FOUND)),
        Table(TASKS, indexes=("contactId",), not_found=BadRequest(tasks.TASK_NOT_FOUND)),
        Table(NOTES, indexes=("contactId",), not_found=BadRequest(notes.NOTE_NOT_FOUND)),
        Table(ENROLLMENTS, indexes=("contactId",)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/contacts", seeds.load_contacts, body=seeds.ContactsSeed,
             doc='`{"contacts":[...]}`: load many contacts in one transaction, all or none (optional `dateAdded` '
                 "backdates)"),
        Seed("GET", "/locations/{locationId}/contacts/{contactId}/enrollments", seeds.contact_enrollments, status=200,
             doc="the contact's workflow and campaign enrollments (GHL has no read for them)"),
    ),
    cascades=(
        delete_children(CONTACTS, TASKS, "contactId"),
        delete_children(CONTACTS, NOTES, "contactId"),
        delete_children(CONTACTS, ENROLLMENTS, "contactId"),
        Cascade(BUSINESSES, business_links.unlink_businesses,
                "deleting a business unlinks its contacts (they stay, without businessId)"),
        Cascade(CUSTOM_FIELDS, custom_values.forget_fields,
                "deleting a custom field removes its values from every contact"),
    ),
    factories="mock_server.apis.contacts.factories:ContactFactories",
    demo="mock_server.apis.contacts.demo:load",
    upstream_allowlist="mock_server.apis.contacts.upstream",
    events=events.EVENTS,
)
