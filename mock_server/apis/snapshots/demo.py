"""The Snapshots area's part of the demo (``Area.demo``): an agency snapshot, shared by link and pushed into
the second location (its push status runs on the clock: completed a few minutes after the load)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    snapshot = demo.call("POST", f"/_mock/companies/{demo.company_id}/snapshots",
                         json={"name": "Dental starter", "type": "own"})
    demo.call("POST", "/snapshots/share/link", token=demo.agency_token, params={"companyId": demo.company_id},
              json={"snapshot_id": snapshot["id"], "share_type": "permanent_link"})
    demo.call("PUT", f"/locations/{demo.second}", token=demo.agency_token,
              json={"companyId": demo.company_id, "snapshot": {"id": snapshot["id"]}})
    demo.summary["snapshotId"] = snapshot["id"]
