"""The Snapshots area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.snapshots import pushes, routes, service, share_links
from mock_server.platform.area import Area, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "snapshots",
    serves="Snapshots: listing, share links, push status on the mock clock",
    apis=(routes.api,),
    tables=(Table(service.SNAPSHOTS, scope="agency", not_found=BadRequest(pushes.SNAPSHOT_NOT_FOUND)),
            Table(pushes.PUSHES, scope="agency", indexes=("snapshotId",)),
            Table(share_links.SHARE_LINKS, scope="agency")),
    seeds=(Seed("POST", "/companies/{companyId}/snapshots", service.seed_snapshot, body=service.SnapshotSeed,
                doc='`{"name","type"}` (`own` or `imported`): seed an agency\'s snapshots'),),
    factories="mock_server.apis.snapshots.factories:SnapshotFactories",
    demo="mock_server.apis.snapshots.demo:load",
    upstream_allowlist="mock_server.apis.snapshots.upstream",
)
