"""User availability schedules: CreateScheduleDTO, UpdateScheduleDTO, ScheduleObjectResponseDTO."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from mock_server.apis.common import Timezone
from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel

ClockTime = Annotated[str, Field(pattern=r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$")]
Weekday = Literal["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]


class Interval(BodyModel):
    from_: ClockTime = Field(alias="from")
    to: ClockTime


class ScheduleRule(BodyModel):
    type: Literal["wday", "date"]
    intervals: list[Interval]
    date: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    day: Weekday | None = None

    @model_validator(mode="after")
    def _kind_has_its_key(self) -> ScheduleRule:
        # The file says "only for weekday-type rules" / "only for date-type rules": each needs its own.
        if self.type == "wday" and self.day is None:
            raise PydanticCustomError("ghl", "day is required for wday rules")
        if self.type == "date" and self.date is None:
            raise PydanticCustomError("ghl", "date is required for date rules")
        return self


class CreateScheduleBody(BodyModel):
    rules: list[ScheduleRule] | None = None
    timezone: Timezone
    locationId: str
    name: str
    userId: str
    calendarIds: list[str] | None = None


class UpdateScheduleBody(BodyModel):
    name: str | None = None
    rules: list[ScheduleRule] | None = None
    timezone: Timezone | None = None


class SchedulesQuery(QueryModel):
    locationId: str
    userId: str
    calendarId: str | None = None
    skip: PagingNumber = 0
    limit: Annotated[PagingNumber, Field(ge=1, le=500)] = 50


class IntervalOut(ResponseModel):
    from_: str = Field(alias="from")
    to: str


class ScheduleRuleOut(ResponseModel):
    type: str
    intervals: list[IntervalOut]
    date: str | None = None
    day: str | None = None


class ScheduleOut(ResponseModel):
    id: str
    name: str
    locationId: str
    rules: list[ScheduleRuleOut]
    timezone: str
    dateAdded: str
    dateUpdated: str
    userId: str
    calendarIds: list[str] | None = None
    deleted: bool


class ScheduleResponse(ResponseModel):
    schedule: ScheduleOut


class SchedulesResponse(ResponseModel):
    schedules: list[ScheduleOut]


class ScheduleSuccess(ResponseModel):
    success: bool
