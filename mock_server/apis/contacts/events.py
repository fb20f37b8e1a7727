"""The Contacts area's webhooks: a contact's creation, changes, DND, tags and deletion; notes; tasks.

What sends which (GHL's event docs and issue tracker, ``../shared/design/webhooks.md``):

- creating a contact (the API, an upsert that matches none, a control-plane seed) sends ContactCreate;
- updating one (PUT, an upsert that matches one) sends ContactUpdate, plus ContactDndUpdate when ``dnd`` or
  ``dndSettings`` changed and ContactTagUpdate when its tags changed;
- the tag endpoints (add, remove, the bulk update) send ContactTagUpdate for each contact they update, and so
  do renaming and deleting a location's tag (``locations.tags``) for each contact that had it;
- deleting one sends ContactDelete (the contact as it was).

DECISION: ContactCreate alone announces a new contact, whatever tags or DND it was created with (its body
carries them); the tag endpoints send ContactTagUpdate on every success, even when the tags were already so
(GHL's "tag update" is the request; a handler must be idempotent anyway), and no ContactUpdate.
- a note's creation, update and deletion send NoteCreate / NoteUpdate / NoteDelete; a task's creation
  TaskCreate, its completion (``completed`` becoming true, by either update) TaskComplete, its deletion
  TaskDelete.

DECISION: what a contact's deletion deletes with it (its notes, tasks, ...) sends only ContactDelete.
DECISION: a contact's other changes (followers, its business, a deleted custom field's values, workflow
enrollment) send nothing: the event map lists no event for them.
- enrolling a contact in a campaign sends CampaignStatusUpdate (status ``active``), and removing it from one it
  was in sends it again (status ``removed``). DECISION: GHL's doc says only "whenever a campaign status is
  updated"; the contact's status in the campaign is what the mock's API can change. ``id`` and ``templateId``
  are the campaign's id (GHL's API names no other template of a campaign); ``replied`` is ``"false"`` (a string,
  as the doc types it) until the mock models replies.
"""

from __future__ import annotations

from typing import Any

from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import Cause, EventType

CONTACT_CREATE = EventType("ContactCreate", caused_by=(
    "create-contact", Cause("upsert-contact", body={"email": "new.upserted@example.com"})),
    always=("id", "dateAdded"))
CONTACT_UPDATE = EventType("ContactUpdate", caused_by=("update-contact",), always=("id",))
CONTACT_DND_UPDATE = EventType("ContactDndUpdate", caused_by=(Cause("update-contact", body={"dnd": True}),),
                               always=("id", "dnd"))
CONTACT_TAG_UPDATE = EventType("ContactTagUpdate", caused_by=(
    "add-tags", "remove-tags", Cause("update-contact", body={"tags": ["webhook-tag"]}),
    Cause("POST /contacts/bulk/tags/update/{type}", body={"contacts": ["$contactId"], "tags": ["webhook-tag"]})),
    always=("id", "tags"))
CONTACT_DELETE = EventType("ContactDelete", caused_by=("delete-contact",), always=("id",))

# A contact's notes and tasks. There is no TaskUpdate: an update sends TaskComplete when it completes the task.
NOTE_CREATE = EventType("NoteCreate", caused_by=("create-note",), always=("id", "contactId", "dateAdded"))
NOTE_UPDATE = EventType("NoteUpdate", caused_by=("update-note",), always=("id", "contactId"))
NOTE_DELETE = EventType("NoteDelete", caused_by=("delete-note",), always=("id", "contactId"))
TASK_CREATE = EventType("TaskCreate", caused_by=("create-task",), always=("id", "title"))
TASK_COMPLETE = EventType("TaskComplete", caused_by=(
    Cause("update-task-completed", body={"completed": True}), Cause("update-task", body={"completed": True})),
    always=("id", "contactId"))
TASK_DELETE = EventType("TaskDelete", caused_by=("delete-task",), always=("id", "contactId"))

# Removal sends it too, but only for a contact that was enrolled: not a cause the generated test can perform
# on its own (tests/apis/contacts/test_enrollment_events.py covers it).
CAMPAIGN_STATUS_UPDATE = EventType("CampaignStatusUpdate", caused_by=("add-contact-to-campaign",),
                                   always=("id", "contactId", "status"))

EVENTS = (CONTACT_CREATE, CONTACT_UPDATE, CONTACT_DND_UPDATE, CONTACT_TAG_UPDATE, CONTACT_DELETE, CAMPAIGN_STATUS_UPDATE,
          NOTE_CREATE, NOTE_UPDATE, NOTE_DELETE, TASK_CREATE, TASK_COMPLETE, TASK_DELETE)

# The fields the contact events' docs show, in their order; ContactDndUpdate adds dndSettings.
CONTACT_FIELDS = ("id", "address1", "city", "state", "companyName", "country", "source", "dateAdded",
                  "dateOfBirth", "dnd", "email", "name", "firstName", "lastName", "phone", "postalCode", "tags",
                  "website", "attachments", "assignedTo", "customFields")


def contact_payload(contact: dict[str, Any], *, dnd_settings: bool = False) -> dict[str, Any]:
    """A contact as its events carry it: the documented fields it has (unset ones are left out, as GHL
    leaves them out of its answers)."""
    payload = {name: contact[name] for name in CONTACT_FIELDS if contact.get(name) is not None}
    if dnd_settings and contact.get("dndSettings"):
        payload["dndSettings"] = contact["dndSettings"]
    return payload


def announce_update(tenant: Tenant, before: dict[str, Any], after: dict[str, Any]) -> None:
    """ContactUpdate, and ContactDndUpdate / ContactTagUpdate for what the update changed."""
    tenant.emit(CONTACT_UPDATE, contact_payload(after))
    if (before.get("dnd"), before.get("dndSettings")) != (after.get("dnd"), after.get("dndSettings")):
        tenant.emit(CONTACT_DND_UPDATE, contact_payload(after, dnd_settings=True))
    if before.get("tags") != after.get("tags"):
        tenant.emit(CONTACT_TAG_UPDATE, contact_payload(after))


def note_payload(note: dict[str, Any]) -> dict[str, Any]:
    return {name: note[name] for name in ("id", "body", "contactId", "dateAdded") if note.get(name) is not None}


# DECISION: TaskCreate leaves out contactId and body, as GHL sends it live (GHL issue #332: "missing contactId
# (and body), despite documented schema"); TaskComplete and TaskDelete carry them, as their docs show.
TASK_CREATE_LEAVES_OUT = ("contactId", "body")


def task_payload(task: dict[str, Any], *, created: bool = False) -> dict[str, Any]:
    names = ("id", "assignedTo", "body", "contactId", "title", "dateAdded", "dueDate")
    return {name: task[name] for name in names
            if task.get(name) is not None and not (created and name in TASK_CREATE_LEAVES_OUT)}


def campaign_status_payload(enrollment: dict[str, Any], status: str) -> dict[str, Any]:
    return {"id": enrollment["targetId"], "contactId": enrollment["contactId"], "status": status,
            "templateId": enrollment["targetId"], "replied": "false", "dateAdded": enrollment["dateAdded"]}
