"""Models of the Templates API (emails.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, NumberString, PagingNumber, QueryModel, ResponseModel

# -- queries ---------------------------------------------------------------------------------------------
ScheduleStatus = Literal["active", "pause", "complete", "cancelled", "retry", "draft", "resend-scheduled"]
EmailStatus = Literal["all", "not-started", "paused", "cancelled", "processing", "resumed", "next-drip", "complete",
                      "success", "error", "waiting", "queued", "queueing", "reading", "scheduled"]
TrueFalse = Literal["true", "false"]


class FetchCampaignsQuery(QueryModel):
    locationId: str
    limit: PagingNumber | None = None
    offset: PagingNumber | None = None
    status: ScheduleStatus = "active"
    emailStatus: EmailStatus = "complete"
    name: str | None = None
    parentId: str | None = None
    limitedFields: bool | None = None
    archived: bool | None = None
    campaignsOnly: bool | None = None
    showStats: bool | None = None


class FetchTemplateQuery(QueryModel):
    """The official file types every parameter as a string; the booleans and the sort are narrowed to the
    values it documents (its defaults ``false`` and ``desc``)."""

    locationId: str
    limit: NumberString = "10"
    offset: NumberString = "0"
    search: str = ""
    sortByDate: Literal["asc", "desc"] = "desc"
    archived: TrueFalse = "false"
    builderVersion: Literal["1", "2"] = "2"
    name: str = ""
    parentId: str = ""
    originId: str | None = None
    templatesOnly: TrueFalse = "false"


# -- bodies ----------------------------------------------------------------------------------------------
class CreateBuilderBody(BodyModel):
    locationId: str
    title: str | None = Field(None, max_length=500)
    type: Literal["html", "folder", "import", "builder", "blank"]
    updatedBy: str | None = None
    builderVersion: Literal["1", "2"] = "2"
    name: str | None = Field(None, max_length=500)
    parentId: str | None = None
    templateDataUrl: str | None = None
    importProvider: Literal["mailchimp", "active_campaign", "kajabi"]
    importURL: str | None = None
    templateSource: str | None = None
    isPlainText: bool | None = None


class IBuilderJsonMapper(BodyModel):
    """The drag-and-drop builder's document. DECISION: ``elements`` may be objects (a builder document's
    elements are; the official file says strings, which are accepted too)."""

    elements: list[Any]
    attrs: dict[str, Any]
    templateSettings: dict[str, Any]


class SaveBuilderDataBody(BodyModel):
    locationId: str
    templateId: str
    updatedBy: str
    dnd: IBuilderJsonMapper
    html: str
    editorType: Literal["html", "builder"]
    previewText: str | None = None
    isPlainText: bool | None = None


# -- answers ---------------------------------------------------------------------------------------------
class ScheduleOut(ResponseModel):
    name: str
    repeatAfter: str
    id: str
    parentId: str
    childCount: float
    campaignType: str
    bulkActionVersion: str
    id_: str = Field(alias="_id")
    status: str
    sendDays: list[str]
    deleted: bool
    migrated: bool
    archived: bool
    hasTracking: bool
    isPlainText: bool
    hasUtmTracking: bool
    enableResendToUnopened: bool
    locationId: str
    templateId: str
    templateType: str
    createdAt: str
    updatedAt: str
    v_: float = Field(alias="__v")
    documentId: str
    downloadUrl: str
    templateDataDownloadUrl: str
    child: list[str]


class ScheduleFetchSuccessfulResponse(ResponseModel):
    schedules: list[ScheduleOut]
    total: list[str]
    traceId: str


class TemplateOut(ResponseModel):
    """A template as the listing shows it: the official single-template schema's fields, and the folder it is in."""

    name: str | None = None
    updatedBy: str | None = None
    isPlainText: bool | None = None
    lastUpdated: str | None = None
    dateAdded: str | None = None
    previewUrl: str | None = None
    id: str | None = None
    version: str | None = None
    templateType: str | None = None


class FetchTemplatesResponse(ResponseModel):
    """DECISION: the listing answers ``{builders: [...], total}`` as public clients read it (they take
    ``builders``); the official file's answer is one template's fields, which a listing with paging cannot be."""

    builders: list[TemplateOut]
    total: int


class CreateBuilderSuccesfulResponse(ResponseModel):
    redirect: str
    traceId: str


class DeleteBuilderSuccesfulResponse(ResponseModel):
    ok: str | None = None
    traceId: str | None = None


class BuilderUpdateSuccessfulResponse(ResponseModel):
    ok: str | None = None
    traceId: str | None = None
    previewUrl: str | None = None
    templateDownloadUrl: str | None = None
