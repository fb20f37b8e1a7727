"""Models of the Trigger Links API (links.json), GHL field names verbatim."""

from __future__ import annotations

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class LocationQuery(QueryModel):
    locationId: str


class SearchTriggerLinksQuery(QueryModel):
    locationId: str
    query: str | None = None
    skip: PagingNumber = 0
    limit: PagingNumber = 20


# -- bodies ----------------------------------------------------------------------------------------------
class LinkUpdateBody(BodyModel):
    name: str
    redirectTo: str


class LinksBody(BodyModel):
    locationId: str
    name: str
    redirectTo: str


# -- answers ---------------------------------------------------------------------------------------------
class LinkSchemaOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    redirectTo: str | None = None
    fieldKey: str | None = None
    locationId: str | None = None


class GetLinkSuccessfulResponse(ResponseModel):
    link: LinkSchemaOut | None = None


class DeleteLinksSuccessfulResponse(ResponseModel):
    succeded: bool | None = None
    succeeded: bool | None = None  # Version: v3


class GetLinksSuccessfulResponse(ResponseModel):
    links: list[LinkSchemaOut] | None = None
