"""Trigger Links operations (links.json)."""

from __future__ import annotations

from mock_server.apis.links import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("links.json", tag="Trigger Links")


@api.get("/links/id/{linkId}", "get-link-by-id", tokens=LOCATION, query=models.GetLinkByIdQuery,
         response=models.GetLinkSuccessfulResponse)
@unwritten
def get_link_by_id(call: Call) -> dict:
    ...


@api.put("/links/{linkId}", "update-link", scopes="links.write", tokens=LOCATION, body=models.LinkUpdateBody,
         response=models.GetLinkSuccessfulResponse, status=201)
@unwritten
def update_link(call: Call) -> dict:
    ...


@api.delete("/links/{linkId}", "delete-link", scopes="links.write", tokens=LOCATION,
            response=models.DeleteLinksSuccessfulResponse, status=201)
@unwritten
def delete_link(call: Call) -> dict:
    ...


@api.get("/links/search", "search-trigger-links", tokens=LOCATION, query=models.SearchTriggerLinksQuery,
         response=models.GetLinksSuccessfulResponse)
@unwritten
def search_trigger_links(call: Call) -> dict:
    ...


@api.get("/links/", "get-links", scopes="links.readonly", tokens=LOCATION, query=models.GetLinkByIdQuery,
         response=models.GetLinksSuccessfulResponse)
@unwritten
def get_links(call: Call) -> dict:
    ...


@api.post("/links/", "create-link", scopes="links.write", tokens=LOCATION, body=models.LinksBody,
          response=models.GetLinkSuccessfulResponse, status=201)
@unwritten
def create_link(call: Call) -> dict:
    ...
