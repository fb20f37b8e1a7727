"""Models of the operations on what hangs off a contact: tasks, notes, tags, followers, enrollment,
and the bulk tag and business updates (contacts.json names)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from mock_server.apis.common import iso_z
from mock_server.platform.models import BodyModel, ResponseModel


def _iso_instant(value: str) -> str:
    """An ISO-8601 date or date-time, stored as GHL writes timestamps (UTC, milliseconds)."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return iso_z(moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC))
    except (ValueError, OverflowError):
        raise PydanticCustomError("ghl", "{field} must be a valid ISO 8601 date string") from None  # @IsDateString


IsoInstant = Annotated[str, AfterValidator(_iso_instant)]
ContactIdString = Annotated[str, StringConstraints(max_length=50)]


# -- tasks ------------------------------------------------------------------------------------
class CreateTaskBody(BodyModel):
    title: str
    body: str | None = None
    dueDate: IsoInstant
    completed: bool
    assignedTo: str | None = None


class UpdateTaskBody(BodyModel):
    title: str | None = None
    body: str | None = None
    dueDate: IsoInstant | None = None
    completed: bool | None = None
    assignedTo: str | None = None


class TaskCompletedBody(BodyModel):
    completed: bool


class TaskOut(ResponseModel):
    id: str
    title: str | None = None
    body: str | None = None
    assignedTo: str | None = None
    dueDate: str | None = None
    completed: bool | None = None
    contactId: str | None = None


class TaskResponse(ResponseModel):
    task: TaskOut


class TasksResponse(ResponseModel):
    tasks: list[TaskOut]


# -- notes ------------------------------------------------------------------------------------
class CreateNoteBody(BodyModel):
    userId: str | None = None
    body: str
    title: str | None = None
    color: str | None = None
    pinned: bool | None = None


class UpdateNoteBody(BodyModel):
    userId: str | None = None
    body: str | None = None
    title: str | None = None
    color: str | None = None
    pinned: bool | None = None


class NoteOut(ResponseModel):
    id: str
    body: str | None = None
    userId: str | None = None
    dateAdded: str | None = None
    contactId: str | None = None
    title: str | None = None
    color: str | None = None
    pinned: bool | None = None


class NoteResponse(ResponseModel):
    note: NoteOut


class NotesResponse(ResponseModel):
    notes: list[NoteOut]


# -- tags and followers -----------------------------------------------------------------------
class TagsBody(BodyModel):
    tags: list[str]


class TagsResponse(ResponseModel):
    tags: list[str]


class BulkTagsBody(BodyModel):
    contacts: list[str]
    tags: list[str]
    locationId: str
    removeAllTags: bool | None = None


class BulkTagsResponse(ResponseModel):
    succeded: bool
    succeeded: bool | None = None
    errorCount: int
    responses: list[dict[str, Any]]


class FollowersBody(BodyModel):
    followers: list[str]


class FollowersAddedResponse(ResponseModel):
    followers: list[str]
    followersAdded: list[str]


class FollowersRemovedResponse(ResponseModel):
    followers: list[str]
    followersRemoved: list[str]


# -- enrollment and businesses ----------------------------------------------------------------
class CampaignBody(BodyModel):
    """AddContactToCampaignDto: the official file declares no properties."""


class WorkflowBody(BodyModel):
    eventStartTime: IsoInstant | None = Field(None, description="When the workflow's event starts (ISO-8601).")


class BulkBusinessBody(BodyModel):
    locationId: str
    ids: list[ContactIdString]
    businessId: str | None = Field(description="null removes the contacts from their business")


class BulkBusinessResponse(ResponseModel):
    success: bool
    ids: list[str]
