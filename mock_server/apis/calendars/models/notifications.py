"""Calendar notifications: CreateCalendarNotificationDTO, UpdateCalendarNotificationsDTO and the response DTO.

Bodies and answers of the list and the create are bare JSON arrays, as the official file has them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from mock_server.apis.calendars.models.common import Number
from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel

ReceiverType = Literal["contact", "guest", "assignedUser", "emails", "phoneNumbers", "business"]
Channel = Literal["email", "inApp", "sms", "whatsapp"]
NotificationType = Literal["booked", "confirmation", "cancellation", "reminder", "followup", "reschedule"]


class TimeOffset(BodyModel):
    """SchedulesDTO: when a reminder or follow-up goes out, relative to the appointment."""

    timeOffset: Number | None = None
    unit: str | None = None


class NotificationFields(BodyModel):
    isActive: bool | None = None
    templateId: str | None = None
    body: str | None = None
    subject: str | None = None
    afterTime: list[TimeOffset] | None = None
    beforeTime: list[TimeOffset] | None = None
    additionalEmailIds: list[str] | None = None
    additionalPhoneNumbers: list[str] | None = None
    selectedUsers: list[str] | None = None
    fromAddress: str | None = None
    fromName: str | None = None
    fromNumber: str | None = None


class CreateNotification(NotificationFields):
    receiverType: ReceiverType
    channel: Channel
    notificationType: NotificationType


CreateNotificationsBody = Annotated[list[CreateNotification], Field(min_length=1)]


class UpdateNotificationBody(NotificationFields):
    receiverType: ReceiverType | None = None
    channel: Channel | None = None
    notificationType: NotificationType | None = None
    deleted: bool | None = None


class NotificationsQuery(QueryModel):
    isActive: bool | None = None
    deleted: bool | None = None
    limit: PagingNumber = 100
    skip: PagingNumber = 0


class TimeOffsetOut(ResponseModel):
    timeOffset: float | None = None
    unit: str | None = None


class NotificationOut(ResponseModel):
    id_: str = Field(alias="_id")
    receiverType: str | None = None
    additionalEmailIds: list[str] | None = None
    additionalPhoneNumbers: list[str] | None = None
    channel: str | None = None
    notificationType: str | None = None
    isActive: bool | None = None
    additionalWhatsappNumbers: list[str] | None = None
    templateId: str | None = None
    body: str | None = None
    subject: str | None = None
    afterTime: list[TimeOffsetOut] | None = None
    beforeTime: list[TimeOffsetOut] | None = None
    selectedUsers: list[str] | None = None
    deleted: bool | None = None


NotificationsResponse = list[NotificationOut]


class NotificationMessage(ResponseModel):
    message: str
