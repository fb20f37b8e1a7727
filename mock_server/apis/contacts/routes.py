"""Contacts operations (contacts.json), all but GET /contacts/{contactId}/appointments (the calendars area's)."""

from __future__ import annotations

from mock_server.apis.contacts import (
    business_links,
    duplicates,
    enrollment,
    followers,
    listing,
    notes,
    records,
    search,
    tags,
    tasks,
    upsert,
)
from mock_server.apis.contacts import models as m
from mock_server.apis.contacts import search_models as sm
from mock_server.apis.contacts import sub_models as sub
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("contacts.json", tag="Contacts")

READ, WRITE = "contacts.readonly", "contacts.write"
NO_SECURITY_IN_FILE = ("the official file declares no security; scope inferred from the sibling contacts "
                       "write operations (seed-operations.tsv)",)


def _contact(call: Call, record: dict) -> dict:
    return records.view(record, v3=call.v3)


def _succeeded(call: Call) -> dict:
    """``{"succeded": true}`` (sic); v3 adds the correct spelling too."""
    return {"succeded": True, "succeeded": True} if call.v3 else {"succeded": True}


# -- searching and listing --------------------------------------------------------------------
@api.post("/contacts/search", "search-contacts-advanced", scopes=READ, tokens=LOCATION, body=sm.SearchBody,
          response=sm.SearchResponse, status=200, summary="Search Contacts",
          notes=("the official request body and 200 declare no schema; both follow GHL's public docs",))
def search_contacts(call: Call) -> dict:
    """Search contacts with filters, sort and page / searchAfter paging (grammar: docs/contacts-search.md)."""
    return search.search_contacts(call.tenant, call.body.model_dump(), v3=call.v3)


@api.get("/contacts/search/duplicate", "get-duplicate-contact", scopes=READ, tokens=LOCATION,
         query=sm.DuplicateQuery, response=sm.DuplicateResponse, summary="Get Duplicate Contact",
         notes=("the official 200 declares no schema: {contact} (null when none matches)",))
def get_duplicate(call: Call) -> dict:
    """The contact with this email, else with this phone number; ``contact`` is null when none matches."""
    found = duplicates.find_duplicate(call.tenant, call.query.email, call.query.number)
    # DECISION: the official 200 has no schema; no match answers {"contact": null}.
    return {"contact": _contact(call, found) if found else None}


@api.get("/contacts/", "get-contacts", scopes=READ, tokens=LOCATION, query=sm.ListContactsQuery,
         response=sm.ListContactsResponse, deprecated=True, summary="Get Contacts")
def list_contacts(call: Call) -> dict:
    """Deprecated listing, newest first, paged with startAfterId / startAfter (see ``meta``)."""
    q = call.query
    return listing.list_contacts(call.tenant, limit=q.limit, query=q.query,
                                 start_after_id=q.startAfterId, start_after=q.startAfter, v3=call.v3)


@api.get("/contacts/business/{businessId}", "get-contacts-by-businessId", scopes=READ, tokens=LOCATION,
         query=sm.BusinessContactsQuery, response=sm.BusinessContactsResponse, summary="Get Contacts By BusinessId")
def contacts_of_business(call: Call) -> dict:
    q = call.query
    return listing.contacts_of_business(call.tenant, call.path["businessId"], skip=q.skip,
                                        limit=q.limit, query=q.query, v3=call.v3)


# -- the record -------------------------------------------------------------------------------
@api.post("/contacts/", "create-contact", scopes=WRITE, tokens=LOCATION, body=m.CreateContactBody,
          response=m.ContactResponse, status=201, summary="Create Contact")
def create_contact(call: Call) -> dict:
    """Create a contact; refused with GHL's duplicate 400 when the location forbids duplicates."""
    return {"contact": _contact(call, records.create_contact(call.tenant, sent_fields(call.body)))}


@api.get("/contacts/{contactId}", "get-contact", scopes=READ, tokens=LOCATION, response=m.ContactResponse,
         summary="Get Contact")
def get_contact(call: Call) -> dict:
    return {"contact": _contact(call, records.get_contact(call.tenant, call.path["contactId"]))}


@api.put("/contacts/{contactId}", "update-contact", scopes=WRITE, tokens=LOCATION, body=m.UpdateContactBody,
         response=m.UpdateContactResponse, summary="Update Contact")
def update_contact(call: Call) -> dict:
    updated = records.update_contact(call.tenant, call.path["contactId"], sent_fields(call.body))
    return {**_succeeded(call), "contact": _contact(call, updated)}


@api.delete("/contacts/{contactId}", "delete-contact", scopes=WRITE, tokens=LOCATION, response=m.SucceededResponse,
            summary="Delete Contact")
def delete_contact(call: Call) -> dict:
    """Delete a contact with its tasks, notes and enrollments."""
    records.delete_contact(call.tenant, call.path["contactId"])
    return _succeeded(call)


@api.post("/contacts/upsert", "upsert-contact", scopes=WRITE, tokens=LOCATION, body=m.UpsertContactBody,
          response=m.UpsertContactResponse, status=200, summary="Upsert Contact")
def upsert_contact(call: Call) -> dict:
    """Update the contact matching by email, else phone (``new: false``), or create one (``new: true``)."""
    contact, new = upsert.upsert_contact(call.tenant, sent_fields(call.body))
    return {"new": new, "contact": _contact(call, contact)}


# -- tags and followers -----------------------------------------------------------------------
@api.post("/contacts/{contactId}/tags", "add-tags", scopes=WRITE, tokens=LOCATION, body=sub.TagsBody,
          response=sub.TagsResponse, status=201, summary="Add Tags")
def add_tags(call: Call) -> dict:
    return {"tags": tags.add_tags(call.tenant, call.path["contactId"], call.body.tags)}


@api.delete("/contacts/{contactId}/tags", "remove-tags", scopes=WRITE, tokens=LOCATION, body=sub.TagsBody,
            response=sub.TagsResponse, summary="Remove Tags")
def remove_tags(call: Call) -> dict:
    return {"tags": tags.remove_tags(call.tenant, call.path["contactId"], call.body.tags)}


@api.post("/contacts/bulk/tags/update/{type}", "create-association", scopes=WRITE, tokens=LOCATION,
          body=sub.BulkTagsBody, response=sub.BulkTagsResponse, status=201, summary="Update Contacts Tags",
          path_enums={"type": tags.BULK_TYPES}, notes=NO_SECURITY_IN_FILE)
def bulk_update_tags(call: Call) -> dict:
    """Add (``type`` add) or remove (``type`` remove) tags on many contacts at once."""
    b = call.body
    result = tags.bulk_update(call.tenant, call.path["type"], b.contacts, b.tags,
                              bool(b.removeAllTags))
    return {**result, **_succeeded(call)}


@api.post("/contacts/{contactId}/followers", "add-followers-contact", scopes=WRITE, tokens=LOCATION,
          body=sub.FollowersBody, response=sub.FollowersAddedResponse, status=201, summary="Add Followers")
def add_followers(call: Call) -> dict:
    return followers.add_followers(call.tenant, call.path["contactId"], call.body.followers)


@api.delete("/contacts/{contactId}/followers", "remove-followers-contact", scopes=WRITE, tokens=LOCATION,
            body=sub.FollowersBody, response=sub.FollowersRemovedResponse, summary="Remove Followers")
def remove_followers(call: Call) -> dict:
    return followers.remove_followers(call.tenant, call.path["contactId"], call.body.followers)


# -- tasks ------------------------------------------------------------------------------------
@api.get("/contacts/{contactId}/tasks", "get-all-tasks", scopes=READ, tokens=LOCATION, response=sub.TasksResponse,
         summary="Get all Tasks")
def list_tasks(call: Call) -> dict:
    return {"tasks": tasks.list_tasks(call.tenant, call.path["contactId"])}


@api.post("/contacts/{contactId}/tasks", "create-task", scopes=WRITE, tokens=LOCATION, body=sub.CreateTaskBody,
          response=sub.TaskResponse, status=201, summary="Create Task")
def create_task(call: Call) -> dict:
    return {"task": tasks.create_task(call.tenant, call.path["contactId"], sent_fields(call.body))}


@api.get("/contacts/{contactId}/tasks/{taskId}", "get-task", scopes=READ, tokens=LOCATION,
         response=sub.TaskResponse, summary="Get Task")
def get_task(call: Call) -> dict:
    return {"task": tasks.get_task(call.tenant, call.path["contactId"], call.path["taskId"])}


@api.put("/contacts/{contactId}/tasks/{taskId}", "update-task", scopes=WRITE, tokens=LOCATION,
         body=sub.UpdateTaskBody, response=sub.TaskResponse, summary="Update Task")
def update_task(call: Call) -> dict:
    task = tasks.update_task(call.tenant, call.path["contactId"], call.path["taskId"],
                             sent_fields(call.body))
    return {"task": task}


@api.put("/contacts/{contactId}/tasks/{taskId}/completed", "update-task-completed", scopes=WRITE, tokens=LOCATION,
         body=sub.TaskCompletedBody, response=sub.TaskResponse, summary="Update Task Completed")
def complete_task(call: Call) -> dict:
    task = tasks.update_task(call.tenant, call.path["contactId"], call.path["taskId"],
                             {"completed": call.body.completed})
    return {"task": task}


@api.delete("/contacts/{contactId}/tasks/{taskId}", "delete-task", scopes=WRITE, tokens=LOCATION,
            response=m.SucceededResponse, summary="Delete Task")
def delete_task(call: Call) -> dict:
    tasks.delete_task(call.tenant, call.path["contactId"], call.path["taskId"])
    return _succeeded(call)


# -- notes ------------------------------------------------------------------------------------
@api.get("/contacts/{contactId}/notes", "get-all-notes", scopes=READ, tokens=LOCATION, response=sub.NotesResponse,
         summary="Get All Notes")
def list_notes(call: Call) -> dict:
    return {"notes": notes.list_notes(call.tenant, call.path["contactId"])}


@api.post("/contacts/{contactId}/notes", "create-note", scopes=WRITE, tokens=LOCATION, body=sub.CreateNoteBody,
          response=sub.NoteResponse, status=201, summary="Create Note")
def create_note(call: Call) -> dict:
    note = notes.create_note(call.tenant, call.path["contactId"], sent_fields(call.body),
                             author=call.principal.user_id)
    return {"note": note}


@api.get("/contacts/{contactId}/notes/{id}", "get-note", scopes=READ, tokens=LOCATION, response=sub.NoteResponse,
         summary="Get Note")
def get_note(call: Call) -> dict:
    return {"note": notes.get_note(call.tenant, call.path["contactId"], call.path["id"])}


@api.put("/contacts/{contactId}/notes/{id}", "update-note", scopes=WRITE, tokens=LOCATION, body=sub.UpdateNoteBody,
         response=sub.NoteResponse, summary="Update Note")
def update_note(call: Call) -> dict:
    note = notes.update_note(call.tenant, call.path["contactId"], call.path["id"],
                             sent_fields(call.body))
    return {"note": note}


@api.delete("/contacts/{contactId}/notes/{id}", "delete-note", scopes=WRITE, tokens=LOCATION,
            response=m.SucceededResponse, summary="Delete Note")
def delete_note(call: Call) -> dict:
    notes.delete_note(call.tenant, call.path["contactId"], call.path["id"])
    return _succeeded(call)


# -- campaigns, workflows, businesses ---------------------------------------------------------
@api.post("/contacts/{contactId}/campaigns/{campaignId}", "add-contact-to-campaign", scopes=WRITE, tokens=LOCATION,
          body=sub.CampaignBody, response=m.SucceededResponse, status=201, summary="Add Contact to Campaign")
def add_to_campaign(call: Call) -> dict:
    enrollment.enroll(call.tenant, call.path["contactId"], "campaign", call.path["campaignId"])
    return _succeeded(call)


@api.delete("/contacts/{contactId}/campaigns/removeAll", "remove-contact-from-every-campaign", scopes=WRITE,
            tokens=LOCATION, response=m.SucceededResponse, aliases=("/contacts/{contactId}/campaigns/remove-all",),
            summary="Remove Contact From Every Campaign")
def remove_from_every_campaign(call: Call) -> dict:
    """``removeAll`` (v2 file, Node SDK) and ``remove-all`` (v3 file, Python SDK) are the same operation."""
    enrollment.unenroll_everywhere(call.tenant, call.path["contactId"], "campaign")
    return _succeeded(call)


@api.delete("/contacts/{contactId}/campaigns/{campaignId}", "remove-contact-from-campaign", scopes=WRITE,
            tokens=LOCATION, response=m.SucceededResponse, summary="Remove Contact From Campaign")
def remove_from_campaign(call: Call) -> dict:
    enrollment.unenroll(call.tenant, call.path["contactId"], "campaign", call.path["campaignId"])
    return _succeeded(call)


# DECISION: 200 as contacts.json declares it; GHL was once observed answering 201 here (unconfirmed).
@api.post("/contacts/{contactId}/workflow/{workflowId}", "add-contact-to-workflow", scopes=WRITE, tokens=LOCATION,
          body=sub.WorkflowBody, response=m.SucceededResponse, status=200, summary="Add Contact to Workflow")
def add_to_workflow(call: Call) -> dict:
    enrollment.enroll(call.tenant, call.path["contactId"], "workflow", call.path["workflowId"],
                      event_start_time=call.body.eventStartTime)
    return _succeeded(call)


@api.delete("/contacts/{contactId}/workflow/{workflowId}", "delete-contact-from-workflow", scopes=WRITE,
            tokens=LOCATION, body=sub.WorkflowBody, response=m.SucceededResponse,
            summary="Delete Contact from Workflow")
def remove_from_workflow(call: Call) -> dict:
    enrollment.unenroll(call.tenant, call.path["contactId"], "workflow", call.path["workflowId"])
    return _succeeded(call)


@api.post("/contacts/bulk/business", "add-remove-contact-from-business", scopes=WRITE, tokens=LOCATION,
          body=sub.BulkBusinessBody, response=sub.BulkBusinessResponse, status=200,
          summary="Add/Remove Contacts From Business", notes=NO_SECURITY_IN_FILE)
def bulk_business(call: Call) -> dict:
    """Link contacts to a business; a null ``businessId`` unlinks them."""
    ids = business_links.link_contacts(call.tenant, call.body.ids, call.body.businessId)
    return {"success": True, "ids": ids}
