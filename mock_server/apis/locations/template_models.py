"""Models of the templates operations (locations.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal

from mock_server.platform.models import NumberString, QueryModel, ResponseModel


class TemplatesQuery(QueryModel):
    deleted: bool = False
    skip: NumberString = "0"
    limit: NumberString = "25"
    type: Literal["sms", "email", "whatsapp"] | None = None
    originId: str


class SmsTemplateOut(ResponseModel):
    body: str | None = None
    attachments: list[object] | None = None


class SmsTemplateResponseOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    type: str | None = None
    template: SmsTemplateOut | None = None
    dateAdded: str | None = None
    locationId: str | None = None
    urlAttachments: list[str] | None = None


class EmailTemplateOut(ResponseModel):
    subject: str | None = None
    attachments: list[object] | None = None
    html: str | None = None


class EmailTemplateResponseOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    type: str | None = None
    dateAdded: str | None = None
    template: EmailTemplateOut | None = None
    locationId: str | None = None


class TemplatesResponse(ResponseModel):
    templates: list[SmsTemplateResponseOut | EmailTemplateResponseOut] | None = None
    totalCount: float | None = None
