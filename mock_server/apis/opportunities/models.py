"""Models of the Opportunities API (opportunities.json), GHL field names verbatim (``succeded`` included)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AliasChoices, ConfigDict, Field, StringConstraints

from mock_server.apis.contacts.search_models import FilterCondition, FilterGroup, SortSpec
from mock_server.platform.models import BodyModel, Paging, QueryModel, ResponseModel

NonEmpty = Annotated[str, StringConstraints(min_length=1)]
Status = Literal["open", "won", "lost", "abandoned", "all"]  # the file's enum ("all" is refused on writes)
Number = int | float


def _either(snake: str, camel: str, *, required: bool = False) -> Any:
    """A query parameter the Node SDK (and the v2 file) spells ``snake`` and the Python SDK ``camel``."""
    return Field(... if required else None, validation_alias=AliasChoices(snake, camel),
                 description=f"Also accepted as `{camel}` (the Python SDK's and the v3 file's spelling)")


class CustomFieldInput(BodyModel):
    id: str | None = None
    key: str | None = None
    field_value: Any = None


class _OpportunityFields(BodyModel):
    name: NonEmpty | None = None
    pipelineStageId: str | None = None
    status: Status | None = None
    monetaryValue: Number | None = None
    assignedTo: str | None = None
    customFields: list[CustomFieldInput] | None = None


class CreateOpportunityBody(_OpportunityFields):
    pipelineId: str
    locationId: str
    name: NonEmpty
    status: Status
    contactId: str


class UpdateOpportunityBody(_OpportunityFields):
    pipelineId: str | None = None


class UpdateStatusBody(BodyModel):
    status: Status
    lostReasonId: str | None = None


class UpsertOpportunityBody(BodyModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [{
        "pipelineId": "pipelineId", "locationId": "locationId", "contactId": "contactId", "name": "Upserted deal",
        "status": "open", "followers": [], "isRemoveAllFollowers": False, "followersActionType": "add"}]})

    id: str | None = None
    pipelineId: str
    locationId: str
    contactId: str | None = Field(None, description="Not in the official DTO, yet GHL's upsert matches by "
                                                      "pipeline and contact and a new opportunity needs one")
    followers: list[str]
    isRemoveAllFollowers: bool
    followersActionType: Literal["add", "remove"]
    name: NonEmpty | None = None
    status: Status | None = None
    pipelineStageId: str | None = None
    monetaryValue: Number | None = None
    assignedTo: str | None = None
    lostReasonId: str | None = None


class FollowersBody(BodyModel):
    followers: list[str]


class RemoveFollowersQuery(QueryModel):
    isRemoveAllFollowers: bool | None = None


class LocationQuery(QueryModel):
    locationId: str


class LostReasonsQuery(QueryModel):
    locationId: str
    name: str | None = None
    deleted: bool = False
    query: str | None = None
    skip: Paging = 0
    limit: Annotated[Paging, Field(ge=1)] = 100
    getCount: bool | None = None


class SearchQuery(QueryModel):
    """GET /opportunities/search. Dates (``date``, ``endDate``) are ``mm-dd-yyyy``, as GHL takes them."""

    q: str | None = None
    location_id: str = _either("location_id", "locationId", required=True)
    pipeline_id: str | None = _either("pipeline_id", "pipelineId")
    pipeline_stage_id: str | None = _either("pipeline_stage_id", "pipelineStageId")
    contact_id: str | None = _either("contact_id", "contactId")
    status: Status | None = None
    assigned_to: str | None = _either("assigned_to", "assignedTo")
    campaignId: str | None = None
    id: str | None = None
    order: str | None = None
    endDate: str | None = None
    startAfter: str | None = None
    startAfterId: str | None = None
    date: str | None = None
    country: str | None = None
    page: Annotated[Paging, Field(ge=1)] = 1
    limit: Annotated[Paging, Field(ge=1, le=100)] = 20
    getTasks: bool | None = None
    getNotes: bool | None = None
    getCalendarEvents: bool | None = None


class AdditionalDetails(BodyModel):
    notes: bool = False
    tasks: bool = False
    calendarEvents: bool = False
    unReadConversations: bool = False


class AdvancedSearchBody(BodyModel):
    """POST /opportunities/search. The official DTO marks every property required (paging by ``page`` AND
    ``searchAfter``); the mock requires ``locationId`` only. ``filters`` and ``sort`` follow the contact search."""

    locationId: str
    query: str | None = None
    limit: Annotated[Paging, Field(ge=1, le=500)] = 20
    page: Annotated[Paging, Field(ge=1)] | None = None
    searchAfter: list[str | int | float] | None = None
    additionalDetails: AdditionalDetails | None = None
    filters: list[FilterCondition | FilterGroup] | None = None
    sort: list[SortSpec] | None = None
    # DECISION: both are accepted though the official DTO lacks them: GHL's web app sends them and public clients
    # copy its body (Mubashir-19/ghl-api-extended src/opportunitiesSearch.ts and scripts/test-opportunities-search.ts).
    # Tested live there (docs/opportunities-search-documentation.md): includeTopRelations adds ``topRelations``
    # (one entry per opportunity answered); ``aggregations`` (Elasticsearch-style specs) is accepted and ignored,
    # so any list of objects is taken and the answer's ``aggregations`` stays the official DTO's (empty) object.
    includeTopRelations: bool | None = None
    aggregations: list[dict[str, Any]] | None = None


# -- answers -----------------------------------------------------------------------------------
class ContactSummary(ResponseModel):
    id: str
    name: str | None = None
    companyName: str | None = None
    email: str | None = None
    phone: str | None = None
    tags: list[str] = []


class CustomFieldOut(ResponseModel):
    id: str
    fieldValue: Any


class OpportunityOut(ResponseModel):
    id: str
    name: str
    monetaryValue: float | None = None
    pipelineId: str
    pipelineStageId: str
    assignedTo: str | None = None
    status: str
    source: str | None = None
    lastStatusChangeAt: str | None = None
    lastStageChangeAt: str | None = None
    createdAt: str
    updatedAt: str
    contactId: str
    locationId: str
    contact: ContactSummary | None = None
    lostReasonId: str | None = None
    customFields: list[CustomFieldOut] = []
    followers: list[str] = []


class OpportunityResponse(ResponseModel):
    opportunity: OpportunityOut


class SucceededResponse(ResponseModel):
    succeded: bool


class UpsertResponse(ResponseModel):
    opportunity: OpportunityOut
    new: bool


class SearchMeta(ResponseModel):
    total: int
    nextPageUrl: str | None = None
    startAfterId: str | None = None
    startAfter: int | None = None
    currentPage: int | None = None
    nextPage: int | None = None
    prevPage: int | None = None


class SearchResponse(ResponseModel):
    opportunities: list[OpportunityOut]
    meta: SearchMeta
    aggregations: dict[str, Any] = {}


class TopRelations(ResponseModel):
    recordId: str
    totalRelations: int
    associations: list[dict[str, Any]] = []


class AdvancedSearchResponse(ResponseModel):
    opportunities: list[OpportunityOut]
    total: int
    aggregations: dict[str, Any] = {}
    topRelations: list[TopRelations] | None = None


class StageOut(ResponseModel):
    id: str
    name: str
    position: int


class PipelineOut(ResponseModel):
    id: str
    name: str
    stages: list[StageOut]
    showInFunnel: bool
    showInPieChart: bool
    locationId: str


class PipelinesResponse(ResponseModel):
    pipelines: list[PipelineOut]


class LostReasonOut(ResponseModel):
    id: str
    name: str
    locationId: str
    createdAt: str
    updatedAt: str


class LostReasonsResponse(ResponseModel):
    lostReasons: list[LostReasonOut]
    total: int | None = None


class FollowersAddedResponse(ResponseModel):
    followers: list[str]
    followersAdded: list[str]


class FollowersRemovedResponse(ResponseModel):
    followers: list[str]
    followersRemoved: list[str]
