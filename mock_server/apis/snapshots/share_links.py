"""Share links of an agency's snapshots (``POST /snapshots/share/link``), kept in the agency's tenant."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.snapshots.service import SNAPSHOTS
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

SHARE_LINKS = "snapshotShareLinks"
# The link's form, as the official example shows it.
SHARE_URL = "https://affiliates.gohighlevel.com/?share={id}"
# DECISION: GHL's file says which field each restricted link names but not its texts when it is missing.
NEEDS_RELATIONSHIP = "relationship_number is required for share_type agency_link"
NEEDS_LOCATIONS = "share_location_id is required for share_type location_link"


def create_share_link(tenant: Tenant, snapshot_id: str, share_type: str, *, relationship_number: str | None,
                      share_location_id: str | None) -> dict[str, Any]:
    """A link sharing the snapshot: with anyone (``link``, ``permanent_link``), with the agencies of the
    relationship numbers given (``agency_link``) or with the locations given (``location_link``)."""
    tenant.require(SNAPSHOTS, snapshot_id)
    agencies = _listed(relationship_number)
    locations = _listed(share_location_id)
    if share_type == "agency_link" and not agencies:
        raise Unprocessable([NEEDS_RELATIONSHIP])
    if share_type == "location_link" and not locations:
        raise Unprocessable([NEEDS_LOCATIONS])
    link_id = tenant.new_id()
    tenant.agency.store.put(SHARE_LINKS, {
        "id": link_id, "snapshotId": snapshot_id, "shareType": share_type, "relationshipNumbers": agencies,
        "shareLocationIds": locations, "shareLink": SHARE_URL.format(id=link_id), "dateAdded": iso_z(tenant.now())})
    return {"id": link_id, "shareLink": SHARE_URL.format(id=link_id)}


def _listed(value: str | None) -> list[str]:
    """The comma-separated list GHL's DTO takes (``"l1C08ntBrFjLS0elLIYU, U1C08ntBrFjLS0elKIYP"``)."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]
