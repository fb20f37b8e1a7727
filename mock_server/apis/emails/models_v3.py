"""Models of emails-v3.json's template and campaign operations, GHL field names verbatim (``subjectLine`` to
write a template, ``subject`` to read it: the file's own spelling)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from mock_server.apis.common import Timezone
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel

Name = Annotated[str, Field(min_length=1, max_length=500)]
PageSize = Annotated[PagingNumber, Field(ge=1, le=20)]
Offset = Annotated[PagingNumber, Field(ge=0)]
Count = Annotated[float, Field(ge=1, le=1_000_000)]
WeekDay = Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CampaignStatus = Literal["all", "sent", "failed", "archived", "draft", "processing", "scheduled", "cancelled", "paused"]
BulkStatus = Literal["processing", "scheduled", "paused", "complete", "cancelled"]
ReadEditor = Literal["html", "builder", "text"]


# -- templates: queries and bodies ------------------------------------------------------------------------
class ListTemplatesQuery(QueryModel):
    limit: PageSize = 10
    offset: Offset = 0
    search: str | None = None
    sortBy: Literal["updatedAt"] = "updatedAt"
    sortOrder: Literal["asc", "desc"] = "desc"
    archived: bool = False
    folderId: str | None = None
    include: Literal["all", "templates", "folders"] = "all"


class CreateTemplateBody(BodyModel):
    name: Name
    editorType: Literal["html", "text"]
    editorContent: str | None = None
    parentFolderId: str | None = None
    subjectLine: str | None = None
    fromName: str | None = None
    fromEmail: str | None = None
    previewText: str | None = None
    userId: str | None = None


class ImportTemplateBody(BodyModel):
    importProvider: Literal["mailchimp", "active_campaign"]
    importUrl: Annotated[str, Field(min_length=1)]
    name: Name | None = None
    parentFolderId: str | None = None
    userId: str | None = None


class CreateFolderBody(BodyModel):
    name: Name
    userId: str | None = None


class UpdateTemplateBody(BodyModel):
    name: Name | None = None
    editorContent: str | None = None
    editorType: Literal["html", "text"] | None = None
    previewText: str | None = None
    subjectLine: str | None = None
    fromName: str | None = None
    fromEmail: str | None = None
    archived: bool | None = None
    parentFolderId: str | None = None
    userId: str | None = None


# -- templates: answers -----------------------------------------------------------------------------------
class TemplateCreatedResponse(ResponseModel):
    """What creating or importing a template answers."""

    id: str
    name: str
    editorType: Literal["html", "text"]
    isPlainText: bool
    parentFolderId: str | None = None
    fromName: str | None = None
    fromEmail: str | None = None
    subjectLine: str | None = None
    previewText: str | None = None
    previewUrl: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    traceId: str | None = None


class TemplateItemOut(ResponseModel):
    id: str
    name: str
    type: Literal["template", "folder"]
    isPlainText: bool | None = None
    updatedAt: str | None = None
    createdAt: str | None = None
    previewUrl: str | None = None
    editorType: ReadEditor | None = None
    childCount: float | None = None
    hasChildren: bool | None = None
    parentFolderId: str | None = None


class ListTemplatesResponse(ResponseModel):
    items: list[TemplateItemOut]
    total: float
    traceId: str | None = None


class FolderCreatedResponse(ResponseModel):
    id: str
    name: str
    createdAt: str | None = None
    updatedAt: str | None = None
    traceId: str | None = None


class TemplateResponse(ResponseModel):
    id: str
    name: str
    editorType: ReadEditor
    isPlainText: bool
    parentFolderId: str | None = None
    fromName: str | None = None
    fromEmail: str | None = None
    subject: str | None = None
    previewText: str | None = None
    editorContentUrl: str | None = None
    deleted: bool
    createdAt: str | None = None
    updatedAt: str | None = None
    traceId: str | None = None


class DeletedResponse(ResponseModel):
    deleted: bool
    traceId: str | None = None


class TemplateUpdatedResponse(ResponseModel):
    id: str
    name: str
    archived: bool
    fromName: str
    fromEmail: str
    subjectLine: str
    previewText: str
    previewUrl: str
    editorType: Literal["html", "text"] | None = None
    isPlainText: bool | None = None
    parentFolderId: str | None = None
    updatedAt: str | None = None
    createdAt: str | None = None
    traceId: str | None = None


# -- campaigns: queries and bodies ------------------------------------------------------------------------
class StatsQuery(QueryModel):
    subSourceId: str | None = None


class ListCampaignsQuery(QueryModel):
    limit: PageSize = 10
    offset: Offset = 0
    search: str | None = None
    status: CampaignStatus | None = None


class ListWorkflowCampaignsQuery(QueryModel):
    limit: PageSize = 10
    offset: Offset = 0
    search: str = ""
    status: Literal["published", "draft"] | None = None


class ListBulkActionsQuery(QueryModel):
    limit: PageSize = 10
    offset: Offset = 0
    search: str = ""
    dateFrom: IsoInstant | None = None
    dateTo: IsoInstant | None = None
    status: BulkStatus | None = None


class CreateCampaignBody(BodyModel):
    name: Name
    editorType: Literal["html", "text"]
    templateId: str | None = None
    editorContent: str | None = None
    parentFolderId: str | None = None
    timeZone: Timezone
    userId: str
    userName: str | None = None


class UpdateCampaignBody(BodyModel):
    name: Name | None = None
    editorContent: str | None = None
    editorType: Literal["html", "text"] | None = None
    userId: str | None = None


class EmailMeta(BodyModel):
    subject: Annotated[str, Field(min_length=1)]
    fromName: str
    fromEmail: Annotated[str, Field(min_length=1)]
    replyToAddress: str | None = None
    previewText: str | None = None
    attachments: Annotated[list[str], Field(max_length=20)] | None = None


class Recipients(BodyModel):
    type: Literal["contact", "tag", "segment"]
    contactIds: Annotated[list[str], Field(max_length=10_000)] | None = None
    tagIds: Annotated[list[str], Field(max_length=1_000)] | None = None
    segment: Literal["engaged_last_7_days", "engaged_last_30_days", "engaged_last_60_days",
                     "engaged_last_5_campaigns", "unengaged_last_5_campaigns"] | None = None
    freezeList: bool = True


class BatchConfig(BodyModel):
    batchSize: Count
    interval: Count
    intervalUnit: Literal["minutes", "hours", "days"]
    skipDays: list[WeekDay] | None = None
    windowStart: str | None = None
    windowEnd: str | None = None


class Tracking(BodyModel):
    clickTracking: bool | None = None
    utmTracking: bool | None = None


class Resend(BodyModel):
    enabled: bool | None = None
    waitHours: Annotated[float, Field(ge=0, le=8760)] | None = None
    subject: str | None = None


class ScheduleConfig(BodyModel):
    sendAt: str | None = None
    batch: BatchConfig | None = None
    tracking: Tracking | None = None
    resend: Resend | None = None
    emailPreferenceId: str | None = None


class RssConfig(BodyModel):
    name: str
    rssFeedURL: str
    repeatAfter: Literal["every_day", "every_week", "every_month"]
    repeatAfterTime: str
    rssFeedLimit: Annotated[float, Field(ge=1, le=1000)] | None = None
    startAtDay: Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] | None = None
    startAtMonthDay: str | None = None
    firstExecutionDate: str | None = None


class ABTestVariation(BodyModel):
    subject: str | None = None
    documentId: str | None = None


class ABTestConfig(BodyModel):
    testType: Literal["emailContent", "subjectLine"]
    testDuration: Annotated[float, Field(ge=0, le=31_536_000)]
    variationCount: Annotated[float, Field(ge=2, le=10)]
    testSize: Annotated[float, Field(ge=0, le=100)]
    winningCriteria: Literal["openRate", "clickRate"]
    variations: Annotated[list[ABTestVariation], Field(max_length=10)]


class ScheduleCampaignBody(BodyModel):
    scheduleType: Literal["immediate", "scheduled", "batch", "rss", "smart_send"]
    timeZone: Timezone
    userId: str
    userName: str | None = None
    emailMeta: EmailMeta
    recipients: Recipients
    sendDays: list[WeekDay] | None = None
    scheduleConfig: ScheduleConfig | None = None
    rssConfig: RssConfig | None = None
    abTestConfig: ABTestConfig | None = None


# -- campaigns: answers -----------------------------------------------------------------------------------
class EmailStatsOut(ResponseModel):
    sent: float
    accepted: float
    delivered: float
    opened: float
    clicked: float
    unsubscribed: float
    complained: float
    permanentFail: float
    temporaryFail: float
    rejected: float
    failed: float
    replied: float
    openRate: float
    clickRate: float
    unsubscribeRate: float
    complaintRate: float
    bounceRate: float
    replyRate: float


class StatsResponse(ResponseModel):
    locationId: str
    source: Literal["email-campaigns", "workflow-campaigns", "bulk-actions"]
    sourceId: str
    subSourceId: str | None = None
    stats: EmailStatsOut
    traceId: str | None = None


class VariationOut(ResponseModel):
    sourceId: str
    isWinner: bool


class CampaignOut(ResponseModel):
    id: str
    source: str | None = None
    sourceId: str | None = None
    name: str | None = None
    status: CampaignStatus | None = None
    campaignType: str | None = None
    campaignCategory: str | None = None
    variations: list[VariationOut] | None = None
    deleted: bool
    createdAt: str
    updatedAt: str


class CampaignResponse(CampaignOut):
    """What creating and updating a campaign answer."""

    traceId: str | None = None


class ListCampaignsResponse(ResponseModel):
    campaigns: list[CampaignOut]
    total: float
    traceId: str | None = None


class CampaignDetailResponse(CampaignResponse):
    editorType: ReadEditor | None = None
    isPlainText: bool | None = None
    editorContentUrl: str | None = None
    fromName: str | None = None
    fromEmail: str | None = None
    subject: str | None = None
    replyToAddress: str | None = None
    previewText: str | None = None


class WorkflowCampaignOut(ResponseModel):
    id: str
    name: str | None = None
    status: Literal["published", "draft"] | None = None
    source: str | None = None
    sourceId: str | None = None
    deleted: bool | None = None
    createdAt: str
    updatedAt: str


class ListWorkflowCampaignsResponse(ResponseModel):
    campaigns: list[WorkflowCampaignOut]
    total: float
    traceId: str | None = None


class WorkflowStepOut(ResponseModel):
    id: str
    name: str | None = None
    subject: str | None = None
    fromName: str | None = None
    fromEmail: str | None = None
    previewText: str | None = None
    editorType: ReadEditor | None = None
    isPlainText: bool | None = None
    editorContentUrl: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class WorkflowCampaignResponse(WorkflowCampaignOut):
    subSources: list[WorkflowStepOut] | None = None
    traceId: str | None = None


class BulkEmailDetailsOut(ResponseModel):
    subject: str | None = None
    from_: str | None = Field(None, alias="from")
    name: str | None = None
    templateId: str | None = None


class BulkActionOut(ResponseModel):
    id: str
    source: str | None = None
    sourceId: str | None = None
    name: str | None = None
    status: BulkStatus
    scheduleType: Literal["NOW", "SCHEDULED", "DRIP"] | None = None
    deleted: bool
    createdAt: str
    updatedAt: str
    completedAt: str | None = None
    emailMetadata: BulkEmailDetailsOut | None = None


class ListBulkActionsResponse(ResponseModel):
    campaigns: list[BulkActionOut]
    total: float
    traceId: str | None = None


class BulkActionResponse(ResponseModel):
    id: str
    source: str | None = None
    sourceId: str | None = None
    name: str | None = None
    status: BulkStatus
    scheduleType: Literal["NOW", "SCHEDULED", "DRIP"] | None = None
    fromName: str | None = None
    fromEmail: str | None = None
    subject: str | None = None
    replyToAddress: str | None = None
    previewText: str | None = None
    editorType: ReadEditor | None = None
    isPlainText: bool | None = None
    editorContentUrl: str | None = None
    deleted: bool
    createdAt: str
    updatedAt: str
    completedAt: str | None = None
    traceId: str | None = None


class ScheduledResponse(ResponseModel):
    campaignId: str
    sourceId: str | None
    traceId: str | None = None
