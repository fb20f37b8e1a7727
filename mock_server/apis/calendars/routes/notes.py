"""Appointment note operations."""

from __future__ import annotations

from mock_server.apis.calendars import notes
from mock_server.apis.calendars.models import notes as models
from mock_server.apis.calendars.routes.spec import api
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars/events.readonly", "calendars/events.write"
NOTES = "/calendars/appointments/{appointmentId}/notes"


@api.get(NOTES, "get-appointment-notes", scopes=READ, tokens=LOCATION, query=models.NotesQuery,
         response=models.NotesResponse, summary="Get Notes")
def get_notes(call: Call) -> dict:
    found, more = notes.list_notes(call.tenant, call.path["appointmentId"],
                                   limit=int(call.query.limit), offset=int(call.query.offset))
    return {"notes": found, "hasMore": more}


@api.post(NOTES, "create-appointment-note", scopes=WRITE, tokens=LOCATION, body=models.NoteBody,
          response=models.NoteResponse, status=201, summary="Create Note")
def create_note(call: Call) -> dict:
    note = notes.create_note(call.tenant, call.path["appointmentId"], body=call.body.body,
                             user_id=call.body.userId, token_user_id=call.principal.user_id)
    return {"note": note}


@api.put(NOTES + "/{noteId}", "update-appointment-note", scopes=WRITE, tokens=LOCATION, body=models.NoteBody,
         response=models.NoteResponse, summary="Update Note")
def update_note(call: Call) -> dict:
    note = notes.update_note(call.tenant, call.path["appointmentId"], call.path["noteId"],
                             body=call.body.body, user_id=call.body.userId)
    return {"note": note}


@api.delete(NOTES + "/{noteId}", "delete-appointment-note", scopes=WRITE, tokens=LOCATION,
            response=models.DeleteNoteResponse, summary="Delete Note")
def delete_note(call: Call) -> dict:
    notes.delete_note(call.tenant, call.path["appointmentId"], call.path["noteId"])
    return {"success": True}
