"""kill -9 a server while it writes to its data file: after a restart every acknowledged write is there."""

from __future__ import annotations

import contextlib
import resource
import signal
import sqlite3
import time

import httpx

from tests.user_storm import UserStorm


def _token(url: str) -> tuple[str, dict]:
    info = httpx.get(url + "/_mock/tenants", timeout=60).json()["tenants"][0]
    location_id = info["locations"][0]["locationId"]
    grant = httpx.post(url + "/_mock/tokens", json={"locationId": location_id, "kind": "pit"}, timeout=60).json()
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

    # The database is never left damaged: SQLite's own check passes on what the killed server left.
    with contextlib.closing(sqlite3.connect(data)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    restarted = serve_process("--data", str(data), "--random-seed", "crash")
    restarted.wait_healthy()
    with httpx.Client(base_url=restarted.url, headers=headers, timeout=60) as client:
        missing = [uid for uid in acknowledged if client.get(f"/users/{uid}").status_code != 200]
    assert missing == []


def _limit_file_size(limit: int):
    """For the child: files may grow to ``limit`` bytes (the soft limit; the parent may raise it later,
    up to the unlimited hard limit). SIGXFSZ ignored, so an over-long write() fails with EFBIG as a full
    disk fails one with ENOSPC, instead of killing the process."""
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    return preexec


def test_a_write_the_disk_refuses_is_undone_and_later_writes_survive_a_restart(serve_process, tmp_path):
    data = tmp_path / "sandbox.json"
    first = serve_process("--data", str(data), "--random-seed", "full-disk")
    first.wait_healthy()
    location_id, headers, _ = _token(first.url)
    first.stop()  # a clean stop: everything is in the snapshot, the log is empty
    # Stopped by its SIGTERM (uvicorn ends a graceful stop by re-raising it), not killed after a wait: a replay
    # at the next start would need more room than the limit below.
    assert first.proc.returncode == -signal.SIGTERM, "".join(first.output)

    # Room for a few contacts in SQLite's log (each commit appends whole 4 KB pages), then the disk is "full".
    # No file may grow past the limit, and SQLite's shared-memory file is 32 KB from the start.
    room = max(data.stat().st_size, 32_768) + 150_000
    server = serve_process("--data", str(data), "--random-seed", "full-disk", preexec=_limit_file_size(room))
    server.wait_healthy()
    acknowledged: dict[str, str] = {}
    with httpx.Client(base_url=server.url, headers=headers, timeout=60) as client:
        def create(n: int) -> httpx.Response:
            email = f"c{n}@full-disk.test"
            response = client.post("/contacts/", json={"locationId": location_id, "firstName": f"C{n}", "email": email})
            if response.status_code == 201:
                acknowledged[response.json()["contact"]["id"]] = email
            return response

        def duplicate_of(email: str) -> dict | None:
            return client.get("/contacts/search/duplicate", params={"locationId": location_id, "email": email}).json()[
                "contact"]

        refused = next(response for n in range(200) if (response := create(n)).status_code != 201)
        refused_email = f"c{len(acknowledged)}@full-disk.test"
        assert len(acknowledged) >= 5
        # GHL-shaped, and says what happened; the change is not applied (not readable, not a duplicate).
        assert refused.status_code == 503
        body = refused.json()
        assert body["statusCode"] == 503 and body["error"] == "Service Unavailable" and body["traceId"]
        assert "not saved" in body["message"]
        assert duplicate_of(refused_email) is None
        assert all(duplicate_of(email) is not None for email in acknowledged.values())
        control = httpx.post(server.url + "/_mock/tenants", json={"name": "No room"})  # the control plane too
        assert control.status_code == 503 and control.json()["error"] == "Service Unavailable"
        assert "No room" not in str(httpx.get(server.url + "/_mock/tenants").json())

        # Space comes back: later writes are acknowledged again.
        resource.prlimit(server.proc.pid, resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        for n in range(1000, 1020):
            assert create(n).status_code == 201
    server.kill()  # no clean stop: the restart replays the log

    restarted = serve_process("--data", str(data), "--random-seed", "full-disk")
    restarted.wait_healthy()
    with httpx.Client(base_url=restarted.url, headers=headers, timeout=60) as client:
        missing = [cid for cid in acknowledged if client.get(f"/contacts/{cid}").status_code != 200]
        found = client.get("/contacts/search/duplicate", params={"locationId": location_id, "email": refused_email})
    assert missing == []
    assert found.json()["contact"] is None
