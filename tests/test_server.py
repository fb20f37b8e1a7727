"""Starting the sandbox (mock_server/server.py): what a start stores and prints."""

from __future__ import annotations

import httpx

from mock_server.app import build_app
from mock_server.server import banner
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport


def _records(app) -> int:
    store = app.world.store
    return sum(sum(store.counts(tenant).values()) for tenant in store.tenants())


def test_restarting_stores_nothing_new_and_the_printed_oauth_tokens_work(tmp_path):
    settings = Settings(data=str(tmp_path / "sandbox.json"), random_seed="restarts")
    records = []
    for _ in range(3):
        app = build_app(settings)
        printed = banner(app, settings)
        records.append(_records(app))
        tokens = [line.split()[-1] for line in printed.splitlines() if "OAuth (1 day)" in line]
        location_id = next(line.split()[-1] for line in printed.splitlines() if "(locationId)" in line)
        with httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL) as client:
            for token in tokens:
                response = client.get(f"/locations/{location_id}",
                                      headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
                assert response.status_code == 200
        app.world.close()
    assert len(tokens) == 2
    assert records[1] == records[0] and records[2] == records[0]
