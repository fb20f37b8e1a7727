"""Models of the Knowledge Base API (knowledge-base.json): knowledge bases, their FAQs and the web crawler."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel

# class-validator's @IsNotEmpty on the texts a user types (DECISION: the file marks them required, and GHL's UI
# refuses them empty).
Text = Annotated[str, Field(min_length=1)]
CrawlStatus = Literal["Pending", "Processing", "Successful", "Failed", "Existing", "Restricted", "Cancelled",
                      "Aborted", "Training"]
CrawlMode = Literal["Exact", "Path", "Domain"]



# -- queries ---------------------------------------------------------------------------------------------
class FaqsQuery(QueryModel):
    knowledgeBaseId: str
    locationId: str
    limit: PagingNumber = 10
    lastFaqId: str | None = None


class TrainedUrlsQuery(QueryModel):
    knowledgeBaseId: str
    locationId: str
    page: Annotated[PagingNumber, Field(ge=1)] = 1
    pageLength: Annotated[PagingNumber, Field(ge=1)] = 10
    query: str | None = None


class CrawlStatusQuery(QueryModel):
    locationId: str
    operationId: str
    knowledgeBaseId: str


class KnowledgeBasesQuery(QueryModel):
    locationId: str
    query: str | None = None
    limit: PagingNumber = 20
    lastKnowledgeBaseId: str | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class AddFaqBody(BodyModel):
    locationId: str
    question: Text
    answer: Text
    knowledgeBaseId: str


class UpdateFaqBody(BodyModel):
    question: Text
    answer: Text


class DiscoverWebsiteBody(BodyModel):
    locationId: str
    url: Text
    option: CrawlMode
    knowledgeBaseId: str


class DeleteTrainedUrlsBody(BodyModel):
    knowledgeBaseId: str
    locationId: str
    urlIds: list[str]


class TrainDiscoveredUrlsBody(BodyModel):
    locationId: str
    urlIds: list[str]
    knowledgeBaseId: str
    operationId: str


class UpdateKnowledgeBaseBody(BodyModel):
    name: Text | None = None
    description: str | None = None


class CreateKnowledgeBaseBody(BodyModel):
    name: Text
    description: str | None = None
    locationId: str


# -- answers ---------------------------------------------------------------------------------------------
class FaqResponseOut(ResponseModel):
    id: str
    question: str
    questionLowerCase: str
    answer: str
    knowledgeBaseId: str
    locationId: str
    trainedUrlId: str
    deleted: bool
    createdAt: str
    updatedAt: str


class ListFaqsResponse(ResponseModel):
    count: float
    faqs: list[FaqResponseOut]
    lastFaqId: str | None = None
    hasMore: bool | None = None


class CreateFaqResponse(ResponseModel):
    success: bool
    faq: FaqResponseOut


class UpdateFaqResponse(ResponseModel):
    success: bool


class DeleteFaqResponse(ResponseModel):
    success: bool


class CrawledUrlOut(ResponseModel):
    id: str
    url: str
    title: str
    status: CrawlStatus
    locationId: str
    knowledgeBaseId: str
    content: str
    contentEditedByUser: bool
    updatedAt: str


class GetAllUrlsByKnowledgeBaseResponse(ResponseModel):
    count: float
    urls: list[CrawledUrlOut]


class DiscoverWebsiteDataOut(ResponseModel):
    operationId: str
    status: CrawlStatus
    url: str


class DiscoverWebsiteResponse(ResponseModel):
    success: bool
    data: DiscoverWebsiteDataOut


class DeleteWebsiteUrlResponse(ResponseModel):
    success: bool


class ErrorDetailsOut(ResponseModel):
    stack: str
    response: str
    status: float
    options: dict[str, Any] | None = None
    message: str
    name: str


class CrawlingRecordOut(ResponseModel):
    url: str
    id: str
    title: str | None = None
    error: ErrorDetailsOut | None = None


class CrawlingAggregateOut(ResponseModel):
    id_: CrawlStatus = Field(alias="_id")
    records: list[CrawlingRecordOut]


class OperationDetailsOut(ResponseModel):
    discoveredUrlsCount: float
    trainedUrlsCount: float
    id_: str = Field(alias="_id")
    locationId: str
    status: CrawlStatus
    url: str
    mode: CrawlMode
    knowledgeBaseId: str
    createdAt: str
    updatedAt: str
    v_: float = Field(alias="__v")
    robotsFileData: str | None = None


class CrawlingStatusDataOut(ResponseModel):
    aggregate: list[CrawlingAggregateOut]
    operationDetails: OperationDetailsOut


class CrawlingStatusResponse(ResponseModel):
    success: bool
    data: CrawlingStatusDataOut


class TrainDiscoveredUrlsResponse(ResponseModel):
    success: bool


class KnowledgeBaseMetadataOut(ResponseModel):
    faqs: float
    urls: float
    richText: float
    files: float
    webSearches: float
    tables: float


class GetKnowledgeBaseByIdDataOut(ResponseModel):
    id: str
    name: str
    nameLowerCase: str
    locationId: str
    deleted: bool
    createdAt: str
    updatedAt: str
    kbMetadata: KnowledgeBaseMetadataOut
    isDefault: bool | None = None


class GetKnowledgeBaseByIdResponse(ResponseModel):
    success: bool
    data: GetKnowledgeBaseByIdDataOut


class DeleteKnowledgeBaseResponse(ResponseModel):
    success: bool


class UpdateKnowledgeBaseResponse(ResponseModel):
    success: bool


class KnowledgeBaseListItemOut(ResponseModel):
    id: str
    name: str
    createdAt: str


class GetAllKnowledgeBasesPaginatedDataOut(ResponseModel):
    knowledgeBases: list[KnowledgeBaseListItemOut]
    activeCount: float
    hasMore: bool
    lastKnowledgeBaseId: str | None = None


class GetAllKnowledgeBasesPaginatedResponse(ResponseModel):
    success: bool
    data: GetAllKnowledgeBasesPaginatedDataOut


class KnowledgeBaseDataOut(ResponseModel):
    id: str
    name: str
    nameLowerCase: str
    locationId: str
    kbMetadata: dict[str, Any]
    deleted: bool
    createdAt: str
    updatedAt: str


class CreateKnowledgeBaseResponse(ResponseModel):
    success: bool
    data: KnowledgeBaseDataOut
