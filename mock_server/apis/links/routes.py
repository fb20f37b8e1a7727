"""Trigger Links operations (links.json)."""

from __future__ import annotations

from mock_server.apis.links import models, service
from mock_server.apis.links.tables import LINKS
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("links.json", tag="Trigger Links")


@api.get("/links/id/{linkId}", "get-link-by-id", scopes="links.readonly", tokens=LOCATION,
         query=models.LocationQuery, response=models.GetLinkSuccessfulResponse,
         notes=("scope from links-v3.json: links.json declares bearer with no scope",))
def get_link_by_id(call: Call) -> dict:
    return {"link": call.tenant.require(LINKS, call.path["linkId"])}


@api.put("/links/{linkId}", "update-link", scopes="links.write", tokens=LOCATION, body=models.LinkUpdateBody,
         response=models.GetLinkSuccessfulResponse, status=201)
def update_link(call: Call) -> dict:
    return {"link": service.update_link(call.tenant, call.path["linkId"], call.body.name, call.body.redirectTo)}


@api.delete("/links/{linkId}", "delete-link", scopes="links.write", tokens=LOCATION,
            response=models.DeleteLinksSuccessfulResponse, status=201)
def delete_link(call: Call) -> dict:
    service.delete_link(call.tenant, call.path["linkId"])
    # DECISION: v3 answers both spellings (links-v3.json), as contacts do; v2 only GHL's misspelling.
    return {"succeded": True, "succeeded": True} if call.v3 else {"succeded": True}


@api.get("/links/search", "search-trigger-links", scopes="links.readonly", tokens=LOCATION,
         query=models.SearchTriggerLinksQuery, response=models.GetLinksSuccessfulResponse,
         notes=("scope from links-v3.json: links.json declares bearer with no scope",))
def search_trigger_links(call: Call) -> dict:
    q = call.query
    return {"links": service.search_links(call.tenant, q.query, q.skip, q.limit)}


@api.get("/links/", "get-links", scopes="links.readonly", tokens=LOCATION, query=models.LocationQuery,
         response=models.GetLinksSuccessfulResponse)
def get_links(call: Call) -> dict:
    return {"links": call.tenant.store.scan(LINKS)}


@api.post("/links/", "create-link", scopes="links.write", tokens=LOCATION, body=models.LinksBody,
          response=models.GetLinkSuccessfulResponse, status=201)
def create_link(call: Call) -> dict:
    return {"link": service.create_link(call.tenant, call.body.name, call.body.redirectTo)}
