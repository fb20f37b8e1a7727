"""Models of the location task search and the recurring tasks (locations.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.platform.models import BodyModel, ResponseModel


class TaskSearchBody(BodyModel):
    contactId: list[str] | None = None
    completed: bool | None = None
    assignedTo: list[str] | None = None
    query: str | None = None
    limit: float = Field(default=25, ge=1, le=1000)
    skip: float = Field(default=0, ge=0)
    businessId: str | None = None


class TaskSearchResponse(ResponseModel):
    tasks: list[Any] | None = None


class RRuleOptions(BodyModel):
    intervalType: Literal["yearly", "monthly", "weekly", "daily", "hourly"]
    interval: float = Field(ge=1, le=10_000)
    startDate: IsoInstant
    endDate: IsoInstant | None = None
    dayOfMonth: float | None = Field(default=None, ge=1, le=31)
    dayOfWeek: Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"] | None = None
    monthOfYear: float | None = Field(default=None, ge=1, le=12)
    count: float | None = Field(default=None, ge=1, le=100_000)
    createTaskIfOverDue: bool | None = None
    dueAfterSeconds: float = Field(ge=0, le=10 * 365 * 86_400)


class RecurringTaskCreateBody(BodyModel):
    title: str = Field(min_length=1)
    description: str | None = None
    contactIds: list[str] | None = None
    owners: list[str] | None = None
    rruleOptions: RRuleOptions
    ignoreTaskCreation: bool | None = None


class RecurringTaskUpdateBody(BodyModel):
    title: str | None = Field(default=None, min_length=1)
    description: str | None = None
    contactIds: list[str] | None = None
    owners: list[str] | None = None
    rruleOptions: RRuleOptions | None = None
    ignoreTaskCreation: bool | None = None


class RRuleOptionsOut(ResponseModel):
    intervalType: Literal["yearly", "monthly", "weekly", "daily", "hourly"]
    interval: float
    startDate: str
    endDate: str | None = None
    dayOfMonth: float | None = None
    dayOfWeek: Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"] | None = None
    monthOfYear: float | None = None
    count: float | None = None
    createTaskIfOverDue: bool | None = None
    dueAfterSeconds: float


class RecurringTaskOut(ResponseModel):
    id: str
    title: str
    description: str
    locationId: str
    updatedAt: str
    createdAt: str
    rruleOptions: RRuleOptionsOut
    totalOccurrence: float
    deleted: bool
    assignedTo: str | None = None
    contactId: str | None = None


class RecurringTaskResponse(ResponseModel):
    recurringTask: RecurringTaskOut


class DeleteRecurringTaskResponse(ResponseModel):
    id: str
    success: bool
