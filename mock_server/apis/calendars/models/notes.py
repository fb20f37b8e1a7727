"""Appointment notes: NotesDTO, GetNoteSchema and the list's paging."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


class NotesQuery(QueryModel):
    limit: Annotated[PagingNumber, Field(ge=1, le=20)]
    offset: PagingNumber


class NoteBody(BodyModel):
    userId: str | None = None
    body: str


class NoteCreatedBy(ResponseModel):
    id: str | None = None
    name: str | None = None


class NoteOut(ResponseModel):
    id: str
    body: str
    userId: str | None = None
    dateAdded: str
    contactId: str | None = None
    createdBy: NoteCreatedBy | None = None


class NotesResponse(ResponseModel):
    notes: list[NoteOut]
    hasMore: bool


class NoteResponse(ResponseModel):
    note: NoteOut


class DeleteNoteResponse(ResponseModel):
    success: bool
