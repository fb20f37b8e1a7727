"""Opportunities operations (opportunities.json). Literal paths (search, pipelines, lost-reason) win over {id}."""

from __future__ import annotations

from mock_server.apis.opportunities import models as m
from mock_server.apis.opportunities import pipelines, records, search, upsert
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("opportunities.json", tag="Opportunities")

READ, WRITE = "opportunities.readonly", "opportunities.write"


def _opportunity(call: Call, record: dict) -> dict:
    return {"opportunity": records.view(call.tenant, record)}


# -- what the API only lists ------------------------------------------------------------------
@api.get("/opportunities/lost-reason", "get-lost-reason", scopes=READ, tokens=LOCATION, query=m.LostReasonsQuery,
         response=m.LostReasonsResponse, summary="Get lost reason")
def lost_reasons(call: Call) -> dict:
    """The location's lost reasons (seeded through the control plane), filtered by name / query."""
    q = call.query
    found, total = pipelines.list_lost_reasons(call.tenant, name=q.name, query=q.query,
                                               deleted=q.deleted, skip=q.skip, limit=q.limit)
    return {"lostReasons": [pipelines.lost_reason_view(r) for r in found], "total": total}


@api.get("/opportunities/pipelines", "get-pipelines", scopes=READ, tokens=LOCATION, query=m.LocationQuery,
         response=m.PipelinesResponse, summary="Get Pipelines")
def list_pipelines(call: Call) -> dict:
    """The location's pipelines with their stages (seeded through the control plane)."""
    return {"pipelines": pipelines.list_pipelines(call.tenant)}


# -- searching --------------------------------------------------------------------------------
@api.get("/opportunities/search", "search-opportunity", scopes=READ, tokens=LOCATION, query=m.SearchQuery,
         response=m.SearchResponse, summary="Search Opportunity")
def search_opportunities(call: Call) -> dict:
    """Filter by pipeline, stage, contact, status, assignee, dates and text; page by page or startAfter."""
    return search.search(call.tenant, call.query, call.world.settings.base_url)


@api.post("/opportunities/search", "search-opportunities-advanced", scopes=READ, tokens=LOCATION,
          body=m.AdvancedSearchBody, response=m.AdvancedSearchResponse, status=200, summary="Search Opportunities")
def advanced_search(call: Call) -> dict:
    """Filters (the contact search's grammar over GHL's opportunity fields), sort, page or searchAfter."""
    return search.advanced_search(call.tenant, call.body.model_dump())


# -- the record -------------------------------------------------------------------------------
@api.post("/opportunities/", "create-opportunity", scopes=WRITE, tokens=LOCATION, body=m.CreateOpportunityBody,
          response=m.OpportunityResponse, status=201, summary="Create Opportunity")
def create_opportunity(call: Call) -> dict:
    """Create an opportunity for a contact in a pipeline (its first stage unless one is named)."""
    return _opportunity(call, records.create_opportunity(call.tenant, sent_fields(call.body)))


@api.post("/opportunities/upsert", "Upsert-opportunity", scopes=WRITE, tokens=LOCATION,
          body=m.UpsertOpportunityBody, response=m.UpsertResponse, status=200, summary="Upsert Opportunity")
def upsert_opportunity(call: Call) -> dict:
    """Update the opportunity by ``id``, else the contact's one in the pipeline (``new: false``); else create."""
    record, new = upsert.upsert_opportunity(call.tenant, sent_fields(call.body))
    return {**_opportunity(call, record), "new": new}


@api.get("/opportunities/{id}", "get-opportunity", scopes=READ, tokens=LOCATION, response=m.OpportunityResponse,
         summary="Get Opportunity")
def get_opportunity(call: Call) -> dict:
    return _opportunity(call, records.get_opportunity(call.tenant, call.path["id"]))


@api.put("/opportunities/{id}", "update-opportunity", scopes=WRITE, tokens=LOCATION, body=m.UpdateOpportunityBody,
         response=m.OpportunityResponse, summary="Update Opportunity")
def update_opportunity(call: Call) -> dict:
    updated = records.update_opportunity(call.tenant, call.path["id"], sent_fields(call.body))
    return _opportunity(call, updated)


@api.delete("/opportunities/{id}", "delete-opportunity", scopes=WRITE, tokens=LOCATION,
            response=m.SucceededResponse, summary="Delete Opportunity")
def delete_opportunity(call: Call) -> dict:
    records.delete_opportunity(call.tenant, call.path["id"])
    return {"succeded": True}


@api.put("/opportunities/{id}/status", "update-opportunity-status", scopes=WRITE, tokens=LOCATION,
         body=m.UpdateStatusBody, response=m.SucceededResponse, summary="Update Opportunity Status")
def update_status(call: Call) -> dict:
    """Set the status (``lostReasonId`` with ``lost``); answers GHL's ``{"succeded": true}`` (sic)."""
    records.update_status(call.tenant, call.path["id"], call.body.status, call.body.lostReasonId)
    return {"succeded": True}


# -- followers --------------------------------------------------------------------------------
@api.post("/opportunities/{id}/followers", "add-followers-opportunity", scopes=WRITE, tokens=LOCATION,
          body=m.FollowersBody, response=m.FollowersAddedResponse, status=201, summary="Add Followers")
def add_followers(call: Call) -> dict:
    return records.add_followers(call.tenant, call.path["id"], call.body.followers)


@api.delete("/opportunities/{id}/followers", "remove-followers-opportunity", scopes=WRITE, tokens=LOCATION,
            query=m.RemoveFollowersQuery, body=m.FollowersBody, response=m.FollowersRemovedResponse,
            summary="Remove Followers")
def remove_followers(call: Call) -> dict:
    """Remove the followers named in the body, or every follower with ``isRemoveAllFollowers=true``."""
    return records.remove_followers(call.tenant, call.path["id"], call.body.followers,
                                    remove_all=bool(call.query.isRemoveAllFollowers))
