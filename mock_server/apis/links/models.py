"""Models of the Trigger Links API (links.json), GHL field names verbatim."""

from __future__ import annotations

from mock_server.platform.models import BodyModel, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class GetLinkByIdQuery(QueryModel):
    locationId: str


class SearchTriggerLinksQuery(QueryModel):
    locationId: str
    query: str | None = None
    skip: float = 0
    limit: float = 20


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


class GetLinksSuccessfulResponse(ResponseModel):
    links: list[LinkSchemaOut] | None = None
