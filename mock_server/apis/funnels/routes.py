"""Funnels operations (funnels.json): redirects, and the listings of funnels and their pages.

The three listings declare an empty scope list and no Version header in the official file
(spec-oddities.md). DECISION: they take the scopes Scopes.md names (funnels/funnel.readonly,
funnels/page.readonly, funnels/pagecount.readonly), and they require Version like the redirects: GHL's own
docs page for the funnel listing fails without it (issue #335, GoHighLevel/highlevel-api-docs).
"""

from __future__ import annotations

from mock_server.apis.funnels import funnels, models, redirects
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("funnels.json", tag="Funnels")
_SCOPE_NOTE = ("scope from Scopes.md: the official file declares Location-Access with an empty scope list",)


@api.post("/funnels/lookup/redirect", "create-redirect", scopes="funnels/redirect.write", tokens=LOCATION,
          body=models.CreateRedirectBody, response=models.CreateRedirectResponse, summary="Create a redirect")
def create_redirect(call: Call) -> dict:
    b = call.body
    return {"data": redirects.create_redirect(call.tenant, domain=b.domain, path=b.path, target=b.target,
                                              action=b.action)}


@api.operation("PATCH", "/funnels/lookup/redirect/{id}", "update-redirect-by-id", scopes="funnels/redirect.write",
               tokens=LOCATION, body=models.UpdateRedirectBody, response=models.UpdateRedirectResponse,
               summary="Update a redirect")
def update_redirect_by_id(call: Call) -> dict:
    b = call.body
    return {"data": redirects.update_redirect(call.tenant, call.path["id"], target=b.target, action=b.action)}


@api.delete("/funnels/lookup/redirect/{id}", "delete-redirect-by-id", scopes="funnels/redirect.write", tokens=LOCATION,
            query=models.RedirectLocationQuery, response=models.DeleteRedirectResponse, summary="Delete a redirect")
def delete_redirect_by_id(call: Call) -> dict:
    return {"data": redirects.delete_redirect(call.tenant, call.path["id"])}


@api.get("/funnels/lookup/redirect/list", "fetch-redirects-list", scopes="funnels/redirect.readonly", tokens=LOCATION,
         query=models.FetchRedirectsListQuery, response=models.RedirectListResponse, summary="List redirects")
def fetch_redirects_list(call: Call) -> dict:
    q = call.query
    return {"data": redirects.list_redirects(call.tenant, limit=int(q.limit), offset=int(q.offset), search=q.search)}


@api.get("/funnels/funnel/list", "getFunnels", scopes="funnels/funnel.readonly", tokens=LOCATION,
         query=models.GetFunnelsQuery, response=models.FunnelListResponse, summary="List funnels", notes=_SCOPE_NOTE)
def get_funnels(call: Call) -> dict:
    q = call.query
    found, count = funnels.list_funnels(call.tenant, type=q.type, category=q.category, parent_id=q.parentId,
                                        name=q.name, offset=q.offset, limit=q.limit)
    return {"funnels": found, "count": count}


# DECISION: a bare list of pages. The official file gives one page object as the answer of this listing; its
# fields are each page's.
@api.get("/funnels/page", "getPagesByFunnelId", scopes="funnels/page.readonly", tokens=LOCATION,
         query=models.PagesQuery, response=list[models.FunnelPageOut], summary="List a funnel's pages",
         notes=_SCOPE_NOTE)
def get_pages_by_funnel_id(call: Call) -> list:
    q = call.query
    offset = int(q.offset)
    return funnels.funnel_pages(call.tenant, q.funnelId, q.name)[offset:offset + int(q.limit)]


@api.get("/funnels/page/count", "getPagesCountByFunnelId", scopes="funnels/pagecount.readonly", tokens=LOCATION,
         query=models.PagesCountQuery, response=models.FunnelPageCountResponse, summary="Count a funnel's pages",
         notes=_SCOPE_NOTE)
def get_pages_count_by_funnel_id(call: Call) -> dict:
    q = call.query
    return {"count": len(funnels.funnel_pages(call.tenant, q.funnelId, q.name))}
