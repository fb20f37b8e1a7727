"""Models of the Funnels API (funnels.json): redirects, funnels and their pages. GHL field names verbatim."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, NumberString, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class RedirectLocationQuery(QueryModel):
    locationId: str


class FetchRedirectsListQuery(QueryModel):
    locationId: str
    limit: PagingNumber
    offset: PagingNumber
    search: str | None = None


class GetFunnelsQuery(QueryModel):
    locationId: str
    type: str | None = None
    category: str | None = None
    offset: NumberString | None = None
    limit: NumberString | None = None
    parentId: str | None = None
    name: str | None = None


class PagesCountQuery(QueryModel):
    locationId: str
    funnelId: str
    name: str | None = None


class PagesQuery(PagesCountQuery):
    limit: PagingNumber
    offset: PagingNumber


# -- bodies ----------------------------------------------------------------------------------------------
class CreateRedirectBody(BodyModel):
    locationId: str
    domain: str
    path: str
    target: str
    action: Literal["funnel", "website", "url", "all"]


class UpdateRedirectBody(BodyModel):
    target: str
    action: Literal["funnel", "website", "url", "all"]
    locationId: str


# -- answers ---------------------------------------------------------------------------------------------
class RedirectOut(ResponseModel):
    id: str
    locationId: str
    domain: str
    path: str
    pathLowercase: str
    type: str
    target: str
    action: str


class CreateRedirectResponse(ResponseModel):
    data: RedirectOut


class UpdateRedirectResponse(ResponseModel):
    data: RedirectOut


class DeleteRedirectResponse(ResponseModel):
    data: dict[str, Any]


class RedirectListResponse(ResponseModel):
    data: dict[str, Any]


class FunnelStepOut(ResponseModel):
    id: str
    name: str
    originId: str
    pages: list[str]
    products: list[Any]
    sequence: int
    type: str
    url: str


class FunnelOut(ResponseModel):
    id_: str = Field(alias="_id")
    dateAdded: str
    dateUpdated: str
    deleted: bool
    domainId: str
    locationId: str
    name: str
    steps: list[FunnelStepOut]
    type: str
    updatedAt: str
    url: str


class FunnelListResponse(ResponseModel):
    """DECISION: ``funnels`` is a list of funnels: the official file types it as one object (its example is one
    funnel), but it is a listing with a ``count``, and clients iterate it (``resp.data?.funnels ?? []``)."""

    funnels: list[FunnelOut]
    count: float
    traceId: str


class FunnelPageOut(ResponseModel):
    id_: str = Field(alias="_id")
    locationId: str
    funnelId: str
    name: str
    stepId: str
    # the official file types it as a string, with the example ``false``: the mock sends the boolean
    deleted: bool
    updatedAt: str


class FunnelPageCountResponse(ResponseModel):
    count: float
