"""Models of the Trigger Links API (links.json), GHL field names verbatim."""

from __future__ import annotations

from pydantic import Field

from mock_server.platform.models import BodyModel, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class LocationQuery(QueryModel):
    locationId: str


class SearchTriggerLinksQuery(QueryModel):
    locationId: str
    query: str | None = None
    # DECISION: the file says "number"; a fraction cannot page, so it is refused (422).
    skip: int = Field(0, ge=0)
    limit: int = Field(20, ge=1)


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
