"""Snapshots operations (snapshots.json)."""

from __future__ import annotations

from mock_server.apis.snapshots import models, pushes, service, share_links
from mock_server.platform.call import Call
from mock_server.platform.errors import BadRequest
from mock_server.platform.operations import AGENCY, Api
from mock_server.platform.tenant_context import Tenant

api = Api("snapshots.json", tag="Snapshots")
# The file gives every snapshots operation Agency-Access with an empty scope list; Scopes.md names only the
# listing's. DECISION: reads take snapshots.readonly, the share link snapshots.write.
_SCOPE_NOTE = ("scope from Scopes.md: the official file declares Agency-Access with an empty scope list",)


@api.get("/snapshots/", "get-custom-snapshots", scopes="snapshots.readonly", tokens=AGENCY,
         query=models.SnapshotsQuery, response=models.SnapshotsResponse, summary="Get Snapshots", notes=_SCOPE_NOTE)
def get_snapshots(call: Call) -> dict:
    """The agency's own and imported snapshots."""
    agency = call.named_agency(call.query.companyId)
    return {"snapshots": service.list_snapshots(agency) if agency is not None else []}


@api.post("/snapshots/share/link", "create-snapshot-share-link", scopes="snapshots.write", tokens=AGENCY,
          query=models.ShareLinkQuery, body=models.ShareLinkBody, response=models.ShareLinkResponse, status=201,
          summary="Create Snapshot Share Link", notes=_SCOPE_NOTE)
def create_share_link(call: Call) -> dict:
    body = call.body
    agency = _agency(call, call.query.companyId)
    return share_links.create_share_link(agency, body.snapshot_id, body.share_type,
                                         relationship_number=body.relationship_number,
                                         share_location_id=body.share_location_id)


@api.get("/snapshots/snapshot-status/{snapshotId}", "get-snapshot-push", scopes="snapshots.readonly", tokens=AGENCY,
         query=models.PushStatusQuery, response=models.PushStatusResponse,
         summary="Get list of sub-accounts snapshot is pushed to", notes=_SCOPE_NOTE)
def get_snapshot_push(call: Call) -> dict:
    q = call.query
    agency = _agency(call, q.companyId)
    return {"data": pushes.pushes_of(agency, call.path["snapshotId"], start=q.from_,
                                     end=q.to, last_doc=q.lastDoc, limit=int(q.limit))}


@api.get("/snapshots/snapshot-status/{snapshotId}/location/{locationId}", "get-latest-snapshot-push",
         scopes="snapshots.readonly", tokens=AGENCY, query=models.LatestPushQuery, response=models.LatestPushResponse,
         summary="Get Last Snapshot Push", notes=_SCOPE_NOTE)
def get_latest_snapshot_push(call: Call) -> dict:
    agency = _agency(call, call.query.companyId)
    return {"data": pushes.latest_push(agency, call.path["snapshotId"], call.path["locationId"])}


def _agency(call: Call, company_id: str) -> Tenant:
    """The agency the query's companyId names (the platform refused another agency's: 403); an id naming no
    agency has no snapshots."""
    agency = call.named_agency(company_id)
    if agency is None:
        raise BadRequest(pushes.SNAPSHOT_NOT_FOUND)
    return agency
