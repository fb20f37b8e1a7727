"""The Snapshots answers the generic upstream walk cannot reach (they need a seeded snapshot and a push),
validated against GHL's official snapshots.json. Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_share_link_and_push_status_answers_match_the_official_schemas(ghl):
    ghl.freeze("2026-03-01T12:00:00Z")
    snapshot = ghl.snapshot()
    agency = ghl.client(agency=True)
    agency.put(f"/locations/{ghl.location_id}", json={"companyId": ghl.company_id, "snapshot": {"id": snapshot["id"]}})
    params = {"companyId": ghl.company_id}
    answers = [
        ("POST", "/snapshots/share/link",
         agency.post("/snapshots/share/link", params=params, json={"snapshot_id": snapshot["id"], "share_type": "link"})),
        ("GET", "/snapshots/snapshot-status/{snapshotId}",
         agency.get(f"/snapshots/snapshot-status/{snapshot['id']}", params={
             **params, "from": "03-01-2026 12:00 AM", "to": "03-02-2026 12:00 AM", "lastDoc": "", "limit": "10"})),
        ("GET", "/snapshots/snapshot-status/{snapshotId}/location/{locationId}",
         agency.get(f"/snapshots/snapshot-status/{snapshot['id']}/location/{ghl.location_id}", params=params)),
    ]
    for method, path, answer in answers:
        assert answer.status_code in (200, 201), answer.text
        assert upstream.response_problems("snapshots.json", method, path, answer.status_code, answer.json()) == []
