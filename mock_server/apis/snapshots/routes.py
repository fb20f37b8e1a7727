"""Snapshots operations (snapshots.json)."""

from __future__ import annotations

from mock_server.apis.snapshots import models, service
from mock_server.platform.call import Call
from mock_server.platform.operations import AGENCY, Api

api = Api("snapshots.json", tag="Snapshots")


@api.get("/snapshots/", "get-custom-snapshots", scopes="snapshots.readonly", tokens=AGENCY,
         query=models.SnapshotsQuery, response=models.SnapshotsResponse, summary="Get Snapshots",
         notes=("scope from Scopes.md: the official file declares Agency-Access with an empty scope list",))
def get_snapshots(call: Call) -> dict:
    """The agency's own and imported snapshots."""
    agency = call.named_agency(call.query.companyId)
    return {"snapshots": service.list_snapshots(agency) if agency is not None else []}
