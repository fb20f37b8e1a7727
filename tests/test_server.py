"""Starting the sandbox (mock_server/server.py): what a start stores and prints."""

from __future__ import annotations

import subprocess
import sys

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


def test_a_serving_server_freezes_what_survives_a_full_collection_so_the_next_walks_only_whats_new():
    # In a process of its own: freezing is process-wide.
    script = """
import gc, time
from mock_server.server import _freeze_survivors
gc.disable()  # only the collections below
gc.callbacks.append(_freeze_survivors)
kept = [[n] for n in range(200_000)]  # long-lived, as the areas imported on first use are
gc.collect(0)
young_frozen = gc.get_freeze_count()
started = time.process_time(); gc.collect(); first = time.process_time() - started
started = time.process_time(); gc.collect(); second = time.process_time() - started
print(young_frozen, gc.get_freeze_count(), first, second)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    young_frozen, frozen, first, second = int(out[0]), int(out[1]), float(out[2]), float(out[3])
    assert young_frozen == 0  # a young collection freezes nothing
    assert frozen >= 200_000
    assert second < first / 3
