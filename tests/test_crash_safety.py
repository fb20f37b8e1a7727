"""kill -9 a server while it writes to its data file: after a restart every acknowledged write is there."""

from __future__ import annotations

import json
import time

import httpx

from tests.user_storm import UserStorm


def _token(url: str) -> tuple[str, dict]:
    info = httpx.get(url + "/_mock/tenants").json()["tenants"][0]
    location_id = info["locations"][0]["locationId"]
    grant = httpx.post(url + "/_mock/tokens", json={"locationId": location_id, "kind": "pit"}).json()
    return location_id, {"Authorization": f"Bearer {grant['access_token']}", "Version": "2021-07-28"}, info["companyId"]


def test_every_acknowledged_write_survives_kill_9(serve_process, tmp_path):
    data = tmp_path / "sandbox.json"
    server = serve_process("--data", str(data), "--random-seed", "crash")
    server.wait_healthy()
    location_id, headers, company_id = _token(server.url)

    storm = UserStorm(server.url, headers, company_id, location_id).start()
    deadline = time.monotonic() + 20
    while len(storm.acknowledged) < 150 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()  # SIGKILL while the writers are still sending
    storm.stop()
    acknowledged = storm.acknowledged
    assert len(acknowledged) >= 150

    # The snapshot is never left half-written: it is either absent or valid JSON.
    if data.exists() and data.stat().st_size:
        json.loads(data.read_text())

    restarted = serve_process("--data", str(data), "--random-seed", "crash")
    restarted.wait_healthy()
    with httpx.Client(base_url=restarted.url, headers=headers, timeout=5) as client:
        missing = [uid for uid in acknowledged if client.get(f"/users/{uid}").status_code != 200]
    assert missing == []
